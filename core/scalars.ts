import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const KOREA_OFFSET_MS = 9 * 60 * 60 * 1000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Korea time with an explicit offset, which is how clinics read their calendars. Korea has no DST. */
export function toKoreaIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + KOREA_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+09:00`;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) {
    throw new GraphQLError('DateTime must be ISO-8601 with an offset, e.g. 2026-11-25T10:00:00+09:00', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    throw new GraphQLError(`DateTime ${value} is not a real instant`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return instant;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new GraphQLError('Date must be YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
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

export const scalarResolvers = { DateTime: DateTimeScalar, Date: DateScalar };
