import type { Catalogue } from './en';

/** Russian plural forms: 1 человек, 2–4 человека, 5+ человек (Intl.PluralRules picks the form). */
const peopleForms: Record<string, string> = { one: 'человек', few: 'человека', many: 'человек', other: 'человека' };
const plural = new Intl.PluralRules('ru');

export const messages: Catalogue = {
  greeting: (name) => `Здравствуйте, ${name}!`,
  subject: {
    BOOKING_REQUESTED: (clinic, reference) => `Ваша заявка на приём получена: ${clinic} (${reference})`,
    BOOKING_CONFIRMED: (clinic, reference) => `Ваш приём подтверждён: ${clinic} (${reference})`,
    BOOKING_DECLINED: (clinic, reference) => `Заявка на приём не может быть принята: ${clinic} (${reference})`,
    BOOKING_RESCHEDULED: (clinic, reference) => `Время приёма изменено: ${clinic} (${reference})`,
    BOOKING_CANCELLED: (clinic, reference) => `Приём отменён: ${clinic} (${reference})`,
    REMINDER: (clinic, reference) => `Напоминание: ваш приём завтра — ${clinic} (${reference})`,
    FOLLOW_UP_INVITATION: (clinic, reference) =>
      `${clinic} приглашает вас записаться на дистанционный контрольный приём (${reference})`,
  },
  intro: {
    BOOKING_REQUESTED: (clinic) =>
      `Благодарим вас за заявку на приём (${clinic}). Места за вами закреплены, клиника подтвердит запись в ближайшее время.`,
    BOOKING_CONFIRMED: (clinic) => `Рады сообщить, что ваш приём подтверждён (${clinic}).`,
    BOOKING_DECLINED: (clinic) =>
      `К сожалению, ваша заявка на приём не может быть принята (${clinic}). Закреплённые за вами места освобождены.`,
    BOOKING_RESCHEDULED: (clinic) => `Ваш приём перенесён на новое время (${clinic}).`,
    BOOKING_CANCELLED: (clinic) => `Ваш приём отменён (${clinic}).`,
    REMINDER: (clinic, time) => `Напоминаем, что завтра в ${time} (по корейскому времени) у вас приём: ${clinic}.`,
    FOLLOW_UP_INVITATION: (clinic) =>
      `Надеемся, что вы хорошо восстанавливаетесь. ${clinic} приглашает вас записаться на контрольную консультацию по видеосвязи — из любой точки мира.`,
  },
  awaitingConfirmation: 'Клиника подтвердит новое время в ближайшее время.',
  declineReason: 'Причина, указанная клиникой',
  clinic: 'Клиника',
  treatment: 'Процедура',
  generalConsultation: 'Общая консультация',
  koreaTime: 'Время в Корее',
  koreaZone: 'по корейскому времени',
  localTime: (zone) => `Ваше время (${zone})`,
  previousTime: 'Прежнее время (Корея)',
  duration: 'Продолжительность',
  mode: 'Формат приёма',
  inPerson: 'Очно в клинике',
  videoCall: 'Видеосвязь',
  address: 'Адрес',
  map: 'Карта',
  videoCallLink: 'Ссылка на видеосвязь',
  videoCallLater: 'Ссылку на видеосвязь клиника пришлёт после подтверждения записи.',
  partySize: 'Количество человек',
  people: (count) => `${count} ${peopleForms[plural.select(count)] ?? 'человек'}`,
  reference: 'Номер записи',
  manage: 'Посмотреть, изменить или отменить запись',
  manageFollowUp: 'Записаться на контрольный приём',
  changeUntil: (deadline, zone) => `Последний срок для изменения или отмены записи онлайн — ${deadline} (${zone}).`,
  contactClinic: 'Изменить запись онлайн уже нельзя. Если вам нужно что-то изменить, пожалуйста, свяжитесь с клиникой.',
  keepLinkPrivate: 'Пожалуйста, никому не передавайте эту ссылку: любой, у кого она есть, может изменить вашу запись.',
  closing: 'С уважением,',
  calendarDescription: (reference) =>
    `Номер записи ${reference}. Чтобы изменить или отменить запись, воспользуйтесь ссылкой из письма о записи.`,
};
