const KOREA_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's date in Korea (YYYY-MM-DD): validity periods of registrations and designations are Korean dates. */
export function koreaDate(instant: Date): string {
  return new Date(instant.getTime() + KOREA_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant of a Korean wall-clock time, e.g. ("2026-11-25", "14:30"). */
export function koreaInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+09:00`);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWithin(period: { validFrom: string; validUntil: string }, today: string): boolean {
  return period.validFrom <= today && today <= period.validUntil;
}
