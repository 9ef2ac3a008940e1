import { html, nothing, type PropertyValues } from 'lit';
import {
  InquiryPackageDocument,
  SubmitInquiryDocument,
  type InquiryPackageQuery,
  type SubmitInquiryInput,
} from '../generated/graphql';
import { currentCampaign } from '../shared/attribution';
import { idempotencyKey, request } from '../shared/client';
import { MtElement, type Load } from '../shared/element';
import { emit } from '../shared/events';
import { koreaDateOf } from '../shared/format';
import { intlTag } from '../shared/locale';
import type { MessageKey } from '../shared/messages';
import { baseStyles } from '../shared/styles';
import { inquiryStyles } from './inquiry-form.styles';

type Package = NonNullable<InquiryPackageQuery['package']>;

type Field = 'name' | 'email' | 'phone' | 'nationality' | 'partySize' | 'preferredStart' | 'message' | 'consent';

/** In the order they appear, so focus lands on the first one that needs fixing. */
const FIELDS: Field[] = ['name', 'email', 'phone', 'nationality', 'partySize', 'preferredStart', 'message', 'consent'];

/** Where the API's field paths (e.g. contact.email) appear in the form. */
const SERVER_FIELDS: Record<string, Field> = {
  'contact.name': 'name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  'contact.nationality': 'nationality',
  partySize: 'partySize',
  preferredStart: 'preferredStart',
  message: 'message',
  consent: 'consent',
};

/** The main source markets and their neighbours; the API accepts any ISO code, the visitor needs a short list. */
const COUNTRIES = [
  'JP',
  'CN',
  'US',
  'TW',
  'TH',
  'MN',
  'VN',
  'KZ',
  'RU',
  'SA',
  'AE',
  'HK',
  'SG',
  'MY',
  'ID',
  'PH',
  'UZ',
  'KG',
  'QA',
  'KW',
  'OM',
  'BH',
  'IN',
  'AU',
  'CA',
  'GB',
  'DE',
  'FR',
];

const MAX_LEAD_DAYS = 730;
// Looser than the API on purpose: the API is the authority and its own message is shown when it refuses.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,24}$/;
// The API refuses the whole inquiry for a malformed code, and the visitor could not fix that.
const CAMPAIGN_CODE = /^[A-Za-z0-9_-]{3,32}$/;

interface Values {
  name: string;
  email: string;
  phone: string;
  nationality: string;
  partySize: string;
  preferredStart: string;
  message: string;
  consent: boolean;
}

type Errors = Partial<Record<Field, string>>;

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
 * @tag mt-inquiry-form
 * @tag mt-inquiry-form
 */
export class MtInquiryForm extends MtElement {
  static override styles = [baseStyles, inquiryStyles];

  static override properties = {
    ...MtElement.properties,
    packageId: { type: String, attribute: 'package' },
    campaignCode: { type: String, attribute: 'campaign-code' },
    load: { state: true },
    errors: { state: true },
    formMessage: { state: true },
    sending: { state: true },
    sendFailure: { state: true },
    reference: { state: true },
  };

  /** Id of the package the inquiry is about. */
  declare packageId: string;
  /** Campaign tracking code to attribute the inquiry to; defaults to the campaign remembered for this visit. */
  declare campaignCode: string;
  declare private load: Load<Package | null>;
  declare private errors: Errors;
  declare private formMessage: string | null;
  declare private sending: boolean;
  declare private sendFailure: unknown;
  declare private reference: string | null;
  /** The key of the current attempt, kept with the input it was made for so a retry reuses it. */
  private attempt: { input: string; key: string } | null = null;

  constructor() {
    super();
    this.packageId = '';
    this.campaignCode = '';
    this.load = { state: 'loading' };
    this.errors = {};
    this.formMessage = null;
    this.sending = false;
    this.sendFailure = null;
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
      const data = await request(this.client, InquiryPackageDocument, { id, locale: this.locale });
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
    const text = (name: Field) => String(data.get(name) ?? '').trim();
    return {
      name: text('name'),
      email: text('email'),
      phone: text('phone'),
      nationality: text('nationality'),
      partySize: text('partySize'),
      preferredStart: text('preferredStart'),
      message: text('message'),
      consent: data.get('consent') === 'yes',
    };
  }

  private validate(values: Values, pkg: Package): Errors {
    const errors: Errors = {};
    const maxParty = 1 + pkg.maxGuardians;
    if (!values.name) errors.name = this.t('required');
    if (!values.email) errors.email = this.t('required');
    else if (!EMAIL.test(values.email)) errors.email = this.t('invalidEmail');
    if (values.phone && !PHONE.test(values.phone)) errors.phone = this.t('invalidPhone');
    if (!values.nationality) errors.nationality = this.t('required');
    const party = Number(values.partySize);
    if (!/^\d+$/.test(values.partySize) || party < 1 || party > maxParty) {
      errors.partySize = this.t('partySizeRange', { max: maxParty });
    }
    const earliest = this.earliestStart();
    if (values.preferredStart && values.preferredStart < earliest) errors.preferredStart = this.t('dateInPast');
    else if (values.preferredStart && values.preferredStart > addDays(earliest, MAX_LEAD_DAYS)) {
      errors.preferredStart = this.t('dateTooFar');
    }
    if (!values.consent) errors.consent = this.t('consentRequired');
    return errors;
  }

  private campaignFor(): string | null {
    const code = (this.campaignCode || currentCampaign() || '').trim();
    return CAMPAIGN_CODE.test(code) ? code.toUpperCase() : null;
  }

  private inputFor(values: Values, pkg: Package): Omit<SubmitInquiryInput, 'idempotencyKey'> {
    return {
      packageId: pkg.id,
      contact: {
        name: values.name,
        email: values.email,
        phone: values.phone || null,
        nationality: values.nationality,
        locale: this.locale,
      },
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

  private async submit(form: HTMLFormElement): Promise<void> {
    const pkg = this.load.state === 'ready' ? this.load.data : null;
    if (!pkg || this.sending) return;
    const values = this.read(form);
    this.errors = this.validate(values, pkg);
    this.sendFailure = null;
    if (Object.keys(this.errors).length) {
      this.formMessage = this.t('fixErrors');
      await this.focusFirstInvalid();
      return;
    }
    this.formMessage = null;
    const input = this.inputFor(values, pkg);
    const fingerprint = JSON.stringify(input);
    // The same input keeps its key: if a lost answer hid a recorded inquiry, the retry returns that one.
    if (this.attempt?.input !== fingerprint) this.attempt = { input: fingerprint, key: idempotencyKey('inquiry') };
    const key = this.attempt.key;
    this.sending = true;
    try {
      const data = await request(this.client, SubmitInquiryDocument, { input: { ...input, idempotencyKey: key } });
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
          const errors: Errors = {};
          const unplaced: string[] = [];
          for (const problem of result.fields) {
            const field = SERVER_FIELDS[problem.field];
            if (field) errors[field] ??= problem.message;
            else unplaced.push(problem.message);
          }
          this.errors = errors;
          this.formMessage = unplaced.length ? unplaced.join(' ') : this.t('fixErrors');
          await this.focusFirstInvalid();
          break;
        }
        case 'NotFound':
          this.attempt = null;
          this.load = { state: 'ready', data: null };
          break;
      }
    } catch (error) {
      this.sendFailure = error;
    } finally {
      this.sending = false;
    }
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const first = FIELDS.find((field) => this.errors[field]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  private retrySend(): void {
    const form = this.renderRoot.querySelector('form');
    if (form) void this.submit(form);
  }

  private describedBy(field: Field, hint = false): string {
    return [hint ? `${field}-hint` : '', this.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  private fieldError(field: Field) {
    const message = this.errors[field];
    return message ? html`<span class="field-error" part="field-error" id="${field}-error">${message}</span>` : nothing;
  }

  private textField(
    field: 'name' | 'email' | 'phone',
    label: MessageKey,
    type: string,
    autocomplete: string,
    required: boolean,
  ) {
    return html`<div class="field" part="field">
      <label for="mt-${field}">${this.t(label)}</label>
      <input
        id="mt-${field}"
        part="input"
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        maxlength=${field === 'email' ? 254 : 200}
        ?required=${required}
        aria-invalid=${this.errors[field] ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field) || nothing}
      />
      ${this.fieldError(field)}
    </div>`;
  }

  private countryOptions() {
    const tag = intlTag(this.locale);
    const names = new Intl.DisplayNames([tag], { type: 'region' });
    const collator = new Intl.Collator(tag);
    return COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }

  private renderForm(pkg: Package) {
    const earliest = this.earliestStart();
    const maxParty = 1 + pkg.maxGuardians;
    return html`<h2 part="heading">${this.t('inquiryHeading')}</h2>
      <p class="package" part="package">${this.t('inquiryPackage', { title: pkg.title })}</p>
      <form part="form" novalidate @submit=${this.onSubmit} aria-busy=${this.sending ? 'true' : 'false'}>
        ${this.textField('name', 'name', 'text', 'name', true)}
        ${this.textField('email', 'email', 'email', 'email', true)}
        ${this.textField('phone', 'phone', 'tel', 'tel', false)}
        <div class="field" part="field">
          <label for="mt-nationality">${this.t('nationality')}</label>
          <select
            id="mt-nationality"
            part="input"
            name="nationality"
            autocomplete="country"
            required
            aria-invalid=${this.errors.nationality ? 'true' : 'false'}
            aria-describedby=${this.describedBy('nationality') || nothing}
          >
            <option value="">${this.t('chooseCountry')}</option>
            ${this.countryOptions().map(({ code, name }) => html`<option value=${code}>${name}</option>`)}
          </select>
          ${this.fieldError('nationality')}
        </div>
        <div class="field" part="field">
          <label for="mt-partySize">${this.t('partySize')}</label>
          <input
            id="mt-partySize"
            part="input"
            name="partySize"
            type="number"
            inputmode="numeric"
            min="1"
            max=${maxParty}
            value="1"
            required
            aria-invalid=${this.errors.partySize ? 'true' : 'false'}
            aria-describedby=${this.describedBy('partySize', true)}
          />
          <span class="hint" id="partySize-hint">${this.t('guardians', { count: pkg.maxGuardians })}</span>
          ${this.fieldError('partySize')}
        </div>
        <div class="field" part="field">
          <label for="mt-preferredStart">${this.t('preferredStart')}</label>
          <input
            id="mt-preferredStart"
            part="input"
            name="preferredStart"
            type="date"
            min=${earliest}
            max=${addDays(earliest, MAX_LEAD_DAYS)}
            aria-invalid=${this.errors.preferredStart ? 'true' : 'false'}
            aria-describedby=${this.describedBy('preferredStart') || nothing}
          />
          ${this.fieldError('preferredStart')}
        </div>
        <div class="field" part="field">
          <label for="mt-message">${this.t('message')}</label>
          <textarea
            id="mt-message"
            part="input"
            name="message"
            rows="4"
            maxlength="2000"
            aria-invalid=${this.errors.message ? 'true' : 'false'}
            aria-describedby=${this.describedBy('message') || nothing}
          ></textarea>
          ${this.fieldError('message')}
        </div>
        <div class="field consent" part="field consent">
          <input
            id="mt-consent"
            name="consent"
            type="checkbox"
            value="yes"
            required
            aria-invalid=${this.errors.consent ? 'true' : 'false'}
            aria-describedby=${this.describedBy('consent') || nothing}
          />
          <label for="mt-consent">${this.t('consent')}</label>
          ${this.fieldError('consent')}
        </div>
        ${this.formMessage ? html`<p class="form-message" role="alert">${this.formMessage}</p>` : nothing}
        ${this.sendFailure ? this.renderFailure(this.sendFailure, () => this.retrySend()) : nothing}
        <button type="submit" part="submit" ?disabled=${this.sending}>
          ${this.sending ? this.t('sending') : this.t('submit')}
        </button>
      </form>`;
  }

  override render() {
    switch (this.load.state) {
      case 'loading':
        return this.frame(this.renderLoading(), 'loading');
      case 'failed':
        return this.frame(
          this.renderFailure(this.load.error, () => void this.fetchPackage()),
          'error',
        );
      case 'ready': {
        const pkg = this.load.data;
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
      }
    }
  }
}
