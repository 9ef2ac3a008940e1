import { intlTag, type Locale } from './locale';
import { shippedWords } from './names';

export interface Money {
  amount: number;
  currency: string;
}

function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Money arrives in minor units (cents for USD, won for KRW). */
export function formatMoney(money: Money, locale: Locale): string {
  const digits = minorDigits(money.currency);
  return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: money.currency }).format(
    money.amount / 10 ** digits,
  );
}

/**
 * How long to wait, as the visitor's language says it ("in 45 minutes", "24시간 후"), rounded up to whole seconds,
 * minutes or hours so a throttled visitor is never told to come back too early.
 */
export function formatWait(seconds: number, locale: Locale): string {
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    seconds < 90
      ? [Math.max(1, Math.ceil(seconds)), 'second']
      : seconds < 90 * 60
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.ceil(seconds / 3_600), 'hour'];
  const words = shippedWords(locale);
  if (words) return words.wait(value, unit as 'second' | 'minute' | 'hour');
  return new Intl.RelativeTimeFormat(intlTag(locale), { numeric: 'always' }).format(value, unit);
}

export const KOREA_ZONE = 'Asia/Seoul';

export function visitorZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A clock reading as the visitor's language writes it: "9:00 AM" in English (no leading zero in 12-hour
 * locales), "9:00" in Japanese. `hour: 'numeric'` lets the locale choose both the cycle and the padding; where
 * `Intl` lacks the locale (Mongolian in Chromium) it would answer with English's AM/PM, so it writes 24 hours.
 */
export function formatTime(iso: string, locale: Locale, timeZone: string): string {
  const hourCycle = shippedWords(locale) ? 'h23' : undefined;
  return new Intl.DateTimeFormat(intlTag(locale), { hour: 'numeric', minute: '2-digit', hourCycle, timeZone }).format(
    new Date(iso),
  );
}

/**
 * A zone named in words in the visitor's language ("Pacific Time", "米国太平洋時間"): a visitor recognises
 * that, not an IANA id. `at` matters only for zones whose name changes with the season.
 */
export function formatZone(timeZone: string, locale: Locale, at: Date = new Date()): string {
  const words = shippedWords(locale);
  if (words) return words.zone(timeZone, at);
  const name = (style: 'longGeneric' | 'long') =>
    new Intl.DateTimeFormat(intlTag(locale), { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  // Zones without a generic name (UTC) come back as an offset, "GMT+00:00"; their specific name is words.
  const generic = name('longGeneric');
  return /\d/.test(generic) ? name('long') : generic;
}

/**
 * The ways the widgets write a date: a day as a list of times heads it ("Wed, Mar 10"), in full as a calendar cell
 * is read out ("Wednesday, March 10"), the month above a calendar, weekdays above its columns, a date with its time.
 */
const DATE_STYLES = {
  day: { weekday: 'short', month: 'short', day: 'numeric' },
  longDay: { weekday: 'long', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  weekday: { weekday: 'long' },
  shortWeekday: { weekday: 'short' },
  narrowWeekday: { weekday: 'narrow' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

export function formatDate(date: Date, locale: Locale, style: DateStyle, timeZone = KOREA_ZONE): string {
  return (
    shippedWords(locale)?.date(date, style, timeZone) ??
    new Intl.DateTimeFormat(intlTag(locale), { ...DATE_STYLES[style], timeZone }).format(date)
  );
}

export function formatDay(iso: string, locale: Locale, timeZone = KOREA_ZONE): string {
  return formatDate(new Date(iso), locale, 'day', timeZone);
}

/** A length in minutes: "30 min" (`short`), "30 minutes" (`long`). */
export function formatMinutes(minutes: number, locale: Locale, unitDisplay: 'short' | 'long'): string {
  const words = shippedWords(locale);
  if (words) return words.minutes(minutes);
  return new Intl.NumberFormat(intlTag(locale), { style: 'unit', unit: 'minute', unitDisplay }).format(minutes);
}

/** The date (YYYY-MM-DD) an instant falls on in Korea, to group slots by the clinic's day. */
export function koreaDateOf(iso: string): string {
  return new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 10);
}
