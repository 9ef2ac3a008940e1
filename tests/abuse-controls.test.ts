import type { IncomingMessage } from 'node:http';
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTACT_LIMITS } from '../core/contact-throttle';
import type { RunningServer } from '../core/http';
import { createAccessCheck } from '../gateway/access-check';
import { ClientAddresses } from '../gateway/client-address';
import { startGateway } from '../gateway/gateway';
import { RequestRateLimiter } from '../gateway/rate-limit';
import { createSiteAccess, SITE_CACHE_DEFAULTS, type EmbedSite, type SiteCacheOptions } from '../gateway/site-access';
import { itinerariesSubgraph } from '../subgraphs/itineraries/index';
import { inquiries, inquiryRequests } from '../subgraphs/itineraries/schema';
import { providersSubgraph } from '../subgraphs/providers/index';
import { appointments, holdRequests, slots } from '../subgraphs/providers/schema';
import { databaseTargets } from './support/databases';
import { persistedBody } from './support/persisted';
import { startStack, type Stack } from './support/stack';
import { openSubgraph, testSettings, type InProcessSubgraph } from './support/subgraph';

// ---------------------------------------------------------------------------------------------------------------
// The gateway's access check: limits before lookups, bounded caches, site allowances spent only by the site's pages.

const PARTNER = 'https://www.partner-clinic.test';
const PARTNER_SITE: EmbedSite = { allowedOrigins: [PARTNER] };

/** The campaigns lookup, counting its calls; `partner-site` is the one registered key. */
function campaigns() {
  const state = { calls: 0, down: false, sites: new Map<string, EmbedSite>([['partner-site', PARTNER_SITE]]) };
  const lookup = async (key: string) => {
    state.calls += 1;
    if (state.down) throw new Error('campaigns is unavailable');
    return state.sites.get(key) ?? null;
  };
  return { state, lookup };
}

function request(headers: Record<string, string>, address = '203.0.113.7', method = 'POST'): IncomingMessage {
  return { method, headers: { host: 'graph.example.kr', ...headers }, socket: { remoteAddress: address } } as never;
}

function accessCheck(limits: { perAddress: number; perSite: number }, cache: Partial<SiteCacheOptions> = {}) {
  const directory = campaigns();
  const clock = { now: 1_000_000 };
  const siteAccess = createSiteAccess(directory.lookup, { ...SITE_CACHE_DEFAULTS, now: () => clock.now, ...cache });
  const verified: string[] = [];
  const check = createAccessCheck({
    siteAccess,
    rateLimiter: new RequestRateLimiter({
      RATE_LIMIT_PER_IP_PER_MINUTE: limits.perAddress,
      RATE_LIMIT_PER_SITE_PER_MINUTE: limits.perSite,
    }),
    clientAddresses: new ClientAddresses([]),
    onVerified: (_request, site) => verified.push(site),
  });
  return { check, siteAccess, campaigns: directory.state, clock, verified };
}

const randomKey = () => `made-up-${crypto.randomUUID()}`;

describe('the access check', () => {
  // The rate limiter keeps time with Date.now and timers; each test starts a fresh minute.
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('spends the address allowance before any lookup, so a flood of made-up keys reaches campaigns a bounded number of times', async () => {
    const { check, siteAccess, campaigns: directory } = accessCheck({ perAddress: 20, perSite: 1_000 });
    const codes = new Map<string, number>();
    for (let i = 0; i < 1_000; i += 1) {
      const decision = await check(request({ origin: 'https://attacker.test', 'x-site-key': randomKey() }));
      const code = decision.refusal?.code ?? 'ALLOWED';
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    expect(Object.fromEntries(codes)).toEqual({ UNKNOWN_SITE_KEY: 20, RATE_LIMITED: 980 });
    expect(directory.calls).toBe(20);
    expect(siteAccess.cachedKeys).toBe(20);
  });

  it('keeps the caches bounded under made-up keys from many addresses, and keeps the partner known through it', async () => {
    const {
      check,
      siteAccess,
      campaigns: directory,
    } = accessCheck({ perAddress: 300, perSite: 1_000 }, { maxUnknown: 50, maxSites: 10 });
    expect((await check(request({ origin: PARTNER, 'x-site-key': 'partner-site' }))).site).toBe('partner-site');
    for (let i = 0; i < 2_000; i += 1) {
      await check(
        request({ origin: 'https://attacker.test', 'x-site-key': randomKey() }, `198.51.${i % 250}.${i % 7}`),
      );
      expect(siteAccess.cachedKeys).toBeLessThanOrEqual(60);
    }
    expect(directory.calls).toBe(2_001);
    // The flood pushed out made-up keys only: with campaigns away, the partner's last known answer still holds.
    directory.down = true;
    const partner = await check(request({ origin: PARTNER, 'x-site-key': 'partner-site' }, '192.0.2.44'));
    expect(partner).toMatchObject({ allowed: true, site: 'partner-site' });
  });

  it('asks about an unknown key again only after a short while, so a key registered meanwhile soon works', async () => {
    const { check, campaigns: directory, clock } = accessCheck({ perAddress: 1_000, perSite: 1_000 });
    const page = () => check(request({ origin: 'https://new-partner.test', 'x-site-key': 'new-partner' }));
    for (let i = 0; i < 100; i += 1) expect((await page()).refusal?.code).toBe('UNKNOWN_SITE_KEY');
    expect(directory.calls).toBe(1);
    directory.sites.set('new-partner', { allowedOrigins: ['https://new-partner.test'] });
    clock.now += SITE_CACHE_DEFAULTS.unknownTtlMs - 1;
    expect((await page()).refusal?.code).toBe('UNKNOWN_SITE_KEY');
    clock.now += 2;
    expect(await page()).toMatchObject({ allowed: true, site: 'new-partner' });
    expect(directory.calls).toBe(2);
  });

  it("holds a known site's last answer while campaigns is away, and cannot vouch for a key it never saw", async () => {
    const { check, campaigns: directory, clock } = accessCheck({ perAddress: 1_000, perSite: 1_000 });
    expect((await check(request({ origin: PARTNER, 'x-site-key': 'partner-site' }))).site).toBe('partner-site');
    directory.down = true;
    clock.now += SITE_CACHE_DEFAULTS.siteTtlMs * 10;
    expect(await check(request({ origin: PARTNER, 'x-site-key': 'partner-site' }))).toMatchObject({
      allowed: true,
      site: 'partner-site',
    });
    expect((await check(request({ origin: PARTNER, 'x-site-key': 'never-seen' }))).refusal).toMatchObject({
      status: 503,
      code: 'SITE_CHECK_UNAVAILABLE',
    });
  });

  it('shares one lookup among concurrent requests for the same key', async () => {
    const { check, campaigns: directory } = accessCheck({ perAddress: 1_000, perSite: 1_000 });
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => check(request({ origin: PARTNER, 'x-site-key': 'partner-site' }))),
    );
    expect(answers.every((answer) => answer.site === 'partner-site')).toBe(true);
    expect(directory.calls).toBe(1);
  });

  it("lets no caller without the partner's Origin spend the partner's allowance, so its visitors never get 429", async () => {
    const { check, campaigns: directory, verified } = accessCheck({ perAddress: 1_000, perSite: 3 });
    // A script sends the partner's public key without an Origin, and from an origin the site does not list.
    for (let i = 0; i < 50; i += 1) {
      expect((await check(request({ 'x-site-key': 'partner-site' }, '198.51.100.1'))).allowed).toBe(true);
      expect(
        (await check(request({ origin: 'https://copycat.test', 'x-site-key': 'partner-site' }))).refusal?.code,
      ).toBe('ORIGIN_NOT_ALLOWED');
    }
    expect(verified).toEqual([]);
    // The partner's own visitors have their whole allowance.
    for (let i = 0; i < 3; i += 1) {
      expect(await check(request({ origin: PARTNER, 'x-site-key': 'partner-site' }, `192.0.2.${i}`))).toMatchObject({
        allowed: true,
        site: 'partner-site',
      });
    }
    // Which is still a limit on the site's browser traffic.
    expect(
      (await check(request({ origin: PARTNER, 'x-site-key': 'partner-site' }, '192.0.2.9'))).refusal,
    ).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(directory.calls).toBe(1);
  });

  it('answers preflights without a lookup and without spending, and refuses a flooding address with CORS headers a widget can read', async () => {
    const { check, campaigns: directory } = accessCheck({ perAddress: 1, perSite: 1_000 });
    for (let i = 0; i < 20; i += 1) {
      const preflight = await check(request({ origin: PARTNER, 'x-site-key': randomKey() }, '203.0.113.7', 'OPTIONS'));
      expect(preflight).toMatchObject({ allowed: true, headers: { 'access-control-allow-origin': PARTNER } });
    }
    expect(directory.calls).toBe(0);
    expect((await check(request({ origin: PARTNER, 'x-site-key': 'partner-site' }))).allowed).toBe(true);
    expect(await check(request({ origin: PARTNER, 'x-site-key': 'partner-site' }))).toMatchObject({
      allowed: false,
      headers: {
        'access-control-allow-origin': PARTNER,
        'access-control-expose-headers': 'content-type, retry-after',
        'retry-after': '60',
      },
      refusal: { status: 429, code: 'RATE_LIMITED' },
    });
    expect(directory.calls).toBe(1);
  });
});

describe('through the gateway', () => {
  let stack: Stack;
  let gateway: RunningServer;
  beforeAll(async () => {
    stack = await startStack({ kind: 'memory' });
    gateway = await startGateway(
      { ...testSettings, RATE_LIMIT_PER_IP_PER_MINUTE: 1_000, RATE_LIMIT_PER_SITE_PER_MINUTE: 2 },
      {
        port: 0,
        subgraphUrls: {
          providers: stack.subgraphs.providers.graphqlUrl,
          itineraries: stack.subgraphs.itineraries.graphqlUrl,
          campaigns: stack.subgraphs.campaigns.graphqlUrl,
        },
      },
    );
  });
  afterAll(async () => {
    await gateway?.close();
    await stack?.stop();
  });

  it("serves a partner's visitors after a script without Origin sent many requests with the partner's key", async () => {
    const body = persistedBody('PackageList', { first: 1, locale: 'EN', currency: 'KRW' });
    for (let i = 0; i < 10; i += 1) {
      const script = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-site-key': 'demo-site' },
        body,
      });
      expect(script.status).toBe(200);
    }
    const visitor = () =>
      fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:5173', 'x-site-key': 'demo-site' },
        body,
      });
    expect((await visitor()).status).toBe(200);
    expect((await visitor()).status).toBe(200);
    const third = await visitor();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toSatisfy(
      (wait: number) => Number.isInteger(wait) && wait >= 1 && wait <= 60,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Inquiries and bookings per contact: counted from the stored rows, answered with Throttled, storing nothing.

const SUBMIT = `mutation Submit($input: SubmitInquiryInput!) {
  submitInquiry(input: $input) {
    __typename
    ... on Inquiry { id }
    ... on Throttled { message retryAfterSeconds }
  }
}`;
type SubmitAnswer = {
  submitInquiry: { __typename: string; id?: string; message?: string; retryAfterSeconds?: number };
};

const HOLD = `mutation Hold($input: HoldSlotInput!) {
  holdSlot(input: $input) {
    __typename
    ... on Appointment { id slot { remaining } }
    ... on Throttled { message retryAfterSeconds }
  }
}`;
type HoldAnswer = {
  holdSlot: { __typename: string; id?: string; message?: string; retryAfterSeconds?: number };
};

const HOUR = 3_600;
const DAY = 86_400;
let unique = 0;
const key = (prefix: string) => `${prefix}-${(unique += 1)}-${Math.random().toString(36).slice(2, 10)}`;

describe.each(databaseTargets())('per-contact limits on $name', (target) => {
  const run = target.skipReason ? it.skip : it;

  describe('inquiries', () => {
    let subgraph: InProcessSubgraph<typeof itinerariesSubgraph.tables>;
    let packageIds: string[] = [];

    beforeAll(async () => {
      if (target.skipReason) return;
      subgraph = await openSubgraph(itinerariesSubgraph, await target.create());
      const listed = await subgraph.execute<{ packages: { edges: { node: { id: string; maxGuardians: number } }[] } }>(
        '{ packages(first: 10) { edges { node { id maxGuardians } } } }',
      );
      packageIds = listed.data?.packages.edges.map((edge) => edge.node.id) ?? [];
    });
    afterAll(() => subgraph?.close());

    const ask = (email: string, packageId: string, idempotencyKey = key('inquiry')) =>
      subgraph.execute<SubmitAnswer>(SUBMIT, {
        input: {
          packageId,
          contact: { name: 'Test Patient', email, nationality: 'JP', locale: 'JA' },
          partySize: 1,
          locale: 'JA',
          consent: true,
          idempotencyKey,
        },
      });
    async function stored() {
      const [rows] = await subgraph.database.db.select({ value: count() }).from(inquiries);
      const [keys] = await subgraph.database.db.select({ value: count() }).from(inquiryRequests);
      return { inquiries: rows?.value, keys: keys?.value };
    }

    run('answers a fourth inquiry about one package within a day with Throttled, storing nothing', async () => {
      const [first = '', second = ''] = packageIds;
      const { count: allowed } = CONTACT_LIMITS.inquiries.perPackage;
      const answers = [];
      for (let i = 0; i < allowed; i += 1) answers.push(await ask('mina.park@example.kr', first));
      expect(answers.map((answer) => answer.data?.submitInquiry.__typename)).toEqual(['Inquiry', 'Inquiry', 'Inquiry']);

      const before = await stored();
      // The same address in other letter case and with spaces is the same contact.
      const refused = await ask('  Mina.PARK@Example.KR ', first);
      expect(refused.errors).toBeUndefined();
      expect(refused.data?.submitInquiry).toEqual({
        __typename: 'Throttled',
        message: 'This contact has sent several requests in a short time; nothing was stored. Please try again later.',
        retryAfterSeconds: expect.any(Number),
      });
      const wait = refused.data?.submitInquiry.retryAfterSeconds ?? 0;
      expect(wait).toBeGreaterThan(DAY - 120);
      expect(wait).toBeLessThanOrEqual(DAY);
      expect(await stored()).toEqual(before);

      // Another package, and another contact, are not held back.
      expect((await ask('mina.park@example.kr', second)).data?.submitInquiry.__typename).toBe('Inquiry');
      expect((await ask('jun.seo@example.kr', first)).data?.submitInquiry.__typename).toBe('Inquiry');
    });

    run('answers a sixth inquiry within an hour, across packages, with Throttled', async () => {
      expect(packageIds.length).toBeGreaterThanOrEqual(CONTACT_LIMITS.inquiries.perContact.count + 1);
      const email = 'aziz.karimov@example.uz';
      for (const packageId of packageIds.slice(0, 5)) {
        expect((await ask(email, packageId)).data?.submitInquiry.__typename).toBe('Inquiry');
      }
      const before = await stored();
      const refused = await ask(email, packageIds[5] ?? '');
      expect(refused.data?.submitInquiry.__typename).toBe('Throttled');
      expect(refused.data?.submitInquiry.retryAfterSeconds).toBeGreaterThan(HOUR - 120);
      expect(refused.data?.submitInquiry.retryAfterSeconds).toBeLessThanOrEqual(HOUR);
      expect(await stored()).toEqual(before);
    });

    run('replays an earlier answer for a retry with its key, without counting it again', async () => {
      const [packageId = ''] = packageIds;
      const email = 'retry.patient@example.jp';
      const firstKey = key('inquiry');
      const first = await ask(email, packageId, firstKey);
      await ask(email, packageId);
      await ask(email, packageId);
      const before = await stored();
      const retried = await ask(email, packageId, firstKey);
      expect(retried.data?.submitInquiry).toEqual({ __typename: 'Inquiry', id: first.data?.submitInquiry.id });
      expect(await stored()).toEqual(before);
    });

    run('holds under concurrent inquiries from one contact: no more are stored than the limit', async () => {
      const [, , packageId = ''] = packageIds;
      const answers = await Promise.all(Array.from({ length: 8 }, () => ask('burst@example.com', packageId)));
      const kinds = answers.map((answer) => answer.data?.submitInquiry.__typename).sort();
      expect(kinds).toEqual([
        'Inquiry',
        'Inquiry',
        'Inquiry',
        'Throttled',
        'Throttled',
        'Throttled',
        'Throttled',
        'Throttled',
      ]);
      const [rows] = await subgraph.database.db
        .select({ value: count() })
        .from(inquiries)
        .where(eq(inquiries.contactEmail, 'burst@example.com'));
      expect(rows?.value).toBe(3);
    });
  });

  describe('bookings', () => {
    let subgraph: InProcessSubgraph<typeof providersSubgraph.tables>;
    /** Open slots with places left, by provider. */
    let open = new Map<string, string[]>();

    beforeAll(async () => {
      if (target.skipReason) return;
      subgraph = await openSubgraph(providersSubgraph, await target.create());
      const rows = await subgraph.database.db
        .select({ id: slots.id, providerId: slots.providerId, remaining: slots.remaining })
        .from(slots)
        .where(and(gt(slots.startsAt, new Date()), gt(slots.remaining, 2), isNull(slots.closedAt)));
      open = new Map();
      for (const row of rows) open.set(row.providerId, [...(open.get(row.providerId) ?? []), row.id]);
    });
    afterAll(() => subgraph?.close());

    const hold = (email: string, slotId: string, idempotencyKey = key('hold')) =>
      subgraph.execute<HoldAnswer>(HOLD, {
        input: {
          slotId,
          partySize: 1,
          consent: true,
          idempotencyKey,
          contact: { name: 'Test Patient', email, nationality: 'VN', locale: 'VI' },
        },
      });
    async function stored() {
      const [held] = await subgraph.database.db.select({ value: count() }).from(appointments);
      const [keys] = await subgraph.database.db.select({ value: count() }).from(holdRequests);
      const places = await subgraph.database.db.select({ id: slots.id, remaining: slots.remaining }).from(slots);
      return { appointments: held?.value, keys: keys?.value, places };
    }
    /** Providers with at least `slotCount` open slots. */
    const providersWith = (slotCount: number) => [...open.values()].filter((ids) => ids.length >= slotCount);

    run('answers a fourth booking with one provider within a day with Throttled, booking nothing', async () => {
      const [provider = []] = providersWith(4);
      const email = 'lan.nguyen@example.vn';
      for (const slotId of provider.slice(0, CONTACT_LIMITS.holds.perProvider.count)) {
        expect((await hold(email, slotId)).data?.holdSlot.__typename).toBe('Appointment');
      }
      const before = await stored();
      const refused = await hold(' LAN.Nguyen@example.VN', provider[3] ?? '');
      expect(refused.errors).toBeUndefined();
      expect(refused.data?.holdSlot).toEqual({
        __typename: 'Throttled',
        message: 'This contact has sent several requests in a short time; nothing was stored. Please try again later.',
        retryAfterSeconds: expect.any(Number),
      });
      expect(refused.data?.holdSlot.retryAfterSeconds).toBeGreaterThan(DAY - 120);
      expect(await stored()).toEqual(before);
      expect((await hold('someone.else@example.vn', provider[3] ?? '')).data?.holdSlot.__typename).toBe('Appointment');
    });

    run('answers a sixth booking within an hour, across providers, with Throttled', async () => {
      const providers = providersWith(2);
      expect(providers.length).toBeGreaterThanOrEqual(4);
      const email = 'tuya.bat@example.mn';
      const chosen = [providers[0]?.[0], providers[0]?.[1], providers[1]?.[0], providers[1]?.[1], providers[2]?.[0]];
      for (const slotId of chosen)
        expect((await hold(email, slotId ?? '')).data?.holdSlot.__typename).toBe('Appointment');
      const before = await stored();
      const refused = await hold(email, providers[3]?.[0] ?? '');
      expect(refused.data?.holdSlot.__typename).toBe('Throttled');
      expect(refused.data?.holdSlot.retryAfterSeconds).toBeGreaterThan(HOUR - 120);
      expect(refused.data?.holdSlot.retryAfterSeconds).toBeLessThanOrEqual(HOUR);
      expect(await stored()).toEqual(before);
    });

    run('holds under concurrent bookings from one contact: no more are held than the limit', async () => {
      const [provider = []] = providersWith(8).slice(-1);
      const answers = await Promise.all(provider.slice(0, 8).map((slotId) => hold('burst@example.com', slotId)));
      expect(answers.map((answer) => answer.data?.holdSlot.__typename).sort()).toEqual([
        'Appointment',
        'Appointment',
        'Appointment',
        'Throttled',
        'Throttled',
        'Throttled',
        'Throttled',
        'Throttled',
      ]);
      const [held] = await subgraph.database.db
        .select({ value: count() })
        .from(appointments)
        .where(eq(appointments.contactEmail, 'burst@example.com'));
      expect(held?.value).toBe(3);
    });

    run('replays an earlier booking for a retry with its key, also once the contact is at the limit', async () => {
      const [provider = []] = providersWith(4).slice(1);
      const email = 'retry.patient@example.jp';
      const firstKey = key('hold');
      const first = await hold(email, provider[0] ?? '', firstKey);
      await hold(email, provider[1] ?? '');
      await hold(email, provider[2] ?? '');
      expect((await hold(email, provider[3] ?? '')).data?.holdSlot.__typename).toBe('Throttled');
      const before = await stored();
      const retried = await hold(email, provider[0] ?? '', firstKey);
      expect(retried.data?.holdSlot).toMatchObject({ __typename: 'Appointment', id: first.data?.holdSlot.id });
      expect(await stored()).toEqual(before);
    });
  });
});
