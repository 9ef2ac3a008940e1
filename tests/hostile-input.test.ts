import { readFileSync } from 'node:fs';
import { count, sum } from 'drizzle-orm';
import {
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../core/config';
import type { RunningServer } from '../core/http';
import { seedId } from '../core/seed-id';
import { repoPath } from '../core/subgraph-sdl';
import {
  DEFAULT_REQUEST_LIMITS,
  measureOperations,
  operationCost,
  requestLimits,
  withoutSuggestions,
} from '../gateway/limits';
import { campaignEvents } from '../subgraphs/campaigns/schema';
import { readPackageSeed } from '../subgraphs/itineraries/seed';
import { inquiries } from '../subgraphs/itineraries/schema';
import { appointments, slots } from '../subgraphs/providers/schema';
import { persistedBody } from './support/persisted';
import { databaseTargets } from './support/databases';
import { widgetOperations as allWidgetOperations } from './support/widget-operations';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

// ---------------------------------------------------------------------------------------------------------------
// The corpus: each case is one request and the answer it must get.

const SQL = "'; drop table providers.slots; --";
const PACKAGE_ID = seedId('package', readPackageSeed()[0]?.slug ?? '');
const CAMPAIGN_ID = seedId('campaign', 'kpop-glow-japan');
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

const HOLD = `mutation Hold($input: HoldSlotInput!) { holdSlot(input: $input) { __typename } }`;
const INQUIRE = `mutation Inquire($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename } }`;
const TRACK = `mutation Track($input: TrackCampaignEventInput!) { trackCampaignEvent(input: $input) }`;

const contact = { name: 'Sato Hana', email: 'hana@example.jp', nationality: 'JP', locale: 'JA' };
let keys = 0;
const key = () => `hostile-${Date.now()}-${(keys += 1)}`;
const hold = (input: Record<string, unknown>) => ({
  query: HOLD,
  variables: {
    input: { slotId: NO_SUCH_ID, partySize: 1, consent: true, idempotencyKey: key(), contact, ...input },
  },
});
const inquire = (input: Record<string, unknown>) => ({
  query: INQUIRE,
  variables: {
    input: {
      packageId: PACKAGE_ID,
      contact,
      partySize: 1,
      locale: 'JA',
      consent: true,
      idempotencyKey: key(),
      ...input,
    },
  },
});
const track = { campaignId: CAMPAIGN_ID, kind: 'CLICK', siteKey: 'demo-site' };

/** Nested package → providers → packages …: `levels` fields deep. */
function deepQuery(levels: number): string {
  const chain = ['packages(first: 1)', 'edges', 'node'];
  while (chain.length < levels - 1) chain.push(chain.length % 2 === 1 ? 'providers' : 'packages');
  return `{ ${chain.join(' { ')} { id ${' }'.repeat(chain.length - 1)} } }`;
}

interface HostileCase {
  name: string;
  /** A JSON body (serialised here) or, as a string, the raw body. */
  body?: unknown;
  method?: 'GET' | 'POST';
  /** Query string for GET. */
  search?: Record<string, string>;
  headers?: Record<string, string>;
  status: number;
  /** `extensions.code` of the first error. */
  code?: string;
  /** `__typename` of the mutation's typed answer. */
  answer?: string;
  /** The whole `data`, when the answer is data. */
  data?: unknown;
  /** Must not appear in the body. */
  never?: RegExp;
}

const CORPUS: HostileCase[] = [
  // Negative and huge numbers
  { name: 'first: -3', body: { query: '{ packages(first: -3) { totalCount } }' }, status: 200, code: 'BAD_USER_INPUT' },
  {
    name: 'first: 2147483648 written in the query',
    body: { query: '{ packages(first: 2147483648) { totalCount } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'first: 2147483648 as a variable',
    body: { query: 'query ($n: Int!) { packages(first: $n) { totalCount } }', variables: { n: 2_147_483_648 } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'partySize: -1', body: hold({ partySize: -1 }), status: 200, answer: 'InvalidInput' },
  { name: 'partySize: 1e9 as a variable', body: hold({ partySize: 1e9 }), status: 200, answer: 'InvalidInput' },
  {
    name: 'partySize: 1e9 written in the query',
    body: {
      query: `mutation { holdSlot(input: { slotId: "${NO_SUCH_ID}", partySize: 1e9, consent: true,
        idempotencyKey: "hostile-literal-1", contact: { name: "A", email: "a@example.com", nationality: "JP",
        locale: JA } }) { __typename } }`,
    },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'inquiry partySize: -1', body: inquire({ partySize: -1 }), status: 200, answer: 'InvalidInput' },

  // Invalid emails
  {
    name: 'booking email a@@b',
    body: hold({ contact: { ...contact, email: 'a@@b' } }),
    status: 200,
    answer: 'InvalidInput',
  },
  {
    name: 'inquiry email without @',
    body: inquire({ contact: { ...contact, email: 'not-an-email' } }),
    status: 200,
    answer: 'InvalidInput',
  },
  {
    name: 'inquiry email of 300 characters',
    body: inquire({ contact: { ...contact, email: `${'a'.repeat(290)}@example.jp` } }),
    status: 200,
    answer: 'InvalidInput',
  },

  // Long strings
  {
    name: '200 KB string in a mutation input',
    body: inquire({ message: 'x'.repeat(200_000) }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: '50 KB name',
    body: inquire({ contact: { ...contact, name: 'x'.repeat(50_000) } }),
    status: 200,
    answer: 'InvalidInput',
  },
  {
    name: '50 KB inquiry message',
    body: inquire({ message: 'x'.repeat(50_000) }),
    status: 200,
    answer: 'InvalidInput',
  },

  // SQL-looking strings: answered like any other bad or unknown value
  {
    name: 'SQL as a provider slug',
    body: { query: 'query ($slug: String) { provider(slug: $slug) { id } }', variables: { slug: SQL } },
    status: 200,
    data: { provider: null },
  },
  {
    name: 'SQL as a booking name (unknown slot)',
    body: hold({ contact: { ...contact, name: SQL } }),
    status: 200,
    answer: 'NotFound',
  },
  {
    name: 'SQL as an inquiry name (unknown package)',
    body: inquire({ packageId: NO_SUCH_ID, contact: { ...contact, name: SQL } }),
    status: 200,
    answer: 'NotFound',
  },
  {
    name: 'SQL as the siteKey of a campaign event',
    body: { query: TRACK, variables: { input: { ...track, siteKey: SQL } } },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  { name: 'SQL as the siteKey of an inquiry', body: inquire({ siteKey: SQL }), status: 200, answer: 'InvalidInput' },
  {
    name: 'SQL as the x-site-key header of a page',
    body: { query: '{ packages(first: 1) { totalCount } }' },
    headers: { origin: 'http://localhost:5173', 'x-site-key': SQL },
    status: 403,
    code: 'UNKNOWN_SITE_KEY',
  },

  // Unknown enum values
  {
    name: 'unknown enum value written in the query',
    body: { query: '{ packages(filter: { region: ATLANTIS }) { totalCount } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'unknown enum value in a variable',
    body: {
      query: 'query ($f: PackageFilter) { packages(filter: $f, first: 1) { totalCount } }',
      variables: { f: { theme: 'WITCHCRAFT' } },
    },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'unknown locale inside a mutation input',
    body: hold({ contact: { ...contact, locale: 'KLINGON' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'unknown campaign event kind',
    body: { query: TRACK, variables: { input: { ...track, kind: 'LIKE' } } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },

  // Shape limits (gateway/limits.ts)
  { name: 'depth 12', body: { query: deepQuery(12) }, status: 400, code: 'QUERY_TOO_DEEP' },
  {
    name: 'alias bomb: 200 aliases through a fragment spread 10 times',
    body: {
      query: `{ ${'...Bomb '.repeat(10)} } fragment Bomb on Query {
        ${Array.from({ length: 20 }, (_, i) => `a${i}: packages(first: 100) { totalCount }`).join(' ')} }`,
    },
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  {
    name: 'alias bomb: 200 aliases in one selection (stopped by the token limit first)',
    body: { query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
    status: 400,
    code: 'TOO_MANY_TOKENS',
  },
  {
    name: '80 KB of tokens',
    body: { query: `{ ${'__typename '.repeat(7_000)} }` },
    status: 400,
    code: 'TOO_MANY_TOKENS',
  },
  {
    name: '11 directives',
    body: { query: `{ ${'__typename @include(if: true) '.repeat(11)} }` },
    status: 400,
    code: 'TOO_MANY_DIRECTIVES',
  },
  {
    name: 'too costly: 100 packages × providers × packages × providers × packages',
    body: {
      query: '{ packages(first: 100) { edges { node { providers { packages { providers { packages { id } } } } } } } }',
    },
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'fragment cycle',
    body: { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'misspelt field, answered without suggestions',
    body: { query: '{ packages(first: 1) { totalCont } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    never: /Did you mean|totalCount/,
  },
  {
    name: 'misspelt enum value in a variable, answered without suggestions',
    body: { query: 'query ($l: Locale!) { package(id: "x") { title(locale: $l) } }', variables: { l: 'JAA' } },
    status: 400,
    code: 'BAD_USER_INPUT',
    never: /Did you mean/,
  },
  {
    name: 'introspection',
    body: { query: '{ __schema { types { name } } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },

  // Transport
  {
    name: '100-operation batch',
    body: Array.from({ length: 100 }, () => ({ query: '{ packages(first: 1) { totalCount } }' })),
    status: 400,
    code: 'BATCH_NOT_ALLOWED',
  },
  {
    name: '100-mutation batch',
    body: Array.from({ length: 100 }, () => ({ query: TRACK, variables: { input: track } })),
    status: 400,
    code: 'BATCH_NOT_ALLOWED',
  },
  { name: 'malformed JSON', body: '{"query": "{ packages { totalCount } "', status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON null', body: 'null', status: 400, code: 'BAD_REQUEST' },
  { name: 'a query that is not a string', body: { query: 42 }, status: 400, code: 'BAD_REQUEST' },
  {
    name: 'wrong content type (text/plain, as a cross-site form would send)',
    body: JSON.stringify({ query: TRACK, variables: { input: track } }),
    headers: { 'content-type': 'text/plain' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET with a mutation',
    method: 'GET',
    search: { query: TRACK, variables: JSON.stringify({ input: track }) },
    headers: { 'apollo-require-preflight': 'true' },
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET with a mutation, without a preflight header (CSRF)',
    method: 'GET',
    search: { query: TRACK, variables: JSON.stringify({ input: track }) },
    status: 400,
    code: 'BAD_REQUEST',
  },
];

// ---------------------------------------------------------------------------------------------------------------

async function storedData(stack: Stack) {
  const { providers, itineraries, campaigns } = stack.subgraphs;
  const [booked] = await providers.database.db.select({ rows: count() }).from(appointments);
  const [places] = await providers.database.db.select({ left: sum(slots.remaining) }).from(slots);
  const [inquired] = await itineraries.database.db.select({ rows: count() }).from(inquiries);
  const [events] = await campaigns.database.db.select({ rows: count() }).from(campaignEvents);
  return {
    appointments: booked?.rows,
    slotPlacesLeft: places?.left,
    inquiries: inquired?.rows,
    campaignEvents: events?.rows,
  };
}

async function send(url: string, hostile: HostileCase): Promise<Response> {
  const method = hostile.method ?? 'POST';
  const search = hostile.search ? `?${new URLSearchParams(hostile.search).toString()}` : '';
  return fetch(`${url}/graphql${search}`, {
    method,
    headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...hostile.headers },
    body:
      method === 'POST' ? (typeof hostile.body === 'string' ? hostile.body : JSON.stringify(hostile.body)) : undefined,
  });
}

interface Answer {
  data?: Record<string, { __typename?: string } | null> | null;
  errors?: GraphQLFormattedError[];
}

describe.each(databaseTargets())('hostile input over HTTP, on $name', (target) => {
  let stack: Stack;
  const run = target.skipReason ? it.skip : it;

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
  });
  afterAll(() => stack?.stop());

  run('has a corpus of distinct named cases', () => {
    expect(new Set(CORPUS.map((hostile) => hostile.name)).size).toBe(CORPUS.length);
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  const cases = CORPUS.map((hostile) => ({ ...hostile, expected: hostile.code ?? hostile.answer ?? 'data' }));

  run.each(cases)('$name → $status $expected, stored data unchanged', async (hostile) => {
    const before = await storedData(stack);
    const response = await send(stack.gateway.url, hostile);
    const text = await response.text();

    expect(response.status).toBe(hostile.status);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(text).not.toMatch(/stacktrace|\n\s+at |node_modules|\.ts:\d+|INTERNAL_SERVER_ERROR/);
    if (hostile.never) expect(text).not.toMatch(hostile.never);

    const answer = JSON.parse(text) as Answer;
    if (hostile.code) expect(answer.errors?.[0]?.extensions?.code).toBe(hostile.code);
    if (hostile.answer) {
      expect(answer.errors).toBeUndefined();
      expect(Object.values(answer.data ?? {})[0]?.__typename).toBe(hostile.answer);
    }
    if (hostile.data !== undefined) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(hostile.data);
    }

    expect(await storedData(stack)).toEqual(before);
  });

  run('still answers ordinary requests after the corpus', async () => {
    const result = await stack.query<{ packages: { totalCount: number } }>('{ packages(first: 1) { totalCount } }');
    expect(result).toEqual({ status: 200, data: { packages: { totalCount: readPackageSeed().length } } });
  });

  describe('rate limits', () => {
    const gateways: RunningServer[] = [];
    async function gatewayWith(limits: {
      RATE_LIMIT_PER_IP_PER_MINUTE: number;
      RATE_LIMIT_PER_SITE_PER_MINUTE: number;
      TRUSTED_PROXIES?: string[];
    }) {
      const gateway = await stack.startGateway(limits);
      gateways.push(gateway);
      return gateway;
    }
    afterAll(() => Promise.all(gateways.map((gateway) => gateway.close())));

    const QUERY = JSON.stringify({ query: '{ packages(first: 1) { totalCount } }' });
    const fromPage = (url: string, origin: string, siteKey: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, 'x-site-key': siteKey },
        // Pages send registered operations only.
        body: persistedBody('PackageList', { first: 1, locale: 'EN', currency: 'KRW' }),
      });

    run(
      'refuses the request after N from one site key with 429 RATE_LIMITED and retry-after; other keys go on',
      async () => {
        const gateway = await gatewayWith({ RATE_LIMIT_PER_IP_PER_MINUTE: 1_000, RATE_LIMIT_PER_SITE_PER_MINUTE: 3 });
        const demo = () => fromPage(gateway.url, 'http://localhost:5173', 'demo-site');

        // A browser's preflight spends nothing.
        const preflight = await fetch(`${gateway.url}/graphql`, {
          method: 'OPTIONS',
          headers: { origin: 'http://localhost:5173', 'access-control-request-headers': 'content-type, x-site-key' },
        });
        expect(preflight.status).toBe(204);
        for (let i = 0; i < 3; i += 1) expect((await demo()).status).toBe(200);

        const refused = await demo();
        expect(refused.status).toBe(429);
        // Whole seconds until this minute's allowance renews.
        expect(Number(refused.headers.get('retry-after'))).toSatisfy(
          (wait: number) => Number.isInteger(wait) && wait >= 1 && wait <= 60,
        );
        // The widget on the partner's page can read the refusal and when to retry.
        expect(refused.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
        expect(refused.headers.get('access-control-expose-headers')).toContain('retry-after');
        expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });

        expect((await fromPage(gateway.url, 'https://www.lumiere-derm.test', 'lumiere-clinic-site')).status).toBe(200);
        // A server without a site key is limited by its address only.
        expect(
          (
            await fetch(`${gateway.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: QUERY,
            })
          ).status,
        ).toBe(200);
        expect((await demo()).status).toBe(429);
      },
    );

    run('refuses the request after N from one address, whatever its site key', async () => {
      const gateway = await gatewayWith({ RATE_LIMIT_PER_IP_PER_MINUTE: 2, RATE_LIMIT_PER_SITE_PER_MINUTE: 1_000 });
      expect((await fromPage(gateway.url, 'http://localhost:5173', 'demo-site')).status).toBe(200);
      expect((await fromPage(gateway.url, 'https://www.lumiere-derm.test', 'lumiere-clinic-site')).status).toBe(200);
      const refused = await fromPage(gateway.url, 'https://www.lumiere-derm.test', 'lumiere-clinic-site');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toSatisfy(
        (wait: number) => Number.isInteger(wait) && wait >= 1 && wait <= 60,
      );
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    });

    run('behind a trusted proxy, limits each client the proxy reports, and ignores what clients claim', async () => {
      const behindProxy = await gatewayWith({
        RATE_LIMIT_PER_IP_PER_MINUTE: 1,
        RATE_LIMIT_PER_SITE_PER_MINUTE: 1_000,
        TRUSTED_PROXIES: ['127.0.0.0/8'],
      });
      const via = (url: string, forwardedFor: string) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: QUERY,
        });
      expect((await via(behindProxy.url, '203.0.113.7')).status).toBe(200);
      expect((await via(behindProxy.url, '198.51.100.9')).status).toBe(200);
      expect((await via(behindProxy.url, '203.0.113.7')).status).toBe(429);
      // A client prepending a made-up address is still the address the proxy saw.
      expect((await via(behindProxy.url, '192.0.2.1, 203.0.113.7')).status).toBe(429);

      const direct = await gatewayWith({ RATE_LIMIT_PER_IP_PER_MINUTE: 1, RATE_LIMIT_PER_SITE_PER_MINUTE: 1_000 });
      expect((await via(direct.url, '203.0.113.7')).status).toBe(200);
      // Without trusted proxies the header means nothing: the second "client" is the same peer.
      expect((await via(direct.url, '198.51.100.9')).status).toBe(429);
    });

    run('has defaults that leave room for the test suites', () => {
      const defaults = loadSettings({});
      expect(defaults.RATE_LIMIT_PER_IP_PER_MINUTE).toBe(300);
      expect(defaults.RATE_LIMIT_PER_SITE_PER_MINUTE).toBe(6_000);
      expect(testSettings.RATE_LIMIT_PER_IP_PER_MINUTE).toBe(defaults.RATE_LIMIT_PER_IP_PER_MINUTE);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The limits themselves, in process against the public schema.

describe('request-shape limits', () => {
  const schema = buildSchema(readFileSync(repoPath('gateway/schema.graphql'), 'utf8'));
  const limits = requestLimits({ development: false });
  const rules = [...specifiedRules, ...limits.validationRules];
  const codes = (query: string) =>
    validate(schema, parse(query, limits.parseOptions), rules).map((error) => error.extensions.code ?? 'GRAPHQL');

  const widgetOperations = allWidgetOperations();
  /** The largest variables a widget sends: the package list's page-size is capped at 24. */
  const widgetVariables = (operation: string) => (operation === 'PackageList' ? { first: 24 } : {});

  it('finds the widgets’ operations', () => {
    expect(widgetOperations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(['PackageList', 'PackageDetail', 'ProviderAvailability', 'HoldSlot', 'SubmitInquiry']),
    );
    expect(widgetOperations.length).toBeGreaterThanOrEqual(8);
  });

  it.each(widgetOperations)(
    'passes $widget $name with at least 2× margin on every limit',
    ({ name, query: source }) => {
      const document = parse(source, limits.parseOptions);
      expect(validate(schema, document, rules)).toEqual([]);
      const [measures] = measureOperations(schema, source, document, widgetVariables);
      expect(measures?.depth).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.depth / 2);
      expect(measures?.aliases).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.aliases / 2);
      expect(measures?.tokens).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.tokens / 2);
      expect(measures?.directives).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.directives / 2);
      expect(measures?.cost).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.cost / 2);
      expect(loadSettings({}).MAX_QUERY_COST).toBe(DEFAULT_REQUEST_LIMITS.cost);
    },
  );

  it('refuses each shape with its own code', () => {
    expect(codes(deepQuery(10))).toEqual([]);
    expect(codes(deepQuery(11))).toEqual(['QUERY_TOO_DEEP']);
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(codes(aliases(10))).toEqual([]);
    expect(codes(aliases(11))).toEqual(['TOO_MANY_ALIASES']);
    expect(codes(`{ ${'__typename @skip(if: false) '.repeat(10)} }`)).toEqual([]);
    expect(codes(`{ ${'__typename @skip(if: false) '.repeat(11)} }`)).toEqual(['TOO_MANY_DIRECTIVES']);
    // The parser stops at the token limit: 2 braces + 398 fields is the most it accepts.
    expect(() => parse(`{ ${'__typename '.repeat(398)} }`, limits.parseOptions)).not.toThrow();
    expect(() => parse(`{ ${'__typename '.repeat(399)} }`, limits.parseOptions)).toThrow(/tokens/);
  });

  it('follows fragments, counting a spread as often as it is used, and survives cycles', () => {
    const spreads = `{ ...F ...F } fragment F on Query { a: __typename b: __typename c: __typename d: __typename e: __typename x: __typename }`;
    expect(codes(spreads)).toEqual(['TOO_MANY_ALIASES']);
    // packages › edges › node › providers › packages › providers › packages › providers › packages › providers › id
    const deep = `{ packages(first: 1) { ...Deep } } fragment Deep on PackageConnection { edges { node { providers {
      packages { providers { packages { providers { packages { providers { id } } } } } } } } } }`;
    expect(codes(deep)).toEqual(['QUERY_TOO_DEEP']);
    expect(codes('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toContain('GRAPHQL');
  });

  it('costs fields as documented: 1 each, × first or × the list’s bound for other lists, edges counted once', () => {
    const cost = (query: string, variables = {}) => {
      const document = parse(query);
      const operation = document.definitions[0];
      if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
      return operationCost(schema, document, operation, variables);
    };
    // packages(first: 3): 1 + 3 × edges(1 + node(1 + providers(1 + 20 × id))): a package names at most 20 providers
    expect(cost('{ packages(first: 3) { edges { node { providers { id } } } } }')).toBe(1 + 3 * (1 + 1 + 1 + 20));
    expect(cost('query ($n: Int) { packages(first: $n) { totalCount } }', { n: 7 })).toBe(1 + 7);
    expect(cost('query ($n: Int = 9) { packages(first: $n) { totalCount } }')).toBe(1 + 9);
    expect(cost('{ packages { totalCount } }')).toBe(1 + 20); // the schema's default first
    expect(cost('{ activeCampaigns { id } }')).toBe(1 + 5); // default first: 5
    expect(cost('{ packages(first: -3) { totalCount } }')).toBe(2); // refused later by the subgraph
    expect(cost('{ exchangeRates { currency } }')).toBe(1 + 50);
    // The gateway suite's 100-package query, the reason tests raise MAX_QUERY_COST.
    expect(
      cost(`{ packages(first: 100) { totalCount edges { cursor node { id slug title(locale: ZH) durationDays
        priceFrom { amount currency } providers { id name(locale: ZH) eVisaDesignated languages procedures { id name(locale: ZH) } }
        procedures { id } campaigns { id name(locale: ZH) creative(locale: ZH) { headline } } } } pageInfo { hasNextPage endCursor } } }`),
    ).toBe(221_701);
  });

  it('lets the development sandbox introspect, and only there', () => {
    const introspection = parse(getIntrospectionQuery({ descriptions: true }), limits.parseOptions);
    const development = requestLimits({ development: true });
    expect(validate(schema, introspection, [...specifiedRules, ...development.validationRules])).toEqual([]);
    expect(validate(schema, introspection, rules).map((error) => error.extensions.code)).toContain('QUERY_TOO_DEEP');
    expect(validate(schema, parse(deepQuery(11)), [...specifiedRules, ...development.validationRules])).toHaveLength(1);
  });

  it('keeps the codes through formatError and drops suggestions outside development', () => {
    const document = parse('{ packages(first: 1) { totalCont } }');
    const [error] = validate(schema, document, rules);
    expect(error?.message).toMatch(/Did you mean "totalCount"\?$/);
    const formatted = { message: error?.message ?? '', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(limits.formatError(formatted, error).message).toBe(
      'Cannot query field "totalCont" on type "PackageConnection".',
    );
    expect(requestLimits({ development: true }).formatError(formatted, error).message).toMatch(/Did you mean/);
    expect(withoutSuggestions('Value "JAA" does not exist in "Locale" enum. Did you mean the enum value "JA"?')).toBe(
      'Value "JAA" does not exist in "Locale" enum.',
    );

    const [deep] = validate(schema, parse(deepQuery(12)), rules);
    const wrapped = { message: deep?.message ?? '', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(limits.formatError(wrapped, { originalError: deep }).extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
    });
  });
});
