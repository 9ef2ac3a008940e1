import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Personal data and secrets must never reach logs. Resolvers do not log inputs; in case an object carrying them
 * is logged by mistake, these keys are censored by name wherever they appear: whole inputs and patients' records
 * (whose free text is a `message` or `notes`), contact fields, credentials. What operators need stays readable:
 * `error.message`, `error.code`, the failing subgraph (`serviceName`), operation names, paths.
 */
const PERSONAL_KEYS = [
  // Everything a visitor typed, and records that repeat it (an inquiry's or booking's message and contact).
  'input',
  'args',
  'variables',
  'inquiry',
  'inquiries',
  'appointment',
  'appointments',
  'patient',
  'contact',
  'contacts',
  'email',
  'phone',
  'nationality',
  'address',
  'notes',
  'note',
  // Credentials.
  'authorization',
  'cookie',
  'set-cookie',
  'token',
  'secret',
  'cancelSecret',
  'password',
];
/** At the top of a line `name` is the service writing it; below, it is a person's (describeError says `type`). */
const NESTED_PERSONAL_KEYS = ['name', 'fullName'];
/**
 * pino matches one level per `*` and has no "any depth" wildcard, so each key is listed down to four levels below
 * the top (`req.headers.cookie`, `input.contact.email`, `error.cause.x.y`): deeper than anything logged here. Each
 * level costs (tens of µs per written line), and only warnings and errors are written per request.
 */
const DEPTH = 4;

/** `key` at each depth from `from` (0: the top of the line) to DEPTH, in pino's path syntax. */
function atDepths(key: string, from: number): string[] {
  return Array.from({ length: DEPTH + 1 - from }, (_, index) => {
    const wildcards = Array(from + index)
      .fill('*')
      .join('.');
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${wildcards}["${key}"]`;
    return wildcards ? `${wildcards}.${key}` : key;
  });
}

export const REDACTED_PATHS = [
  ...PERSONAL_KEYS.flatMap((key) => atDepths(key, 0)),
  ...NESTED_PERSONAL_KEYS.flatMap((key) => atDepths(key, 1)),
];

export function createLogger(level: string, name: string, destination?: DestinationStream): Logger {
  const options = { level, name, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * What is safe to log about an unexpected error: its class, message and code, the subgraph it names, and the
 * stack's "at" frames only (a message can span lines). Drizzle's messages repeat the query parameters (which can
 * be a patient's contact details), so for query errors the SQL text stands in for the message, with Postgres'
 * error code and constraint.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const cause =
    error.cause instanceof Error ? (error.cause as Error & { code?: unknown; constraint_name?: unknown }) : null;
  const isQueryError = 'query' in error && typeof error.query === 'string';
  // A driver's own error (not wrapped by drizzle) quotes the refused value in its message: keep only its SQLSTATE.
  const ownCode = (error as { code?: unknown }).code;
  const isDriverError = typeof ownCode === 'string' && /^[0-9A-Z]{5}$/.test(ownCode) && 'severity' in error;
  const extensions = (error as { extensions?: { code?: unknown; serviceName?: unknown } }).extensions;
  return {
    type: error.constructor.name,
    message: isQueryError
      ? `query failed: ${String(error.query)}`
      : isDriverError
        ? `database error ${ownCode}`
        : error.message,
    code: extensions?.code ?? ownCode,
    serviceName: extensions?.serviceName,
    pgCode: (isQueryError ? cause?.code : undefined) ?? (isDriverError ? ownCode : undefined),
    constraint: cause?.constraint_name,
    stack: error.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .slice(0, 8)
      .join('\n'),
  };
}
