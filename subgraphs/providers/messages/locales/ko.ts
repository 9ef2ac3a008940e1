import type { Catalogue } from './en';

export const messages: Catalogue = {
  greeting: (name) => `${name} 님, 안녕하세요.`,
  subject: {
    BOOKING_REQUESTED: (clinic, reference) => `${clinic} 예약 요청이 접수되었습니다 (${reference})`,
    BOOKING_CONFIRMED: (clinic, reference) => `${clinic} 예약이 확정되었습니다 (${reference})`,
    BOOKING_DECLINED: (clinic, reference) => `${clinic}에서 예약 요청을 받지 못하게 되었습니다 (${reference})`,
    BOOKING_RESCHEDULED: (clinic, reference) => `${clinic} 예약 일시가 변경되었습니다 (${reference})`,
    BOOKING_CANCELLED: (clinic, reference) => `${clinic} 예약이 취소되었습니다 (${reference})`,
    REMINDER: (clinic, reference) => `[안내] 내일은 ${clinic} 예약일입니다 (${reference})`,
    FOLLOW_UP_INVITATION: (clinic, reference) => `${clinic} 비대면 사후 진료 예약 안내 (${reference})`,
  },
  intro: {
    BOOKING_REQUESTED: (clinic) =>
      `${clinic}에 예약을 요청해 주셔서 감사합니다. 요청하신 자리는 확보해 두었으며, 병원에서 곧 예약을 확정해 드릴 예정입니다.`,
    BOOKING_CONFIRMED: (clinic) => `${clinic} 예약이 확정되었음을 알려 드립니다.`,
    BOOKING_DECLINED: (clinic) =>
      `죄송하게도 ${clinic}에서 이번 예약 요청을 받을 수 없게 되었습니다. 확보해 두었던 자리는 해제되었습니다.`,
    BOOKING_RESCHEDULED: (clinic) => `${clinic} 예약이 새로운 일시로 변경되었습니다.`,
    BOOKING_CANCELLED: (clinic) => `${clinic} 예약이 취소되었습니다.`,
    REMINDER: (clinic, time) => `내일 ${time}(한국 시간)에 ${clinic} 예약이 있음을 알려 드립니다.`,
    FOLLOW_UP_INVITATION: (clinic) =>
      `잘 회복하고 계시기를 바랍니다. ${clinic}에서 계신 곳 어디서나 받으실 수 있는 화상 사후 진료 예약을 안내해 드립니다.`,
  },
  awaitingConfirmation: '변경된 일시는 병원에서 곧 확정해 드릴 예정입니다.',
  declineReason: '병원에서 전한 사유',
  clinic: '병원',
  treatment: '진료 항목',
  generalConsultation: '일반 상담',
  koreaTime: '한국 시간',
  koreaZone: '한국 시간',
  localTime: (zone) => `현지 시간 (${zone})`,
  previousTime: '변경 전 일시 (한국 시간)',
  duration: '소요 시간',
  mode: '진료 방식',
  inPerson: '병원 방문',
  videoCall: '화상 진료',
  address: '주소',
  map: '지도',
  videoCallLink: '화상 진료 링크',
  videoCallLater: '예약이 확정되면 병원에서 화상 진료 링크를 보내 드립니다.',
  partySize: '인원',
  people: (count) => `${count}명`,
  reference: '예약 번호',
  manage: '예약 확인·변경·취소',
  manageFollowUp: '사후 진료 예약하기',
  changeUntil: (deadline, zone) => `${deadline}(${zone})까지 온라인으로 예약을 변경하거나 취소하실 수 있습니다.`,
  contactClinic: '이제 온라인으로는 예약을 변경하실 수 없습니다. 변경이 필요하시면 병원으로 연락해 주세요.',
  keepLinkPrivate: '이 링크는 다른 사람과 공유하지 말아 주세요. 링크를 가진 사람은 누구나 예약을 변경할 수 있습니다.',
  closing: '감사합니다.',
  calendarDescription: (reference) =>
    `예약 번호 ${reference}. 변경하거나 취소하시려면 예약 안내 메일의 링크를 이용해 주세요.`,
};
