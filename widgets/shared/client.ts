import type { TypedDocumentString } from '../generated/graphql';

/** Why a request failed, in terms a widget can explain to a visitor. */
export type ApiFailureKind = 'offline' | 'timeout' | 'site-not-allowed' | 'busy' | 'rejected' | 'server';

export class ApiFailure extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    message: string,
    readonly code?: string,
    /** For `busy`: how long the gateway asked to wait (its retry-after). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export interface ClientOptions {
  endpoint: string;
  siteKey: string;
  /** A staff member's bearer token (the marketing dashboard); visitors' widgets send none. */
  token?: string;
  timeoutMs?: number;
}

const SITE_CODES = new Set(['SITE_KEY_REQUIRED', 'UNKNOWN_SITE_KEY', 'ORIGIN_NOT_ALLOWED']);

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The registered operation's hash (codegen replaces each document with it; the gateway holds the text). */
function persistedQuery<R, V>(document: TypedDocumentString<R, V>): { version: 1; sha256Hash: string } {
  const hash: unknown = document.__meta__?.['hash'];
  if (typeof hash !== 'string') throw new ApiFailure('rejected', 'operation has no persisted hash');
  return { version: 1, sha256Hash: hash.replace(/^sha256:/, '') };
}

/** Reads with a GET naming the operation by hash, so browsers and CDNs can cache the answer. */
export function query<TResult, TVariables>(
  options: ClientOptions,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const params = new URLSearchParams({
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: persistedQuery(document) }),
  });
  return send(options, `${options.endpoint}?${params}`, {
    method: 'GET',
    headers: { ...siteKey(options), ...authorization(options) },
  });
}

/**
 * Reads with a secret among its variables (the patient's manage secret) as a POST, so the secret stays out of
 * URLs, which server and proxy logs, caches and the browser's history keep.
 */
export function queryPrivately<TResult, TVariables>(
  options: ClientOptions,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return mutate(options, document, variables);
}

/** Changes something: a POST naming the operation by hash. */
export function mutate<TResult, TVariables>(
  options: ClientOptions,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return send(options, options.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...siteKey(options), ...authorization(options) },
    body: JSON.stringify({ variables, extensions: { persistedQuery: persistedQuery(document) } }),
  });
}

/**
 * The site key, or for a page of the gateway's own origin (which needs none, e.g. /booking/) the header that
 * tells the gateway's CSRF check a script sent this GET: an empty `x-site-key` does not count as one.
 */
function siteKey(options: ClientOptions): Record<string, string> {
  return options.siteKey ? { 'x-site-key': options.siteKey } : { 'apollo-require-preflight': 'true' };
}

function authorization(options: ClientOptions): Record<string, string> {
  return options.token ? { authorization: `Bearer ${options.token}` } : {};
}

/** Every failure becomes an ApiFailure, never an uncaught error. */
async function send<TResult>(options: ClientOptions, url: string, init: RequestInit): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new ApiFailure(timedOut ? 'timeout' : 'offline', String(error));
  }
  let body: GraphqlBody<TResult>;
  try {
    body = (await response.json()) as GraphqlBody<TResult>;
  } catch {
    throw new ApiFailure('server', `HTTP ${response.status}`);
  }
  const firstError = body.errors?.[0];
  const code = firstError?.extensions?.code;
  if (code && SITE_CODES.has(code)) throw new ApiFailure('site-not-allowed', firstError.message, code);
  if (response.status === 429) {
    const wait = Number(response.headers.get('retry-after'));
    throw new ApiFailure(
      'busy',
      firstError?.message ?? 'HTTP 429',
      code,
      Number.isFinite(wait) && wait > 0 ? wait : 30,
    );
  }
  if (!body.data) {
    throw new ApiFailure(
      code === 'BAD_USER_INPUT' ? 'rejected' : 'server',
      firstError?.message ?? `HTTP ${response.status}`,
      code,
    );
  }
  return body.data;
}

/** A key for one user action, so a retried or double-clicked submission is recorded once. */
export function idempotencyKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
