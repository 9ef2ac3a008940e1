import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientAddresses } from '../gateway/client-address';
import { addressKey, memoryAllowance, rateLimitedAnswer, RequestRateLimiter } from '../gateway/rate-limit';

// The limiter keeps time with Date.now and timers; the tests move that clock by hand.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('an allowance', () => {
  it("lets a minute's requests through at once, then refuses until the minute is over", async () => {
    const allowance = memoryAllowance(6);
    for (let i = 0; i < 6; i += 1) expect(await allowance.take('a')).toEqual({ allowed: true });
    expect(await allowance.take('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    vi.advanceTimersByTime(40_000);
    expect(await allowance.take('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    vi.advanceTimersByTime(19_500);
    expect(await allowance.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    vi.advanceTimersByTime(500);
    for (let i = 0; i < 6; i += 1) expect(await allowance.take('a')).toEqual({ allowed: true });
    expect((await allowance.take('a')).allowed).toBe(false);
  });

  it('keeps each key apart', async () => {
    const allowance = memoryAllowance(1);
    expect((await allowance.take('a')).allowed).toBe(true);
    expect((await allowance.take('a')).allowed).toBe(false);
    expect((await allowance.take('b')).allowed).toBe(true);
  });

  it('allows everything when the limit is 0 (off)', async () => {
    const allowance = memoryAllowance(0);
    for (let i = 0; i < 1_000; i += 1) expect(await allowance.take('a')).toEqual({ allowed: true });
  });
});

describe('the per-address and per-site limiter', () => {
  const settings = { RATE_LIMIT_PER_IP_PER_MINUTE: 5, RATE_LIMIT_PER_SITE_PER_MINUTE: 3 };

  it('refuses a site over its allowance, whichever address asks, and not other sites', async () => {
    const limiter = new RequestRateLimiter(settings);
    for (let i = 0; i < 3; i += 1) expect(await limiter.site('demo-site')).toEqual({ allowed: true });
    expect(await limiter.site('demo-site')).toEqual({ allowed: false, scope: 'site', retryAfterSeconds: 60 });
    expect(await limiter.site('other-site')).toEqual({ allowed: true });
  });

  it('refuses an address over its allowance and not other addresses', async () => {
    const limiter = new RequestRateLimiter(settings);
    for (let i = 0; i < 5; i += 1) expect(await limiter.address('203.0.113.7')).toEqual({ allowed: true });
    vi.advanceTimersByTime(12_000);
    expect(await limiter.address('203.0.113.7')).toEqual({ allowed: false, scope: 'ip', retryAfterSeconds: 48 });
    expect(await limiter.address('203.0.113.8')).toEqual({ allowed: true });
  });

  it('counts addresses of one IPv6 /64 together', async () => {
    const limiter = new RequestRateLimiter({ ...settings, RATE_LIMIT_PER_IP_PER_MINUTE: 1 });
    expect((await limiter.address('2001:db8:1:2::1')).allowed).toBe(true);
    expect((await limiter.address('2001:db8:1:2:ffff::9')).allowed).toBe(false);
    expect((await limiter.address('2001:db8:1:3::1')).allowed).toBe(true);
  });

  it('recovers when the minute is over', async () => {
    const limiter = new RequestRateLimiter(settings);
    for (let i = 0; i < 3; i += 1) await limiter.site('demo-site');
    expect((await limiter.site('demo-site')).allowed).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect((await limiter.site('demo-site')).allowed).toBe(true);
  });

  it('keeps its allowances behind a small interface, so another store can take their place', async () => {
    const asked: [number, string][] = [];
    const limiter = new RequestRateLimiter(settings, (perMinute) => ({
      take: async (key) => {
        asked.push([perMinute, key]);
        return { allowed: false, retryAfterSeconds: 9 };
      },
    }));
    expect(await limiter.address('::ffff:203.0.113.7')).toEqual({ allowed: false, scope: 'ip', retryAfterSeconds: 9 });
    expect(await limiter.site('demo-site')).toEqual({ allowed: false, scope: 'site', retryAfterSeconds: 9 });
    expect(asked).toEqual([
      [5, '203.0.113.7'],
      [3, 'demo-site'],
    ]);
  });

  it('groups IPv6 clients by /64 and IPv4-mapped addresses with IPv4', () => {
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey(undefined)).toBe('unknown');
  });
});

describe('the refusal', () => {
  it('is 429 RATE_LIMITED with retry-after, readable by a widget on another origin', () => {
    const allowed = { allowed: true, headers: { 'access-control-allow-origin': 'https://partner.example' } };
    expect(rateLimitedAnswer(allowed, { allowed: true })).toBe(allowed);
    expect(rateLimitedAnswer(allowed, { allowed: false, scope: 'site', retryAfterSeconds: 7 })).toEqual({
      allowed: false,
      headers: {
        'access-control-allow-origin': 'https://partner.example',
        'access-control-expose-headers': 'content-type, retry-after',
        'retry-after': '7',
      },
      refusal: { status: 429, code: 'RATE_LIMITED', message: 'Too many requests from this site key; try again in 7 s' },
    });
    expect(
      rateLimitedAnswer({ allowed: true, headers: {} }, { allowed: false, scope: 'ip', retryAfterSeconds: 1 }),
    ).toEqual({
      allowed: false,
      headers: { 'retry-after': '1' },
      refusal: { status: 429, code: 'RATE_LIMITED', message: 'Too many requests from this address; try again in 1 s' },
    });
  });
});

describe('the client address', () => {
  const proxies = new ClientAddresses(['10.0.0.0/8', '2001:db8::1']);

  it('is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(new ClientAddresses([]).of('198.51.100.4', '203.0.113.7')).toBe('198.51.100.4');
  });

  it('is the address a trusted proxy reports, walking back through trusted hops only', () => {
    expect(proxies.of('10.1.2.3', '203.0.113.7')).toBe('203.0.113.7');
    expect(proxies.of('10.1.2.3', '203.0.113.7, 10.9.9.9')).toBe('203.0.113.7');
    expect(proxies.of('::ffff:10.1.2.3', '203.0.113.7')).toBe('203.0.113.7');
    expect(proxies.of('2001:db8::1', '2001:db8:aa::5')).toBe('2001:db8:aa::5');
  });

  it('cannot be spoofed by what a client prepends or by an untrusted peer', () => {
    expect(proxies.of('10.1.2.3', '192.0.2.1, 203.0.113.7')).toBe('203.0.113.7');
    expect(proxies.of('198.51.100.4', '10.1.2.3')).toBe('198.51.100.4');
  });

  it('stops at the last believable hop when an entry is malformed', () => {
    expect(proxies.of('10.1.2.3', '203.0.113.7, not-an-address')).toBe('10.1.2.3');
    expect(proxies.of('10.1.2.3', '')).toBe('10.1.2.3');
  });
});
