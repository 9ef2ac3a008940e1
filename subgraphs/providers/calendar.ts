import { createEvent, type EventAttributes } from 'ics';
import { localize } from '../../core/locale';
import { catalogue } from './messages/catalogue';
import type { AppointmentRow, ProcedureRow, ProviderRow, SlotRow } from './schema';

/** REQUEST: an invitation or its update; CANCEL: it no longer takes place; PUBLISH: the patient's own download. */
export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

/** An appointment as the calendar tells it: where it is now (its slot, the clinic, the treatment). */
export interface CalendarBooking {
  appointment: AppointmentRow;
  slot: SlotRow;
  provider: ProviderRow;
  procedure: ProcedureRow | null;
}

/** The address of a MAIL_FROM such as `Korea Medical Tourism <bookings@example.kr>`, or the bare address. */
function mailAddress(mailFrom: string): string | null {
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return /^[^@\s<>]+@[^@\s<>]+$/.test(address) ? address : null;
}

/**
 * One event per appointment, whatever carries it (each message, the patient's download), so calendars update the
 * entry they have instead of adding another. The download is served by a resolver that knows no mail settings, so
 * the UID cannot take MAIL_FROM's domain and stay the same in both; the appointment's UUID is unique on its own.
 */
export function calendarUid(appointmentId: string): string {
  return `${appointmentId}@medical-tourism`;
}

/**
 * SEQUENCE, derived rather than stored: the seconds from the booking to its latest change (confirmed, declined,
 * cancelled, rescheduled), so it rises with every change and calendars keep the newest version (two changes
 * within one second share it; calendars then order them by DTSTAMP, the time the event was written).
 */
export function calendarSequence(appointment: AppointmentRow): number {
  const changes = [appointment.confirmedAt, appointment.rescheduledAt, appointment.cancelledAt, appointment.declinedAt];
  const latest = Math.max(...changes.map((at) => at?.getTime() ?? 0));
  return Math.max(0, Math.floor((latest - appointment.createdAt.getTime()) / 1000));
}

/** A CN parameter is a quoted string, which cannot hold a double quote or a control character. */
function parameterText(name: string): string {
  return name.replace(/["\p{Cc}]/gu, '').trim();
}

export function eventStatus(status: AppointmentRow['status']): NonNullable<EventAttributes['status']> {
  if (status === 'CONFIRMED') return 'CONFIRMED';
  return status === 'HELD' ? 'TENTATIVE' : 'CANCELLED';
}

/**
 * The appointment as an RFC 5545 calendar with one VEVENT, in the patient's language: DTSTART and DTEND in UTC at
 * the slot's instant (no time-zone table to get wrong), the clinic as ORGANIZER with the sending address, and for a
 * message (not the download) the patient as ATTENDEE. The manage secret is never in it: calendar entries get
 * shared, so the description points to the link in the e-mail instead. The video-call link is the LOCATION of a
 * REMOTE appointment only once confirmed, as the e-mail gives it.
 */
export function appointmentCalendar(
  booking: CalendarBooking,
  options: { method: CalendarMethod; mailFrom: string | null; attendee: boolean },
): string {
  const { appointment, slot, provider, procedure } = booking;
  const text = catalogue(appointment.locale);
  const clinic = parameterText(localize(provider.name, appointment.locale));
  const treatment = procedure ? localize(procedure.name, appointment.locale) : text.generalConsultation;
  const organizerEmail = options.mailFrom ? mailAddress(options.mailFrom) : null;
  const location =
    slot.mode === 'REMOTE' ? (appointment.status === 'CONFIRMED' ? provider.videoCallUrl : null) : provider.address;
  const { error, value } = createEvent({
    productId: '-//Korea Medical Tourism//Bookings//EN',
    method: options.method,
    uid: calendarUid(appointment.id),
    sequence: calendarSequence(appointment),
    start: slot.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: slot.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `${treatment} · ${clinic}`,
    description: text.calendarDescription(appointment.reference),
    ...(location && { location }),
    status: eventStatus(appointment.status),
    // An ORGANIZER is a mail address; without one (no MAIL_FROM to take it from) the event has none.
    ...(organizerEmail && { organizer: { name: clinic, email: organizerEmail } }),
    ...(options.attendee && {
      attendees: [
        {
          name: parameterText(appointment.contactName),
          email: appointment.contactEmail,
          rsvp: false,
          role: 'REQ-PARTICIPANT',
          partstat: appointment.status === 'CONFIRMED' ? 'ACCEPTED' : 'NEEDS-ACTION',
        },
      ],
    }),
  });
  if (error || !value) throw new Error(`calendar of appointment ${appointment.id}: ${error?.message ?? 'empty'}`);
  return value;
}
