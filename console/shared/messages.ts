import { messages as widgetEn } from '../../widgets/shared/locales/en';
import { messages as widgetKo } from '../../widgets/shared/locales/ko';
import type { LOCALES, REGIONS } from '../../core/domain';

/** The console speaks the languages of the staff who use it: Korean, and English for international teams. */
export const CONSOLE_LOCALES = ['ko', 'en'] as const;
export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];

/** The Intl tag of a console locale (dates, numbers, names of countries and languages). */
export const intlTagOf = (locale: ConsoleLocale) => (locale === 'ko' ? 'ko-KR' : 'en-GB');

/** Korea's time zone: slots, campaigns and events are planned in it, whatever the staff's computer says. */
export const KOREA_TIME_ZONE = 'Asia/Seoul';

/** An instant as Korea time, e.g. "2026. 12. 3. (목) 오후 2:30" or "Thu 3 Dec 2026, 14:30". */
export function formatKoreaTime(locale: ConsoleLocale, iso: string, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(intlTagOf(locale), {
    timeZone: KOREA_TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
    ...options,
  }).format(new Date(iso));
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A region's name, as the widgets already say it (one source for Korea's regions in both languages). */
export function regionName(locale: ConsoleLocale, region: (typeof REGIONS)[number]): string {
  return (locale === 'ko' ? widgetKo : widgetEn)[`region${region}`];
}

/** The language tags Intl names the API's locales by (simplified and traditional Chinese told apart by script). */
export const LOCALE_TAGS: Record<(typeof LOCALES)[number], string> = {
  EN: 'en',
  KO: 'ko',
  ZH: 'zh-Hans',
  ZH_TW: 'zh-Hant',
  JA: 'ja',
  RU: 'ru',
  VI: 'vi',
  MN: 'mn',
  AR: 'ar',
  TH: 'th',
};

/** One of the product's languages named in the staff's language: "Japanese", "일본어". */
export function localeName(locale: ConsoleLocale, code: (typeof LOCALES)[number]): string {
  return new Intl.DisplayNames([intlTagOf(locale)], { type: 'language' }).of(LOCALE_TAGS[code]) ?? code;
}

/** A country named in the staff's language from its ISO code: "Japan", "일본". */
export function countryName(locale: ConsoleLocale, code: string): string {
  try {
    return new Intl.DisplayNames([intlTagOf(locale)], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
