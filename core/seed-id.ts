import { createHash } from 'node:crypto';

/** A stable UUID (v5 layout) for a seeded entity, derived from its type and slug. */
export function seedId(type: string, slug: string): string {
  const bytes = createHash('sha1').update(`korea-medical-tourism:${type}:${slug}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A small deterministic generator, so demo histories are the same on every machine. */
export function seededRandom(seed: string): () => number {
  let state = Number.parseInt(seedId('random', seed).slice(0, 8), 16);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
