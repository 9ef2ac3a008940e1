import type { Catalogue } from './en';

export const messages: Catalogue = {
  greeting: (name) => `Эрхэм ${name} танаа,`,
  subject: {
    BOOKING_REQUESTED: (clinic, reference) => `Таны цаг захиалгын хүсэлтийг хүлээн авлаа — ${clinic} (${reference})`,
    BOOKING_CONFIRMED: (clinic, reference) => `${clinic} таны цагийг баталгаажууллаа (${reference})`,
    BOOKING_DECLINED: (clinic, reference) =>
      `${clinic} таны цаг захиалгын хүсэлтийг хүлээн авах боломжгүй боллоо (${reference})`,
    BOOKING_RESCHEDULED: (clinic, reference) => `Таны захиалсан цагийг өөрчиллөө — ${clinic} (${reference})`,
    BOOKING_CANCELLED: (clinic, reference) => `Таны захиалсан цаг цуцлагдлаа — ${clinic} (${reference})`,
    REMINDER: (clinic, reference) => `Сануулга: маргааш таны захиалсан цаг байна — ${clinic} (${reference})`,
    FOLLOW_UP_INVITATION: (clinic, reference) =>
      `${clinic} таныг зайны давтан үзлэгт цаг захиалахыг урьж байна (${reference})`,
  },
  intro: {
    BOOKING_REQUESTED: (clinic) =>
      `Цаг захиалах хүсэлт илгээсэнд баярлалаа (${clinic}). Таны суудлыг түр хадгалсан бөгөөд эмнэлэг удахгүй цагийг баталгаажуулна.`,
    BOOKING_CONFIRMED: (clinic) => `${clinic} таны цагийг баталгаажуулсныг мэдэгдэхэд таатай байна.`,
    BOOKING_DECLINED: (clinic) =>
      `Уучлаарай, ${clinic} энэ удаагийн цаг захиалгын хүсэлтийг тань хүлээн авах боломжгүй байна. Таны түр хадгалсан суудлыг чөлөөлсөн.`,
    BOOKING_RESCHEDULED: (clinic) => `Таны захиалсан цагийг шинэ цаг руу шилжүүллээ (${clinic}).`,
    BOOKING_CANCELLED: (clinic) => `Таны захиалсан цаг цуцлагдлаа (${clinic}).`,
    REMINDER: (clinic, time) =>
      `Маргааш ${time} цагт (Солонгосын цагаар) таны захиалсан цаг байгааг сануулж байна: ${clinic}.`,
    FOLLOW_UP_INVITATION: (clinic) =>
      `Таныг сайн эдгэрч байгаа гэж найдаж байна. ${clinic} таныг хаана ч байсан видео дуудлагаар давтан үзлэгт хамрагдахаар цаг захиалахыг урьж байна.`,
  },
  awaitingConfirmation: 'Эмнэлэг шинэ цагийг удахгүй баталгаажуулна.',
  declineReason: 'Эмнэлгийн дурдсан шалтгаан',
  clinic: 'Эмнэлэг',
  treatment: 'Эмчилгээ',
  generalConsultation: 'Ерөнхий зөвлөгөө',
  koreaTime: 'Солонгосын цаг',
  koreaZone: 'Солонгосын цагаар',
  localTime: (zone) => `Таны цаг (${zone})`,
  previousTime: 'Өмнөх цаг (Солонгосын цагаар)',
  duration: 'Үргэлжлэх хугацаа',
  mode: 'Үзлэгийн хэлбэр',
  inPerson: 'Эмнэлэгт биечлэн',
  videoCall: 'Видео дуудлага',
  address: 'Хаяг',
  map: 'Газрын зураг',
  videoCallLink: 'Видео дуудлагын холбоос',
  videoCallLater: 'Цаг баталгаажсаны дараа эмнэлэг видео дуудлагын холбоосыг илгээнэ.',
  partySize: 'Хүний тоо',
  people: (count) => `${count} хүн`,
  reference: 'Захиалгын дугаар',
  manage: 'Захиалгаа харах, өөрчлөх эсвэл цуцлах',
  manageFollowUp: 'Давтан үзлэгт цаг захиалах',
  changeUntil: (deadline, zone) =>
    `Та ${deadline} (${zone}) хүртэл захиалгаа онлайнаар өөрчлөх эсвэл цуцлах боломжтой.`,
  contactClinic: 'Захиалгыг онлайнаар өөрчлөх боломжгүй болсон. Өөрчлөх шаардлагатай бол эмнэлэгтэй холбогдоно уу.',
  keepLinkPrivate: 'Энэ холбоосыг бусадтай бүү хуваалцаарай: холбоос бүхий хэн ч таны захиалгыг өөрчлөх боломжтой.',
  closing: 'Хүндэтгэсэн,',
  calendarDescription: (reference) =>
    `Захиалгын дугаар ${reference}. Өөрчлөх эсвэл цуцлахдаа захиалгын имэйл дэх холбоосыг ашиглана уу.`,
};
