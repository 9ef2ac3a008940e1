import { eq, inArray } from 'drizzle-orm';
import { escapeHtml } from '../../../core/html';
import { localize, type LocaleCode } from '../../../core/locale';
import { patientDeadline } from '../appointment-lifecycle';
import { cancellationSecret } from '../booking';
import { appointmentCalendar, type CalendarBooking } from '../calendar';
import type { ProvidersDb } from '../data';
import { appointments, procedures, providers, slots, type MessageFacts, type OutboxMessageRow } from '../schema';
import {
  catalogue,
  type Catalogue,
  direction,
  formatInstant,
  formatMinutes,
  formatTimeOfDay,
  intlTag,
  KOREA_ZONE,
  zoneName,
} from './catalogue';
import { STAFF_CATALOGUES, type MessageKind } from './staff';

export interface ComposedMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `X-Message-Kind`: what the message announces, for mail rules and the development mailbox's list. */
  headers: Record<string, string>;
  /** nodemailer's icalEvent: attached as text/calendar (RFC 5545) */
  icalEvent?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string };
}

export interface ComposeOptions {
  /** The gateway's public origin: the manage link and the staff console are under it. */
  publicUrl: string;
  /** The providers service's key, from which the manage secret is derived (never stored). */
  serviceKey: string;
  now: Date;
  /** MAIL_FROM, whose address is the calendar event's ORGANIZER (calendar.ts). */
  mailFrom: string;
}

/** One line of a message's facts: a label and a value, the value a link when `href` is given. */
interface Line {
  label: string;
  value: string;
  href?: string;
}

/** What a message says, rendered once as text and once as HTML. */
interface Body {
  tag: string;
  dir: 'ltr' | 'rtl';
  greeting: string;
  paragraphs: string[];
  lines: Line[];
  action: { label: string; href: string; notes: string[] };
  closing: string[];
}

/** The kinds scheduled ahead of time: they no longer apply once what they announce has changed. */
const SCHEDULED: ReadonlySet<MessageKind> = new Set(['REMINDER', 'FOLLOW_UP_INVITATION']);

/** The manage link: the secret rides in the fragment, which browsers never send to a server or in a Referer. */
function manageLink(publicUrl: string, reference: string, secret: string, locale: LocaleCode): string {
  const fragment = new URLSearchParams({ reference, secret, lang: intlTag(locale) });
  return `${publicUrl.replace(/\/+$/, '')}/booking/#${fragment.toString()}`;
}

async function loadBooking(db: ProvidersDb, appointmentId: string) {
  const [row] = await db
    .select({ appointment: appointments, slot: slots, provider: providers })
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .innerJoin(providers, eq(providers.id, slots.providerId))
    .where(eq(appointments.id, appointmentId));
  return row ?? null;
}

/** The procedures the message and its calendar name: the one the facts announce and the current slot's. */
async function proceduresById(db: ProvidersDb, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = wanted.length ? await db.select().from(procedures).where(inArray(procedures.id, wanted)) : [];
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Composes an outbox row into the e-mail to send, reading the appointment as it is now for who and where, and
 * the row's facts for what it announces. Null when the message no longer applies: a reminder or follow-up
 * invitation whose appointment was cancelled, declined or moved off the slot it was written for, or a staff
 * message for a provider without a notification address. The patient's messages carry no health detail beyond
 * the treatment's name. The attached calendar event is the appointment as it is now, not as the facts were: a
 * message delivered late (after an SMTP outage) must not put a stale time into the patient's calendar, and its
 * SEQUENCE keeps calendars on the newest version either way.
 */
export async function composeMessage(
  db: ProvidersDb,
  row: OutboxMessageRow,
  options: ComposeOptions,
): Promise<ComposedMessage | null> {
  const loaded = await loadBooking(db, row.appointmentId);
  if (!loaded) return null;
  const { appointment, slot, provider } = loaded;
  const facts = row.facts;
  if (SCHEDULED.has(row.kind)) {
    const live = appointment.status === 'HELD' || appointment.status === 'CONFIRMED';
    if (!live || appointment.slotId !== facts.slotId) return null;
  }
  const byId = await proceduresById(db, [facts.procedureId, slot.procedureId]);
  const announced = facts.procedureId ? (byId.get(facts.procedureId) ?? null) : null;
  const booking: CalendarBooking = {
    appointment,
    slot,
    provider,
    procedure: slot.procedureId ? (byId.get(slot.procedureId) ?? null) : null,
  };
  if (row.recipient === 'STAFF') {
    return provider.notificationEmail
      ? staffMessage(row.kind, facts, booking, announced, provider.notificationEmail, options)
      : null;
  }
  return patientMessage(row.kind, facts, booking, announced, options);
}

function patientMessage(
  kind: MessageKind,
  facts: MessageFacts,
  booking: CalendarBooking,
  announced: CalendarBooking['procedure'],
  options: ComposeOptions,
): ComposedMessage {
  const { appointment, provider } = booking;
  const locale = appointment.locale;
  const text = catalogue(locale);
  const tag = intlTag(locale);
  const startsAt = new Date(facts.startsAt);
  const clinic = localize(provider.name, locale);
  // A scheduled message tells the appointment as it stands (it was checked to still apply); the others, the change.
  const status = SCHEDULED.has(kind) ? appointment.status : facts.status;
  // An auto-confirmed booking's first message is its confirmation.
  const told: MessageKind = kind === 'BOOKING_REQUESTED' && status === 'CONFIRMED' ? 'BOOKING_CONFIRMED' : kind;
  const ended = status === 'CANCELLED' || status === 'DECLINED';
  const zone = appointment.timeZone && appointment.timeZone !== KOREA_ZONE ? appointment.timeZone : null;

  const paragraphs: string[] = [
    told === 'REMINDER'
      ? text.intro.REMINDER(clinic, formatTimeOfDay(startsAt, tag, KOREA_ZONE))
      : text.intro[told](clinic),
  ];
  if (told === 'BOOKING_RESCHEDULED' && status === 'HELD') paragraphs.push(text.awaitingConfirmation);

  const lines: Line[] = [
    { label: text.clinic, value: clinic },
    { label: text.treatment, value: announced ? localize(announced.name, locale) : text.generalConsultation },
  ];
  // The invitation is about a consultation yet to be booked: the past appointment's time and place would mislead.
  if (told !== 'FOLLOW_UP_INVITATION') {
    const place = appointmentLines(facts, status, provider, text, tag, zone);
    lines.push(...place.lines);
    if (place.pending) paragraphs.push(text.videoCallLater);
    lines.push({ label: text.partySize, value: text.people(facts.partySize) });
  }
  lines.push({ label: text.reference, value: facts.reference });
  if (told === 'BOOKING_DECLINED' && facts.declineReason) {
    lines.push({ label: text.declineReason, value: facts.declineReason });
  }

  const manage = manageLink(
    options.publicUrl,
    facts.reference,
    cancellationSecret(options.serviceKey, appointment.id),
    locale,
  );
  const notes: string[] = [];
  if (!ended && told !== 'FOLLOW_UP_INVITATION') {
    const deadline = patientDeadline(startsAt, provider.cancellationWindowHours);
    const until = zone
      ? text.changeUntil(formatInstant(deadline, tag, zone), zoneName(tag, zone, deadline))
      : text.changeUntil(formatInstant(deadline, tag, KOREA_ZONE), text.koreaZone);
    notes.push(deadline > options.now ? until : text.contactClinic);
  }
  notes.push(text.keepLinkPrivate);
  const bookingPage = told === 'FOLLOW_UP_INVITATION' && provider.website ? provider.website : null;
  const action = bookingPage
    ? { label: text.manageFollowUp, href: bookingPage, notes: [] }
    : { label: told === 'FOLLOW_UP_INVITATION' ? text.manageFollowUp : text.manage, href: manage, notes };

  const body: Body = {
    tag,
    dir: direction(locale),
    greeting: text.greeting(appointment.contactName),
    paragraphs,
    lines,
    action,
    closing: [text.closing, clinic],
  };
  const isBookingKind = kind.startsWith('BOOKING_');
  const method = appointment.status === 'CANCELLED' || appointment.status === 'DECLINED' ? 'CANCEL' : 'REQUEST';
  return {
    to: appointment.contactEmail,
    headers: { 'X-Message-Kind': kind },
    subject: text.subject[told](clinic, facts.reference),
    text: renderText(body),
    html: renderHtml(body),
    ...(isBookingKind && {
      icalEvent: {
        method,
        filename: `${facts.reference}.ics`,
        content: appointmentCalendar(booking, { method, mailFrom: options.mailFrom, attendee: true }),
      },
    }),
  };
}

/**
 * When, how long, and where (or how) the appointment takes place: Korea time, and the patient's own when known;
 * the address and map in person, the video-call link once confirmed. `pending` says the link is still to come.
 */
function appointmentLines(
  facts: MessageFacts,
  status: MessageFacts['status'],
  provider: CalendarBooking['provider'],
  text: Catalogue,
  tag: string,
  zone: string | null,
): { lines: Line[]; pending: boolean } {
  const startsAt = new Date(facts.startsAt);
  const lines: Line[] = [{ label: text.koreaTime, value: formatInstant(startsAt, tag, KOREA_ZONE) }];
  if (zone)
    lines.push({ label: text.localTime(zoneName(tag, zone, startsAt)), value: formatInstant(startsAt, tag, zone) });
  if (facts.previousStartsAt) {
    lines.push({ label: text.previousTime, value: formatInstant(new Date(facts.previousStartsAt), tag, KOREA_ZONE) });
  }
  const minutes = Math.round((Date.parse(facts.endsAt) - startsAt.getTime()) / 60_000);
  lines.push({ label: text.duration, value: formatMinutes(minutes, tag) });
  lines.push({ label: text.mode, value: facts.mode === 'REMOTE' ? text.videoCall : text.inPerson });
  // A cancelled or declined appointment takes place nowhere.
  if (status === 'CANCELLED' || status === 'DECLINED') return { lines, pending: false };
  if (facts.mode === 'IN_PERSON') {
    if (provider.address) lines.push({ label: text.address, value: provider.address });
    if (provider.mapUrl) lines.push({ label: text.map, value: provider.mapUrl, href: provider.mapUrl });
    return { lines, pending: false };
  }
  if (status === 'CONFIRMED' && provider.videoCallUrl) {
    lines.push({ label: text.videoCallLink, value: provider.videoCallUrl, href: provider.videoCallUrl });
    return { lines, pending: false };
  }
  return { lines, pending: true };
}

function staffMessage(
  kind: MessageKind,
  facts: MessageFacts,
  booking: CalendarBooking,
  announced: CalendarBooking['procedure'],
  to: string,
  options: ComposeOptions,
): ComposedMessage {
  const { appointment, provider } = booking;
  const locale = provider.staffLocale === 'EN' ? 'EN' : 'KO';
  const text = STAFF_CATALOGUES[locale];
  const tag = intlTag(locale);
  const when = formatInstant(new Date(facts.startsAt), tag, KOREA_ZONE);
  const country = new Intl.DisplayNames(tag, { type: 'region' }).of(appointment.nationality) ?? appointment.nationality;
  const lines: Line[] = [
    { label: text.reference, value: facts.reference },
    { label: text.time, value: when },
  ];
  if (facts.previousStartsAt) {
    lines.push({ label: text.previousTime, value: formatInstant(new Date(facts.previousStartsAt), tag, KOREA_ZONE) });
  }
  lines.push(
    { label: text.treatment, value: announced ? localize(announced.name, locale) : text.generalConsultation },
    { label: text.mode, value: facts.mode === 'REMOTE' ? text.videoCall : text.inPerson },
    { label: text.partySize, value: text.people(facts.partySize) },
    { label: text.patient, value: appointment.contactName },
    { label: text.country, value: country },
  );
  const body: Body = {
    tag,
    dir: 'ltr',
    greeting: text.greeting,
    // Moved by the patient and not auto-confirmed: the new time waits for the staff's answer.
    paragraphs:
      kind === 'BOOKING_RESCHEDULED' && facts.status === 'HELD'
        ? [text.intro[kind], text.answerNewTime]
        : [text.intro[kind]],
    lines,
    action: { label: text.console, href: `${options.publicUrl.replace(/\/+$/, '')}/console/`, notes: [] },
    closing: [text.closing],
  };
  return {
    to,
    headers: { 'X-Message-Kind': kind },
    subject: text.subject[kind](facts.reference, when),
    text: renderText(body),
    html: renderHtml(body),
  };
}

function renderText(body: Body): string {
  const blocks = [
    body.greeting,
    ...body.paragraphs,
    body.lines.map((line) => `${line.label}: ${line.value}`).join('\n'),
  ];
  blocks.push([`${body.action.label}:`, body.action.href, ...body.action.notes].join('\n'));
  blocks.push(body.closing.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;color:#1f2933;';

/** A plain table layout with inline styles (mail clients drop style sheets); every value escaped. */
function renderHtml(body: Body): string {
  const align = body.dir === 'rtl' ? 'right' : 'left';
  const cell = `padding:6px 12px;vertical-align:top;text-align:${align};`;
  const value = (line: Line) =>
    line.href
      ? `<a href="${escapeHtml(line.href)}" style="color:#0b5cad;">${escapeHtml(line.value)}</a>`
      : escapeHtml(line.value);
  const rows = body.lines
    .map(
      (line) =>
        `<tr><th scope="row" style="${cell}font-weight:normal;color:#52606d;">${escapeHtml(line.label)}</th>` +
        `<td style="${cell}">${value(line)}</td></tr>`,
    )
    .join('');
  const action =
    `<p style="margin:24px 0 8px;"><a href="${escapeHtml(body.action.href)}" style="display:inline-block;` +
    `background:#0b5cad;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">` +
    `${escapeHtml(body.action.label)}</a></p>` +
    body.action.notes
      .map((note) => `<p style="margin:4px 0;font-size:13px;color:#52606d;">${escapeHtml(note)}</p>`)
      .join('');
  return (
    `<!doctype html><html lang="${escapeHtml(body.tag)}" dir="${body.dir}"><head><meta charset="utf-8"></head>` +
    `<body style="margin:0;padding:24px;background:#f5f7fa;">` +
    `<div dir="${body.dir}" style="${FONT}max-width:600px;margin:0 auto;background:#ffffff;padding:24px;` +
    `border-radius:8px;text-align:${align};line-height:1.5;">` +
    `<p style="margin:0 0 16px;">${escapeHtml(body.greeting)}</p>` +
    body.paragraphs.map((paragraph) => `<p style="margin:0 0 12px;">${escapeHtml(paragraph)}</p>`).join('') +
    `<table style="border-collapse:collapse;margin:16px 0;">${rows}</table>` +
    action +
    `<p style="margin:24px 0 0;">${body.closing.map(escapeHtml).join('<br>')}</p>` +
    `</div></body></html>`
  );
}
