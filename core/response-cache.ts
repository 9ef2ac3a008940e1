/**
 * Answers to anonymous GETs of registered operations, kept for as long as their own `Cache-Control: max-age=N,
 * public` allows — what a CDN in front of the gateway would do, inside the gateway for deployments without one.
 * A burst of visitors (a K-pop campaign going live) asking for the same first page of packages costs one
 * execution per minute instead of one per visitor: concurrent misses for the same key wait for the first.
 * Nothing personal is ever stored: requests with an Authorization header bypass it, and only responses the
 * subgraphs marked public (no staff, no mutations, no availability) are kept.
 */
export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
  expiresAt: number;
}

const PUBLIC_MAX_AGE = /^max-age=(\d+), public$/;

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly inFlight = new Map<string, Promise<CachedResponse>>();

  constructor(
    /** At most this many answers are kept; the least recently used go first. 0 turns the cache off. */
    readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * The fresh cached answer for `key`, or the answer `produce` gives (shared by concurrent callers), kept when
   * it is cacheable (`produce` leaves expiresAt 0). Cached answers carry their remaining max-age.
   */
  async answer(
    key: string,
    produce: () => Promise<CachedResponse>,
  ): Promise<{ response: CachedResponse; hit: boolean }> {
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > this.now()) {
      // Re-inserting keeps the map in least-recently-used order.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return { response: this.withAge(cached), hit: true };
    }
    if (cached) this.entries.delete(key);
    const pending = this.inFlight.get(key);
    if (pending) return { response: this.withAge(await pending), hit: true };
    const produced = produce().then((response) => this.keep(key, response));
    this.inFlight.set(key, produced);
    try {
      return { response: await produced, hit: false };
    } finally {
      this.inFlight.delete(key);
    }
  }

  private keep(key: string, response: CachedResponse): CachedResponse {
    const cacheControl = response.headers.find(([name]) => name === 'cache-control')?.[1] ?? '';
    const maxAge = Number(PUBLIC_MAX_AGE.exec(cacheControl)?.[1] ?? 0);
    if (response.status !== 200 || maxAge <= 0 || this.maxEntries === 0) return response;
    const kept = { ...response, expiresAt: this.now() + maxAge * 1_000 };
    this.entries.set(key, kept);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return kept;
  }

  private withAge(response: CachedResponse): CachedResponse {
    if (response.expiresAt === 0) return response;
    const remaining = Math.max(0, Math.floor((response.expiresAt - this.now()) / 1_000));
    const headers = response.headers.map(([name, value]): [string, string] =>
      name === 'cache-control' ? [name, `max-age=${remaining}, public`] : [name, value],
    );
    return { ...response, headers };
  }
}
