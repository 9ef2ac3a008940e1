import { describe, expect, it } from 'vitest';
import { ResponseCache, type CachedResponse } from '../core/response-cache';

const answer = (cacheControl: string, body = 'ok', status = 200): CachedResponse => ({
  status,
  headers: [
    ['content-type', 'application/json'],
    ['cache-control', cacheControl],
  ],
  body,
  expiresAt: 0,
});

describe('the gateway’s response cache', () => {
  it('keeps a public answer for its max-age and says how much of it is left', async () => {
    let now = 1_000_000;
    const cache = new ResponseCache(10, () => now);
    let runs = 0;
    const produce = async () => answer('max-age=60, public', `run ${(runs += 1)}`);
    expect((await cache.answer('?a', produce)).hit).toBe(false);
    now += 45_000;
    const later = await cache.answer('?a', produce);
    expect(later).toMatchObject({ hit: true, response: { body: 'run 1' } });
    expect(later.response.headers).toContainEqual(['cache-control', 'max-age=15, public']);
    now += 16_000;
    expect((await cache.answer('?a', produce)).response.body).toBe('run 2');
  });

  it('never keeps uncacheable, private or failed answers', async () => {
    const cache = new ResponseCache(10);
    for (const response of [
      answer('no-store'),
      answer('max-age=60, private'),
      answer('max-age=60, public', 'x', 400),
    ]) {
      await cache.answer('?b', async () => response);
      expect(cache.size).toBe(0);
    }
  });

  it('runs a burst of identical misses once', async () => {
    const cache = new ResponseCache(10);
    let runs = 0;
    const produce = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return answer('max-age=60, public');
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.answer('?c', produce)));
    expect(runs).toBe(1);
    expect(answers.filter((result) => !result.hit)).toHaveLength(1);
  });

  it('forgets the least recently used answer beyond its size', async () => {
    const cache = new ResponseCache(2);
    const produce = async () => answer('max-age=60, public');
    await cache.answer('?1', produce);
    await cache.answer('?2', produce);
    await cache.answer('?1', produce);
    await cache.answer('?3', produce);
    expect(cache.size).toBe(2);
    expect((await cache.answer('?1', produce)).hit).toBe(true);
    expect((await cache.answer('?2', produce)).hit).toBe(false);
  });
});
