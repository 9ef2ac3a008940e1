import { intlTag, type Locale } from './locale';

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

export const KOREA_ZONE = 'Asia/Seoul';

export function visitorZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function formatTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

export function formatDay(iso: string, locale: Locale, timeZone = KOREA_ZONE): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone,
  }).format(new Date(iso));
}

/** The date (YYYY-MM-DD) an instant falls on in Korea, to group slots by the clinic's day. */
export function koreaDateOf(iso: string): string {
  return new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 10);
}
