import type { Catalogue } from './en';

export const messages: Catalogue = {
  greeting: (name) => `${name} 様`,
  subject: {
    BOOKING_REQUESTED: (clinic, reference) => `${clinic}へのご予約リクエストを承りました（${reference}）`,
    BOOKING_CONFIRMED: (clinic, reference) => `${clinic}のご予約が確定しました（${reference}）`,
    BOOKING_DECLINED: (clinic, reference) => `${clinic}へのご予約リクエストをお受けできませんでした（${reference}）`,
    BOOKING_RESCHEDULED: (clinic, reference) => `${clinic}のご予約日時が変更されました（${reference}）`,
    BOOKING_CANCELLED: (clinic, reference) => `${clinic}のご予約がキャンセルされました（${reference}）`,
    REMINDER: (clinic, reference) => `【リマインダー】明日は${clinic}のご予約日です（${reference}）`,
    FOLLOW_UP_INVITATION: (clinic, reference) => `${clinic}からオンライン経過診察のご案内（${reference}）`,
  },
  intro: {
    BOOKING_REQUESTED: (clinic) =>
      `${clinic}へのご予約リクエストをありがとうございます。ご予約枠を確保いたしましたので、クリニックからの確定のご連絡を今しばらくお待ちください。`,
    BOOKING_CONFIRMED: (clinic) => `${clinic}のご予約が確定いたしましたので、お知らせいたします。`,
    BOOKING_DECLINED: (clinic) =>
      `誠に申し訳ございませんが、${clinic}では今回のご予約リクエストをお受けすることができませんでした。確保していたご予約枠は解放いたしました。`,
    BOOKING_RESCHEDULED: (clinic) => `${clinic}のご予約を新しい日時に変更いたしました。`,
    BOOKING_CANCELLED: (clinic) => `${clinic}のご予約はキャンセルされました。`,
    REMINDER: (clinic, time) => `明日${time}（韓国時間）に${clinic}のご予約がございますので、お知らせいたします。`,
    FOLLOW_UP_INVITATION: (clinic) =>
      `その後、順調に回復されていることを願っております。${clinic}では、どちらからでも受けられるビデオ通話での経過診察のご予約をご案内しております。`,
  },
  awaitingConfirmation: '新しい日時は、クリニックより追って確定のご連絡をいたします。',
  declineReason: 'クリニックからの理由',
  clinic: 'クリニック',
  treatment: '施術・診療内容',
  generalConsultation: '一般相談',
  koreaTime: '韓国時間',
  koreaZone: '韓国時間',
  localTime: (zone) => `現地時間（${zone}）`,
  previousTime: '変更前の日時（韓国時間）',
  duration: '所要時間',
  mode: '受診方法',
  inPerson: 'クリニックにご来院',
  videoCall: 'ビデオ通話',
  address: '住所',
  map: '地図',
  videoCallLink: 'ビデオ通話のリンク',
  videoCallLater: 'ご予約が確定しましたら、クリニックよりビデオ通話のリンクをお送りいたします。',
  partySize: '人数',
  people: (count) => `${count}名`,
  reference: '予約番号',
  manage: 'ご予約の確認・変更・キャンセル',
  manageFollowUp: '経過診察を予約する',
  changeUntil: (deadline, zone) => `${deadline}（${zone}）まで、オンラインでご予約の変更・キャンセルが可能です。`,
  contactClinic:
    'オンラインでのご予約の変更はできなくなりました。変更をご希望の場合は、クリニックへ直接ご連絡ください。',
  keepLinkPrivate: 'このリンクは他の方と共有しないでください。リンクをお持ちの方は、どなたでもご予約を変更できます。',
  closing: '今後ともよろしくお願いいたします。',
  calendarDescription: (reference) =>
    `予約番号 ${reference}。変更・キャンセルの際は、ご予約メールに記載のリンクをご利用ください。`,
};
