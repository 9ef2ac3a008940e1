import { COUNTRIES } from '../../widgets/shared/contact-form';
import { countryName, intlTagOf, type ConsoleLocale } from '../shared/messages';

export interface Choice {
  value: string;
  label: string;
}

/**
 * Countries to target, named in the staff's language and sorted by that name: the main source markets (the list the
 * patients' forms offer) and whatever the thing already targets, since the API takes any ISO code.
 */
export function countryChoices(locale: ConsoleLocale, current: readonly string[] = []): Choice[] {
  const collator = new Intl.Collator(intlTagOf(locale));
  return [...new Set([...COUNTRIES, ...current])]
    .map((code) => ({ value: code, label: countryName(locale, code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The choices of an enum, from the section's labels for it (a Record keyed by the generated enum type). */
export function enumChoices<K extends string>(labels: Record<K, string>): Choice[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
