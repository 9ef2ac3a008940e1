import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const KOREA_OFFSET_MS = 9 * 60 * 60 * 1000;
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a DateTime or Date may fall in. Postgres (4713 BC to 294276 AD) and JavaScript (±275,760 years) each
 * accept far more, but not the same things: Postgres has no year 0000, and a JavaScript instant past 9999 prints
 * as "+010000-…", which Postgres cannot read. Nobody books a consultation or plans a campaign outside
 * 1900–2200, so anything beyond is a typo or a probe, refused before it reaches SQL.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Korea time with an explicit offset, which is how clinics read their calendars. Korea has no DST. */
export function toKoreaIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + KOREA_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+09:00`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the calendar fields name a real day within the years this API accepts. */
function isRealDay(year: number, month: number, day: number): boolean {
  return (
    year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Whether an instant lies within the years this API accepts (as a UTC instant). */
export function isInAcceptedRange(instant: Date): boolean {
  const year = instant.getUTCFullYear();
  return !Number.isNaN(instant.getTime()) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * Strict ISO-8601 with an offset. JavaScript's own parser rolls 2026-02-30 over into March and takes 24:00, so
 * every field is checked here before the instant is built.
 */
export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_WITH_OFFSET.exec(value) : null;
  if (!match) throw invalid('DateTime must be ISO-8601 with an offset, e.g. 2026-11-25T10:00:00+09:00');
  // year, month, day, hour, minute, second; then the fraction and the offset's sign, hours and minutes.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, , , offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((field) => Number(field ?? 0));
  const real =
    isRealDay(year, month, day) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    // Real offsets run from -12:00 to +14:00.
    offsetHours <= 14 &&
    offsetMinutes <= 59;
  const instant = real ? new Date(value as string) : null;
  if (!instant || !isInAcceptedRange(instant)) {
    throw invalid(`DateTime ${String(value)} is not a real instant between ${FIRST_YEAR} and ${LAST_YEAR}`);
  }
  return instant;
}

function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match || !isRealDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw invalid(`Date must be a real day YYYY-MM-DD between ${FIRST_YEAR} and ${LAST_YEAR}`);
  }
  return match[0];
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const instant = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(instant.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return toKoreaIso(instant);
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    return parseDateTime(ast.kind === Kind.STRING ? ast.value : null);
  },
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    return parseDate(ast.kind === Kind.STRING ? ast.value : null);
  },
});

/**
 * Money amounts: a whole number of minor units as a JSON number. Output only; the API guarantees (core/money.ts)
 * that no amount leaves the safe-integer range, so every JSON reader, JavaScript's included, reads it exactly.
 */
export const MinorUnitsScalar = new GraphQLScalarType<number, number>({
  name: 'MinorUnits',
  serialize(value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new GraphQLError('MinorUnits cannot represent a value that is not a safe integer');
    }
    return value;
  },
  parseValue() {
    throw invalid('MinorUnits is an output type');
  },
  parseLiteral() {
    throw invalid('MinorUnits is an output type');
  },
});

/** The custom scalars, by name: every subgraph implements them, and the gateway checks inputs with them. */
export const scalarResolvers = { DateTime: DateTimeScalar, Date: DateScalar, MinorUnits: MinorUnitsScalar };
