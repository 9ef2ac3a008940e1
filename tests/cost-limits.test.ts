import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, type GraphQLNamedType, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { issueDevToken } from '../core/oidc';
import { availabilitySlotLimit, MAX_SLOTS_PER_CALL, MAX_SLOTS_PER_DAY } from '../core/availability';
import { MAX_ITINERARY_DAYS, MAX_STEPS_PER_DAY } from '../core/itinerary';
import {
  MAX_CAMPAIGNS_PER_PACKAGE,
  MAX_CONVERSION_ROWS,
  MAX_PACKAGES_PER_PROVIDER,
  MAX_TRAFFIC_ROWS,
} from '../core/list-caps';
import type { RunningServer } from '../core/http';
import { seedId } from '../core/seed-id';
import { repoPath } from '../core/subgraph-sdl';
import { DEFAULT_REQUEST_LIMITS, LIST_BOUNDS, operationCost } from '../gateway/limits';
import { campaignEvents, campaignPackages, campaigns } from '../subgraphs/campaigns/schema';
import { inquiries, itineraryDays, itinerarySteps, packages } from '../subgraphs/itineraries/schema';
import { readPackageSeed } from '../subgraphs/itineraries/seed';
import { appointments, slots } from '../subgraphs/providers/schema';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';
import { widgetOperations as allWidgetOperations } from './support/widget-operations';
import { testSettings } from './support/subgraph';

// The cost model (gateway/limits.ts) promises an upper bound of what an accepted operation returns. These tests
// hold it to that on a real stack: every answer has no more fields, and no more list items, than its estimate,
// and what is over the limit is refused before any subgraph runs a statement.

const schema = buildSchema(readFileSync(repoPath('gateway/schema.graphql'), 'utf8'));
const LIMIT = DEFAULT_REQUEST_LIMITS.cost;
const DAY = 86_400_000;
const CLINIC = 'gangnam-lumiere-dermatology';
const clinicStaff: Staff = { kind: 'staff', id: 'cost-p1', role: 'provider-admin', provider: CLINIC };
const platformAdmin: Staff = { kind: 'staff', id: 'cost-a1', role: 'platform-admin' };
const marketing: Staff = { kind: 'staff', id: 'cost-m1', role: 'marketing', organisation: 'daejeon-tourism' };

/** The seeded package with the longest itinerary: what PackageDetail's largest answer looks like here. */
const LONGEST_PACKAGE = [...readPackageSeed()].sort((a, b) => b.days.length - a.days.length)[0]?.slug ?? '';

// Extra slots for the clinic, from the start of a UTC day at least a day ahead: a crowded first day (60 slots, over
// the 40 a one-day window may return) and ten a day for the 60 days after it (600, over the 500 of any window).
const BASE = Math.ceil(Date.now() / DAY) * DAY + DAY;
const CROWDED_DAY = Array.from({ length: 60 }, (_, i) => new Date(BASE + 3_600_000 + i * 5 * 60_000));
const LATER_DAYS = Array.from({ length: 600 }, (_, i) => {
  const day = 1 + Math.floor(i / 10);
  return new Date(BASE + day * DAY + 3_600_000 + (i % 10) * 30 * 60_000);
});
const iso = (time: number) => new Date(time).toISOString();
const WIDGET_WINDOW = { from: iso(BASE), to: iso(BASE + 60 * DAY) };
const LONGEST_WINDOW = { from: iso(BASE), to: iso(BASE + 62 * DAY) };

/** Every list element anywhere in an answer. */
function listItems(value: unknown): number {
  if (Array.isArray(value)) return value.length + value.reduce((total: number, item) => total + listItems(item), 0);
  if (value && typeof value === 'object')
    return Object.values(value).reduce((total: number, v) => total + listItems(v), 0);
  return 0;
}

/** Every field of every object in an answer: what the cost counts one by one. */
function answerFields(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((total: number, item) => total + answerFields(item), 0);
  if (value && typeof value === 'object') {
    return Object.values(value).reduce((total: number, v) => total + 1 + answerFields(v), 0);
  }
  return 0;
}

function estimate(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return operationCost(schema, document, operation, variables);
}

const widgetOperations = allWidgetOperations();

const contact = { name: 'Sato Hana', email: 'hana@example.jp', nationality: 'JP', locale: 'JA' };

/** A booking of the clinic's, made in beforeAll, so the patient's own reads are answered whole. */
const booked = { reference: 'MT-AAAAAA', secret: 'made-in-before-all' };

/**
 * The largest request each widget operation makes. Mutations are sent with input they refuse (a typed answer),
 * the refusal with the most items they can list.
 */
const widgetRequests: Record<string, { variables: Record<string, unknown>; staff?: Staff }> = {
  ProviderAvailability: { variables: { slug: CLINIC, locale: 'EN', ...WIDGET_WINDOW } },
  HoldSlot: {
    variables: {
      input: {
        slotId: 'not-an-id',
        partySize: 0,
        consent: false,
        idempotencyKey: 'x',
        contact: { ...contact, email: 'no' },
      },
    },
  },
  ActiveCampaign: { variables: { country: 'JP', locale: 'EN' } },
  // From a server, not a page of the site: answered false, not counted.
  TrackCampaignEvent: {
    variables: {
      input: { campaignId: seedId('campaign', 'kpop-glow-japan'), kind: 'IMPRESSION', siteKey: 'demo-site' },
    },
  },
  MyCampaigns: { variables: { locale: 'EN' }, staff: marketing },
  CampaignResults: { variables: { id: seedId('campaign', 'kpop-glow-japan') }, staff: platformAdmin },
  InquiryPackage: { variables: { id: seedId('package', LONGEST_PACKAGE), locale: 'EN' } },
  SubmitInquiry: {
    variables: {
      input: {
        packageId: 'not-an-id',
        contact: { ...contact, email: 'no', nationality: 'Japan' },
        partySize: 0,
        locale: 'JA',
        consent: false,
        idempotencyKey: 'x',
      },
    },
  },
  PackageList: { variables: { first: 24, locale: 'EN', currency: 'USD' } },
  PackageDetail: { variables: { id: seedId('package', LONGEST_PACKAGE), locale: 'EN', currency: 'USD' } },
  ManagedBooking: {
    get variables() {
      return { ...booked, locale: 'EN' };
    },
  },
  BookingCalendar: {
    get variables() {
      return { ...booked };
    },
  },
  // Refused with a typed answer: a cancel that is not the patient's, a move to a malformed time.
  CancelBooking: { variables: { input: { reference: 'MT-AAAAAA', secret: 'wrong' }, locale: 'EN' } },
  RescheduleBooking: {
    get variables() {
      return { input: { ...booked, slotId: 'not-an-id', idempotencyKey: 'x' }, locale: 'EN' };
    },
  },
};

const availability = (window: { from: string; to: string }, selection = 'id startsAt') =>
  `availability(from: "${window.from}", to: "${window.to}") { ${selection} }`;
const providersWithAvailability = (aliases: number, window: { from: string; to: string }, selection?: string) =>
  `{ ${Array.from(
    { length: aliases },
    (_, i) => `a${i}: providers(first: 100) { edges { node { slug ${availability(window, selection)} } } }`,
  ).join(' ')} }`;

/** Operations a partner's server could send: each is answered within its estimate, or refused when over the limit. */
const adversarial: { name: string; query: string; variables?: Record<string, unknown>; staff?: Staff }[] = [
  { name: 'one provider list with 62 days of availability', query: providersWithAvailability(1, LONGEST_WINDOW) },
  {
    name: 'one provider list with 62 days of availability, ids only',
    query: providersWithAvailability(1, LONGEST_WINDOW, 'id'),
  },
  {
    name: 'availability of the crowded day alone',
    query: `{ provider(slug: "${CLINIC}") { ${availability({ from: iso(BASE), to: iso(BASE + DAY) })} } }`,
  },
  {
    name: 'the clinic’s calendar twice, aliased, over the longest window',
    query: `{ a: provider(slug: "${CLINIC}") { ${availability(LONGEST_WINDOW)} }
      b: provider(slug: "${CLINIC}") { ${availability(LONGEST_WINDOW, 'id endsAt remaining')} } }`,
  },
  {
    name: 'five aliased provider lists with 62 days of availability',
    query: providersWithAvailability(5, LONGEST_WINDOW),
  },
  {
    name: 'three aliased provider lists with 62 days of availability, every slot field',
    query: providersWithAvailability(
      3,
      LONGEST_WINDOW,
      'id startsAt endsAt mode capacity remaining interpreterLanguage',
    ),
  },
  {
    name: 'availability through variables, the window given as variables',
    query: `query ($from: DateTime!, $to: DateTime!) { providers(first: 100) { edges { node {
      availability(from: $from, to: $to) { id startsAt endsAt } } } } }`,
    variables: LONGEST_WINDOW,
  },
  {
    name: 'every provider list field, first: 100',
    query: `{ providers(first: 100) { edges { node { id languages specialties accreditations
      designations { kind active } coordinators { language channels } procedures { id name } } } } }`,
  },
  {
    name: 'nested lists: packages → days → steps → provider → procedures, first: 100',
    query: `{ packages(first: 100) { edges { node { days { steps { __typename
      ... on MedicalStep { provider { procedures { id } } } } } } } } }`,
  },
  {
    name: 'the itinerary of every package through fragments on the union',
    query: `{ packages(first: 100) { edges { node { ...Itinerary } } } }
      fragment Itinerary on Package { days { day steps { ...Medical ...Stay __typename } } }
      fragment Medical on MedicalStep { title provider { name } procedure { name } }
      fragment Stay on StayStep { title nights lodging }`,
  },
  {
    name: 'campaigns and promotion events with every list, first: 100',
    query: `{ campaigns(first: 100) { edges { node { targetCountries channels placements siteKeys creativeLocales
      packages { id } providers { id } } } }
      promotionEvents(first: 100) { edges { node { targetCountries partners packages { id } providers { id } } } } }`,
  },
  {
    name: 'packages with providers, procedures, campaigns and price lines, first: 100',
    query: `{ packages(first: 100) { edges { node { providers { id languages } procedures { id }
      campaigns { id targetCountries } priceBreakdown(currency: "USD") { lines { kind amount { amount } } } } } } }`,
  },
  {
    name: 'aliased package lists, first: 100 each',
    query: `{ a: packages(first: 100) { edges { node { id providers { id } } } }
      b: packages(first: 100) { edges { node { id days { day } } } } exchangeRates { currency } }`,
  },
  {
    name: 'campaign statistics for staff',
    query: `{ campaigns(first: 100) { edges { node { stats { traffic { day country siteKey impressions clicks } }
      inquiryStats { breakdown { day count } } appointmentStats { breakdown { day count } } } } } }`,
    staff: platformAdmin,
  },
];

describe('the cost table', () => {
  /** `Type.field` of every list field a `first` does not bound and that is not a connection's page. */
  const unboundedLists = Object.values(schema.getTypeMap())
    .filter((type: GraphQLNamedType) => !type.name.startsWith('__') && 'getFields' in type)
    .flatMap((type) =>
      Object.values(
        (
          type as { getFields(): Record<string, { name: string; type: unknown; args?: { name: string }[] }> }
        ).getFields(),
      )
        .filter((field) => field.args !== undefined && /^\[.*\]!?$/.test(String(field.type)))
        .filter((field) => !field.args?.some((argument) => argument.name === 'first'))
        .filter((field) => !(type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')))
        .map((field) => `${type.name}.${field.name}`),
    );

  it('bounds every list of the public graph, and only lists it has', () => {
    expect(unboundedLists.length).toBeGreaterThan(20);
    expect(Object.keys(LIST_BOUNDS).sort()).toEqual([...unboundedLists].sort());
  });

  it('charges availability what the providers subgraph may return: 40 a day of the window, 500 at most', () => {
    const day = (days: number) => availabilitySlotLimit(new Date(BASE), new Date(BASE + days * DAY));
    expect(day(1)).toBe(MAX_SLOTS_PER_DAY);
    expect(day(0.5)).toBe(MAX_SLOTS_PER_DAY);
    expect(day(3)).toBe(3 * MAX_SLOTS_PER_DAY);
    expect(day(62)).toBe(MAX_SLOTS_PER_CALL);
    // Windows the subgraph refuses count as the largest.
    expect(day(63)).toBe(MAX_SLOTS_PER_CALL);
    expect(availabilitySlotLimit(new Date('tomorrow'), new Date(BASE))).toBe(MAX_SLOTS_PER_CALL);
    const oneDay = `{ provider(slug: "x") { ${availability({ from: iso(BASE), to: iso(BASE + DAY) }, 'id')} } }`;
    expect(estimate(oneDay)).toBe(1 + (1 + MAX_SLOTS_PER_DAY));
    const viaVariables = `query ($to: DateTime!) { provider(slug: "x") { availability(from: "${iso(BASE)}", to: $to) { id } } }`;
    expect(estimate(viaVariables, { to: iso(BASE + 2 * DAY) })).toBe(1 + (1 + 2 * MAX_SLOTS_PER_DAY));
  });

  it('says in the schema the caps the cost charges for the statistics lists', () => {
    const description = (type: string, field: string) =>
      (schema.getType(type) as { getFields(): Record<string, { description?: string | null }> }).getFields()[field]
        ?.description ?? '';
    expect(description('CampaignStats', 'traffic')).toContain(`At most ${MAX_TRAFFIC_ROWS.toLocaleString('en')}`);
    expect(description('ConversionStats', 'breakdown')).toContain(
      `At most ${MAX_CONVERSION_ROWS.toLocaleString('en')}`,
    );
  });

  it('costs a union selection as its costliest member, not the sum of every member', () => {
    const steps = `{ package(id: "x") { days { steps { __typename ... on MedicalStep { title provider { id } }
      ... on StayStep { title nights lodging } ... on TourStep { title } } } } }`;
    // MedicalStep: __typename + title + provider(1 + id) = 4; StayStep: __typename + 3 = 4.
    expect(estimate(steps)).toBe(1 + 1 + MAX_ITINERARY_DAYS * (1 + MAX_STEPS_PER_DAY * 4));
  });

  it('has adversarial operations on both sides of the limit', () => {
    const costs = adversarial.map(({ query, variables }) => estimate(query, variables));
    expect(costs.filter((cost) => cost > LIMIT).length).toBeGreaterThanOrEqual(4);
    expect(costs.filter((cost) => cost <= LIMIT).length).toBeGreaterThanOrEqual(6);
  });

  it('refuses the issue’s five aliased provider calendars and keeps every widget operation at half the limit', () => {
    expect(estimate(providersWithAvailability(5, LONGEST_WINDOW))).toBeGreaterThan(LIMIT);
    for (const { name, query } of widgetOperations) {
      expect(estimate(query, widgetRequests[name]?.variables), name).toBeLessThanOrEqual(LIMIT / 2);
    }
  });
});

describe.each(databaseTargets())('answers stay within their estimated cost, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;
  /** A gateway on the stack's subgraphs with the production cost limit (the shared test settings raise it). */
  let gateway: RunningServer;

  async function post(body: Record<string, unknown>, staff?: Staff) {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(staff && {
          authorization: `Bearer ${await issueDevToken(staff, { settings: testSettings, lifetimeSeconds: 600 })}`,
        }),
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      ...(JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }),
    };
  }

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    gateway = await stack.startGateway({ MAX_QUERY_COST: LIMIT });
    const clinic = await stack.query<{ provider: { id: string } }>(`{ provider(slug: "${CLINIC}") { id } }`);
    const providerId = clinic.data?.provider.id;
    const publish = `mutation ($input: PublishSlotsInput!) { publishSlots(input: $input) { __typename } }`;
    for (let i = 0; i < CROWDED_DAY.length + LATER_DAYS.length; i += 200) {
      const startsAt = [...CROWDED_DAY, ...LATER_DAYS].slice(i, i + 200).map((time) => time.toISOString());
      const input = { providerId, mode: 'IN_PERSON', startsAt, durationMinutes: 5, capacity: 2 };
      const answer = await stack.query<{ publishSlots: { __typename: string } }>(publish, { input }, clinicStaff);
      expect(answer.data?.publishSlots.__typename, JSON.stringify(answer)).toBe('SlotsPublished');
    }
    const free = await stack.query<{ provider: { availability: { id: string }[] } }>(
      `{ provider(slug: "${CLINIC}") { ${availability(WIDGET_WINDOW, 'id')} } }`,
    );
    const hold = await stack.query<{ holdSlot: { reference: string; cancelSecret: string } }>(
      `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { ... on Appointment { reference cancelSecret } } }`,
      {
        input: {
          slotId: free.data?.provider.availability[0]?.id,
          partySize: 1,
          consent: true,
          idempotencyKey: 'cost-limits-booking',
          contact,
        },
      },
    );
    Object.assign(booked, { reference: hold.data?.holdSlot.reference, secret: hold.data?.holdSlot.cancelSecret });
    expect(booked.reference).toMatch(/^MT-/);
  }, 60_000);
  afterAll(async () => {
    await gateway?.close();
    await stack?.stop();
  });

  run('finds every widget operation a request to send', () => {
    expect(widgetOperations.map((operation) => operation.name).sort()).toEqual(Object.keys(widgetRequests).sort());
  });

  for (const { name, query } of widgetOperations) {
    run(`answers the widget’s ${name} within its estimate`, async () => {
      const { variables, staff } = widgetRequests[name] ?? { variables: {} };
      const cost = estimate(query, variables);
      const answer = await post({ query, variables }, staff);
      expect(answer.status).toBe(200);
      expect(answer.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('QUERY_TOO_COSTLY');
      expect(answer.data, JSON.stringify(answer.errors)).toBeTruthy();
      expect(listItems(answer.data)).toBeLessThanOrEqual(cost);
      expect(answerFields(answer.data)).toBeLessThanOrEqual(cost);
    });
  }

  run('caps the clinic’s calendar as charged: 40 slots for one day, 500 for 60 days', async () => {
    const oneDay = `{ provider(slug: "${CLINIC}") { ${availability({ from: iso(BASE), to: iso(BASE + DAY) })} } }`;
    const day = (await post({ query: oneDay })).data as { provider: { availability: unknown[] } };
    expect(day.provider.availability).toHaveLength(MAX_SLOTS_PER_DAY);

    const widget = widgetOperations.find((operation) => operation.name === 'ProviderAvailability');
    const answer = await post({ query: widget?.query, variables: widgetRequests.ProviderAvailability?.variables });
    const slots = (answer.data as { provider: { availability: { startsAt: string }[] } }).provider.availability;
    expect(slots).toHaveLength(MAX_SLOTS_PER_CALL);
    // The earliest ones, in order: all of the crowded day's, not the last of the later days'.
    const times = slots.map((slot) => Date.parse(slot.startsAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const time of CROWDED_DAY) expect(times).toContain(time.getTime());
    expect(times).not.toContain(LATER_DAYS.at(-1)?.getTime());
  });

  for (const { name, query, variables, staff } of adversarial) {
    run(`answers within the estimate or refuses before executing: ${name}`, async () => {
      const cost = estimate(query, variables);
      const statementsBefore = stack.statementCount();
      const answer = await post({ query, variables }, staff);
      if (cost > LIMIT) {
        expect(answer.status).toBe(400);
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: LIMIT, actual: cost });
        expect(answer.data).toBeUndefined();
        expect(stack.statementCount()).toBe(statementsBefore);
      } else {
        expect(answer.status).toBe(200);
        expect(answer.errors).toBeUndefined();
        expect(listItems(answer.data)).toBeLessThanOrEqual(cost);
        expect(answerFields(answer.data)).toBeLessThanOrEqual(cost);
      }
    });
  }

  run('refuses the five aliased calendars, even one of them, and serves one clinic’s longest calendar', async () => {
    for (const aliases of [5, 1]) {
      const refused = await post({ query: providersWithAvailability(aliases, LONGEST_WINDOW, 'id') });
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    }
    const one = await post({ query: `{ provider(slug: "${CLINIC}") { ${availability(LONGEST_WINDOW, 'id')} } }` });
    expect((one.data as { provider: { availability: unknown[] } }).provider.availability).toHaveLength(
      MAX_SLOTS_PER_CALL,
    );
  });

  run('lists at most 50 problems in one refusal, as InvalidInput.fields is charged', async () => {
    const clinic = await stack.query<{ provider: { id: string } }>(`{ provider(slug: "${CLINIC}") { id } }`);
    const past = Array.from({ length: 200 }, (_, i) => iso(Date.now() - (i + 1) * DAY));
    const publish = `mutation ($input: PublishSlotsInput!) { publishSlots(input: $input) {
      __typename ... on InvalidInput { fields { field message } } } }`;
    const input = {
      providerId: clinic.data?.provider.id,
      mode: 'IN_PERSON',
      startsAt: past,
      durationMinutes: 0,
      capacity: 0,
    };
    const answer = await stack.query<{
      publishSlots: { __typename: string; fields: { field: string; message: string }[] };
    }>(
      publish,
      { input },
      clinicStaff,
    );
    expect(answer.data?.publishSlots.__typename).toBe('InvalidInput');
    expect(answer.data?.publishSlots.fields).toHaveLength(LIST_BOUNDS['InvalidInput.fields'] as number);
    // The slot's own rules first, then the start times: the cut keeps what applies to every slot.
    expect(answer.data?.publishSlots.fields.slice(0, 3)).toEqual([
      { field: 'durationMinutes', message: 'must be 5 to 600 minutes' },
      { field: 'capacity', message: expect.any(String) },
      { field: 'startsAt.0', message: 'must be in the future' },
    ]);
  });

  run('refuses a package naming more providers than Package.providers is charged for, storing nothing', async () => {
    const en = (text: string) => [{ locale: 'EN', text }];
    const medical = (i: number) => ({
      kind: 'MEDICAL',
      title: en(`Consultation ${i}`),
      providerId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    });
    const input = (providers: number) => ({
      slug: `many-partners-${target.name.toLowerCase()}-${providers}`,
      title: en('Many partners'),
      summary: en('One consultation with each partner.'),
      theme: 'HEALTH_CHECKUP',
      segment: 'STANDARD',
      region: 'SEOUL',
      durationDays: 3,
      maxGuardians: 0,
      visa: { recommended: 'C_3_3' },
      prices: [{ kind: 'MEDICAL', label: en('Consultations'), amountKrw: 100_000 }],
      // At most MAX_STEPS_PER_DAY steps a day: the providers are spread over three days.
      days: [0, 1, 2].map((day) => ({
        title: en(`Day ${day + 1}`),
        steps: Array.from({ length: providers }, (_, i) => medical(i)).filter((_, i) => i % 3 === day),
      })),
    });
    const create = `mutation ($input: PackageInput!) { createPackage(input: $input) {
      __typename ... on InvalidInput { fields { field message } } } }`;
    const tourism: Staff = { kind: 'staff', id: 'cost-t1', role: 'tourism-admin', region: 'SEOUL' };
    type Created = { createPackage: { __typename: string; fields?: { field: string; message: string }[] } };

    const tooMany = await stack.query<Created>(
      create,
      { input: input((LIST_BOUNDS['Package.providers'] as number) + 1) },
      tourism,
    );
    expect(tooMany.data?.createPackage).toEqual({
      __typename: 'InvalidInput',
      fields: [{ field: 'days', message: 'name at most 20 different providers' }],
    });
    const lookup = `{ package(slug: "many-partners-${target.name.toLowerCase()}-21") { id } }`;
    expect((await stack.query(lookup, {}, tourism)).data).toEqual({ package: null });
    // 20 pass this rule (and are then refused only because these providers do not exist).
    const enough = await stack.query<Created>(create, { input: input(20) }, tourism);
    expect(enough.data?.createPackage.__typename).toBe('InvalidInput');
    expect(new Set(enough.data?.createPackage.fields?.map((problem) => problem.message))).toEqual(
      new Set(['is not a known provider']),
    );
  });

  run('refuses an itinerary longer or fuller than Package.days and ItineraryDay.steps are charged for', async () => {
    const en = (text: string) => [{ locale: 'EN', text }];
    const tour = (i: number) => ({ kind: 'TOUR', title: en(`Walk ${i}`), category: 'SIGHTSEEING' });
    const input = (slug: string, days: number, stepsPerDay: number) => ({
      slug: `${slug}-${target.name.toLowerCase()}`,
      title: en('A long stay'),
      summary: en('Described day by day.'),
      theme: 'WELLNESS',
      segment: 'LONG_STAY',
      region: 'SEOUL',
      durationDays: 90,
      maxGuardians: 1,
      visa: { recommended: 'G_1_10' },
      prices: [{ kind: 'LODGING', label: en('Lodging'), amountKrw: 1_000_000 }],
      days: Array.from({ length: days }, (_, day) => ({
        title: en(`Day ${day + 1}`),
        steps: Array.from({ length: stepsPerDay }, (_, i) => tour(i)),
      })),
    });
    const create = `mutation ($input: PackageInput!) { createPackage(input: $input) {
      __typename ... on Package { days { day } } ... on InvalidInput { fields { field message } } } }`;
    const tourism: Staff = { kind: 'staff', id: 'cost-t2', role: 'tourism-admin', region: 'SEOUL' };
    type Created = {
      createPackage: { __typename: string; days?: unknown[]; fields?: { field: string; message: string }[] };
    };

    const tooLong = await stack.query<Created>(
      create,
      { input: input('too-long', MAX_ITINERARY_DAYS + 1, 1) },
      tourism,
    );
    expect(tooLong.data?.createPackage.__typename).toBe('InvalidInput');
    expect(tooLong.data?.createPackage.fields?.map((problem) => problem.field)).toEqual(['days']);
    const tooFull = await stack.query<Created>(create, { input: input('too-full', 1, MAX_STEPS_PER_DAY + 1) }, tourism);
    expect(tooFull.data?.createPackage.fields?.map((problem) => problem.field)).toEqual(['days.0.steps']);
    const lookup = (slug: string) => `{ package(slug: "${slug}-${target.name.toLowerCase()}") { id } }`;
    expect((await stack.query(lookup('too-long'), {}, tourism)).data).toEqual({ package: null });
    expect((await stack.query(lookup('too-full'), {}, tourism)).data).toEqual({ package: null });

    const longest = await stack.query<Created>(
      create,
      { input: input('longest', MAX_ITINERARY_DAYS, MAX_STEPS_PER_DAY) },
      tourism,
    );
    expect(longest.data?.createPackage.__typename).toBe('Package');
    expect(longest.data?.createPackage.days).toHaveLength(MAX_ITINERARY_DAYS);
  });

  // ------------------------------------------------------------------------------------------------------------
  // Lists that grow with the data hold at most what LIST_BOUNDS charges for them (core/list-caps.ts)

  const en = (text: string) => ({ EN: text });
  const packageRow = (slug: string, status: 'DRAFT' | 'PUBLISHED') => ({
    slug,
    status,
    title: en(slug),
    summary: en('A package of the cap tests.'),
    theme: 'HEALTH_CHECKUP' as const,
    segment: 'STANDARD' as const,
    region: 'SEOUL' as const,
    durationDays: 1,
    totalPriceKrw: 100_000,
    visaRecommended: 'C_3_3' as const,
  });

  /** Packages of one day with one medical step at the provider, straight into the itineraries subgraph's tables. */
  async function insertPackages(rows: ReturnType<typeof packageRow>[], providerId: string) {
    const db = stack.subgraphs.itineraries.database.db;
    const inserted = await db.insert(packages).values(rows).returning({ id: packages.id, slug: packages.slug });
    await db.insert(itineraryDays).values(inserted.map(({ id }) => ({ packageId: id, day: 1, title: en('Day 1') })));
    await db.insert(itinerarySteps).values(
      inserted.map(({ id }) => ({
        packageId: id,
        day: 1,
        position: 0,
        kind: 'MEDICAL' as const,
        title: en('Visit'),
        providerId,
      })),
    );
    return inserted;
  }

  async function clinicId() {
    const clinic = await stack.query<{ provider: { id: string } }>(`{ provider(slug: "${CLINIC}") { id } }`);
    return clinic.data?.provider.id ?? '';
  }

  /** A running campaign of daejeon-tourism (the `marketing` staff's organisation), straight into its table. */
  const campaignRow = (slug: string, startsAt: Date) => ({
    slug,
    organisation: 'daejeon-tourism',
    name: en(slug),
    theme: 'K_BEAUTY' as const,
    startsAt,
    endsAt: new Date(Date.now() + 30 * DAY),
    targetCountries: ['KR'],
    channels: ['NEWSLETTER' as const],
    placements: ['cap-tests'],
    trackingCode: slug.toUpperCase(),
  });

  run(
    `lists at most ${MAX_PACKAGES_PER_PROVIDER} packages of a provider, by slug, counting only those the caller sees`,
    async () => {
      const providerId = await clinicId();
      // Slugs of one length, digits then letters, so every collation orders them alike; all before the seeded ones.
      const drafts = Array.from({ length: 5 }, (_, i) => packageRow(`0capd${String(i).padStart(2, '0')}`, 'DRAFT'));
      const published = Array.from({ length: MAX_PACKAGES_PER_PROVIDER + 5 }, (_, i) =>
        packageRow(`0capp${String(i).padStart(2, '0')}`, 'PUBLISHED'),
      );
      await insertPackages([...drafts, ...published], providerId);
      const query = `{ provider(slug: "${CLINIC}") { packages { slug } } }`;
      type Answer = { provider: { packages: { slug: string }[] } };
      const slugsFor = async (staff?: Staff) =>
        ((await post({ query }, staff)).data as Answer).provider.packages.map((pkg) => pkg.slug);
      const publishedSlugs = published.map((row) => row.slug);

      // The drafts come first by slug but are hidden: the cap counts the 50 the visitor may see.
      expect(await slugsFor()).toEqual(publishedSlugs.slice(0, MAX_PACKAGES_PER_PROVIDER));
      const busan: Staff = { kind: 'staff', id: 'cost-t2', role: 'tourism-admin', region: 'BUSAN' };
      expect(await slugsFor(busan)).toEqual(publishedSlugs.slice(0, MAX_PACKAGES_PER_PROVIDER));
      // Seoul's staff see their drafts too, still 50 in all.
      const seoul: Staff = { kind: 'staff', id: 'cost-t3', role: 'tourism-admin', region: 'SEOUL' };
      const withDrafts = [...drafts.map((row) => row.slug), ...publishedSlugs].slice(0, MAX_PACKAGES_PER_PROVIDER);
      expect(await slugsFor(seoul)).toEqual(withDrafts);
      expect(await slugsFor(platformAdmin)).toEqual(withDrafts);

      // Every provider's list in one statement of the itineraries subgraph, each within the cap.
      const statements = stack.subgraphs.itineraries.database.statements;
      const before = statements.count;
      const all = await post({ query: '{ providers(first: 100) { edges { node { slug packages { slug } } } } }' });
      expect(statements.count - before).toBe(1);
      type Providers = { providers: { edges: { node: { slug: string; packages: unknown[] } }[] } };
      const lists = (all.data as Providers).providers.edges.map((edge) => edge.node);
      expect(lists.find((node) => node.slug === CLINIC)?.packages).toHaveLength(MAX_PACKAGES_PER_PROVIDER);
      for (const node of lists) expect(node.packages.length).toBeLessThanOrEqual(MAX_PACKAGES_PER_PROVIDER);
    },
  );

  run(`lists at most ${MAX_CAMPAIGNS_PER_PACKAGE} campaigns of a package, the newest first`, async () => {
    const [pkg] = await insertPackages([packageRow('0capcampaigns', 'PUBLISHED')], await clinicId());
    // Two campaigns a minute, so equal start times are ordered by slug; plus a draft, which is never active.
    const now = Date.now();
    const rows = Array.from({ length: MAX_CAMPAIGNS_PER_PACKAGE + 5 }, (_, i) =>
      campaignRow(`capc${String(i).padStart(2, '0')}`, new Date(now - (Math.floor(i / 2) + 1) * 60_000)),
    );
    const db = stack.subgraphs.campaigns.database.db;
    const inserted = await db
      .insert(campaigns)
      .values([...rows, { ...campaignRow('capcdraft', new Date(now - 1000)), draft: true }])
      .returning({ id: campaigns.id });
    await db.insert(campaignPackages).values(inserted.map(({ id }) => ({ campaignId: id, packageId: pkg?.id ?? '' })));

    const expected = [...rows]
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || (a.slug < b.slug ? -1 : 1))
      .slice(0, MAX_CAMPAIGNS_PER_PACKAGE)
      .map((row) => row.slug);
    const query = `{ package(slug: "0capcampaigns") { campaigns { slug } } }`;
    type Answer = { package: { campaigns: { slug: string }[] } };
    for (const staff of [undefined, marketing]) {
      const answer = await post({ query }, staff);
      expect((answer.data as Answer).package.campaigns.map((campaign) => campaign.slug)).toEqual(expected);
    }

    // Every package's campaigns in one statement of the campaigns subgraph.
    const statements = stack.subgraphs.campaigns.database.statements;
    const before = statements.count;
    const all = await post({ query: '{ packages(first: 100) { edges { node { slug campaigns { id } } } } }' });
    expect(statements.count - before).toBe(1);
    type Packages = { packages: { edges: { node: { slug: string; campaigns: unknown[] } }[] } };
    const lists = (all.data as Packages).packages.edges.map((edge) => edge.node);
    expect(lists.find((node) => node.slug === '0capcampaigns')?.campaigns).toHaveLength(MAX_CAMPAIGNS_PER_PACKAGE);
  });

  run(
    `keeps the most recent ${MAX_TRAFFIC_ROWS} traffic rows and ${MAX_CONVERSION_ROWS} conversion rows, totals over all`,
    async () => {
      // 55 Korean days × 20 countries = 1,100 rows of each kind: the 5 oldest days (100 rows) are over the caps.
      const countries = [
        'AE',
        'CN',
        'DE',
        'FR',
        'GB',
        'ID',
        'IN',
        'JP',
        'KZ',
        'MN',
        'MY',
        'PH',
        'RU',
        'SA',
        'SG',
        'TH',
        'TW',
        'US',
        'UZ',
        'VN',
      ];
      const days = 55;
      // Noon in Korea (03:00 UTC) on each day from 1 March 2026.
      const noon = (day: number) => new Date(Date.UTC(2026, 2, 1 + day, 3));
      const dayOf = (day: number) => noon(day).toISOString().slice(0, 10);
      const groups = Array.from({ length: days * countries.length }, (_, i) => ({
        day: Math.floor(i / countries.length),
        country: countries[i % countries.length] ?? '',
      }));
      const [big, small] = await stack.subgraphs.campaigns.database.db
        .insert(campaigns)
        .values([
          campaignRow('captraffic', new Date(Date.UTC(2026, 1, 1))),
          campaignRow('capsmall', new Date(Date.UTC(2026, 1, 1))),
        ])
        .returning({ id: campaigns.id, trackingCode: campaigns.trackingCode });
      if (!big || !small) throw new Error('campaigns not inserted');
      const event = (campaignId: string, kind: 'IMPRESSION' | 'CLICK', day: number, country: string) => ({
        campaignId,
        kind,
        siteKey: 'demo-site',
        country,
        occurredAt: noon(day),
      });
      // Two impressions and a click per row; the small campaign has three rows.
      await stack.subgraphs.campaigns.database.db
        .insert(campaignEvents)
        .values([
          ...groups.flatMap(({ day, country }) => [
            event(big.id, 'IMPRESSION', day, country),
            event(big.id, 'IMPRESSION', day, country),
            event(big.id, 'CLICK', day, country),
          ]),
          ...['JP', 'TH', 'VN'].map((country) => event(small.id, 'IMPRESSION', 0, country)),
          event(small.id, 'CLICK', 0, 'JP'),
        ]);
      const [pkg] = await insertPackages([packageRow('0capconversions', 'PUBLISHED')], await clinicId());
      const contactOf = (i: number, code: string, day: number, country: string) => ({
        reference: `CAP-${code}-${i}`,
        partySize: 1,
        locale: 'EN' as const,
        contactName: 'Cap Test',
        contactEmail: `cap${i}@example.com`,
        nationality: country,
        campaignCode: code,
        siteKey: 'demo-site',
        consentAt: noon(day),
        createdAt: noon(day),
      });
      await stack.subgraphs.itineraries.database.db.insert(inquiries).values([
        ...groups.map(({ day, country }, i) => ({
          ...contactOf(i, big.trackingCode, day, country),
          packageId: pkg?.id ?? '',
        })),
        { ...contactOf(0, small.trackingCode, 0, 'JP'), packageId: pkg?.id ?? '' },
      ]);
      const providers = stack.subgraphs.providers.database.db;
      const [slot] = await providers.select({ id: slots.id }).from(slots).limit(1);
      await providers.insert(appointments).values(
        groups.map(({ day, country }, i) => ({
          ...contactOf(i, big.trackingCode, day, country),
          slotId: slot?.id ?? '',
        })),
      );

      const query = `query ($id: ID!) { campaign(id: $id) {
        stats { impressions clicks inquiries appointments trafficTruncated traffic { day country impressions clicks } }
        inquiryStats { total breakdownTruncated breakdown { day country count } }
        appointmentStats { total breakdownTruncated breakdown { day country count } } } }`;
      type Rows = { day: string; country: string; count: number }[];
      type Results = {
        campaign: {
          stats: {
            impressions: number;
            clicks: number;
            inquiries: number;
            appointments: number;
            trafficTruncated: boolean;
            traffic: { day: string; country: string; impressions: number; clicks: number }[];
          };
          inquiryStats: { total: number; breakdownTruncated: boolean; breakdown: Rows };
          appointmentStats: { total: number; breakdownTruncated: boolean; breakdown: Rows };
        };
      };
      const answer = await post({ query, variables: { id: big.id } }, marketing);
      expect(answer.errors).toBeUndefined();
      const { stats, inquiryStats, appointmentStats } = (answer.data as Results).campaign;

      // The headline figures count all 1,100 rows' records, not only the rows returned.
      expect(stats).toMatchObject({
        impressions: 2 * groups.length,
        clicks: groups.length,
        inquiries: groups.length,
        appointments: groups.length,
        trafficTruncated: true,
      });
      // The last 1,000 rows of the list, oldest first: days 5 to 54, countries in order.
      const kept = groups.slice(groups.length - MAX_TRAFFIC_ROWS);
      expect(stats.traffic).toEqual(
        kept.map(({ day, country }) => ({ day: dayOf(day), country, impressions: 2, clicks: 1 })),
      );
      for (const conversions of [inquiryStats, appointmentStats]) {
        expect(conversions.total).toBe(groups.length);
        expect(conversions.breakdownTruncated).toBe(true);
        expect(conversions.breakdown).toEqual(
          groups
            .slice(groups.length - MAX_CONVERSION_ROWS)
            .map(({ day, country }) => ({ day: dayOf(day), country, count: 1 })),
        );
      }

      // Under the caps nothing is cut, and the totals are the rows' sums.
      const under = ((await post({ query, variables: { id: small.id } }, marketing)).data as Results).campaign;
      expect(under.stats).toEqual({
        impressions: 3,
        clicks: 1,
        inquiries: 1,
        appointments: 0,
        trafficTruncated: false,
        traffic: [
          { day: dayOf(0), country: 'JP', impressions: 1, clicks: 1 },
          { day: dayOf(0), country: 'TH', impressions: 1, clicks: 0 },
          { day: dayOf(0), country: 'VN', impressions: 1, clicks: 0 },
        ],
      });
      expect(under.inquiryStats).toEqual({
        total: 1,
        breakdownTruncated: false,
        breakdown: [{ day: dayOf(0), country: 'JP', count: 1 }],
      });
      expect(under.appointmentStats).toEqual({ total: 0, breakdownTruncated: false, breakdown: [] });
    },
  );

  // ------------------------------------------------------------------------------------------------------------
  // Documents without exactly one operation to run: typed 400s, never a 500

  const documents: { name: string; body: Record<string, unknown>; code: string }[] = [
    {
      name: 'an operationName naming no operation',
      body: { query: 'query Packages { __typename }', operationName: 'Providers' },
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'an operationName for a document with one anonymous operation',
      body: { query: '{ __typename }', operationName: 'Packages' },
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'two operations and no operationName',
      body: { query: 'query A { __typename } query B { packages(first: 1) { totalCount } }' },
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'two operations and an operationName naming neither',
      body: { query: 'query A { __typename } query B { __typename }', operationName: 'C' },
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    { name: 'an empty document', body: { query: '' }, code: 'BAD_REQUEST' },
    { name: 'a document of white space and comments', body: { query: '  # nothing\n ' }, code: 'GRAPHQL_PARSE_FAILED' },
    {
      name: 'only fragments',
      body: { query: 'fragment F on Query { __typename }' },
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'a subscription (the graph has none)',
      body: { query: 'subscription Watch { __typename }' },
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'an anonymous and a named operation',
      body: { query: '{ __typename } query B { __typename }', operationName: 'B' },
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
  ];

  for (const { name, body, code } of documents) {
    run(`answers 400 ${code} to ${name}`, async () => {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual([code]);
      expect(JSON.stringify(answer)).not.toMatch(/stacktrace|TypeError|Cannot read/i);
    });
  }

  run('runs the operation an operationName picks out of several, and says which name is unknown', async () => {
    const query = 'query A { __typename } query B { packages(first: 1) { totalCount } }';
    const answer = await post({ query, operationName: 'B' });
    expect(answer.status).toBe(200);
    expect((answer.data as { packages: { totalCount: number } }).packages.totalCount).toBeGreaterThan(0);
    expect((await post({ query, operationName: 'Z' })).errors?.[0]?.message).toBe('Unknown operation named "Z".');
    expect((await post({ query })).errors?.[0]?.message).toBe(
      'Must provide operation name if query contains multiple operations.',
    );
  });

  run('answers a GET with an unknown operationName the same way', async () => {
    const search = new URLSearchParams({ query: '{ __typename }', operationName: 'Nope' });
    const response = await fetch(`${gateway.url}/graphql?${search}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors.map((error) => error.extensions.code)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
  });
});
