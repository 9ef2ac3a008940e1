import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  BookingCalendarDocument,
  CancelBookingDocument,
  ManagedBookingDocument,
  ProviderAvailabilityDocument,
  RescheduleBookingDocument,
  type AppointmentStatus,
  type ManagedAppointmentFragment,
} from '../generated/graphql';
import { idempotencyKey, mutate, query, queryPrivately } from '../shared/client';
import { MtElement, type Load } from '../shared/element';
import { emit } from '../shared/events';
import {
  formatDate,
  formatDay,
  formatMinutes,
  formatTime,
  formatZone,
  KOREA_ZONE,
  visitorZone,
} from '../shared/format';
import { intlTag } from '../shared/locale';
import type { MessageKey } from '../shared/messages';
import { displayNames } from '../shared/names';
import { baseStyles } from '../shared/styles';
import '../slot-calendar/slot-calendar';
import type { CalendarSlot } from '../slot-calendar/slot-calendar.component';
import { bookingStyles } from './booking.styles';
import { ManageLinkController, type ManageLink } from './manage-link';

type Appointment = ManagedAppointmentFragment;

/** Which step the visitor is in: looking, confirming a cancellation, or choosing a new time. */
type Panel = 'none' | 'cancel' | 'reschedule';

/** A result shown after an action, in words, with focus moved to it. */
interface Notice {
  text: string;
  tone: 'success' | 'problem';
}

// The same window the clinic's availability widget shows by default.
const RESCHEDULE_DAYS = 30;

const STATUS_TEXT: Record<AppointmentStatus, MessageKey> = {
  HELD: 'bookingHeld',
  CONFIRMED: 'bookingConfirmed',
  DECLINED: 'bookingDeclined',
  CANCELLED: 'bookingCancelled',
};

/** Links the API stores are https only; anything else is shown as text, never as a link. */
function httpsLink(value: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value).protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

/**
 * A patient's own booking, opened from the link in their e-mail without an account: its status in words
 * (with the clinic's reason when declined), the clinic, treatment, date and time in Korea and in the
 * visitor's zone, duration, kind, the address and a map link or the video-call link, the party size and
 * the reference. Until the clinic's cancellation window begins the patient can move it to another free time
 * of the same clinic or cancel it (each after a confirming step); afterwards it says to contact the clinic.
 * "Add to calendar" saves the appointment as an .ics file. The manage secret is only ever sent to the API:
 * it is never logged, shown or put in an event.
 *
 * Placed without `reference` and `secret`, it reads them (and `lang`) from the page's fragment, as the
 * e-mailed link `…/booking/#reference=MT-XXXXXX&secret=…&lang=ja` gives them.
 *
 * @fires mt-booking-cancelled - The patient cancelled the booking; detail: reference.
 * @fires mt-booking-rescheduled - The patient moved the booking; detail: reference, slotId, startsAt.
 * @csspart root - The widget's outer box.
 * @csspart heading - The widget's heading.
 * @csspart reference - The booking reference.
 * @csspart booking-status - The booking's status in words.
 * @csspart decline-reason - The clinic's reason for declining.
 * @csspart details - The list of the booking's details.
 * @csspart korea-time - The date and time in Korea.
 * @csspart your-time - The date and time in the visitor's zone.
 * @csspart address - The clinic's address.
 * @csspart map-link - The link to the clinic on a map.
 * @csspart video-link - The video-call link.
 * @csspart history - When the booking was requested, confirmed, moved, declined or cancelled.
 * @csspart changeable - Until when the booking can be changed online, or to contact the clinic.
 * @csspart actions - The action buttons.
 * @csspart add-to-calendar - The button that downloads the .ics file.
 * @csspart reschedule - The button that opens the new time choice.
 * @csspart cancel - The button that asks to cancel.
 * @csspart confirm - A confirming step with its question and buttons.
 * @csspart confirm-question - The question before cancelling.
 * @csspart move-question - The question before moving to the chosen time.
 * @csspart confirm-yes - The button that goes ahead.
 * @csspart confirm-no - The button that goes back.
 * @csspart times - The new time choice around the slot calendar.
 * @csspart times-heading - The heading above the slot calendar.
 * @csspart notice - The result of an action or why it did not work.
 * @csspart status - The loading and not-found messages.
 * @csspart error - An error message with its retry button.
 * @cssprop --mt-color-text - Text colour.
 * @cssprop --mt-color-surface - Background.
 * @cssprop --mt-color-accent - Buttons and focus accents.
 * @cssprop --mt-color-on-accent - Text on accent backgrounds.
 * @cssprop --mt-color-border - Borders of the box and the confirming steps.
 * @cssprop --mt-color-muted-text - Secondary text (zones, history).
 * @cssprop --mt-color-muted-surface - Background of status messages and confirming steps.
 * @cssprop --mt-color-link - Links (map, video call).
 * @cssprop --mt-color-badge - Background of the status badge.
 * @cssprop --mt-color-badge-text - Text of the status badge.
 * @cssprop --mt-color-error - Error text.
 * @cssprop --mt-color-error-surface - Background of error messages.
 * @cssprop --mt-color-success - Text of a successful result.
 * @cssprop --mt-color-success-surface - Background of a successful result.
 * @cssprop --mt-color-focus - Focus outline.
 * @cssprop --mt-radius - Corner radius.
 * @cssprop --mt-font-family - Font.
 * @cssprop --mt-font-size - Text size every other size follows (default 16px, whatever the page's root font).
 * @tag mt-booking
 */
export class MtBooking extends MtElement {
  static override styles = [baseStyles, bookingStyles];

  static override properties = {
    ...MtElement.properties,
    reference: { type: String },
    secret: { type: String },
    load: { state: true },
    panel: { state: true },
    times: { state: true },
    moveTo: { state: true },
    sending: { state: true },
    sendFailure: { state: true },
    notice: { state: true },
    zone: { state: true },
  };

  /** The booking reference, e.g. MT-7K3Q9P (or give neither attribute: the page's fragment is read). */
  declare reference: string;
  /** The manage secret from the booking e-mail. */
  declare secret: string;
  declare private load: Load<Appointment | null>;
  declare private panel: Panel;
  declare private times: Load<CalendarSlot[]>;
  declare private moveTo: CalendarSlot | null;
  declare private sending: boolean;
  /** A lost answer to the last action; its retry sends the same action (and key) again. */
  declare private sendFailure: { error: unknown; retry: () => void } | null;
  declare private notice: Notice | null;
  /** The zone the visitor's times are given in: the device's, or the one picked in the slot calendar. */
  declare private zone: string;
  /**
   * The key of the current move. It lives from confirming a new time until the API stores an answer, so a
   * retry after a lost answer can never move the places twice.
   */
  private moveKey: string | null = null;
  /** Only the latest request of each kind may change what is shown. */
  private fetchSequence = 0;
  private timesSequence = 0;

  constructor() {
    super();
    this.reference = '';
    this.secret = '';
    this.load = { state: 'loading' };
    this.panel = 'none';
    this.times = { state: 'loading' };
    this.moveTo = null;
    this.sending = false;
    this.sendFailure = null;
    this.notice = null;
    this.zone = visitorZone();
    new ManageLinkController(this, (link) => this.useLink(link));
  }

  /** The fragment counts only for an element placed without its own reference and secret. */
  private useLink(link: ManageLink): void {
    if (this.hasAttribute('reference') || this.hasAttribute('secret')) return;
    this.reference = link.reference;
    this.secret = link.secret;
    if (!this.hasAttribute('lang')) this.lang = link.lang;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = ['reference', 'secret', 'lang', 'endpoint', 'siteKey'] as const;
    if (inputs.some((name) => changed.has(name))) void this.fetchBooking();
  }

  private async fetchBooking(): Promise<void> {
    const sequence = ++this.fetchSequence;
    const reference = this.reference.trim();
    const secret = this.secret.trim();
    this.panel = 'none';
    this.notice = null;
    if (!reference || !secret) {
      this.load = { state: 'ready', data: null };
      return;
    }
    this.load = { state: 'loading' };
    try {
      const data = await queryPrivately(this.client, ManagedBookingDocument, {
        reference,
        secret,
        locale: this.locale,
      });
      if (sequence === this.fetchSequence) this.load = { state: 'ready', data: data.appointment };
    } catch (error) {
      if (sequence === this.fetchSequence) this.load = { state: 'failed', error };
    }
  }

  private get appointment(): Appointment | null {
    return this.load.state === 'ready' ? this.load.data : null;
  }

  /** Held or confirmed, and the clinic's cancellation window has not begun (nor, then, the consultation). */
  private changeable(appointment: Appointment): boolean {
    const open = appointment.status === 'HELD' || appointment.status === 'CONFIRMED';
    return open && Date.now() < Date.parse(appointment.changeableUntil);
  }

  private async focusPart(part: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus();
  }

  private async show(notice: Notice): Promise<void> {
    this.notice = notice;
    await this.focusPart('notice');
  }

  private async openPanel(panel: Panel): Promise<void> {
    this.panel = panel;
    this.notice = null;
    this.sendFailure = null;
    this.moveTo = null;
    this.moveKey = null;
    if (panel === 'reschedule') {
      void this.fetchTimes();
      await this.focusPart('times-heading');
    } else if (panel === 'cancel') {
      await this.focusPart('confirm-question');
    }
  }

  private async closePanel(focus: string): Promise<void> {
    this.panel = 'none';
    this.moveTo = null;
    this.moveKey = null;
    this.sendFailure = null;
    await this.focusPart(focus);
  }

  /** The clinic's other free times for the same treatment (or general consultation) with room for the whole party. */
  private async fetchTimes(): Promise<void> {
    const appointment = this.appointment;
    if (!appointment) return;
    const sequence = ++this.timesSequence;
    this.times = { state: 'loading' };
    const from = new Date();
    const to = new Date(from.getTime() + RESCHEDULE_DAYS * 86_400_000);
    try {
      const data = await query(this.client, ProviderAvailabilityDocument, {
        id: appointment.slot.provider.id,
        slug: null,
        locale: this.locale,
        from: from.toISOString(),
        to: to.toISOString(),
        procedureId: appointment.slot.procedure?.id ?? null,
        mode: null,
      });
      if (sequence !== this.timesSequence) return;
      // Without a procedure the API answers every treatment's times; a general consultation stays one.
      const procedureId = appointment.slot.procedure?.id ?? null;
      const slots = (data.provider?.availability ?? []).filter(
        (slot) =>
          slot.id !== appointment.slot.id &&
          slot.remaining >= appointment.partySize &&
          (slot.procedure?.id ?? null) === procedureId,
      );
      this.times = { state: 'ready', data: slots };
    } catch (error) {
      if (sequence === this.timesSequence) this.times = { state: 'failed', error };
    }
  }

  private async onSlotChoose(event: CustomEvent<{ slotId: string }>): Promise<void> {
    if (this.sending || this.times.state !== 'ready') return;
    const slot = this.times.data.find((candidate) => candidate.id === event.detail.slotId) ?? null;
    // Another time is another move: a key used for the previous one would replay its answer.
    if (slot?.id !== this.moveTo?.id) this.moveKey = null;
    this.moveTo = slot;
    this.notice = null;
    this.sendFailure = null;
    if (slot) await this.focusPart('move-question');
  }

  private async reschedule(appointment: Appointment, slot: CalendarSlot): Promise<void> {
    if (this.sending) return;
    this.moveKey ??= idempotencyKey('reschedule');
    this.sending = true;
    this.sendFailure = null;
    try {
      const data = await mutate(this.client, RescheduleBookingDocument, {
        input: {
          reference: appointment.reference,
          secret: this.secret.trim(),
          slotId: slot.id,
          idempotencyKey: this.moveKey,
        },
        locale: this.locale,
      });
      const result = data.rescheduleAppointment;
      switch (result.__typename) {
        case 'Appointment':
          this.moveKey = null;
          this.load = { state: 'ready', data: result };
          this.panel = 'none';
          this.moveTo = null;
          emit(this, 'mt-booking-rescheduled', {
            reference: result.reference,
            slotId: result.slot.id,
            startsAt: result.slot.startsAt,
          });
          await this.show({
            text: this.t('bookingMoved', { time: this.koreaMoment(result.slot.startsAt) }),
            tone: 'success',
          });
          break;
        case 'SlotFull':
        case 'NotFound':
          // The API stored this answer under the key, so the next time chosen starts a new move.
          this.moveKey = null;
          this.moveTo = null;
          void this.fetchTimes();
          await this.show({
            text: this.t(result.__typename === 'SlotFull' ? 'slotFull' : 'slotGone'),
            tone: 'problem',
          });
          break;
        case 'InvalidInput':
          // A refusal stores nothing; the window may have begun meanwhile, which the refreshed view shows.
          this.moveTo = null;
          await this.show({ text: result.message, tone: 'problem' });
          break;
      }
    } catch (error) {
      this.sendFailure = { error, retry: () => void this.reschedule(appointment, slot) };
    } finally {
      this.sending = false;
    }
  }

  private async cancel(appointment: Appointment): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    this.sendFailure = null;
    try {
      const data = await mutate(this.client, CancelBookingDocument, {
        input: { reference: appointment.reference, secret: this.secret.trim() },
        locale: this.locale,
      });
      const result = data.cancelAppointment;
      this.panel = 'none';
      switch (result.__typename) {
        case 'Appointment':
          this.load = { state: 'ready', data: result };
          emit(this, 'mt-booking-cancelled', { reference: result.reference });
          await this.show({ text: this.t('bookingCancelledNotice'), tone: 'success' });
          break;
        case 'NotFound':
          await this.show({ text: this.t('bookingNotFound'), tone: 'problem' });
          break;
        case 'InvalidInput':
          await this.show({ text: result.message, tone: 'problem' });
          break;
      }
    } catch (error) {
      this.sendFailure = { error, retry: () => void this.cancel(appointment) };
    } finally {
      this.sending = false;
    }
  }

  /**
   * Saves the appointment as `MT-XXXXXX.ics`, which calendar apps open to add the event. The text is asked
   * for only now, so it always has the current time, even right after a move.
   */
  private async addToCalendar(appointment: Appointment): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    this.notice = null;
    try {
      const data = await queryPrivately(this.client, BookingCalendarDocument, {
        reference: appointment.reference,
        secret: this.secret.trim(),
      });
      if (!data.appointment) {
        await this.show({ text: this.t('bookingNotFound'), tone: 'problem' });
        return;
      }
      const url = URL.createObjectURL(new Blob([data.appointment.calendar], { type: 'text/calendar;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${appointment.reference}.ics`;
      link.hidden = true;
      this.renderRoot.append(link);
      link.click();
      link.remove();
      // The download has started reading the Blob by then; revoking at once can cancel it in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      await this.show({ text: this.failureText(error), tone: 'problem' });
    } finally {
      this.sending = false;
    }
  }

  private moment(iso: string, zone: string): string {
    return `${formatDay(iso, this.locale, zone)} ${formatTime(iso, this.locale, zone)}`;
  }

  private koreaMoment(iso: string): string {
    return `${this.moment(iso, KOREA_ZONE)} (${this.t('koreaTime')})`;
  }

  private duration(appointment: Appointment): string {
    const minutes = Math.round((Date.parse(appointment.slot.endsAt) - Date.parse(appointment.slot.startsAt)) / 60_000);
    return formatMinutes(minutes, this.locale, 'long');
  }

  private dateTime(iso: string): string {
    return formatDate(new Date(iso), this.locale, 'dateTime', this.zone);
  }

  private renderHistory(appointment: Appointment) {
    const steps: [string | null, MessageKey][] = [
      [appointment.createdAt, 'bookingRequestedOn'],
      [appointment.confirmedAt, 'bookingConfirmedOn'],
      [appointment.rescheduledAt, 'bookingRescheduledOn'],
      [appointment.declinedAt, 'bookingDeclinedOn'],
      [appointment.cancelledAt, 'bookingCancelledOn'],
    ];
    return html`<ul class="history" part="history">
      ${steps.map(([at, key]) => (at ? html`<li>${this.t(key, { date: this.dateTime(at) })}</li>` : nothing))}
    </ul>`;
  }

  private renderPlace(appointment: Appointment) {
    const { slot } = appointment;
    if (slot.mode === 'REMOTE') {
      if (appointment.status === 'DECLINED' || appointment.status === 'CANCELLED') return nothing;
      // A request the clinic has not accepted yet may still be declined: its link comes with the confirmation.
      const confirmed = appointment.status === 'CONFIRMED';
      const video = confirmed ? httpsLink(appointment.videoCallUrl) : null;
      return html`<dt>${this.t('bookingVideo')}</dt>
        <dd>
          ${
            video
              ? html`<a part="video-link" href=${video} target="_blank" rel="noopener noreferrer"
                  >${this.t('bookingJoinVideo')}</a
                >`
              : this.t(confirmed ? 'bookingVideoFromClinic' : 'bookingVideoLater')
          }
        </dd>`;
    }
    const { address, mapUrl } = slot.provider;
    const map = httpsLink(mapUrl);
    if (!address && !map) return nothing;
    return html`<dt>${this.t('bookingAddress')}</dt>
      <dd>
        ${address ? html`<span part="address">${address}</span>` : nothing}
        ${map ? html`<a part="map-link" href=${map} target="_blank" rel="noopener noreferrer">${this.t('bookingMap')}</a>` : nothing}
      </dd>`;
  }

  private renderDetails(appointment: Appointment) {
    const { slot } = appointment;
    const zone = this.zone;
    const interpreter = slot.interpreterLanguage
      ? displayNames(this.locale, 'language').of(
          slot.interpreterLanguage === 'ZH' ? 'zh' : intlTag(slot.interpreterLanguage),
        )
      : null;
    return html`<dl class="details" part="details">
      <dt>${this.t('bookingClinic')}</dt>
      <dd>${slot.provider.name}</dd>
      <dt>${this.t('filterProcedure')}</dt>
      <dd>${slot.procedure?.name ?? this.t('generalConsultation')}</dd>
      <dt>${this.t('bookingWhen')}</dt>
      <dd>
        <span class="moment" part="korea-time">${this.moment(slot.startsAt, KOREA_ZONE)}</span>
        <span class="zone">${this.t('koreaTime')}</span>
        <span class="moment" part="your-time">${this.moment(slot.startsAt, zone)}</span>
        <span class="zone"
          >${this.t('yourTime', { zone: formatZone(zone, this.locale, new Date(slot.startsAt)) })}</span
        >
      </dd>
      <dt>${this.t('bookingDuration')}</dt>
      <dd>${this.duration(appointment)}</dd>
      <dt>${this.t('filterMode')}</dt>
      <dd>
        ${this.t(slot.mode === 'REMOTE' ? 'modeRemote' : 'modeInPerson')}${
          interpreter ? html` · ${this.t('interpreter', { language: interpreter })}` : nothing
        }
      </dd>
      ${this.renderPlace(appointment)}
      <dt>${this.t('partySize')}</dt>
      <dd>${appointment.partySize}</dd>
    </dl>`;
  }

  private renderChangeable(appointment: Appointment) {
    if (appointment.status === 'DECLINED' || appointment.status === 'CANCELLED') return nothing;
    const text = this.changeable(appointment)
      ? this.t('bookingChangeableUntil', {
          time: `${this.moment(appointment.changeableUntil, this.zone)} (${formatZone(this.zone, this.locale, new Date(appointment.changeableUntil))})`,
        })
      : this.t('bookingContactClinic');
    return html`<p class="changeable" part="changeable">${text}</p>`;
  }

  private renderConfirm(options: {
    question: string;
    questionPart: string;
    yes: string;
    no: string;
    onYes: () => void;
    onNo: () => void;
  }) {
    return html`<div class="confirm" part="confirm" role="group" aria-labelledby="mt-${options.questionPart}">
      <p id="mt-${options.questionPart}" class="question" part=${options.questionPart} tabindex="-1">
        ${options.question}
      </p>
      ${this.sendFailure ? this.renderFailure(this.sendFailure.error, this.sendFailure.retry) : nothing}
      <div class="buttons">
        <button type="button" part="confirm-yes" ?disabled=${this.sending} @click=${options.onYes}>
          ${this.sending ? this.t('sending') : options.yes}
        </button>
        <button type="button" class="secondary" part="confirm-no" ?disabled=${this.sending} @click=${options.onNo}>
          ${options.no}
        </button>
      </div>
    </div>`;
  }

  private renderTimes(appointment: Appointment) {
    const times = this.times;
    const from = new Date();
    const until = new Date(from.getTime() + RESCHEDULE_DAYS * 86_400_000);
    let body: TemplateResult;
    if (times.state === 'loading') body = this.renderLoading();
    else if (times.state === 'failed') body = this.renderFailure(times.error, () => void this.fetchTimes());
    else if (!times.data.length)
      body = html`<p class="status" part="status" role="status">${this.t('rescheduleEmpty')}</p>`;
    else
      body = html`<mt-slot-calendar
        lang=${intlTag(this.locale)}
        .slots=${times.data}
        .selected=${this.moveTo?.id ?? null}
        ?disabled=${this.sending}
        .from=${from}
        .until=${until}
        .zone=${this.zone}
        @mt-zone-change=${(event: CustomEvent<{ zone: string }>) => (this.zone = event.detail.zone)}
        @mt-slot-choose=${(event: CustomEvent<{ slotId: string }>) => void this.onSlotChoose(event)}
      ></mt-slot-calendar>`;
    const moveTo = this.moveTo;
    return html`<section class="times" part="times" aria-labelledby="mt-times-heading">
      <h3 id="mt-times-heading" part="times-heading" tabindex="-1">${this.t('rescheduleHeading')}</h3>
      ${body}
      ${
        moveTo
          ? this.renderConfirm({
              question: this.t('confirmMove', { time: this.koreaMoment(moveTo.startsAt) }),
              questionPart: 'move-question',
              yes: this.t('confirmMoveYes'),
              no: this.t('keepTime'),
              onYes: () => void this.reschedule(appointment, moveTo),
              onNo: () => void this.closePanel('reschedule'),
            })
          : html`<button
              type="button"
              class="secondary"
              part="confirm-no"
              @click=${() => void this.closePanel('reschedule')}
            >
              ${this.t('keepTime')}
            </button>`
      }
    </section>`;
  }

  private renderActions(appointment: Appointment) {
    const open = appointment.status === 'HELD' || appointment.status === 'CONFIRMED';
    if (!open) return nothing;
    const changeable = this.changeable(appointment);
    return html`<div class="actions" part="actions">
      <button
        type="button"
        class="secondary"
        part="add-to-calendar"
        ?disabled=${this.sending}
        @click=${() => void this.addToCalendar(appointment)}
      >
        ${this.t('addToCalendar')}
      </button>
      ${
        changeable
          ? html`<button
                type="button"
                class="secondary"
                part="reschedule"
                aria-expanded=${this.panel === 'reschedule' ? 'true' : 'false'}
                ?disabled=${this.sending}
                @click=${() => void this.openPanel('reschedule')}
              >
                ${this.t('reschedule')}
              </button>
              <button
                type="button"
                class="secondary"
                part="cancel"
                aria-expanded=${this.panel === 'cancel' ? 'true' : 'false'}
                ?disabled=${this.sending}
                @click=${() => void this.openPanel('cancel')}
              >
                ${this.t('cancelBooking')}
              </button>`
          : nothing
      }
    </div>`;
  }

  private renderBooking(appointment: Appointment) {
    const status = html`<p class="booking-status">
      <span class="badge" part="booking-status">${this.t(STATUS_TEXT[appointment.status])}</span>
    </p>`;
    const changeable = this.changeable(appointment);
    return html`<header>
        <h2 part="heading" tabindex="-1">${this.t('bookingHeading')}</h2>
        <p class="reference">
          ${this.t('bookingReference')}: <strong part="reference">${appointment.reference}</strong>
        </p>
      </header>
      ${status}
      ${
        appointment.status === 'DECLINED' && appointment.declineReason
          ? html`<p class="decline-reason" part="decline-reason">
              ${this.t('bookingDeclineReason', { reason: appointment.declineReason })}
            </p>`
          : nothing
      }
      ${
        this.notice
          ? html`<p
              class="notice ${this.notice.tone}"
              part="notice"
              role=${this.notice.tone === 'success' ? 'status' : 'alert'}
              tabindex="-1"
            >
              ${this.notice.text}
            </p>`
          : nothing
      }
      ${this.renderDetails(appointment)} ${this.renderChangeable(appointment)} ${this.renderHistory(appointment)}
      ${this.renderActions(appointment)}
      ${
        changeable && this.panel === 'cancel'
          ? this.renderConfirm({
              question: this.t('confirmCancel'),
              questionPart: 'confirm-question',
              yes: this.t('confirmCancelYes'),
              no: this.t('keepBooking'),
              onYes: () => void this.cancel(appointment),
              onNo: () => void this.closePanel('cancel'),
            })
          : nothing
      }
      ${changeable && this.panel === 'reschedule' ? this.renderTimes(appointment) : nothing}`;
  }

  override render() {
    return this.renderLoad(
      this.load,
      () => void this.fetchBooking(),
      (appointment) =>
        appointment
          ? this.frame(this.renderBooking(appointment), 'ready')
          : this.frame(html`<p class="status" part="status" role="status">${this.t('bookingNotFound')}</p>`, 'empty'),
    );
  }
}
