import type { OutboxMessageRow } from '../schema';

/**
 * What the provider's staff are told, in the language they chose (`providers.staffLocale`, KO or EN). Only what
 * they need to act: the console shows the patient's contact details, so the e-mail carries the name alone.
 */
const en = {
  subject: {
    BOOKING_REQUESTED: (reference: string, time: string) => `New booking request ${reference}: ${time}`,
    BOOKING_CONFIRMED: (reference: string, time: string) =>
      `New booking ${reference}, confirmed automatically: ${time}`,
    BOOKING_DECLINED: (reference: string, time: string) => `Booking ${reference} declined: ${time}`,
    BOOKING_RESCHEDULED: (reference: string, time: string) => `Booking ${reference} moved by the patient: ${time}`,
    BOOKING_CANCELLED: (reference: string, time: string) => `Booking ${reference} cancelled by the patient: ${time}`,
    REMINDER: (reference: string, time: string) => `Tomorrow: booking ${reference}, ${time}`,
    FOLLOW_UP_INVITATION: (reference: string, time: string) =>
      `Follow-up invitation sent for booking ${reference} (${time})`,
  },
  intro: {
    BOOKING_REQUESTED: 'A new booking request has arrived. Please confirm or decline it in the staff console.',
    BOOKING_CONFIRMED: 'A new booking has arrived and was confirmed at once, as auto-confirm is on.',
    BOOKING_DECLINED: 'This booking request was declined.',
    BOOKING_RESCHEDULED: 'The patient has moved this booking to a new time.',
    BOOKING_CANCELLED: 'The patient has cancelled this booking. The places have been released.',
    REMINDER: 'This appointment is tomorrow.',
    FOLLOW_UP_INVITATION: 'The patient has been invited to book a remote follow-up consultation.',
  },
  answerNewTime: 'Please confirm or decline the new time in the staff console.',
  greeting: 'Hello,',
  reference: 'Reference',
  time: 'Time (Korea)',
  previousTime: 'Previous time (Korea)',
  treatment: 'Treatment',
  generalConsultation: 'General consultation',
  mode: 'Type of visit',
  inPerson: 'In person',
  videoCall: 'Video call',
  partySize: 'Number of people',
  people: (count: number) => (count === 1 ? '1 person' : `${count} people`),
  patient: 'Patient',
  country: 'Country',
  console: 'Open the staff console',
  closing: 'Korea Medical Tourism booking service',
};

export type StaffCatalogue = typeof en;

const ko: StaffCatalogue = {
  subject: {
    BOOKING_REQUESTED: (reference, time) => `새 예약 요청 ${reference}: ${time}`,
    BOOKING_CONFIRMED: (reference, time) => `새 예약 ${reference} (자동 확정): ${time}`,
    BOOKING_DECLINED: (reference, time) => `예약 ${reference} 거절: ${time}`,
    BOOKING_RESCHEDULED: (reference, time) => `환자가 예약 ${reference} 일정을 변경했습니다: ${time}`,
    BOOKING_CANCELLED: (reference, time) => `환자가 예약 ${reference}을(를) 취소했습니다: ${time}`,
    REMINDER: (reference, time) => `내일 예약 ${reference}: ${time}`,
    FOLLOW_UP_INVITATION: (reference, time) => `예약 ${reference}의 사후 진료 안내를 보냈습니다 (${time})`,
  },
  intro: {
    BOOKING_REQUESTED: '새 예약 요청이 접수되었습니다. 직원 콘솔에서 확정 또는 거절해 주세요.',
    BOOKING_CONFIRMED: '새 예약이 접수되었으며, 자동 확정 설정에 따라 바로 확정되었습니다.',
    BOOKING_DECLINED: '이 예약 요청은 거절되었습니다.',
    BOOKING_RESCHEDULED: '환자가 이 예약의 일정을 변경했습니다.',
    BOOKING_CANCELLED: '환자가 이 예약을 취소했습니다. 예약 자리는 다시 열렸습니다.',
    REMINDER: '이 예약은 내일입니다.',
    FOLLOW_UP_INVITATION: '환자에게 비대면 사후 진료 예약 안내를 보냈습니다.',
  },
  answerNewTime: '직원 콘솔에서 변경된 일정을 확정 또는 거절해 주세요.',
  greeting: '안녕하세요.',
  reference: '예약 번호',
  time: '일시 (한국 시간)',
  previousTime: '변경 전 일시 (한국 시간)',
  treatment: '진료 항목',
  generalConsultation: '일반 상담',
  mode: '진료 방식',
  inPerson: '내원',
  videoCall: '화상 진료',
  partySize: '인원',
  people: (count) => `${count}명`,
  patient: '환자',
  country: '국가',
  console: '직원 콘솔 열기',
  closing: '한국 의료관광 예약 서비스',
};

export const STAFF_CATALOGUES = { EN: en, KO: ko } as const;
export type StaffLocale = keyof typeof STAFF_CATALOGUES;
export type MessageKind = OutboxMessageRow['kind'];
