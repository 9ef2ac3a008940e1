import { LitElement, type PropertyValues } from 'lit';
import { LOCALES } from '../../core/locale';
import type { HospitalProviderQuery, Locale } from '../generated/graphql';
import type { ConsoleStaff } from '../shared/session';
import { localeName, type ConsoleLocale } from '../shared/messages';
import { consoleStyles } from '../shared/styles';
import { hospitalStyles } from './hospital.styles';
import { messages } from './hospital.messages';

/** The provider the section manages, as its first query read it (id for mutations, procedures for forms). */
export type HospitalProviderInfo = NonNullable<HospitalProviderQuery['provider']>;

/** What every view of the section is given by `<mt-console-hospital>`. */
export class HospitalView extends LitElement {
  static override styles = [consoleStyles, hospitalStyles];

  static override properties = {
    provider: { attribute: false },
    locale: { type: String },
    staff: { attribute: false },
  };

  declare provider: HospitalProviderInfo;
  declare locale: ConsoleLocale;
  declare staff: ConsoleStaff | undefined;

  constructor() {
    super();
    this.locale = 'ko';
    this.staff = undefined;
  }

  protected get m() {
    return messages[this.locale];
  }

  /** Moves the focus to an element of this view once it has rendered (a result, a dialog's first field). */
  protected async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

/** The ten languages the product speaks, as the API's Locale enum lists them (interpreters, coordinators). */
export const API_LOCALES: readonly Locale[] = LOCALES;

export const languageChoices = (locale: ConsoleLocale) =>
  API_LOCALES.map((code) => ({ value: code, label: localeName(locale, code) }));

/** A random key for one staff action, so a retry after a lost answer never does it twice. */
export const actionKey = () => `console-${crypto.randomUUID()}`;

/** The API's locale for the console's: names of procedures and the like in the staff's language. */
export const apiLocale = (locale: ConsoleLocale): Locale => (locale === 'ko' ? 'KO' : 'EN');

/**
 * A refusal for inputs left empty that the API's types require, shaped as the API's own InvalidInput so the form
 * marks them beside their inputs in the same way.
 */
export const requiredAnswer = (fields: string[], message: string) => ({
  __typename: 'InvalidInput' as const,
  message,
  fields: fields.map((field) => ({ field, message })),
});

/**
 * Whether an update brings another provider, not the same one read again (a language switch reads its names anew):
 * views whose data does not depend on the language reload only then, so a switch never drops a form's edits.
 */
export function isOtherProvider(changed: PropertyValues, provider: HospitalProviderInfo): boolean {
  return changed.has('provider') && (changed.get('provider') as HospitalProviderInfo | undefined)?.id !== provider.id;
}
