/**
 * What the patient's booking messages say, in English: the reference every other locale follows key for key
 * (`Catalogue`), so TypeScript refuses a translation that misses one. Values come in already formatted (dates,
 * zone names, durations by Intl); the text only places them.
 */
export const messages = {
  greeting: (name: string) => `Dear ${name},`,
  subject: {
    BOOKING_REQUESTED: (clinic: string, reference: string) =>
      `We have received your booking request at ${clinic} (${reference})`,
    BOOKING_CONFIRMED: (clinic: string, reference: string) =>
      `Your appointment at ${clinic} is confirmed (${reference})`,
    BOOKING_DECLINED: (clinic: string, reference: string) =>
      `${clinic} could not accept your booking request (${reference})`,
    BOOKING_RESCHEDULED: (clinic: string, reference: string) =>
      `Your appointment at ${clinic} has a new time (${reference})`,
    BOOKING_CANCELLED: (clinic: string, reference: string) =>
      `Your appointment at ${clinic} has been cancelled (${reference})`,
    REMINDER: (clinic: string, reference: string) =>
      `Reminder: your appointment at ${clinic} is tomorrow (${reference})`,
    FOLLOW_UP_INVITATION: (clinic: string, reference: string) =>
      `${clinic} invites you to book your remote follow-up (${reference})`,
  },
  intro: {
    BOOKING_REQUESTED: (clinic: string) =>
      `Thank you for your booking request at ${clinic}. Your places are held, and the clinic will confirm the appointment shortly.`,
    BOOKING_CONFIRMED: (clinic: string) => `We are pleased to confirm your appointment at ${clinic}.`,
    BOOKING_DECLINED: (clinic: string) =>
      `We are sorry to let you know that ${clinic} is unable to accept your booking request. The places you held have been released.`,
    BOOKING_RESCHEDULED: (clinic: string) => `Your appointment at ${clinic} has been moved to a new time.`,
    BOOKING_CANCELLED: (clinic: string) => `Your appointment at ${clinic} has been cancelled.`,
    REMINDER: (clinic: string, time: string) =>
      `This is a friendly reminder that your appointment at ${clinic} is tomorrow at ${time} (Korea time).`,
    FOLLOW_UP_INVITATION: (clinic: string) =>
      `We hope your recovery is going well. ${clinic} would like to invite you to book your follow-up consultation by video call, from wherever you are.`,
  },
  awaitingConfirmation: 'The clinic will confirm the new time shortly.',
  declineReason: 'Reason given by the clinic',
  clinic: 'Clinic',
  treatment: 'Treatment',
  generalConsultation: 'General consultation',
  koreaTime: 'Time in Korea',
  koreaZone: 'Korea time',
  localTime: (zone: string) => `Your time (${zone})`,
  previousTime: 'Previous time (Korea)',
  duration: 'Duration',
  mode: 'Type of visit',
  inPerson: 'In person at the clinic',
  videoCall: 'Video call',
  address: 'Address',
  map: 'Map',
  videoCallLink: 'Video-call link',
  videoCallLater: 'The clinic will send the video-call link once the appointment is confirmed.',
  partySize: 'Number of people',
  people: (count: number) => (count === 1 ? '1 person' : `${count} people`),
  reference: 'Booking reference',
  manage: 'View, change or cancel your booking',
  manageFollowUp: 'Book your follow-up consultation',
  changeUntil: (deadline: string, zone: string) =>
    `You can change or cancel this booking online until ${deadline} (${zone}).`,
  contactClinic: 'The booking can no longer be changed online. If you need to change it, please contact the clinic.',
  keepLinkPrivate: 'Please keep this link to yourself: anyone who has it can change your booking.',
  closing: 'Kind regards,',
  calendarDescription: (reference: string) =>
    `Booking reference ${reference}. To change or cancel, please use the link in your booking e-mail.`,
};

export type Catalogue = typeof messages;
