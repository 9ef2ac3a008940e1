export const LOCALES = ['EN', 'KO', 'ZH', 'ZH_TW', 'JA', 'RU', 'VI', 'MN', 'AR', 'TH'] as const;
export type LocaleCode = (typeof LOCALES)[number];

/** Text keyed by locale, stored as jsonb. */
export type LocalizedText = Partial<Record<LocaleCode, string>>;

/** The requested locale, else English, else Korean. */
export function localize(text: LocalizedText, locale: LocaleCode | null | undefined): string {
  return text[locale ?? 'EN'] ?? text.EN ?? text.KO ?? '';
}

export function localizeOptional(text: LocalizedText | null, locale: LocaleCode | null | undefined): string | null {
  if (!text) return null;
  return text[locale ?? 'EN'] ?? text.EN ?? text.KO ?? null;
}
