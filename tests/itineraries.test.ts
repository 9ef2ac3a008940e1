import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../core/seed-id';
import { addDays, koreaDate } from '../core/time';
import { itinerariesSubgraph } from '../subgraphs/itineraries/index';
import { inquiries, inquiryRequests } from '../subgraphs/itineraries/schema';
import { readPackageSeed } from '../subgraphs/itineraries/seed';
import { databaseTargets } from './support/databases';
import { openSubgraph, type InProcessSubgraph } from './support/subgraph';

const seeds = readPackageSeed();
const totalKrw = (slug: string) =>
  seeds.find((seed) => seed.slug === slug)?.prices.reduce((sum, line) => sum + line.amountKrw, 0) ?? Number.NaN;

const SUBMIT = `mutation Submit($input: SubmitInquiryInput!) {
  submitInquiry(input: $input) {
    __typename
    ... on Inquiry { id reference partySize preferredStart package { slug } }
    ... on NotFound { id message }
    ... on InvalidInput { message fields { field message } }
  }
}`;

type SubmitAnswer = {
  submitInquiry: { __typename: string; id?: string; reference?: string; fields?: { field: string; message: string }[] };
};

describe.each(databaseTargets())('itineraries subgraph on $name', (target) => {
  let subgraph: InProcessSubgraph<typeof itinerariesSubgraph.tables>;
  const run = target.skipReason ? it.skip : it;

  beforeAll(async () => {
    if (target.skipReason) return;
    subgraph = await openSubgraph(itinerariesSubgraph, await target.create());
  });
  afterAll(() => subgraph?.close());

  async function storedCounts() {
    const [inquiryRows] = await subgraph.database.db.select({ value: count() }).from(inquiries);
    const [keyRows] = await subgraph.database.db.select({ value: count() }).from(inquiryRequests);
    return { inquiries: inquiryRows?.value, keys: keyRows?.value };
  }

  /** As the gateway forwards a widget's inquiry from a page of the demo site (its key verified by Origin). */
  const submit = (variables: Record<string, unknown>) =>
    subgraph.execute<SubmitAnswer>(SUBMIT, variables, undefined, 'demo-site');

  const inquiryInput = (overrides: Record<string, unknown> = {}) => ({
    packageId: seedId('package', seeds[0]?.slug ?? ''),
    contact: { name: 'Li Wei', email: 'li.wei@example.cn', nationality: 'cn', locale: 'ZH' },
    partySize: 1,
    preferredStart: addDays(koreaDate(new Date()), 30),
    locale: 'ZH',
    consent: true,
    campaignCode: 'kpopjp26',
    siteKey: 'demo-site',
    idempotencyKey: `inquiry-${Math.random().toString(36).slice(2)}`,
    ...overrides,
  });

  run('gives a package its Chinese title, and the English one for a locale it lacks', async () => {
    const seed = seeds[0];
    const untranslated = seeds.flatMap((candidate) => candidate.days).find((day) => !day.title.MN);
    const result = await subgraph.execute<{ package: { title: string; days: { title: string }[] } }>(
      `query($slug: String!) { package(slug: $slug) { title(locale: ZH) days { title(locale: MN) } } }`,
      { slug: seed?.slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.package.title).toBe(seed?.title.ZH);
    expect(result.data?.package.days[0]?.title).toBe(seed?.days[0]?.title.MN ?? seed?.days[0]?.title.EN);
    expect(untranslated, 'demo data keeps some day titles untranslated to show the fallback').toBeDefined();
  });

  run(
    'prices a package in won and in dollars with the stored rate, keeping medical and non-medical apart',
    async () => {
      const seed = seeds.find((candidate) => candidate.prices.some((line) => line.kind !== 'MEDICAL'));
      const result = await subgraph.execute<{
        package: {
          priceFrom: { amount: number; currency: string };
          price: { amount: number; currency: string };
          priceBreakdown: {
            lines: { kind: string; amount: { amount: number } }[];
            medical: { amount: number };
            nonMedical: { amount: number };
            total: { amount: number; currency: string };
            exchangeRate: { currency: string; krwPerUnit: number; asOf: string };
          };
        };
      }>(
        `query($slug: String!) { package(slug: $slug) {
        priceFrom { amount currency } price(currency: "USD") { amount currency }
        priceBreakdown(currency: "USD") { lines { kind amount { amount } } medical { amount } nonMedical { amount }
          total { amount currency } exchangeRate { currency krwPerUnit asOf } } } }`,
        { slug: seed?.slug },
      );
      expect(result.errors).toBeUndefined();
      const pkg = result.data?.package;
      expect(pkg?.priceFrom).toEqual({ amount: totalKrw(seed?.slug ?? ''), currency: 'KRW' });
      const rate = pkg?.priceBreakdown.exchangeRate.krwPerUnit ?? Number.NaN;
      expect(pkg?.priceBreakdown.exchangeRate.currency).toBe('USD');
      expect(pkg?.price.currency).toBe('USD');
      // Cents: within a cent per line of the exact conversion.
      expect(Math.abs((pkg?.price.amount ?? 0) - (totalKrw(seed?.slug ?? '') / rate) * 100)).toBeLessThanOrEqual(
        seed?.prices.length ?? 0,
      );
      const breakdown = pkg?.priceBreakdown;
      const medicalLines = breakdown?.lines.filter((line) => line.kind === 'MEDICAL') ?? [];
      expect(breakdown?.medical.amount).toBe(medicalLines.reduce((sum, line) => sum + line.amount.amount, 0));
      expect((breakdown?.medical.amount ?? 0) + (breakdown?.nonMedical.amount ?? 0)).toBe(breakdown?.total.amount);
      expect(breakdown?.total.amount).toBe(pkg?.price.amount);
    },
  );

  run('refuses a currency it has no rate for, naming the argument', async () => {
    const result = await subgraph.execute(
      `query($slug: String!) { package(slug: $slug) { price(currency: "XYZ") { amount } } }`,
      {
        slug: seeds[0]?.slug,
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'currency' });
  });

  run('filters packages by region, theme, segment and maximum price', async () => {
    const result = await subgraph.execute<{
      packages: {
        totalCount: number;
        edges: { node: { slug: string; region: string; priceFrom: { amount: number } } }[];
      };
    }>(
      `{ packages(filter: { region: DAEJEON, maxPrice: 5000000 }, first: 100) { totalCount edges { node { slug region priceFrom { amount } } } } }`,
    );
    const expected = seeds
      .filter((seed) => seed.region === 'DAEJEON' && totalKrw(seed.slug) <= 5_000_000)
      .map((seed) => seed.slug)
      .sort();
    expect(result.data?.packages.edges.map((edge) => edge.node.slug)).toEqual(expected);
    expect(result.data?.packages.totalCount).toBe(expected.length);
    const negative = await subgraph.execute(`{ packages(filter: { maxPrice: -1 }) { totalCount } }`);
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxPrice' });
  });

  run('lays out the itinerary day by day with typed steps', async () => {
    const seed = seeds.find((candidate) =>
      candidate.days.some((day) => day.steps.some((step) => step.kind === 'TRANSFER')),
    );
    const result = await subgraph.execute<{ package: { days: { day: number; steps: { __typename: string }[] }[] } }>(
      `query($slug: String!) { package(slug: $slug) { days { day steps { __typename
        ... on MedicalStep { provider { id } procedure { id } }
        ... on TransferStep { from to transport }
        ... on StayStep { nights lodging }
        ... on WellnessStep { activity }
        ... on TourStep { category } } } } }`,
      { slug: seed?.slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.package.days.map((day) => day.day)).toEqual(seed?.days.map((day) => day.day));
    expect(result.data?.package.days.flatMap((day) => day.steps.map((step) => step.__typename))).toEqual(
      seed?.days.flatMap((day) => day.steps.map((step) => `${step.kind[0]}${step.kind.slice(1).toLowerCase()}Step`)),
    );
  });

  run('records an inquiry once, and answers a retry with the same inquiry', async () => {
    const before = await storedCounts();
    const input = inquiryInput();
    const first = await submit({ input });
    expect(first.data?.submitInquiry).toMatchObject({ __typename: 'Inquiry', partySize: 1 });
    expect(first.data?.submitInquiry.reference).toMatch(/^MTQ-[2-9A-Z]{6}$/);
    const retry = await submit({ input });
    expect(retry.data?.submitInquiry.id).toBe(first.data?.submitInquiry.id);
    expect(await storedCounts()).toEqual({ inquiries: (before.inquiries ?? 0) + 1, keys: (before.keys ?? 0) + 1 });
  });

  run(
    'refuses more guardians than the package allows, a past start and a missing consent, storing nothing',
    async () => {
      const seed = seeds[0];
      const before = await storedCounts();
      const result = await submit({
        input: inquiryInput({ partySize: (seed?.maxGuardians ?? 0) + 2, preferredStart: '2020-01-01' }),
      });
      expect(result.data?.submitInquiry.__typename).toBe('InvalidInput');
      expect(result.data?.submitInquiry.fields?.map((field) => field.field).sort()).toEqual([
        'partySize',
        'preferredStart',
      ]);
      const noConsent = await submit({ input: inquiryInput({ consent: false }) });
      expect(noConsent.data?.submitInquiry.fields?.map((field) => field.field)).toEqual(['consent']);
      expect(await storedCounts()).toEqual(before);
    },
  );

  run('answers NotFound for an unknown package', async () => {
    const missing = seedId('package', 'no-such-package');
    const result = await submit({ input: inquiryInput({ packageId: missing }) });
    expect(result.data?.submitInquiry).toMatchObject({ __typename: 'NotFound', id: missing });
  });
});
