import { LRUCache } from 'lru-cache';

/**
 * Remembers the nonces of signed requests until their signature would have expired anyway, so a captured
 * request cannot be sent a second time within its validity window. Every replica of one subgraph must share the
 * store (docs/scaling.md): a replica that has not seen a nonce would accept it.
 */
export interface NonceStore {
  /**
   * Records `nonce` until `expiresAt` (epoch ms) and says whether this is its first use. Atomic for everything that
   * shares the store: with Redis, `SET <subgraph>:<nonce> 1 NX PXAT <expiresAt>`.
   */
  claim(nonce: string, expiresAt: number): Promise<boolean>;
}

/** Enough for about 1,600 signed calls a second per subgraph process, kept for the whole window (~100 bytes each). */
export const NONCE_STORE_ENTRIES = 100_000;

/** One process's nonces, bounded in count and in time. */
export class MemoryNonceStore implements NonceStore {
  readonly #seen: LRUCache<string, number>;
  readonly #now: () => number;
  /**
   * Nonces are only ever added, so when the store is full lru-cache drops the oldest one, possibly before its
   * signature has expired. Rather than let that request be replayed, every claim expiring no later than the latest
   * such early eviction is refused: under overload the window shrinks for late requests; it never reopens.
   */
  #horizon = 0;

  constructor(maxEntries = NONCE_STORE_ENTRIES, now: () => number = Date.now) {
    this.#now = now;
    this.#seen = new LRUCache<string, number>({
      max: maxEntries,
      // Each entry's own ttl (set below) ends when its signature expires; this default is never used.
      ttl: 1,
      dispose: (expiresAt, _nonce, reason) => {
        if (reason === 'evict' && expiresAt > this.#now()) this.#horizon = Math.max(this.#horizon, expiresAt);
      },
    });
  }

  async claim(nonce: string, expiresAt: number): Promise<boolean> {
    if (expiresAt <= this.#horizon || this.#seen.has(nonce)) return false;
    this.#seen.set(nonce, expiresAt, { ttl: Math.max(1, expiresAt - this.#now()) });
    return true;
  }
}
