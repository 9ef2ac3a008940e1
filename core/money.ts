export interface Money {
  /** Minor units of `currency`; always a safe integer (see convertsExactly). */
  amount: number;
  currency: string;
}

/**
 * The largest amount in KRW the product can hold anywhere: prices are `Int` in the schema and `integer`
 * columns in the tables (a package's total is further capped at 2,000,000,000 by its editing rules).
 */
export const MAX_KRW = 2_147_483_647;

/** Rates are stored with six decimals (numeric(14, 6)), so in millionths of a won they are exact integers. */
const RATE_SCALE = 1_000_000;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** How many minor units a currency has (USD 2, KRW 0, JPY 0), from the platform's ISO 4217 data. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function krw(amount: number): Money {
  return { amount, currency: 'KRW' };
}

/** amountKrw / krwPerUnit in the currency's minor units, rounded half up, computed exactly in integers. */
function minorUnits(amountKrw: number, currency: string, krwPerUnit: number): bigint {
  const rate = BigInt(Math.round(krwPerUnit * RATE_SCALE));
  const numerator = BigInt(amountKrw) * 10n ** BigInt(minorUnitDigits(currency)) * BigInt(RATE_SCALE);
  const quotient = numerator / rate;
  return 2n * (numerator % rate) >= rate ? quotient + 1n : quotient;
}

/**
 * Whether every amount the product can hold converts into this currency within Number.MAX_SAFE_INTEGER minor
 * units, so `Money.amount` stays an exact JSON number. True for every real currency (MNT: 2,147,483,647 KRW is
 * 554,905,335,142 möngö); a rate too small for it (below about 0.000024 KRW per unit for a two-decimal currency)
 * is refused as unsupported rather than answered wrongly. Sums of converted lines stay below it too, since a
 * package's lines add up to at most 2,000,000,000 KRW.
 */
export function convertsExactly(currency: string, krwPerUnit: number): boolean {
  return Math.round(krwPerUnit * RATE_SCALE) > 0 && minorUnits(MAX_KRW, currency, krwPerUnit) <= MAX_SAFE;
}

/** Converts whole won into the target currency's minor units with a stored rate (KRW per unit). */
export function convertKrw(amountKrw: number, currency: string, krwPerUnit: number): Money {
  if (currency === 'KRW') return krw(amountKrw);
  return { amount: Number(minorUnits(amountKrw, currency, krwPerUnit)), currency };
}
