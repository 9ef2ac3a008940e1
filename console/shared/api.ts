import type { TypedDocumentString } from '../generated/graphql';
import { currentSession } from './session';

export type ConsoleApiErrorKind = 'unauthenticated' | 'forbidden' | 'offline' | 'rejected' | 'server';

/** Why a request failed, in the terms a screen explains it. */
export class ConsoleApiError extends Error {
  constructor(
    readonly kind: ConsoleApiErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleApiError';
  }
}

/** Fired on window when the API no longer accepts the session: the shell offers to sign in again. */
export const SESSION_ENDED_EVENT = 'mt-console-session-ended';

const KINDS: Record<string, ConsoleApiErrorKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  BAD_USER_INPUT: 'rejected',
  NOT_FOUND: 'rejected',
};

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends one operation with the staff member's token. The console is a page of the gateway's own origin with a
 * signed-in user, so it sends query text rather than registered hashes (those are the partner pages' rule).
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const session = currentSession();
  if (!session) {
    window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
    throw new ConsoleApiError('unauthenticated', 'Your session has ended; sign in again');
  }
  let response: Response;
  try {
    response = await fetch(new URL('/graphql', location.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new ConsoleApiError('offline', String(error));
  }
  let body: GraphqlBody<TResult>;
  try {
    body = (await response.json()) as GraphqlBody<TResult>;
  } catch {
    throw new ConsoleApiError('server', `HTTP ${response.status}`);
  }
  const [first] = body.errors ?? [];
  if (first) {
    // 503: the issuer's keys could not be fetched; the session itself may be fine.
    const kind = response.status === 503 ? 'offline' : (KINDS[first.extensions?.code ?? ''] ?? 'server');
    if (kind === 'unauthenticated') window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
    throw new ConsoleApiError(kind, first.message);
  }
  if (!body.data) throw new ConsoleApiError('server', `HTTP ${response.status}`);
  return body.data;
}
