import { html, nothing, type PropertyValues } from 'lit';
import {
  HoldSlotDocument,
  ProviderAvailabilityDocument,
  type ConsultationMode,
  type HoldSlotInput,
  type ProviderAvailabilityQuery,
} from '../generated/graphql';
import { currentCampaign, validCampaignCode } from '../shared/attribution';
import { idempotencyKey, mutate, query } from '../shared/client';
import {
  checkContact,
  CONTACT_SERVER_FIELDS,
  consentField,
  contactFor,
  contactTextField,
  countryField,
  formText,
  isPartySize,
  messagesFor,
  partySizeError,
  partySizeField,
  placeServerProblems,
  readContact,
  type ContactField,
  type ContactValues,
  type FieldMessages,
} from '../shared/contact-form';
import { type Load } from '../shared/element';
import { MtFormElement } from '../shared/form-element';
import { emit } from '../shared/events';
import { formStyles } from '../shared/form-styles';
import { formatDay, formatTime, formatZone, KOREA_ZONE, visitorZone } from '../shared/format';
import { intlTag } from '../shared/locale';
import type { MessageKey } from '../shared/messages';
import { baseStyles } from '../shared/styles';
import { availabilityStyles } from './availability.styles';
import { recallBooking, rememberBooking, type RememberedBooking } from './remembered-booking';

type Provider = NonNullable<ProviderAvailabilityQuery['provider']>;
type Slot = Provider['availability'][number];
type ModeFilter = ConsultationMode | '';

type Field = ContactField | 'partySize';

/** In the order they appear, so focus lands on the first one that needs fixing. */
const FIELDS: Field[] = ['name', 'email', 'phone', 'nationality', 'partySize', 'consent'];

const SERVER_FIELDS: Record<string, Field> = { ...CONTACT_SERVER_FIELDS, partySize: 'partySize' };

// The calendar shows a month in one screen, so a month of times costs the visitor nothing to look through.
const DEFAULT_DAYS = 30;
// The API refuses windows longer than 62 days; 60 stays inside that limit.
const MAX_DAYS = 60;
// The API's own rule; the slot's remaining places can lower it further.
const MAX_PARTY = 10;
// The API refuses the whole booking for a malformed code, and the visitor could not fix that.

interface Values extends ContactValues {
  partySize: string;
}

type Errors = FieldMessages<Field>;

/** The calendar's parts a host page may style through `mt-availability::part(...)`. */
const CALENDAR_PARTS = [
  'month',
  'previous-month',
  'next-month',
  'grid',
  'weekday',
  'day',
  'free',
  'chosen',
  'today',
  'times',
  'times-heading',
  'zone-picker',
  'time-list',
  'time',
  'selected',
  'korea-time',
  'your-time',
  'duration',
  'mode',
  'places',
  'treatment',
  'interpreter',
].join(', ');

const EMPTY_DRAFT: Values = { name: '', email: '', phone: '', nationality: '', partySize: '1', consent: false };

function modeFilterOf(value: string | null | undefined): ModeFilter {
  const mode = (value ?? '').trim().toUpperCase();
  return mode === 'IN_PERSON' || mode === 'REMOTE' ? mode : '';
}

/**
 * A clinic's free consultation times for the coming days, as a month calendar of the days in Korea with free
 * times and the chosen day's times (`<mt-slot-calendar>`). Every time is shown in Korea time and in a zone
 * the visitor picks (their device's by default), with its kind (in person or video call), treatment and the
 * places left; the times can be narrowed by kind and treatment. Choosing a time opens a short booking form
 * (contact, country, party size, explicit consent) that is checked before sending and sends each booking
 * once, even when the button is pressed twice or the visitor retries after a lost connection. When the time
 * was taken meanwhile it says so and refreshes the list.
 *
 * @fires mt-slot-held - Places were held on a time; detail: appointmentId, reference, slotId, startsAt, partySize.
 * @csspart root - The widget's outer box.
 * @csspart heading - The widget's heading.
 * @csspart provider - The clinic's name.
 * @csspart filters - The consultation type and treatment filters.
 * @csspart status - The loading, empty and not-found messages.
 * @csspart error - An error message with its retry button.
 * @csspart notice - Why the chosen time could not be booked.
 * @csspart slot-calendar - The `<mt-slot-calendar>` with the month and the chosen day's times; its parts below
 *   are exported, so `mt-availability::part(day)` reaches them.
 * @csspart month - The month caption.
 * @csspart previous-month - The button showing the previous month.
 * @csspart next-month - The button showing the next month.
 * @csspart grid - The date grid.
 * @csspart weekday - A weekday column header.
 * @csspart day - A day of the month; also `free`, `chosen` and `today` as they apply.
 * @csspart free - A day with free times.
 * @csspart chosen - The day whose times are shown.
 * @csspart today - Today in Korea.
 * @csspart times - The chosen day's heading, zone picker and times.
 * @csspart times-heading - The chosen day above its times.
 * @csspart zone-picker - The zone the times are shown in.
 * @csspart time-list - The chosen day's times.
 * @csspart time - One time; `time selected` for the one the form is open for.
 * @csspart selected - The time the form is open for.
 * @csspart korea-time - A time's clock reading in Korea.
 * @csspart your-time - A time's clock reading in the chosen zone, with the zone's name.
 * @csspart duration - How long the consultation lasts.
 * @csspart mode - The in person / video call badge.
 * @csspart places - The number of places left.
 * @csspart treatment - The treatment, or general consultation.
 * @csspart interpreter - The interpreter's language, when there is one.
 * @csspart form - The booking form.
 * @csspart form-heading - The chosen time above the form.
 * @csspart field - Each label with its control and messages.
 * @csspart input - Each text input and select.
 * @csspart field-error - A field's error message.
 * @csspart consent - The consent checkbox with its label.
 * @csspart submit - The booking button.
 * @csspart cancel - The button that closes the form to choose another time.
 * @csspart confirmation - The booked message with the reference and the booking's own view (`<mt-booking>`: status,
 *   times, address or video link, add to calendar, reschedule, cancel), kept for the tab so it survives a reload.
 * @csspart booking - The root of that booking view (its other parts are reached through `mt-booking::part(...)`).
 * @csspart book-another - The button that returns to the list after booking.
 * @cssprop --mt-color-text - Text colour.
 * @cssprop --mt-color-surface - Background, and the background of time buttons.
 * @cssprop --mt-color-accent - Buttons, the chosen time and focus accents.
 * @cssprop --mt-color-on-accent - Text on accent backgrounds.
 * @cssprop --mt-color-border - Borders of the box, the time buttons and inputs.
 * @cssprop --mt-color-muted-text - Secondary text (zones, treatments, hints).
 * @cssprop --mt-color-muted-surface - Background of status messages and the form.
 * @cssprop --mt-color-badge - Background of the consultation type badge.
 * @cssprop --mt-color-badge-text - Text of the consultation type badge.
 * @cssprop --mt-color-error - Error text and invalid borders.
 * @cssprop --mt-color-error-surface - Background of error messages.
 * @cssprop --mt-color-success - Text of the confirmation.
 * @cssprop --mt-color-success-surface - Background of the confirmation.
 * @cssprop --mt-color-focus - Focus outline.
 * @cssprop --mt-radius - Corner radius.
 * @cssprop --mt-font-family - Font.
 * @cssprop --mt-font-size - Text size every other size follows (default 16px, whatever the page's root font).
 * @tag mt-availability
 */
export class MtAvailability extends MtFormElement<Field> {
  protected override readonly fieldOrder = FIELDS;
  static override styles = [baseStyles, formStyles, availabilityStyles];

  static override properties = {
    ...MtFormElement.properties,
    provider: { type: String },
    slug: { type: String },
    procedure: { type: String },
    mode: { type: String },
    days: { type: Number },
    load: { state: true },
    refreshing: { state: true },
    modeFilter: { state: true },
    procedureFilter: { state: true },
    selectedId: { state: true },
    notice: { state: true },
    booking: { state: true },
    zone: { state: true },
  };

  /** Id of the provider whose times are shown (or give `slug`). */
  declare provider: string;
  /** Slug of the provider whose times are shown, e.g. gangnam-lumiere-dermatology. */
  declare slug: string;
  /** Id of a procedure to show times for; the visitor can widen it to every treatment. */
  declare procedure: string;
  /** IN_PERSON or REMOTE to show only that kind of consultation at first; empty for both. */
  declare mode: string;
  /** How many days ahead to show, 1 to 60. */
  declare days: number;
  declare private load: Load<Provider | null>;
  declare private refreshing: boolean;
  declare private modeFilter: ModeFilter;
  declare private procedureFilter: string;
  declare private selectedId: string | null;
  declare private notice: MessageKey | null;
  /** The booking made here (this tab, this clinic), shown with its manage actions until "book another time". */
  declare private booking: RememberedBooking | null;
  /** The IANA zone the visitor shows the times in; the booking sends it so messages give the time in it too. */
  declare private zone: string;
  /** The window the shown times were asked for, so the calendar offers exactly those days. */
  private shownWindow = { from: new Date(), until: new Date() };
  /**
   * The key of the current booking attempt. It lives from choosing a time until the API stores an answer,
   * so a double click or a retry after a lost answer can never hold the places twice.
   */
  private attemptKey: string | null = null;
  /** What the visitor typed, so the form keeps it when it closes and opens again on another time. */
  private draft: Values = { ...EMPTY_DRAFT };
  /** Only the latest list request may change what is shown. */
  private fetchSequence = 0;

  constructor() {
    super();
    this.provider = '';
    this.slug = '';
    this.procedure = '';
    this.mode = '';
    this.days = DEFAULT_DAYS;
    this.load = { state: 'loading' };
    this.refreshing = false;
    this.modeFilter = '';
    this.procedureFilter = '';
    this.selectedId = null;
    this.notice = null;
    this.booking = null;
    this.zone = visitorZone();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) this.modeFilter = modeFilterOf(this.mode);
    if (changed.has('procedure')) this.procedureFilter = this.procedure.trim();
    // The filters are private state, which PropertyValues<this> cannot name.
    const changes = changed as Map<PropertyKey, unknown>;
    if (changed.has('provider') || changed.has('slug')) this.booking = recallBooking(this.bookingKey);
    // The booking element is a chunk of its own, fetched only once there is a booking to show.
    if (changes.has('booking') && this.booking) void import('../booking/booking');
    const query = ['provider', 'slug', 'days', 'lang', 'endpoint', 'siteKey', 'modeFilter', 'procedureFilter'];
    if (query.some((name) => changes.has(name))) void this.fetchAvailability();
  }

  /** The clinic as the page names it: bookings are remembered per clinic. */
  private get bookingKey(): string {
    return this.provider.trim() || this.slug.trim();
  }

  private get windowDays(): number {
    const days = Math.floor(Number(this.days));
    if (!Number.isFinite(days) || days < 1) return DEFAULT_DAYS;
    return Math.min(days, MAX_DAYS);
  }

  private async fetchAvailability(): Promise<void> {
    const sequence = ++this.fetchSequence;
    const id = this.provider.trim();
    const slug = this.slug.trim();
    if (!id && !slug) {
      this.load = { state: 'ready', data: null };
      return;
    }
    // A refresh keeps the list on screen; only the first load replaces it with a loading message.
    if (this.load.state === 'ready' && this.load.data) this.refreshing = true;
    else this.load = { state: 'loading' };
    const from = new Date();
    const to = new Date(from.getTime() + this.windowDays * 86_400_000);
    try {
      const data = await query(this.client, ProviderAvailabilityDocument, {
        id: id || null,
        slug: id ? null : slug,
        locale: this.locale,
        from: from.toISOString(),
        to: to.toISOString(),
        procedureId: this.procedureFilter || null,
        mode: this.modeFilter || null,
      });
      if (sequence !== this.fetchSequence) return;
      this.shownWindow = { from, until: to };
      this.load = { state: 'ready', data: data.provider };
      if (this.selectedId && !data.provider?.availability.some((slot) => slot.id === this.selectedId)) this.closeForm();
    } catch (error) {
      if (sequence !== this.fetchSequence) return;
      this.load = { state: 'failed', error };
    } finally {
      if (sequence === this.fetchSequence) this.refreshing = false;
    }
  }

  private get slots(): Slot[] {
    return this.load.state === 'ready' ? (this.load.data?.availability ?? []) : [];
  }

  private get selectedSlot(): Slot | null {
    return this.slots.find((slot) => slot.id === this.selectedId) ?? null;
  }

  private async choose(slot: Slot): Promise<void> {
    if (this.sending) return;
    if (this.selectedId === slot.id) {
      this.closeForm();
      return;
    }
    this.selectedId = slot.id;
    // Another time is another booking: a key used for the previous one would replay its answer.
    this.attemptKey = null;
    this.errors = {};
    this.formMessage = null;
    this.sendFailure = null;
    this.notice = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="form-heading"]')?.focus();
  }

  private closeForm(): void {
    this.selectedId = null;
    this.attemptKey = null;
    this.errors = {};
    this.formMessage = null;
    this.sendFailure = null;
  }

  private async cancel(slotId: string): Promise<void> {
    this.closeForm();
    await this.updateComplete;
    await this.renderRoot.querySelector('mt-slot-calendar')?.focusTime(slotId);
  }

  private read(form: HTMLFormElement): Values {
    const data = new FormData(form);
    return { ...readContact(data), partySize: formText(data, 'partySize') };
  }

  private maxParty(slot: Slot): number {
    return Math.max(1, Math.min(MAX_PARTY, slot.remaining));
  }

  private validate(values: Values, slot: Slot): Errors {
    const errors: Errors = messagesFor(checkContact(values), this.translator);
    const max = this.maxParty(slot);
    if (!isPartySize(values.partySize, max)) errors.partySize = partySizeError(this.translator, max);
    return errors;
  }

  private campaignCode(): string | null {
    return validCampaignCode(currentCampaign());
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // The button is disabled only after the next render; a second click in the same moment lands here.
    if (this.sending) return;
    void this.submit(event.currentTarget as HTMLFormElement);
  }

  protected override async submit(form: HTMLFormElement): Promise<void> {
    const slot = this.selectedSlot;
    if (!slot || this.sending) return;
    const values = this.read(form);
    this.draft = { ...values, consent: false };
    const errors = this.validate(values, slot);
    this.sendFailure = null;
    if (Object.keys(errors).length) {
      await this.showProblems(errors);
      return;
    }
    this.errors = {};
    this.formMessage = null;
    this.attemptKey ??= idempotencyKey('hold');
    const input: HoldSlotInput = {
      slotId: slot.id,
      partySize: Number(values.partySize),
      consent: values.consent,
      idempotencyKey: this.attemptKey,
      contact: { ...contactFor(values, this.locale), timeZone: this.zone },
      campaignCode: this.campaignCode(),
      siteKey: this.siteKey || null,
    };
    this.sending = true;
    try {
      const data = await mutate(this.client, HoldSlotDocument, { input });
      const result = data.holdSlot;
      switch (result.__typename) {
        case 'Appointment':
          this.attemptKey = null;
          this.booking = { reference: result.reference, secret: result.cancelSecret ?? '' };
          rememberBooking(this.bookingKey, this.booking);
          this.closeForm();
          emit(this, 'mt-slot-held', {
            appointmentId: result.id,
            reference: result.reference,
            slotId: slot.id,
            startsAt: slot.startsAt,
            partySize: result.partySize,
          });
          await this.updateComplete;
          this.renderRoot.querySelector<HTMLElement>('[part="confirmation"]')?.focus();
          break;
        case 'SlotFull':
        case 'NotFound':
          // The API stored this answer under the key, so the next time chosen starts a new attempt.
          this.closeForm();
          this.notice = result.__typename === 'SlotFull' ? 'slotFull' : 'slotGone';
          await this.updateComplete;
          this.renderRoot.querySelector<HTMLElement>('[part="notice"]')?.focus();
          void this.fetchAvailability();
          break;
        case 'InvalidInput': {
          // A refusal stores nothing, so the corrected booking keeps the attempt's key.
          const { errors, unplaced } = placeServerProblems(result.fields, SERVER_FIELDS);
          await this.showProblems(errors, unplaced);
          break;
        }
        case 'Throttled':
          // Nothing was stored either, so a later try keeps the attempt's key.
          await this.showThrottled(result.retryAfterSeconds);
          break;
      }
    } catch (error) {
      this.sendFailure = error;
    } finally {
      this.sending = false;
    }
  }

  private async bookAnother(): Promise<void> {
    this.booking = null;
    rememberBooking(this.bookingKey, null);
    this.notice = null;
    await this.fetchAvailability();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private onModeChange(event: Event): void {
    this.modeFilter = modeFilterOf((event.target as HTMLInputElement).value);
  }

  private onProcedureChange(event: Event): void {
    this.procedureFilter = (event.target as HTMLSelectElement).value;
  }

  private modeLabel(mode: ConsultationMode): string {
    return this.t(mode === 'REMOTE' ? 'modeRemote' : 'modeInPerson');
  }

  /** Korea time with its day, e.g. "Wed, Nov 25 10:00", for texts that stand alone. */
  private koreaMoment(slot: Slot): string {
    return `${formatDay(slot.startsAt, this.locale)} ${formatTime(slot.startsAt, this.locale, KOREA_ZONE)}`;
  }

  /** The visitor's clock reading, with the day when it is not the same day as in Korea. */
  private visitorMoment(slot: Slot, zone: string): string {
    const time = formatTime(slot.startsAt, this.locale, zone);
    const day = formatDay(slot.startsAt, this.locale, zone);
    return day === formatDay(slot.startsAt, this.locale) ? time : `${day} ${time}`;
  }

  private renderForm(slot: Slot) {
    const t = this.translator;
    const zone = formatZone(this.zone, this.locale, new Date(slot.startsAt));
    return html`<form
      part="form"
      novalidate
      aria-labelledby="mt-form-heading"
      aria-busy=${this.sending ? 'true' : 'false'}
      @submit=${this.onSubmit}
      @input=${(event: Event) => (this.draft = { ...this.read(event.currentTarget as HTMLFormElement), consent: false })}
    >
      <h4 id="mt-form-heading" part="form-heading" tabindex="-1">
        ${this.t('selectedTime', { time: this.koreaMoment(slot) })}
      </h4>
      <p class="selected-detail">
        ${this.t('yourTime', { zone })}: ${this.visitorMoment(slot, this.zone)} · ${this.modeLabel(slot.mode)} ·
        ${slot.procedure?.name ?? this.t('generalConsultation')}
      </p>
      ${contactTextField('name', t, this.errors.name, this.draft.name)}
      ${contactTextField('email', t, this.errors.email, this.draft.email)}
      ${contactTextField('phone', t, this.errors.phone, this.draft.phone)}
      ${countryField({ t, locale: this.locale, error: this.errors.nationality, value: this.draft.nationality })}
      ${partySizeField({
        t,
        error: this.errors.partySize,
        max: this.maxParty(slot),
        value: this.draft.partySize,
        hint: this.t('placesLeft', { count: slot.remaining }),
      })}
      ${consentField(t, this.errors.consent)}
      <div class="actions">
        <button type="submit" part="submit" ?disabled=${this.sending}>
          ${this.sending ? this.t('sending') : this.t('holdSlot')}
        </button>
        <button
          type="button"
          class="secondary"
          part="cancel"
          ?disabled=${this.sending}
          @click=${() => void this.cancel(slot.id)}
        >
          ${this.t('changeTime')}
        </button>
      </div>
      ${this.formMessage ? html`<p class="form-message" role="alert">${this.formMessage}</p>` : nothing}
      ${this.sendFailure ? this.renderFailure(this.sendFailure, () => this.retrySend()) : nothing}
    </form>`;
  }

  private onSlotChoose(event: CustomEvent<{ slotId: string }>): void {
    const slot = this.slots.find((candidate) => candidate.id === event.detail.slotId);
    if (slot) void this.choose(slot);
  }

  private renderCalendar(slots: Slot[]) {
    const selected = this.selectedSlot;
    return html`<div
        class="calendar"
        role="group"
        aria-label=${this.t('chooseTime')}
        aria-busy=${this.refreshing ? 'true' : 'false'}
      >
        <mt-slot-calendar
          part="slot-calendar"
          exportparts=${CALENDAR_PARTS}
          lang=${intlTag(this.locale)}
          .slots=${slots}
          .selected=${this.selectedId}
          .from=${this.shownWindow.from}
          .until=${this.shownWindow.until}
          .zone=${this.zone}
          ?disabled=${this.sending}
          @mt-slot-choose=${this.onSlotChoose}
          @mt-zone-change=${(event: CustomEvent<{ zone: string }>) => (this.zone = event.detail.zone)}
        ></mt-slot-calendar>
      </div>
      ${selected ? this.renderForm(selected) : nothing}`;
  }

  private renderFilters(provider: Provider) {
    const modes: [ModeFilter, MessageKey][] = [
      ['', 'modeAll'],
      ['IN_PERSON', 'modeInPerson'],
      ['REMOTE', 'modeRemote'],
    ];
    return html`<div class="filters" part="filters">
      <fieldset>
        <legend>${this.t('filterMode')}</legend>
        <div class="modes">
          ${modes.map(
            ([value, label]) =>
              html`<label class="mode-option"
                ><input
                  type="radio"
                  name="mode"
                  value=${value}
                  .checked=${this.modeFilter === value}
                  ?disabled=${this.sending}
                  @change=${this.onModeChange}
                />
                ${this.t(label)}</label
              >`,
          )}
        </div>
      </fieldset>
      ${
        provider.procedures.length
          ? html`<div class="procedure-filter">
              <label for="mt-procedure">${this.t('filterProcedure')}</label>
              <select id="mt-procedure" ?disabled=${this.sending} @change=${this.onProcedureChange}>
                <option value="" ?selected=${!this.procedureFilter}>${this.t('procedureAny')}</option>
                ${provider.procedures.map(
                  (procedure) =>
                    html`<option value=${procedure.id} ?selected=${this.procedureFilter === procedure.id}>
                      ${procedure.name}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderConfirmation(booking: RememberedBooking) {
    return html`<div class="confirmation" part="confirmation" tabindex="-1">
      <p class="reference" role="status">${this.t('booked', { reference: booking.reference })}</p>
      <mt-booking
        exportparts="root: booking"
        reference=${booking.reference}
        secret=${booking.secret}
        endpoint=${this.endpoint}
        site-key=${this.siteKey}
      ></mt-booking>
      <button type="button" class="secondary" part="book-another" @click=${() => void this.bookAnother()}>
        ${this.t('bookAnother')}
      </button>
    </div>`;
  }

  override render() {
    return this.renderLoad(
      this.load,
      () => void this.fetchAvailability(),
      (data) => {
        const provider = data;
        if (!provider)
          return this.frame(
            html`<p class="status" part="status" role="status">${this.t('providerNotFound')}</p>`,
            'empty',
          );
        const header = html`<header>
          <h2 part="heading" tabindex="-1">${this.t('availabilityHeading')}</h2>
          <p class="provider" part="provider">${provider.name}</p>
        </header>`;
        if (this.booking) return this.frame(html`${header}${this.renderConfirmation(this.booking)}`, 'ready');
        const slots = provider.availability;
        const state = this.refreshing ? 'loading' : slots.length ? 'ready' : 'empty';
        return this.frame(
          html`${header}${this.renderFilters(provider)}
          ${this.notice ? html`<p class="notice" part="notice" role="alert" tabindex="-1">${this.t(this.notice)}</p>` : nothing}
          ${
            slots.length
              ? this.renderCalendar(slots)
              : html`<p class="status" part="status" role="status">${this.t('availabilityEmpty')}</p>`
          }`,
          state,
        );
      },
    );
  }
}
