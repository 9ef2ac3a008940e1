import type { ReplyCatalogue } from './en';

export const messages: ReplyCatalogue = {
  subject: (packageTitle, reference) => `${packageTitle} 문의에 대한 답변입니다 (${reference})`,
  greeting: (name) => `${name} 님, 안녕하세요.`,
  intro: (packageTitle) => `${packageTitle} 상품에 문의해 주셔서 감사합니다. 담당자가 다음과 같이 답변 드립니다.`,
  package: '상품',
  reference: '문의 번호',
  howToAnswer:
    '답장하시려면 이 메일에 회신해 주세요. 담당자에게 바로 전달됩니다. 제목의 문의 번호는 그대로 두어 주세요.',
  closing: '감사합니다.',
  signature: '의료관광 담당자 드림',
};
