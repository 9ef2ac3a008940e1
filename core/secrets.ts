import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a secret the caller gave (a request's MAC, a patient's manage secret, a development password) is the expected
 * one, compared in constant time so the answer's timing reveals nothing of how much of it matched.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
