import { GraphQLError } from 'graphql';
import type { z } from 'zod';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'INTERNAL_SERVER_ERROR';

/**
 * A rejected argument: the client sees which argument and why. Refusals before execution (the whole request
 * is refused) carry HTTP 400, as graphql-js's own variable errors do.
 */
export function badUserInput(argument: string, message: string, options: { beforeExecution?: boolean } = {}) {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      argument,
      ...(options.beforeExecution && { http: { status: 400 } }),
    },
  });
}

/**
 * A Postgres "data exception" (SQLSTATE class 22: a malformed or out-of-range value, a NUL byte, a bad
 * encoding) from PGlite or postgres.js, possibly wrapped by drizzle. The statement was refused, so its
 * transaction stored nothing: the client sent a value the edge rules should have caught.
 */
export function isDataException(error: unknown): boolean {
  let cause = error;
  while (cause && typeof cause === 'object') {
    if ('code' in cause && typeof cause.code === 'string' && /^22[0-9A-Z]{3}$/.test(cause.code)) return true;
    cause = 'cause' in cause ? cause.cause : undefined;
  }
  return false;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

/** Validates query arguments, throwing BAD_USER_INPUT that names the first offending argument. */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.infer<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const [first] = fieldProblems(parsed.error);
  throw badUserInput(first?.field ?? 'input', first?.message ?? 'invalid value');
}

/** The most problems one InvalidInput lists (gateway/limits.ts charges InvalidInput.fields for this many). */
export const MAX_FIELD_PROBLEMS = 50;

/** Mutations answer bad input with an InvalidInput result rather than an error, so widgets can show it per field. */
export function invalidInput(problems: FieldProblem[]) {
  // A list of 200 bad start times would otherwise answer 200 problems; the first ones are enough to correct.
  const listed = problems.slice(0, MAX_FIELD_PROBLEMS);
  return {
    __typename: 'InvalidInput' as const,
    message: `Please correct: ${listed.map((problem) => problem.field).join(', ')}`,
    fields: listed,
  };
}

/** Validates a mutation's input: the parsed input, or the InvalidInput answer listing every problem. */
export function parseInput<S extends z.ZodType>(schema: S, rawInput: unknown) {
  const parsed = schema.safeParse(rawInput);
  return parsed.success
    ? { input: parsed.data as z.infer<S>, problem: null }
    : { input: null, problem: invalidInput(fieldProblems(parsed.error)) };
}

export function notFound(id: string, what: string) {
  return { __typename: 'NotFound' as const, id, message: `${what} ${id} was not found` };
}

/** Thrown inside a transaction to roll it back while carrying the typed answer out of it. */
export class Refusal<T> extends Error {
  constructor(readonly answer: T) {
    super('refused');
  }
}

/** Runs a transaction that may refuse; a refusal stores nothing and becomes the answer. */
export async function answerOrRefusal<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refusal) return error.answer as T;
    throw error;
  }
}

/** A value the database's constraints guarantee; its absence is a bug, reported as an internal error. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/**
 * The answer to a save that named an older version than the stored one: someone else changed the thing in between,
 * and overwriting their change silently is what this refuses.
 */
export function staleVersion(id: string, currentVersion: number) {
  return {
    __typename: 'StaleVersion' as const,
    id,
    currentVersion,
    message: `Someone saved a newer version (${currentVersion}) since you opened this; reload it, then save again`,
  };
}
