/** The API's locales, from a page's `lang` attribute (BCP 47). */
export type Locale = 'EN' | 'KO' | 'ZH' | 'ZH_TW' | 'JA' | 'RU' | 'VI' | 'MN' | 'AR' | 'TH';

const TRADITIONAL = /^zh-(tw|hk|mo|hant)/i;

export function apiLocale(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').trim().toLowerCase();
  if (TRADITIONAL.test(tag)) return 'ZH_TW';
  const base = tag.split('-')[0] ?? '';
  const known: Record<string, Locale> = {
    en: 'EN',
    ko: 'KO',
    zh: 'ZH',
    ja: 'JA',
    ru: 'RU',
    vi: 'VI',
    mn: 'MN',
    ar: 'AR',
    th: 'TH',
  };
  return known[base] ?? 'EN';
}

/** The BCP 47 tag Intl formats with for an API locale. */
export function intlTag(locale: Locale): string {
  return locale === 'ZH_TW' ? 'zh-TW' : locale === 'ZH' ? 'zh-CN' : locale.toLowerCase();
}

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'AR' ? 'rtl' : 'ltr';
}
