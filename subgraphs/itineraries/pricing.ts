import { badUserInput } from '../../core/errors';
import { convertKrw, convertsExactly, minorUnitDigits, type Money } from '../../core/money';
import type { ItinerariesContext } from './context';
import type { PriceLineModel } from './models';
import type { ExchangeRateRow, PackageRow } from './schema';

const CURRENCY = /^[A-Z]{3}$/;

/** The stored rate for a currency (null for KRW); an unknown or unsupported currency is the caller's error. */
export async function rateFor(currency: string, context: ItinerariesContext): Promise<ExchangeRateRow | null> {
  if (currency === 'KRW') return null;
  let known = CURRENCY.test(currency);
  if (known) {
    try {
      minorUnitDigits(currency);
    } catch {
      known = false;
    }
  }
  const rate = known ? await context.loaders.rateByCurrency.load(currency) : null;
  if (!rate) throw badUserInput('currency', `no exchange rate is stored for "${currency}"`);
  if (!convertsExactly(currency, rate.krwPerUnit)) {
    throw badUserInput('currency', `prices cannot be given exactly in "${currency}" at its stored rate`);
  }
  return rate;
}

function sum(amounts: Money[], currency: string): Money {
  return { amount: amounts.reduce((total, money) => total + money.amount, 0), currency };
}

/**
 * The package's price lines in one currency. Each line is converted on its own and the totals are sums of
 * the converted lines, so the parts always add up to the total the visitor sees.
 */
export async function priceBreakdown(pkg: PackageRow, currency: string, context: ItinerariesContext) {
  const rate = await rateFor(currency, context);
  const rows = await context.loaders.pricesByPackage.load(pkg.id);
  const lines: PriceLineModel[] = rows.map((row) => ({
    kind: row.kind,
    label: row.label,
    amount: rate ? convertKrw(row.amountKrw, currency, rate.krwPerUnit) : convertKrw(row.amountKrw, 'KRW', 1),
  }));
  const medical = lines.filter((line) => line.kind === 'MEDICAL').map((line) => line.amount);
  const nonMedical = lines.filter((line) => line.kind !== 'MEDICAL').map((line) => line.amount);
  return {
    lines,
    medical: sum(medical, currency),
    nonMedical: sum(nonMedical, currency),
    total: sum([...medical, ...nonMedical], currency),
    exchangeRate: rate,
  };
}
