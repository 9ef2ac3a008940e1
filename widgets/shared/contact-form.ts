import { html, nothing, type TemplateResult } from 'lit';
import type { ContactInput } from '../generated/graphql';
import { intlTag, type Locale } from './locale';
import type { MessageKey } from './messages';
import { displayNames } from './names';

/**
 * What the booking and inquiry forms both ask of a visitor: contact details, country and explicit consent.
 * Field names match the API's input so its refusals land next to the right control; everything here takes
 * its values as arguments, so the components keep their own state and their own extra fields.
 */

/** A widget's `t`, passed in so these helpers read the visitor's language without holding the element. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export type ContactField = 'name' | 'email' | 'phone' | 'nationality' | 'consent';

export interface ContactValues {
  name: string;
  email: string;
  phone: string;
  nationality: string;
  consent: boolean;
}

/** The sentence shown under each field: a translated check, or the API's own words when it refused. */
export type FieldMessages<F extends string> = Partial<Record<F, string>>;

/**
 * The main source markets and their neighbours; the API accepts any ISO code, the visitor needs a short list.
 * Shown sorted by name in the visitor's language, so the order here does not matter.
 */
export const COUNTRIES: readonly string[] = [
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
  'IN',
  'AU',
  'CA',
  'GB',
  'DE',
  'FR',
];

/** The API names contact details by their path in its input (e.g. contact.email); the form by the control. */
export const CONTACT_SERVER_FIELDS: Readonly<Record<string, ContactField>> = {
  'contact.name': 'name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  'contact.nationality': 'nationality',
  consent: 'consent',
};

// Looser than the API on purpose: the API is the authority and its own message is shown when it refuses.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,24}$/;

/** Keys, not sentences: the rules stay free of the element, and the caller translates in its own language. */
export function checkContact(values: ContactValues): Partial<Record<ContactField, MessageKey>> {
  const problems: Partial<Record<ContactField, MessageKey>> = {};
  if (!values.name) problems.name = 'required';
  if (!values.email) problems.email = 'required';
  else if (!EMAIL.test(values.email)) problems.email = 'invalidEmail';
  if (values.phone && !PHONE.test(values.phone)) problems.phone = 'invalidPhone';
  if (!values.nationality) problems.nationality = 'required';
  if (!values.consent) problems.consent = 'consentRequired';
  return problems;
}

/** Whole people only; each form decides its own upper bound. */
export function isPartySize(value: string, max: number): boolean {
  const party = Number(value);
  return /^\d+$/.test(value) && party >= 1 && party <= max;
}

/** What a party size outside 1…max is told: the range, or the one number a room for one person allows. */
export function partySizeError(t: Translate, max: number): string {
  return max === 1 ? t('partySizeOnlyOne') : t('partySizeRange', { max });
}

/** Translated once, when checked, so client and API messages sit side by side as plain sentences. */
export function messagesFor<F extends string>(keys: Partial<Record<F, MessageKey>>, t: Translate): FieldMessages<F> {
  const messages: FieldMessages<F> = {};
  for (const [field, key] of Object.entries(keys) as [F, MessageKey | undefined][]) {
    if (key) messages[field] = t(key);
  }
  return messages;
}

export function formText(data: FormData, name: string): string {
  return String(data.get(name) ?? '').trim();
}

export function readContact(data: FormData): ContactValues {
  return {
    name: formText(data, 'name'),
    email: formText(data, 'email'),
    phone: formText(data, 'phone'),
    nationality: formText(data, 'nationality'),
    consent: data.get('consent') === 'yes',
  };
}

/** The contact part of the API's input, the same shape for bookings and inquiries. */
export function contactFor(values: ContactValues, locale: Locale): ContactInput {
  return {
    name: values.name,
    email: values.email,
    phone: values.phone || null,
    nationality: values.nationality,
    locale,
  };
}

/**
 * Puts the API's refusals next to the fields they concern, keeping the first message per field; the ones no
 * control can show are returned so the form can still say them.
 */
export function placeServerProblems<F extends string>(
  problems: readonly { field: string; message: string }[],
  serverFields: Readonly<Record<string, F>>,
): { errors: FieldMessages<F>; unplaced: string[] } {
  const errors: FieldMessages<F> = {};
  const unplaced: string[] = [];
  for (const problem of problems) {
    const field = serverFields[problem.field];
    if (field) errors[field] ??= problem.message;
    else unplaced.push(problem.message);
  }
  return { errors, unplaced };
}

/** `order` lists the fields as they appear, so focus lands on the first one that needs fixing. */
export function focusFirstInvalidField<F extends string>(
  root: ParentNode,
  order: readonly F[],
  errors: FieldMessages<F>,
): void {
  const first = order.find((field) => errors[field]);
  if (first) root.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
}

/** Screen readers read the hint and the error after the label, in that order. */
export function describedBy(field: string, error: string | undefined, hint = false): string {
  return [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
}

/**
 * The field's message line, there even while empty: a refusal fills the line reserved for it instead of pushing
 * what follows (the submit button under a double click's second click) down the page.
 */
export function fieldError(field: string, error: string | undefined): TemplateResult {
  return html`<span class="field-error" part="field-error" id="${field}-error">${error ?? ''}</span>`;
}

/**
 * A click that is part of a double or triple click is not a decision: it never changes consent (the first click of
 * a double click on Send may have moved the page under the pointer).
 */
function onlyDeliberate(event: MouseEvent): void {
  if (event.detail > 1) event.preventDefault();
}

export interface InputFieldOptions {
  name: string;
  label: MessageKey;
  type: string;
  t: Translate;
  error: string | undefined;
  /** Written to the `value` attribute; leave it out for a control the visitor alone fills in. */
  value?: string | undefined;
  required?: boolean;
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
  min?: string | number;
  max?: string | number;
  hint?: string;
}

export function inputField(options: InputFieldOptions): TemplateResult {
  const { name, error, hint } = options;
  return html`<div class="field" part="field">
    <label for="mt-${name}">${options.t(options.label)}</label>
    <input
      id="mt-${name}"
      part="input"
      name=${name}
      type=${options.type}
      autocomplete=${options.autocomplete ?? nothing}
      inputmode=${options.inputmode ?? nothing}
      maxlength=${options.maxlength ?? nothing}
      min=${options.min ?? nothing}
      max=${options.max ?? nothing}
      value=${options.value ?? nothing}
      ?required=${options.required ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(name, error, hint !== undefined) || nothing}
    />
    ${hint !== undefined ? html`<span class="hint" id="${name}-hint">${hint}</span>` : nothing}
    ${fieldError(name, error)}
  </div>`;
}

const CONTACT_INPUTS = {
  name: { type: 'text', autocomplete: 'name', maxlength: 200, required: true },
  // 254 characters is the longest address mail can be delivered to.
  email: { type: 'email', autocomplete: 'email', maxlength: 254, required: true },
  phone: { type: 'tel', autocomplete: 'tel', maxlength: 200, required: false },
} as const;

/** The name, email or phone input; each is labelled with the message of the same key. */
export function contactTextField(
  field: keyof typeof CONTACT_INPUTS,
  t: Translate,
  error: string | undefined,
  value?: string,
): TemplateResult {
  return inputField({ name: field, label: field, t, error, value, ...CONTACT_INPUTS[field] });
}

export function partySizeField(options: {
  t: Translate;
  error: string | undefined;
  max: number;
  value: string;
  hint: string;
}): TemplateResult {
  return inputField({
    name: 'partySize',
    label: 'partySize',
    type: 'number',
    inputmode: 'numeric',
    min: 1,
    required: true,
    ...options,
  });
}

function countryOptions(locale: Locale, codes: readonly string[]): { code: string; name: string }[] {
  const names = displayNames(locale, 'region');
  const collator = new Intl.Collator(intlTag(locale));
  return codes.map((code) => ({ code, name: names.of(code) })).sort((a, b) => collator.compare(a.name, b.name));
}

export function countryField(options: {
  t: Translate;
  locale: Locale;
  error: string | undefined;
  /** The country to show as chosen; the list starts unchosen without it. */
  value?: string;
  countries?: readonly string[];
}): TemplateResult {
  const { t, error, value } = options;
  return html`<div class="field" part="field">
    <label for="mt-nationality">${t('nationality')}</label>
    <select
      id="mt-nationality"
      part="input"
      name="nationality"
      autocomplete="country"
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy('nationality', error) || nothing}
    >
      <option value="">${t('chooseCountry')}</option>
      ${countryOptions(options.locale, options.countries ?? COUNTRIES).map(
        ({ code, name }) => html`<option value=${code} ?selected=${value === code}>${name}</option>`,
      )}
    </select>
    ${fieldError('nationality', error)}
  </div>`;
}

/** Never pre-checked and never remembered: the visitor agrees each time they send. */
export function consentField(t: Translate, error: string | undefined): TemplateResult {
  return html`<div class="field consent" part="field consent">
    <input
      id="mt-consent"
      name="consent"
      type="checkbox"
      value="yes"
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy('consent', error) || nothing}
      @click=${onlyDeliberate}
    />
    <label for="mt-consent" @click=${onlyDeliberate}>${t('consent')}</label>
    ${fieldError('consent', error)}
  </div>`;
}
