/**
 * The one rule for links that staff store and visitors follow (a creative's ctaUrl and imageUrl, …): an absolute
 * https URL, or a root-relative path that stays on the origin of the page showing it. The link is parsed the way
 * browsers parse it (WHATWG URL) and judged on the parsed host, never on its text. This module has no
 * dependencies, so the widgets check what they render with the very rule the API stored it by
 * (`safeLinkSchema` in core/validation.ts wraps it for the API).
 */

export const SAFE_LINK_MAX_LENGTH = 500;

/**
 * A stand-in origin to resolve paths against. Resolving a path from any http(s) page follows the same steps, so a
 * path that keeps this origin keeps the partner page's origin too, whichever page the banner is on.
 */
const BASE = 'https://platform.invalid';

// Control characters (C0, DEL, C1), format characters (bidi overrides, zero-width), any space or line separator and
// backslashes: URL parsers drop tabs and newlines and read `\` as `/`, so `/\evil.test` or `/<tab>/evil.test` turn
// into a link to evil.test.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;
// The same, once percent-decoded (a space, %20, is an ordinary part of a path): `/%5Cevil.test` and `/%0A/…` become
// `\` and a newline for any server or script that decodes the path before using it.
const FORBIDDEN_DECODED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/u;

export type LinkCheck = { ok: true; href: string } | { ok: false; problem: string };

const refuse = (problem: string): LinkCheck => ({ ok: false, problem });

/** The normalised link (`href`) when `value` is safe to store and render, else why it is not. */
export function checkLink(value: string): LinkCheck {
  if (value.length === 0) return refuse('must not be empty');
  if (value.length > SAFE_LINK_MAX_LENGTH) return refuse(`must be at most ${SAFE_LINK_MAX_LENGTH} characters`);
  if (FORBIDDEN.test(value)) return refuse('must not contain spaces, control characters or backslashes');
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return refuse('has malformed percent-encoding');
  }
  if (FORBIDDEN_DECODED.test(decoded)) return refuse('must not encode control characters or backslashes');
  if (value.startsWith('/')) {
    if (decoded.startsWith('//')) return refuse('must be a path on this site (a single leading /), not another host');
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return refuse('must be a path on this site');
    return { ok: true, href: `${url.pathname}${url.search}${url.hash}` };
  }
  if (!/^https:\/\//i.test(value) || !URL.canParse(value)) return refuse('must be https:// or a path starting with /');
  const url = new URL(value);
  if (url.protocol !== 'https:' || url.hostname === '') return refuse('must be https:// or a path starting with /');
  if (url.username !== '' || url.password !== '') return refuse('must not carry a user name or password');
  return { ok: true, href: url.href };
}
