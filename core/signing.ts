import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Subgraphs are not public: every request to them carries an HMAC of its body, made by the gateway with a
 * secret only the services share, plus a timestamp so a captured request cannot be replayed later.
 */
export const SIGNATURE_HEADER = 'x-mt-signature';
export const TIMESTAMP_HEADER = 'x-mt-timestamp';
/** The caller's identity as the gateway verified it; covered by the signature, so it cannot be forged. */
export const VIEWER_HEADER = 'x-mt-viewer';
/** The embed site whose key the gateway checked against the page's Origin (empty: none was verified); signed too. */
export const SITE_HEADER = 'x-mt-site';

/** What the gateway vouches for on a subgraph request, besides the body. */
export interface ForwardedFacts {
  viewer?: string;
  site?: string;
}

const MAX_SKEW_MS = 60_000;

function mac(secret: string, timestamp: string, facts: ForwardedFacts, body: string): string {
  return createHmac('sha256', secret)
    .update(`${timestamp}\n${facts.viewer ?? ''}\n${facts.site ?? ''}\n${body}`)
    .digest('base64url');
}

export function signingHeaders(
  secret: string,
  body: string,
  facts: ForwardedFacts = {},
  now = Date.now(),
): Record<string, string> {
  const timestamp = String(now);
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: mac(secret, timestamp, facts, body),
    [VIEWER_HEADER]: facts.viewer ?? '',
    [SITE_HEADER]: facts.site ?? '',
  };
}

export type SignatureProblem = { code: 'UNSIGNED_REQUEST' | 'BAD_SIGNATURE' | 'STALE_SIGNATURE'; message: string };

export function verifySignature(
  secret: string,
  headers: { signature?: string; timestamp?: string } & ForwardedFacts,
  body: string,
  now = Date.now(),
): SignatureProblem | null {
  if (!headers.signature || !headers.timestamp) {
    return { code: 'UNSIGNED_REQUEST', message: 'This service only answers requests signed by the gateway' };
  }
  const sentAt = Number(headers.timestamp);
  if (!Number.isFinite(sentAt) || Math.abs(now - sentAt) > MAX_SKEW_MS) {
    return { code: 'STALE_SIGNATURE', message: 'The request signature has expired' };
  }
  const expected = Buffer.from(mac(secret, headers.timestamp, headers, body));
  const given = Buffer.from(headers.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { code: 'BAD_SIGNATURE', message: 'The request signature does not match' };
  }
  return null;
}
