import { createHmac, randomBytes } from 'node:crypto';
import { secretsEqual } from './secrets';
import type { NonceStore } from './nonce-store';
import type { SubgraphName } from './subgraph-sdl';

/**
 * Subgraphs are not public: every request to them carries an HMAC made with a secret only the services share.
 * It covers the whole request (method, path, the subgraph it is meant for, a timestamp, a one-time nonce, the
 * forwarded facts and the body), so a captured request is good for one delivery, to one subgraph, within a minute.
 */
export const SIGNATURE_HEADER = 'x-mt-signature';
export const TIMESTAMP_HEADER = 'x-mt-timestamp';
export const NONCE_HEADER = 'x-mt-nonce';
/** The caller's identity as the gateway verified it; covered by the signature, so it cannot be forged. */
export const VIEWER_HEADER = 'x-mt-viewer';
/** The embed site whose key the gateway checked against the page's Origin (empty: none was verified); signed too. */
export const SITE_HEADER = 'x-mt-site';

/** What the gateway vouches for on a subgraph request, besides the body. */
export interface ForwardedFacts {
  viewer?: string;
  site?: string;
}

/** The request a signature is good for. */
export interface SignedTarget {
  /** The subgraph meant to answer: each subgraph verifies with its own name, so a copy sent to another fails. */
  subgraph: SubgraphName;
  method: string;
  /** The URL (absolute, or path and query as in the request line). */
  url: string;
}

/** How far a signature's timestamp may be from the receiver's clock, either way. */
export const SIGNATURE_WINDOW_MS = 60_000;

const TIMESTAMP = /^\d{1,15}$/;
const NONCE = /^[A-Za-z0-9_-]{22,64}$/;

/** Path and query, normalised the way the HTTP server routes them, so signer and receiver agree on the bytes. */
function requestPath(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  return `${parsed.pathname}${parsed.search}`;
}

function mac(
  secret: string,
  target: SignedTarget,
  timestamp: string,
  nonce: string,
  facts: ForwardedFacts,
  body: string,
) {
  // A JSON array cannot be read two ways, whatever the fields contain; the body follows as it was sent.
  const signed = JSON.stringify([
    'mt-signature-v2',
    target.method.toUpperCase(),
    requestPath(target.url),
    target.subgraph,
    timestamp,
    nonce,
    facts.viewer ?? '',
    facts.site ?? '',
  ]);
  return createHmac('sha256', secret).update(`${signed}\n${body}`).digest('base64url');
}

/** The headers that make `body`, sent as `target`, acceptable to that subgraph once, within the window. */
export function signingHeaders(
  secret: string,
  target: SignedTarget,
  body: string,
  facts: ForwardedFacts = {},
  now = Date.now(),
): Record<string, string> {
  const timestamp = String(now);
  const nonce = randomBytes(16).toString('base64url');
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: mac(secret, target, timestamp, nonce, facts, body),
    [VIEWER_HEADER]: facts.viewer ?? '',
    [SITE_HEADER]: facts.site ?? '',
  };
}

export type SignatureProblem = {
  code: 'UNSIGNED_REQUEST' | 'BAD_SIGNATURE' | 'STALE_SIGNATURE' | 'REPLAYED_REQUEST';
  message: string;
};

/** A request as the receiving subgraph sees it. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Checks a request made for `subgraph`: signed with the shared secret for this method, path and subgraph, within
 * the window, and its nonce not used before. The nonce is claimed only once the signature is valid, so nobody
 * without the secret can fill the store.
 */
export async function verifySignature(
  secret: string,
  subgraph: SubgraphName,
  nonces: NonceStore,
  request: ReceivedRequest,
  body: string,
  now = Date.now(),
): Promise<SignatureProblem | null> {
  // A repeated header arrives as an array: never a valid value.
  const header = (name: string) => {
    const value = request.headers[name];
    return typeof value === 'string' ? value : undefined;
  };
  const signature = header(SIGNATURE_HEADER);
  const timestamp = header(TIMESTAMP_HEADER);
  const nonce = header(NONCE_HEADER);
  if (!signature || !timestamp || !nonce) {
    return { code: 'UNSIGNED_REQUEST', message: 'This service only answers requests signed by the gateway' };
  }
  if (!TIMESTAMP.test(timestamp) || Math.abs(now - Number(timestamp)) > SIGNATURE_WINDOW_MS) {
    return { code: 'STALE_SIGNATURE', message: 'The request signature has expired' };
  }
  const facts = { viewer: header(VIEWER_HEADER), site: header(SITE_HEADER) };
  const expected = mac(secret, { subgraph, method: request.method, url: request.url }, timestamp, nonce, facts, body);
  if (!NONCE.test(nonce) || !secretsEqual(signature, expected)) {
    return { code: 'BAD_SIGNATURE', message: 'The request signature does not match' };
  }
  // Kept until the timestamp leaves the window: after that the request is refused as stale anyway.
  if (!(await nonces.claim(nonce, Number(timestamp) + SIGNATURE_WINDOW_MS))) {
    return { code: 'REPLAYED_REQUEST', message: 'This signed request was already received' };
  }
  return null;
}
