import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFormatter } from '../core/apollo';
import type { Staff } from '../core/auth';
import { isDataException } from '../core/errors';
import { createLogger } from '../core/logger';
import { convertKrw, convertsExactly, MAX_KRW } from '../core/money';
import { exchangeRates, inquiries } from '../subgraphs/itineraries/schema';
import { appointments, slots } from '../subgraphs/providers/schema';
import { databaseTargets } from './support/databases';
import { persistedBody } from './support/persisted';
import { startStack, type Stack } from './support/stack';

// The regression tests for issue 10, class 2: inputs that reached Postgres or overflowed, each answered now with
// a typed refusal (or an exact answer) and nothing stored. tests/fuzz.test.ts covers the same rules generatively.

const platformAdmin: Staff = { kind: 'staff', id: 'admin-1', role: 'platform-admin' };
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const en = (text: string) => [{ locale: 'EN', text }];

interface Answer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; argument?: string } }[];
}

describe.each(databaseTargets())('malformed input is refused before it reaches the database, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;
  let provider: { id: string; slug: string; procedures: { id: string }[] };
  let packageId: string;

  const gql = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    staff: Staff | null = null,
  ) => (await stack.query<T>(query, variables, staff)) as Answer<T>;

  async function storedCounts() {
    const { providers, itineraries } = stack.subgraphs;
    const [booked] = await providers.database.db.select({ rows: count() }).from(appointments);
    const [published] = await providers.database.db.select({ rows: count() }).from(slots);
    const [inquired] = await itineraries.database.db.select({ rows: count() }).from(inquiries);
    return { appointments: booked?.rows, slots: published?.rows, inquiries: inquired?.rows };
  }

  /** A published package with a MEDICAL and a TOURISM price line, created as staff would. */
  async function publishedPackage(slug: string, region: string, medicalKrw: number, tourismKrw: number) {
    const created = await gql<{ createPackage: { __typename: string; id: string } }>(
      `mutation($input: PackageInput!) { createPackage(input: $input) { __typename ... on Package { id } } }`,
      {
        input: {
          slug,
          title: en('Ulaanbaatar to Seoul: full check-up'),
          summary: en('A long-stay programme priced for Mongolian visitors.'),
          theme: 'HEALTH_CHECKUP',
          segment: 'VIP',
          region,
          durationDays: 2,
          maxGuardians: 1,
          visa: { recommended: 'C_3_3' },
          prices: [
            { kind: 'MEDICAL', label: en('Comprehensive check-up'), amountKrw: medicalKrw },
            { kind: 'TOURISM', label: en('City tour'), amountKrw: tourismKrw },
          ],
          days: [
            {
              title: en('Check-up'),
              steps: [
                {
                  kind: 'MEDICAL',
                  title: en('Check-up'),
                  providerId: provider.id,
                  procedureId: provider.procedures[0]?.id,
                },
              ],
            },
          ],
        },
      },
      platformAdmin,
    );
    const id = created.data?.createPackage.id;
    if (!id) throw new Error(`creating the package failed: ${JSON.stringify(created)}`);
    await gql(
      `mutation($id: ID!) { setPackageStatus(id: $id, status: PUBLISHED) { __typename } }`,
      { id },
      platformAdmin,
    );
    return id;
  }

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    const first = await gql<{ providers: { edges: { node: typeof provider }[] } }>(
      '{ providers(first: 1) { edges { node { id slug procedures { id } } } } }',
    );
    const node = first.data?.providers.edges[0]?.node;
    if (!node) throw new Error('no provider');
    provider = node;
    // 9,000,000 + 1,500,000 KRW: more than Int can hold in Mongolian möngö (2,713,178,294).
    packageId = await publishedPackage(
      `ulaanbaatar-checkup-${target.name.toLowerCase()}`,
      'SEJONG',
      9_000_000,
      1_500_000,
    );
  });
  afterAll(() => stack?.stop());

  // --------------------------------------------------------------------------------------------------------------
  // Money

  run(
    'prices a package over 8.3 M KRW exactly in MNT, in the list, its breakdown and the widget’s PackageList',
    async () => {
      const listed = await gql<{
        packages: { edges: { node: { id: string; price: { amount: number; currency: string } } }[] };
        package: { priceBreakdown: { lines: { amount: { amount: number } }[]; total: { amount: number } } };
      }>(
        `query($id: ID!) {
        packages(filter: { region: SEJONG }) { edges { node { id price(currency: "MNT") { amount currency } } } }
        package(id: $id) { priceBreakdown(currency: "MNT") { lines { amount { amount } } total { amount } } }
      }`,
        { id: packageId },
      );
      expect(listed.errors).toBeUndefined();
      // 9,000,000 / 0.387 = 23,255,813.95 tögrög and 1,500,000 / 0.387 = 3,875,968.99, each line in möngö.
      expect(listed.data?.packages.edges.map((edge) => edge.node)).toContainEqual({
        id: packageId,
        price: { amount: 2_713_178_294, currency: 'MNT' },
      });
      expect(listed.data?.package.priceBreakdown).toEqual({
        lines: [{ amount: { amount: 2_325_581_395 } }, { amount: { amount: 387_596_899 } }],
        total: { amount: 2_713_178_294 },
      });

      const widget = await fetch(`${stack.gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: persistedBody('PackageList', {
          filter: { region: 'SEJONG' },
          first: 24,
          locale: 'MN',
          currency: 'MNT',
        }),
      });
      const answer = (await widget.json()) as Answer<{
        packages: { edges: { node: { id: string; price: { amount: number } } }[] };
      }>;
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.packages.edges.find((edge) => edge.node.id === packageId)?.node.price).toEqual({
        amount: 2_713_178_294,
        currency: 'MNT',
      });
    },
  );

  run('prices the largest package the rules allow exactly in every currency with a stored rate', async () => {
    const largest = await publishedPackage(
      `largest-${target.name.toLowerCase()}`,
      'SEJONG',
      1_000_000_000,
      1_000_000_000,
    );
    const rates = await gql<{ exchangeRates: { currency: string; krwPerUnit: number }[] }>(
      '{ exchangeRates { currency krwPerUnit } }',
    );
    const currencies = rates.data?.exchangeRates.map((rate) => rate.currency) ?? [];
    expect(currencies).toEqual(expect.arrayContaining(['MNT', 'VND', 'USD', 'JPY']));
    for (const rate of rates.data?.exchangeRates ?? [])
      expect(convertsExactly(rate.currency, rate.krwPerUnit)).toBe(true);

    const byCurrency: Record<string, number | undefined> = {};
    for (const currency of currencies) {
      const answer = await gql<{ package: { price: { amount: number; currency: string } } }>(
        'query($id: ID!, $currency: String!) { package(id: $id) { price(currency: $currency) { amount currency } } }',
        { id: largest, currency },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.package.price.currency).toBe(currency);
      byCurrency[currency] = answer.data?.package.price.amount;
      expect(Number.isSafeInteger(byCurrency[currency])).toBe(true);
    }
    // Each 1,000,000,000 KRW line converts on its own: 258,397,932,816.54 möngö rounds up, twice.
    expect(byCurrency.MNT).toBe(516_795_865_634);
    // 1,000,000,000 / 0.0532 = 18,796,992,481.2 dong (VND has no minor unit), twice.
    expect(byCurrency.VND).toBe(37_593_984_962);
    // 1,000,000,000 / 1,385.40 = 721,813.1947 dollars: 72,181,319 cents, twice.
    expect(byCurrency.USD).toBe(144_362_638);
  });

  run(
    'refuses a currency whose stored rate is too small for exact amounts, rather than answering wrongly',
    async () => {
      // 0.000001 KRW per unit of a three-decimal currency: 2,147,483,647 KRW would be 2.1e18 minor units.
      expect(convertsExactly('KWD', 0.000001)).toBe(false);
      expect(convertsExactly('MNT', 0.387)).toBe(true);
      expect(convertKrw(MAX_KRW, 'MNT', 0.387).amount).toBe(554_905_335_142);
      await stack.subgraphs.itineraries.database.db
        .insert(exchangeRates)
        .values({ currency: 'KWD', asOf: '2026-11-30', krwPerUnit: 0.000001 });
      const answer = await gql(`query($id: ID!) { package(id: $id) { price(currency: "KWD") { amount } } }`, {
        id: packageId,
      });
      expect(answer.errors?.[0]).toMatchObject({
        message: 'Invalid argument "currency": prices cannot be given exactly in "KWD" at its stored rate',
        extensions: { code: 'BAD_USER_INPUT', argument: 'currency' },
      });
    },
  );

  // --------------------------------------------------------------------------------------------------------------
  // Control characters in strings

  const withNul = (text: string) => `${text.slice(0, 3)}\u0000${text.slice(3)}`;

  run.each([
    {
      name: 'a provider slug as a variable',
      query: 'query($slug: String) { provider(slug: $slug) { id } }',
      variables: () => ({ slug: withNul(provider.slug) }),
      argument: '$slug',
    },
    {
      name: 'a provider slug written in the query',
      query: () => `{ provider(slug: ${JSON.stringify(withNul(provider.slug))}) { id } }`,
      argument: 'slug',
    },
    {
      name: 'a cursor as a variable',
      query: 'query($after: String) { packages(after: $after) { totalCount } }',
      variables: () => ({ after: withNul(base64url('mt1:seoul')) }),
      argument: '$after',
    },
    {
      name: 'a lone surrogate in a package slug',
      query: 'query($slug: String) { package(slug: $slug) { id } }',
      variables: () => ({ slug: 'seoul-\uD800' }),
      argument: '$slug',
    },
    {
      name: 'a contact name in an inquiry',
      query: 'mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename } }',
      variables: () => ({
        input: {
          packageId,
          contact: { name: 'Bat\u0000-Erdene', email: 'bat@example.mn', nationality: 'MN', locale: 'MN' },
          partySize: 1,
          locale: 'MN',
          consent: true,
          idempotencyKey: 'nul-in-name-0001',
        },
      }),
      argument: '$input.contact.name',
    },
    {
      name: 'an inquiry message written in the query',
      query:
        () => `mutation { submitInquiry(input: { packageId: "${packageId}", partySize: 1, locale: MN, consent: true,
        idempotencyKey: "nul-in-message-1", message: "Hello\\u0007\\u0000", contact: { name: "Bat", email: "bat@example.mn",
        nationality: "MN", locale: MN } }) { __typename } }`,
      argument: 'input.message',
    },
    {
      name: 'a booking contact name (escape character)',
      query: 'mutation($input: HoldSlotInput!) { holdSlot(input: $input) { __typename } }',
      variables: () => ({
        input: {
          slotId: NO_SUCH_ID,
          partySize: 1,
          consent: true,
          idempotencyKey: 'escape-in-name-1',
          contact: { name: 'Sato\u001b[31m', email: 'sato@example.jp', nationality: 'JP', locale: 'JA' },
        },
      }),
      argument: '$input.contact.name',
    },
  ])('refuses a control character in $name with 400 BAD_USER_INPUT naming it, storing nothing', async (hostile) => {
    const before = await storedCounts();
    const query = typeof hostile.query === 'function' ? hostile.query() : hostile.query;
    const answer = await gql(query, hostile.variables?.() ?? {});
    expect(answer.status).toBe(400);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: hostile.argument });
    expect(answer.errors?.[0]?.message).toMatch(/must not contain control characters|lone surrogates/);
    expect(await storedCounts()).toEqual(before);
  });

  run('keeps tabs, line breaks and every script in free text', async () => {
    const answer = await gql<{ submitInquiry: { __typename: string; message: string } }>(
      'mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename ... on Inquiry { message } } }',
      {
        input: {
          packageId,
          contact: { name: 'Батын Сарнай', email: 'sarnai@example.mn', nationality: 'MN', locale: 'MN' },
          partySize: 1,
          locale: 'MN',
          consent: true,
          idempotencyKey: 'free-text-ok-0001',
          message: 'Сайн байна уу!\n\tНэг асуулт 😀\r\nمرحبا',
        },
      },
      // The region's staff read messages; anyone may send one.
      platformAdmin,
    );
    expect(answer.data?.submitInquiry).toEqual({
      __typename: 'Inquiry',
      message: 'Сайн байна уу!\n\tНэг асуулт 😀\r\nمرحبا',
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  // Dates and times

  const AVAILABILITY = `query($slug: String!, $from: DateTime!, $to: DateTime!) {
    provider(slug: $slug) { availability(from: $from, to: $to) { id } } }`;

  run.each([
    ['without an offset', '2026-12-01T10:00:00', /with an offset/],
    ['in year 0000', '0000-01-01T00:00:00Z', /not a real instant between 1900 and 2200/],
    ['in year 9999', '9999-12-31T23:59:59-01:00', /not a real instant between 1900 and 2200/],
    ['in month 13', '2026-13-01T10:00:00+09:00', /not a real instant/],
    ['on 30 February', '2027-02-30T10:00:00+09:00', /not a real instant/],
    ['at 24:00', '2026-12-01T24:00:00+09:00', /not a real instant/],
    ['with a +25:00 offset', '2026-12-01T10:00:00+25:00', /not a real instant/],
  ])(
    'refuses a DateTime %s with 400 BAD_USER_INPUT, as a variable and written in the query',
    async (_case, value, message) => {
      const asVariable = await gql(AVAILABILITY, { slug: provider.slug, from: value, to: '2026-12-05T10:00:00+09:00' });
      expect(asVariable.status).toBe(400);
      expect(asVariable.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: '$from' });
      expect(asVariable.errors?.[0]?.message).toMatch(message);

      const written = await gql(
        `{ provider(slug: "${provider.slug}") { availability(from: "${value}", to: "2026-12-05T10:00:00+09:00") { id } } }`,
      );
      expect(written.status).toBe(400);
      expect(written.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'from' });
    },
  );

  run('refuses a slot starting in year 9999 and an inquiry starting on 0000-01-01, storing nothing', async () => {
    const before = await storedCounts();
    const slot = await gql(
      'mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { __typename } }',
      {
        input: {
          providerId: provider.id,
          mode: 'IN_PERSON',
          startsAt: ['2026-12-20T10:00:00+09:00', '9999-12-31T10:00:00+09:00'],
          durationMinutes: 30,
          capacity: 1,
        },
      },
      platformAdmin,
    );
    expect(slot.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: '$input.startsAt[1]' });
    const inquiry = await gql('mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename } }', {
      input: {
        packageId,
        contact: { name: 'Bat', email: 'bat@example.mn', nationality: 'MN', locale: 'MN' },
        partySize: 1,
        locale: 'MN',
        consent: true,
        idempotencyKey: 'year-zero-inquiry',
        preferredStart: '0000-01-01',
      },
    });
    expect(inquiry.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: '$input.preferredStart' });
    expect(await storedCounts()).toEqual(before);
  });

  run.each([
    {
      name: 'an object where a list of DateTime goes (a variable)',
      query: 'mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { __typename } }',
      variables: () => ({
        input: { providerId: provider.id, mode: 'IN_PERSON', startsAt: {}, durationMinutes: 30, capacity: 1 },
      }),
      argument: '$input.startsAt',
    },
    {
      name: 'a number where a DateTime goes (written in the query)',
      query: () =>
        `{ provider(slug: "${provider.slug}") { availability(from: 1764547200, to: "2026-12-05T10:00:00+09:00") { id } } }`,
      argument: 'from',
    },
    {
      name: 'an object where a list of DateTime goes (written in the query)',
      query: () => `mutation { publishSlots(input: { providerId: "${provider.id}", mode: IN_PERSON, durationMinutes: 30,
        capacity: 1, startsAt: {} }) { __typename } }`,
      argument: 'input.startsAt',
    },
    {
      name: 'a list written in the query with one unreal day',
      query: () => `mutation { publishSlots(input: { providerId: "${provider.id}", mode: IN_PERSON, durationMinutes: 30,
        capacity: 1, startsAt: ["2026-12-20T10:00:00+09:00", "2026-02-30T10:00:00+09:00"] }) { __typename } }`,
      argument: 'input.startsAt',
    },
  ])('refuses $name with 400 BAD_USER_INPUT, storing nothing', async (hostile) => {
    const before = await storedCounts();
    const query = typeof hostile.query === 'function' ? hostile.query() : hostile.query;
    const answer = await gql(query, hostile.variables?.() ?? {}, platformAdmin);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: hostile.argument });
    expect(await storedCounts()).toEqual(before);
  });

  run('still takes a DateTime in any real offset, and answers in Korea time', async () => {
    const answer = await gql<{ provider: { availability: unknown[] } }>(AVAILABILITY, {
      slug: provider.slug,
      from: '2026-12-01T01:00:00Z',
      to: '2026-12-05T10:00:00-05:00',
    });
    expect(answer.errors).toBeUndefined();
    expect(Array.isArray(answer.data?.provider.availability)).toBe(true);
  });

  // --------------------------------------------------------------------------------------------------------------
  // Cursors

  run.each([
    ['an instant in year 0000', `packages(after: "${base64url(`mt1:0000-01-01T00:00:00.000Z|${NO_SUCH_ID}`)}")`],
    ['an instant past 2200', `promotionEvents(after: "${base64url('mt1:9999-12-31T23:59:59.999Z|fam-tour')}")`],
    [
      'an instant JavaScript would roll over',
      `myCampaigns(after: "${base64url(`mt1:2026-02-30T00:00:00.000Z|${NO_SUCH_ID}`)}")`,
    ],
    ['a year JavaScript reads from five digits', `promotionEvents(after: "${base64url('mt1:12345|x')}")`],
    ['SQL', `packages(after: "${base64url("mt1:'; drop table itineraries.packages; --")}")`],
    ['nothing after the prefix', `campaigns(after: "${base64url('mt1:')}")`],
    ['text that is not base64url', 'providers(after: "not a cursor!")'],
  ])('refuses a cursor holding %s with BAD_USER_INPUT "after"', async (_case, field) => {
    const answer = await gql(`{ ${field} { totalCount } }`, {}, platformAdmin);
    expect(answer.errors?.[0]).toMatchObject({
      message: 'Invalid argument "after": not a cursor returned by this API',
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    expect(JSON.stringify(answer)).not.toMatch(/INTERNAL_SERVER_ERROR/);
  });

  run('refuses an absurd cursor on a staff list newest first, and follows a real one', async () => {
    const absurd = await gql(
      `query($id: ID!, $after: String) { package(id: $id) { inquiries(first: 1, after: $after) { totalCount } } }`,
      { id: packageId, after: base64url(`mt1:1899-12-31T23:59:59.999Z|${NO_SUCH_ID}`) },
      platformAdmin,
    );
    expect(absurd.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });

    const page = await gql<{ packages: { pageInfo: { endCursor: string } } }>(
      '{ packages(first: 2) { pageInfo { endCursor } } }',
    );
    const next = await gql<{ packages: { edges: unknown[] } }>(
      'query($after: String) { packages(first: 2, after: $after) { edges { cursor } } }',
      { after: page.data?.packages.pageInfo.endCursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data?.packages.edges).toHaveLength(2);
  });

  // --------------------------------------------------------------------------------------------------------------
  // Static files

  run.each([
    ['/widgets/%E0%A4%A', 400],
    ['/widgets/%', 400],
    ['/demo/%zz.html', 400],
    ['/demo/city%00.html', 400],
    ['/demo/%07.html', 400],
    ['/demo/%2e%2e%2fpackage.json', 404],
    ['/demo/no-such-page.html', 404],
    ['/demo/city.html', 200],
  ])('answers %s with %i, never 500', async (path, status) => {
    const response = await fetch(`${stack.gateway.url}${path}`);
    expect(response.status).toBe(status);
    if (status !== 200)
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: status === 400 ? 'BAD_REQUEST' : 'NOT_FOUND' } }],
      });
  });

  // --------------------------------------------------------------------------------------------------------------
  // The backstop: what the edge rules might still miss

  run(
    'answers a value the database refuses as BAD_USER_INPUT, and the refused transaction stores nothing',
    async () => {
      const { db } = stack.subgraphs.itineraries.database;
      const ratesBefore = await db.select({ rows: count() }).from(exchangeRates);
      const refusal = await db
        .transaction(async (tx) => {
          await tx.insert(exchangeRates).values({ currency: 'XAU', asOf: '2026-11-30', krwPerUnit: 4_000_000 });
          // A NUL byte in text: SQLSTATE 22021 (or 22P05 for a parameter) on both drivers.
          await tx.execute(sql`select ${'a\u0000b'}::text`);
        })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(isDataException(refusal)).toBe(true);
      expect(await db.select({ rows: count() }).from(exchangeRates)).toEqual(ratesBefore);

      const outOfRange = await db.execute(sql`select ${'0000-01-01'}::date`).then(
        () => null,
        (error: unknown) => error,
      );
      expect(isDataException(outOfRange)).toBe(true);

      const format = errorFormatter(createLogger('silent', 'test'), false);
      expect(
        format(
          { message: 'invalid byte sequence', path: ['packages'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          refusal,
        ),
      ).toEqual({
        message: 'Invalid input: a value is malformed or out of range',
        path: ['packages'],
        extensions: { code: 'BAD_USER_INPUT' },
      });
      // In development the message stays, for whoever is debugging; the code is the client's all the same.
      expect(
        errorFormatter(createLogger('silent', 'test'), true)(
          { message: 'invalid byte sequence', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          refusal,
        ).extensions,
      ).toEqual({ code: 'BAD_USER_INPUT' });
      // Anything else stays an internal error, without its text.
      expect(
        format(
          { message: 'relation does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          new Error('boom'),
        ),
      ).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    },
  );
});
