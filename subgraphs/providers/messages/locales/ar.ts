import type { Catalogue } from './en';

/** Arabic counts people in three forms here: one, two, and three or more (شخص، شخصان، n أشخاص / n شخصًا). */
function people(count: number): string {
  if (count === 1) return 'شخص واحد';
  if (count === 2) return 'شخصان';
  return count <= 10 ? `${count} أشخاص` : `${count} شخصًا`;
}

export const messages: Catalogue = {
  greeting: (name) => `مرحبًا ${name}،`,
  subject: {
    BOOKING_REQUESTED: (clinic, reference) => `تلقّينا طلب حجزك لدى ${clinic} (${reference})`,
    BOOKING_CONFIRMED: (clinic, reference) => `تم تأكيد موعدك لدى ${clinic} (${reference})`,
    BOOKING_DECLINED: (clinic, reference) => `تعذّر على ${clinic} قبول طلب حجزك (${reference})`,
    BOOKING_RESCHEDULED: (clinic, reference) => `تم تغيير موعدك لدى ${clinic} (${reference})`,
    BOOKING_CANCELLED: (clinic, reference) => `تم إلغاء موعدك لدى ${clinic} (${reference})`,
    REMINDER: (clinic, reference) => `تذكير: موعدك لدى ${clinic} غدًا (${reference})`,
    FOLLOW_UP_INVITATION: (clinic, reference) => `يدعوك ${clinic} إلى حجز موعد متابعة عن بُعد (${reference})`,
  },
  intro: {
    BOOKING_REQUESTED: (clinic) =>
      `نشكرك على طلب الحجز لدى ${clinic}. لقد حجزنا لك الأماكن المطلوبة، وستقوم العيادة بتأكيد الموعد قريبًا.`,
    BOOKING_CONFIRMED: (clinic) => `يسعدنا إبلاغك بأنه تم تأكيد موعدك لدى ${clinic}.`,
    BOOKING_DECLINED: (clinic) =>
      `نأسف لإبلاغك بأن ${clinic} لا يمكنه قبول طلب حجزك هذه المرة. وقد تم إلغاء حجز الأماكن التي كانت محجوزة لك.`,
    BOOKING_RESCHEDULED: (clinic) => `تم نقل موعدك لدى ${clinic} إلى وقت جديد.`,
    BOOKING_CANCELLED: (clinic) => `تم إلغاء موعدك لدى ${clinic}.`,
    REMINDER: (clinic, time) => `نودّ تذكيرك بأن موعدك لدى ${clinic} غدًا الساعة ${time} (بتوقيت كوريا).`,
    FOLLOW_UP_INVITATION: (clinic) =>
      `نتمنى أن تكون فترة تعافيك على ما يرام. يسرّ ${clinic} دعوتك إلى حجز استشارة متابعة عبر مكالمة فيديو، أينما كنت.`,
  },
  awaitingConfirmation: 'ستقوم العيادة بتأكيد الموعد الجديد قريبًا.',
  declineReason: 'السبب الذي ذكرته العيادة',
  clinic: 'العيادة',
  treatment: 'العلاج',
  generalConsultation: 'استشارة عامة',
  koreaTime: 'الوقت في كوريا',
  koreaZone: 'بتوقيت كوريا',
  localTime: (zone) => `الوقت لديك (${zone})`,
  previousTime: 'الموعد السابق (بتوقيت كوريا)',
  duration: 'المدة',
  mode: 'نوع الزيارة',
  inPerson: 'حضوريًا في العيادة',
  videoCall: 'مكالمة فيديو',
  address: 'العنوان',
  map: 'الخريطة',
  videoCallLink: 'رابط مكالمة الفيديو',
  videoCallLater: 'سترسل العيادة رابط مكالمة الفيديو بعد تأكيد الموعد.',
  partySize: 'عدد الأشخاص',
  people,
  reference: 'رقم الحجز',
  manage: 'عرض الحجز أو تغييره أو إلغاؤه',
  manageFollowUp: 'احجز استشارة المتابعة',
  changeUntil: (deadline, zone) => `يمكنك تغيير الحجز أو إلغاؤه عبر الإنترنت حتى ${deadline} (${zone}).`,
  contactClinic: 'لم يعد بالإمكان تغيير الحجز عبر الإنترنت. إذا احتجت إلى تغييره، يُرجى التواصل مع العيادة.',
  keepLinkPrivate: 'يُرجى عدم مشاركة هذا الرابط مع أي شخص، فكل من يملكه يمكنه تغيير حجزك.',
  closing: 'مع أطيب التحيات،',
  calendarDescription: (reference) =>
    `رقم الحجز ${reference}. لتغيير الموعد أو إلغائه، يُرجى استخدام الرابط الموجود في رسالة الحجز الإلكترونية.`,
};
