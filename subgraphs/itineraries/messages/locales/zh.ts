import type { ReplyCatalogue } from './en';

export const messages: ReplyCatalogue = {
  subject: (packageTitle, reference) => `关于“${packageTitle}”咨询的回复（${reference}）`,
  greeting: (name) => `${name}，您好：`,
  intro: (packageTitle) => `感谢您咨询“${packageTitle}”。我们的工作人员回复如下：`,
  package: '套餐',
  reference: '咨询编号',
  howToAnswer: '如需回复，请直接回复本邮件，您的消息将直接送达我们的工作人员。请在主题中保留咨询编号。',
  closing: '此致',
  signature: '医疗旅游团队',
};
