import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Personal data (contact details, free-text messages) must never reach logs. Resolvers do not log inputs,
 * and these paths are censored in case an object carrying them is logged by mistake.
 */
const personalDataPaths = [
  '*.contact',
  '*.email',
  '*.phone',
  '*.message',
  '*.variables',
  'req.headers.authorization',
  'req.headers.cookie',
];

export function createLogger(level: string, name: string, destination?: DestinationStream): Logger {
  const options = { level, name, redact: { paths: personalDataPaths, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * What is safe to log about an unexpected error. Drizzle's messages repeat the query parameters (which can
 * be a patient's contact details), so for query errors only the SQL text and Postgres' error code are kept,
 * and the stack keeps only its "at" frames (a message can span lines).
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const cause =
    error.cause instanceof Error ? (error.cause as Error & { code?: unknown; constraint_name?: unknown }) : null;
  const isQueryError = 'query' in error && typeof error.query === 'string';
  return {
    name: error.name,
    message: isQueryError ? `query failed: ${String(error.query)}` : error.message,
    pgCode: cause?.code ?? (error as { code?: unknown }).code,
    constraint: cause?.constraint_name,
    stack: error.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .slice(0, 8)
      .join('\n'),
  };
}
