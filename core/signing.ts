import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Subgraphs are not public: every request to them carries an HMAC of its body, made by the gateway with a
 * secret only the services share, plus a timestamp so a captured request cannot be replayed later.
 */
export const SIGNATURE_HEADER = 'x-mt-signature';
export const TIMESTAMP_HEADER = 'x-mt-timestamp';
/** The caller's identity as the gateway verified it; covered by the signature, so it cannot be forged. */
export const VIEWER_HEADER = 'x-mt-viewer';

const MAX_SKEW_MS = 60_000;

function mac(secret: string, timestamp: string, viewer: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${viewer}\n${body}`).digest('base64url');
}

export function signingHeaders(secret: string, body: string, viewer = '', now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: mac(secret, timestamp, viewer, body),
    [VIEWER_HEADER]: viewer,
  };
}

export type SignatureProblem = { code: 'UNSIGNED_REQUEST' | 'BAD_SIGNATURE' | 'STALE_SIGNATURE'; message: string };

export function verifySignature(
  secret: string,
  headers: { signature?: string; timestamp?: string; viewer?: string },
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
  const expected = Buffer.from(mac(secret, headers.timestamp, headers.viewer ?? '', body));
  const given = Buffer.from(headers.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { code: 'BAD_SIGNATURE', message: 'The request signature does not match' };
  }
  return null;
}
