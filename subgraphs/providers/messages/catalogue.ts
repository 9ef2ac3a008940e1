import type { LocaleCode } from '../../../core/locale';
import { messages as ar } from './locales/ar';
import { messages as en, type Catalogue } from './locales/en';
import { messages as ja } from './locales/ja';
import { messages as ko } from './locales/ko';
import { messages as mn } from './locales/mn';
import { messages as ru } from './locales/ru';
import { messages as th } from './locales/th';
import { messages as vi } from './locales/vi';
import { messages as zh } from './locales/zh';
import { messages as zhTw } from './locales/zh-tw';

export type { Catalogue };

const CATALOGUES: Record<LocaleCode, Catalogue> = {
  EN: en,
  KO: ko,
  ZH: zh,
  ZH_TW: zhTw,
  JA: ja,
  RU: ru,
  VI: vi,
  MN: mn,
  AR: ar,
  TH: th,
};

export const KOREA_ZONE = 'Asia/Seoul';

export function catalogue(locale: LocaleCode): Catalogue {
  return CATALOGUES[locale];
}

/** The BCP 47 tag for Intl, HTML `lang` and the manage link's `lang` (the widgets read it the same way). */
export function intlTag(locale: LocaleCode): string {
  return locale === 'ZH_TW' ? 'zh-TW' : locale === 'ZH' ? 'zh-CN' : locale.toLowerCase();
}

export function direction(locale: LocaleCode): 'rtl' | 'ltr' {
  return locale === 'AR' ? 'rtl' : 'ltr';
}

/** A date and time as the language writes it (its own 12- or 24-hour clock), on the wall clock of `timeZone`. */
export function formatInstant(instant: Date, tag: string, timeZone: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(instant);
}

/** The time of day alone, e.g. for "tomorrow at 2:30 PM". */
export function formatTimeOfDay(instant: Date, tag: string, timeZone: string): string {
  return new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone }).format(instant);
}

/** A zone named in words in the reader's language ("Pacific Time", "米国太平洋時間"), never as an IANA id. */
export function zoneName(tag: string, timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat(tag, { timeZoneName: 'longGeneric', timeZone }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export function formatMinutes(minutes: number, tag: string): string {
  return new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}
