export const LOCALES = ['EN', 'KO', 'ZH', 'ZH_TW', 'JA', 'RU', 'VI', 'MN', 'AR', 'TH'] as const;
export type LocaleCode = (typeof LOCALES)[number];

/** Text keyed by locale, stored as jsonb. */
export type LocalizedText = Partial<Record<LocaleCode, string>>;

/**
 * Where a missing translation is looked for, in order, after the requested locale itself. A reader of
 * traditional Chinese reads simplified Chinese far better than English; English is the platform's common
 * language and Korean the language every text is written in first.
 */
export const FALLBACKS: Readonly<Record<LocaleCode, readonly LocaleCode[]>> = {
  EN: ['KO'],
  KO: ['EN'],
  ZH: ['EN', 'KO'],
  ZH_TW: ['ZH', 'EN', 'KO'],
  JA: ['EN', 'KO'],
  RU: ['EN', 'KO'],
  VI: ['EN', 'KO'],
  MN: ['EN', 'KO'],
  AR: ['EN', 'KO'],
  TH: ['EN', 'KO'],
};

/** The requested locale (English when none is asked for), else the first of its fallbacks the text has. */
export function localizeOptional(text: LocalizedText | null, locale: LocaleCode | null | undefined): string | null {
  if (!text) return null;
  const requested = locale ?? 'EN';
  for (const candidate of [requested, ...FALLBACKS[requested]]) {
    const value = text[candidate];
    if (value != null) return value;
  }
  return null;
}

export function localize(text: LocalizedText, locale: LocaleCode | null | undefined): string {
  return localizeOptional(text, locale) ?? '';
}
