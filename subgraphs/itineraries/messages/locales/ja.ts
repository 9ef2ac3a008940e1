import type { ReplyCatalogue } from './en';

export const messages: ReplyCatalogue = {
  subject: (packageTitle, reference) => `「${packageTitle}」へのお問い合わせについて（${reference}）`,
  greeting: (name) => `${name} 様`,
  intro: (packageTitle) =>
    `「${packageTitle}」についてお問い合わせいただき、ありがとうございます。担当者より以下のとおりご連絡いたします。`,
  package: 'パッケージ',
  reference: 'お問い合わせ番号',
  howToAnswer:
    'ご返信の際は、このメールにそのまま返信してください。担当者に直接届きます。件名のお問い合わせ番号は消さずにお送りください。',
  closing: 'どうぞよろしくお願いいたします。',
  signature: '医療観光担当',
};
