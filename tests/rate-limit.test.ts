import { describe, expect, it } from 'vitest';
import { ClientAddresses } from '../gateway/client-address';
import { addressKey, rateLimitedAnswer, RequestRateLimiter, TokenBuckets } from '../gateway/rate-limit';

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('token buckets', () => {
  it('let a full minute through at once, then one more per refill interval', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(6, clock.now); // one token every 10 s
    for (let i = 0; i < 6; i += 1) expect(buckets.take('a')).toEqual({ allowed: true });
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    clock.advance(4_000);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    clock.advance(5_999);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1);
    expect(buckets.take('a')).toEqual({ allowed: true });
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('do not spend a token on a refused request', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(60, clock.now); // one a second
    for (let i = 0; i < 60; i += 1) buckets.take('a');
    for (let i = 0; i < 100; i += 1) expect(buckets.take('a').allowed).toBe(false);
    clock.advance(1_000);
    expect(buckets.take('a')).toEqual({ allowed: true });
  });

  it('refill to the full minute and no further', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(3, clock.now);
    buckets.take('a');
    clock.advance(3_600_000);
    expect(buckets.available('a')).toBe(3);
    for (let i = 0; i < 3; i += 1) expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('keep each key apart', () => {
    const buckets = new TokenBuckets(1, manualClock().now);
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
    expect(buckets.take('b').allowed).toBe(true);
  });

  it('allow everything when the limit is 0 (off)', () => {
    const buckets = new TokenBuckets(0, manualClock().now);
    for (let i = 0; i < 1_000; i += 1) expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.size).toBe(0);
  });

  it('track a bounded number of keys, forgetting full buckets first', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(60, clock.now, 3);
    buckets.take('busy');
    for (let i = 0; i < 59; i += 1) buckets.take('busy');
    buckets.take('idle-1');
    buckets.take('idle-2');
    clock.advance(60_000); // the idle buckets are full again; 'busy' too, but it is spent below
    for (let i = 0; i < 60; i += 1) buckets.take('busy');
    buckets.take('new');
    expect(buckets.size).toBeLessThanOrEqual(3);
    expect(buckets.take('busy').allowed).toBe(false); // still remembered
    for (let i = 0; i < 10_000; i += 1) buckets.take(`flood-${i}`);
    expect(buckets.size).toBeLessThanOrEqual(3);
  });
});

describe('the per-address and per-site limiter', () => {
  const settings = { RATE_LIMIT_PER_IP_PER_MINUTE: 5, RATE_LIMIT_PER_SITE_PER_MINUTE: 3 };

  it('refuses a site key over its limit, and not other keys from the same address', () => {
    const limiter = new RequestRateLimiter(settings, manualClock().now);
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.check({ address: '203.0.113.7', siteKey: 'demo-site' })).toEqual({ allowed: true });
    }
    expect(limiter.check({ address: '198.51.100.1', siteKey: 'demo-site' })).toEqual({
      allowed: false,
      scope: 'site',
      retryAfterSeconds: 20,
    });
    expect(limiter.check({ address: '203.0.113.7', siteKey: 'other-site' })).toEqual({ allowed: true });
  });

  it('refuses an address over its limit whatever the site key, spending nothing from the site', () => {
    const limiter = new RequestRateLimiter(settings, manualClock().now);
    for (let i = 0; i < 5; i += 1) limiter.check({ address: '203.0.113.7', siteKey: `site-${i}` });
    expect(limiter.check({ address: '203.0.113.7', siteKey: 'demo-site' })).toEqual({
      allowed: false,
      scope: 'ip',
      retryAfterSeconds: 12,
    });
    expect(limiter.perSite.available('demo-site')).toBe(3);
    expect(limiter.check({ address: '203.0.113.8', siteKey: 'demo-site' })).toEqual({ allowed: true });
  });

  it('ignores a malformed site key and limits its sender by address', () => {
    const limiter = new RequestRateLimiter(settings, manualClock().now);
    for (let i = 0; i < 5; i += 1) {
      expect(limiter.check({ address: '203.0.113.7', siteKey: "'; drop table x; --" }).allowed).toBe(true);
    }
    expect(limiter.perSite.size).toBe(0);
    expect(limiter.check({ address: '203.0.113.7', siteKey: undefined }).allowed).toBe(false);
  });

  it('recovers as time passes', () => {
    const clock = manualClock();
    const limiter = new RequestRateLimiter(settings, clock.now);
    for (let i = 0; i < 3; i += 1) limiter.check({ address: '203.0.113.7', siteKey: 'demo-site' });
    expect(limiter.check({ address: '203.0.113.7', siteKey: 'demo-site' }).allowed).toBe(false);
    clock.advance(20_000);
    expect(limiter.check({ address: '203.0.113.7', siteKey: 'demo-site' }).allowed).toBe(true);
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
