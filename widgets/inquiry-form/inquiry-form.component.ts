import { html, nothing, type PropertyValues } from 'lit';
import {
  InquiryPackageDocument,
  SubmitInquiryDocument,
  type InquiryPackageQuery,
  type SubmitInquiryInput,
} from '../generated/graphql';
import { currentCampaign, validCampaignCode } from '../shared/attribution';
import { idempotencyKey, mutate, query } from '../shared/client';
import {
  checkContact,
  CONTACT_SERVER_FIELDS,
  consentField,
  contactFor,
  contactTextField,
  COUNTRIES,
  countryField,
  describedBy,
  fieldError,
  formText,
  inputField,
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
import { koreaDateOf } from '../shared/format';
import { baseStyles } from '../shared/styles';
import { inquiryStyles } from './inquiry-form.styles';

type Package = NonNullable<InquiryPackageQuery['package']>;

type Field = ContactField | 'partySize' | 'preferredStart' | 'message';

/** In the order they appear, so focus lands on the first one that needs fixing. */
const FIELDS: Field[] = ['name', 'email', 'phone', 'nationality', 'partySize', 'preferredStart', 'message', 'consent'];

const SERVER_FIELDS: Record<string, Field> = {
  ...CONTACT_SERVER_FIELDS,
  partySize: 'partySize',
  preferredStart: 'preferredStart',
  message: 'message',
};

// Inquiries have always offered Oman and Bahrain as well; the booking form never has.
const INQUIRY_COUNTRIES = [...COUNTRIES, 'OM', 'BH'];

const MAX_LEAD_DAYS = 730;
// The API refuses the whole inquiry for a malformed code, and the visitor could not fix that.

interface Values extends ContactValues {
  partySize: string;
  preferredStart: string;
  message: string;
}

type Errors = FieldMessages<Field>;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * A contact form about one package: name, email, optional phone, country, party size bounded by the
 * package's companions, an optional start date and message, and explicit consent (never pre-checked).
 * Checks every field before sending and sends each inquiry once, even when the button is pressed twice or
 * the visitor retries after a lost connection. Carries the campaign the visitor came through.
 *
 * @fires mt-inquiry-submitted - The inquiry was recorded; detail: inquiryId, reference, packageId, campaignCode.
 * @csspart root - The widget's outer box.
 * @csspart heading - The form's heading.
 * @csspart package - The title of the package asked about.
 * @csspart form - The form.
 * @csspart field - Each label with its control and messages.
 * @csspart input - Each text input, select and text area.
 * @csspart field-error - A field's error message.
 * @csspart consent - The consent checkbox with its label.
 * @csspart submit - The send button.
 * @csspart confirmation - The thank-you message with the inquiry's reference.
 * @csspart status - The loading message.
 * @csspart error - The error message with its retry button.
 * @cssprop --mt-color-text - Text colour.
 * @cssprop --mt-color-surface - Background.
 * @cssprop --mt-color-accent - Send button and focus accents.
 * @cssprop --mt-color-on-accent - Text on the send button.
 * @cssprop --mt-color-border - Input borders.
 * @cssprop --mt-color-muted-text - Hint text.
 * @cssprop --mt-color-error - Error text and invalid borders.
 * @cssprop --mt-color-error-surface - Background of error messages.
 * @cssprop --mt-color-success-surface - Background of the confirmation.
 * @cssprop --mt-color-success - Text of the confirmation.
 * @cssprop --mt-color-focus - Focus outline.
 * @cssprop --mt-radius - Corner radius.
 * @cssprop --mt-font-family - Font.
 * @cssprop --mt-font-size - Text size every other size follows (default 16px, whatever the page's root font).
 * @tag mt-inquiry-form
 * @tag mt-inquiry-form
 */
export class MtInquiryForm extends MtFormElement<Field> {
  protected override readonly fieldOrder = FIELDS;
  static override styles = [baseStyles, formStyles, inquiryStyles];

  static override properties = {
    ...MtFormElement.properties,
    packageId: { type: String, attribute: 'package' },
    campaignCode: { type: String, attribute: 'campaign-code' },
    load: { state: true },
    reference: { state: true },
  };

  /** Id of the package the inquiry is about. */
  declare packageId: string;
  /** Campaign tracking code to attribute the inquiry to; defaults to the campaign remembered for this visit. */
  declare campaignCode: string;
  declare private load: Load<Package | null>;
  declare private reference: string | null;
  /** The key of the current attempt, kept with the input it was made for so a retry reuses it. */
  private attempt: { input: string; key: string } | null = null;

  constructor() {
    super();
    this.packageId = '';
    this.campaignCode = '';
    this.load = { state: 'loading' };
    this.reference = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('packageId') || changed.has('lang') || changed.has('endpoint') || changed.has('siteKey')) {
      void this.fetchPackage();
    }
  }

  private async fetchPackage(): Promise<void> {
    const id = this.packageId.trim();
    if (!id) {
      this.load = { state: 'ready', data: null };
      return;
    }
    this.load = { state: 'loading' };
    try {
      const data = await query(this.client, InquiryPackageDocument, { id, locale: this.locale });
      if (id === this.packageId.trim()) this.load = { state: 'ready', data: data.package };
    } catch (error) {
      if (id === this.packageId.trim()) this.load = { state: 'failed', error };
    }
  }

  /** The earliest start the API accepts: today in Korea, or later when the visitor's own day is already ahead. */
  private earliestStart(): string {
    const korea = koreaDateOf(new Date().toISOString());
    const local = localToday();
    return local > korea ? local : korea;
  }

  private read(form: HTMLFormElement): Values {
    const data = new FormData(form);
    return {
      ...readContact(data),
      partySize: formText(data, 'partySize'),
      preferredStart: formText(data, 'preferredStart'),
      message: formText(data, 'message'),
    };
  }

  private validate(values: Values, pkg: Package): Errors {
    const errors: Errors = messagesFor(checkContact(values), this.translator);
    const maxParty = 1 + pkg.maxGuardians;
    if (!isPartySize(values.partySize, maxParty)) errors.partySize = partySizeError(this.translator, maxParty);
    const earliest = this.earliestStart();
    if (values.preferredStart && values.preferredStart < earliest) errors.preferredStart = this.t('dateInPast');
    else if (values.preferredStart && values.preferredStart > addDays(earliest, MAX_LEAD_DAYS)) {
      errors.preferredStart = this.t('dateTooFar');
    }
    return errors;
  }

  private campaignFor(): string | null {
    return validCampaignCode(this.campaignCode || currentCampaign());
  }

  private inputFor(values: Values, pkg: Package): Omit<SubmitInquiryInput, 'idempotencyKey'> {
    return {
      packageId: pkg.id,
      contact: contactFor(values, this.locale),
      partySize: Number(values.partySize),
      preferredStart: values.preferredStart || null,
      locale: this.locale,
      consent: values.consent,
      campaignCode: this.campaignFor(),
      siteKey: this.siteKey || null,
      message: values.message || null,
    };
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // The button is disabled only after the next render; a second click in the same moment lands here.
    if (this.sending) return;
    void this.submit(event.currentTarget as HTMLFormElement);
  }

  protected override async submit(form: HTMLFormElement): Promise<void> {
    const pkg = this.load.state === 'ready' ? this.load.data : null;
    if (!pkg || this.sending) return;
    const values = this.read(form);
    const errors = this.validate(values, pkg);
    this.sendFailure = null;
    if (Object.keys(errors).length) {
      await this.showProblems(errors);
      return;
    }
    this.errors = {};
    this.formMessage = null;
    const input = this.inputFor(values, pkg);
    const fingerprint = JSON.stringify(input);
    // The same input keeps its key: if a lost answer hid a recorded inquiry, the retry returns that one.
    if (this.attempt?.input !== fingerprint) this.attempt = { input: fingerprint, key: idempotencyKey('inquiry') };
    const key = this.attempt.key;
    this.sending = true;
    try {
      const data = await mutate(this.client, SubmitInquiryDocument, { input: { ...input, idempotencyKey: key } });
      const result = data.submitInquiry;
      switch (result.__typename) {
        case 'Inquiry':
          this.attempt = null;
          this.reference = result.reference;
          emit(this, 'mt-inquiry-submitted', {
            inquiryId: result.id,
            reference: result.reference,
            packageId: pkg.id,
            campaignCode: input.campaignCode ?? null,
          });
          await this.updateComplete;
          this.renderRoot.querySelector<HTMLElement>('[part="confirmation"]')?.focus();
          break;
        case 'InvalidInput': {
          // A refusal stores nothing, so the corrected inquiry may take a fresh key.
          this.attempt = null;
          const { errors, unplaced } = placeServerProblems(result.fields, SERVER_FIELDS);
          await this.showProblems(errors, unplaced);
          break;
        }
        case 'NotFound':
          this.attempt = null;
          this.load = { state: 'ready', data: null };
          break;
        case 'Throttled':
          // Nothing was stored: the same inquiry sent later is recorded afresh, under a fresh key.
          this.attempt = null;
          await this.showThrottled(result.retryAfterSeconds);
          break;
      }
    } catch (error) {
      this.sendFailure = error;
    } finally {
      this.sending = false;
    }
  }

  private renderForm(pkg: Package) {
    const t = this.translator;
    const earliest = this.earliestStart();
    return html`<h2 part="heading">${this.t('inquiryHeading')}</h2>
      <p class="package" part="package">${this.t('inquiryPackage', { title: pkg.title })}</p>
      <form part="form" novalidate @submit=${this.onSubmit} aria-busy=${this.sending ? 'true' : 'false'}>
        ${contactTextField('name', t, this.errors.name)} ${contactTextField('email', t, this.errors.email)}
        ${contactTextField('phone', t, this.errors.phone)}
        ${countryField({ t, locale: this.locale, error: this.errors.nationality, countries: INQUIRY_COUNTRIES })}
        ${partySizeField({
          t,
          error: this.errors.partySize,
          max: 1 + pkg.maxGuardians,
          value: '1',
          hint: this.t('guardians', { count: pkg.maxGuardians }),
        })}
        ${inputField({
          name: 'preferredStart',
          label: 'preferredStart',
          type: 'date',
          t,
          error: this.errors.preferredStart,
          min: earliest,
          max: addDays(earliest, MAX_LEAD_DAYS),
        })}
        <div class="field" part="field">
          <label for="mt-message">${this.t('message')}</label>
          <textarea
            id="mt-message"
            part="input"
            name="message"
            rows="4"
            maxlength="2000"
            aria-invalid=${this.errors.message ? 'true' : 'false'}
            aria-describedby=${describedBy('message', this.errors.message) || nothing}
          ></textarea>
          ${fieldError('message', this.errors.message)}
        </div>
        ${consentField(t, this.errors.consent)}
        <button type="submit" part="submit" ?disabled=${this.sending}>
          ${this.sending ? this.t('sending') : this.t('submit')}
        </button>
        ${this.formMessage ? html`<p class="form-message" role="alert">${this.formMessage}</p>` : nothing}
        ${this.sendFailure ? this.renderFailure(this.sendFailure, () => this.retrySend()) : nothing}
      </form>`;
  }

  override render() {
    return this.renderLoad(
      this.load,
      () => void this.fetchPackage(),
      (data) => {
        const pkg = data;
        if (!pkg)
          return this.frame(
            html`<p class="status" part="status" role="status">${this.t('packageUnavailable')}</p>`,
            'empty',
          );
        if (this.reference) {
          return this.frame(
            html`<div class="confirmation" part="confirmation" role="status" tabindex="-1">
              <p>${this.t('inquirySent', { reference: this.reference })}</p>
            </div>`,
            'ready',
          );
        }
        return this.frame(this.renderForm(pkg), 'ready');
      },
    );
  }
}
