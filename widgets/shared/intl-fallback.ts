import type { LocaleNames, ShippedWords } from './names';

/**
 * Formatting with a chunk's shipped names (shared/names.ts), for a locale this browser's `Intl` lacks. A chunk of
 * its own: only such browsers download it. `Intl` still does the arithmetic (the date in a zone, its offset).
 */
export function wordsFrom(names: LocaleNames): ShippedWords {
  const fill = (pattern: string, values: Record<string, string | number>) =>
    pattern.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
  const canonical = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  return {
    name: (type, code) => (type === 'region' ? names.regions : names.languages)[code],
    date: (date, style, timeZone) => {
      const parts = dateParts(date, timeZone);
      const weekday = (style === 'weekday' || style === 'longDay' ? names.weekdays : names.weekdaysShort)[
        parts.weekday
      ];
      // Mongolian, the one locale shipping names, writes the 24-hour clock.
      const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone });
      if (style === 'month') return fill(names.patterns.month, parts);
      if (style === 'dateTime') return fill(names.patterns.dateTime, { ...parts, time: time.format(date) });
      if (style === 'day' || style === 'longDay') return fill(names.patterns.day, { ...parts, weekday: weekday ?? '' });
      return weekday ?? '';
    },
    // A zone without a shipped name is given as its offset ("GMT+1"), which needs no words.
    zone: (timeZone, at) =>
      Object.entries(names.zones).find(([zone]) => zone === timeZone || canonical(zone) === canonical(timeZone))?.[1] ??
      new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' })
        .formatToParts(at)
        .find((part) => part.type === 'timeZoneName')?.value ??
      timeZone,
    minutes: (count) => fill(names.minutes, { count }),
    wait: (count, unit) => fill(names.waits[unit], { count }),
  };
}

/** The calendar date and weekday (Sunday 0) an instant falls on in a zone. */
function dateParts(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  return { year: part('year'), month: part('month'), day: part('day'), weekday };
}
