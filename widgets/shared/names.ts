import type { DateStyle } from './format';
import { intlTag, type Locale } from './locale';

/**
 * The words a locale's chunk ships because a browser's `Intl` may not know the language at all: Chromium has no
 * Mongolian data, and answers a Mongolian page in English or with raw codes ("AU", "M12 1", "zh (Hans)"). Only
 * what the widgets show: the countries of the country and zone pickers, the ten languages, the calendar's zones,
 * weekdays and date patterns, durations and waits.
 */
export interface LocaleNames {
  /** By ISO 3166 code. */
  regions: Readonly<Record<string, string>>;
  /** By the BCP 47 tags the widgets name languages with (`zh-Hans`, `zh-Hant`, `en` …). */
  languages: Readonly<Record<string, string>>;
  /** Zones named in words, by IANA id. */
  zones: Readonly<Record<string, string>>;
  /** Sunday first: in full inside a date, short above the calendar's columns. */
  weekdays: readonly string[];
  weekdaysShort: readonly string[];
  /**
   * `{year}`, `{month}` (1–12), `{day}`, `{weekday}` and `{time}` filled in: a day as in a list of times, the month
   * above the calendar, and a date with its time.
   */
  patterns: { day: string; month: string; dateTime: string };
  /** `{count}` filled in: a slot's length, and how long to wait before trying again. */
  minutes: string;
  waits: Readonly<Record<'second' | 'minute' | 'hour', string>>;
}

/** What shared/format.ts asks of shipped names instead of `Intl` (built by shared/intl-fallback.ts). */
export interface ShippedWords {
  name(type: 'region' | 'language', code: string): string | undefined;
  date(date: Date, style: DateStyle, timeZone: string): string;
  zone(timeZone: string, at: Date): string;
  minutes(count: number): string;
  wait(count: number, unit: 'second' | 'minute' | 'hour'): string;
}

const shipped = new Map<Locale, ShippedWords>();

/**
 * Takes a loaded chunk's names into use where this browser's `Intl` lacks the locale; where it has it, `Intl`
 * speaks it best and neither the names nor the code that formats with them are needed.
 */
export async function adoptNames(locale: Locale, names: LocaleNames): Promise<void> {
  if (Intl.DateTimeFormat.supportedLocalesOf([intlTag(locale)]).length) return;
  const { wordsFrom } = await import('./intl-fallback');
  shipped.set(locale, wordsFrom(names));
}

/** The shipped words for a locale this browser's `Intl` lacks, else undefined. */
export function shippedWords(locale: Locale): ShippedWords | undefined {
  return shipped.get(locale);
}

export interface Names {
  of(code: string): string;
}

/** Names of countries or languages in the visitor's language: shipped where `Intl` lacks it, else `Intl`'s. */
export function displayNames(locale: Locale, type: 'region' | 'language'): Names {
  const intl = new Intl.DisplayNames([intlTag(locale)], { type });
  const words = shipped.get(locale);
  return { of: (code) => words?.name(type, code) ?? intl.of(code) ?? code };
}
