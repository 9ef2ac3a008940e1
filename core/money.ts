export interface Money {
  amount: number;
  currency: string;
}

/** How many minor units a currency has (USD 2, KRW 0, JPY 0), from the platform's ISO 4217 data. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function krw(amount: number): Money {
  return { amount, currency: 'KRW' };
}

/** Converts whole won into the target currency's minor units with a stored rate (KRW per unit). */
export function convertKrw(amountKrw: number, currency: string, krwPerUnit: number): Money {
  if (currency === 'KRW') return krw(amountKrw);
  return { amount: Math.round((amountKrw / krwPerUnit) * 10 ** minorUnitDigits(currency)), currency };
}
