import { addDays, isoWeekday, koreaDate, koreaInstant } from '../../core/time';
import type { Weekday } from '../generated/graphql';

/**
 * The calendar's arithmetic, all in Korea time: a hospital's staff plan their week on Korean dates and clocks
 * wherever their browser's zone is set, and the API publishes patterns in Korea time too.
 */

/** ISO order (Monday first); the record makes TypeScript refuse a list that misses or invents a weekday. */
const ISO_NUMBER: Record<Weekday, number> = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};

export const WEEKDAYS = (Object.keys(ISO_NUMBER) as Weekday[]).sort((a, b) => ISO_NUMBER[a] - ISO_NUMBER[b]);

/** A Korean wall-clock time of day, 00:00 to 23:59, as the pattern input takes it. */
export const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export const koreaToday = (now: Date = new Date()) => koreaDate(now);

/** The Monday (Korea) of the week `date` falls in. */
export const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date));

/** The seven dates of the week starting on `monday`. */
export const weekDates = (monday: string) => Array.from({ length: 7 }, (_, index) => addDays(monday, index));

export const weekdayOf = (date: string): Weekday => WEEKDAYS[isoWeekday(date) - 1] as Weekday;

/** The start of a Korean day as the API's DateTime, with Korea's offset written out. */
export const koreaMidnight = (date: string) => `${date}T00:00:00+09:00`;

/** The Korean date an instant falls on. */
export const koreaDayOf = (iso: string) => koreaDate(new Date(iso));

/** The Korean wall-clock time of an instant, HH:MM (24 h). */
export const koreaClock = (iso: string) =>
  new Date(new Date(iso).getTime() + 9 * 3_600_000).toISOString().slice(11, 16);

/** Whole days from `from` to `until` (both YYYY-MM-DD). */
export const daysBetween = (from: string, until: string) =>
  Math.round((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export interface Pattern {
  from: string;
  until: string;
  weekdays: Weekday[];
  times: string[];
}

/**
 * The future start instants a weekly pattern names, as the API counts them before skipping times the provider
 * already offers. Used for the "will create" preview only: the API decides what is published.
 */
export function patternStarts(pattern: Pattern, now: Date = new Date()): Date[] {
  const times = [...new Set(pattern.times.filter((time) => CLOCK.test(time)))];
  const weekdays = new Set(pattern.weekdays);
  const span = daysBetween(pattern.from, pattern.until);
  if (!pattern.from || !pattern.until || !Number.isFinite(span) || span < 0 || span > 92) return [];
  const starts: Date[] = [];
  for (let offset = 0; offset <= span; offset += 1) {
    const date = addDays(pattern.from, offset);
    if (!weekdays.has(weekdayOf(date))) continue;
    for (const time of times) {
      const instant = koreaInstant(date, time);
      if (instant > now) starts.push(instant);
    }
  }
  return starts;
}
