import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../core/seed-id';
import { providersSubgraph } from '../subgraphs/providers/index';
import { appointments, holdRequests, slots } from '../subgraphs/providers/schema';
import { readProviderSeed } from '../subgraphs/providers/seed';
import { databaseTargets } from './support/databases';
import { openSubgraph, type InProcessSubgraph } from './support/subgraph';

const seeds = readProviderSeed();
const lapsed = seeds.find(
  (seed) =>
    seed.designations.some((designation) => designation.kind === 'E_VISA') &&
    seed.designations.every((designation) => designation.kind !== 'E_VISA' || designation.untilDays < 0),
);
const designated = seeds.find((seed) =>
  seed.designations.some(
    (designation) => designation.kind === 'E_VISA' && designation.fromDays <= 0 && designation.untilDays >= 0,
  ),
);

const contact = { name: 'Aiko Tanaka', email: 'aiko@example.jp', nationality: 'JP', locale: 'JA' };
const HOLD = `mutation Hold($input: HoldSlotInput!) {
  holdSlot(input: $input) {
    __typename
    ... on Appointment { id reference status partySize cancelSecret slot { id remaining capacity } }
    ... on SlotFull { message slotId remaining }
    ... on NotFound { message id }
    ... on InvalidInput { message fields { field message } }
  }
}`;

type HoldAnswer = {
  holdSlot: {
    __typename: string;
    id?: string;
    reference?: string;
    cancelSecret?: string | null;
    status?: string;
    remaining?: number;
    slot?: { id: string; remaining: number; capacity: number };
    fields?: { field: string; message: string }[];
  };
};

describe.each(databaseTargets())('providers subgraph on $name', (target) => {
  let subgraph: InProcessSubgraph<typeof providersSubgraph.tables>;

  beforeAll(async () => {
    if (target.skipReason) return;
    subgraph = await openSubgraph(providersSubgraph, await target.create());
  });
  afterAll(() => subgraph?.close());

  const run = target.skipReason ? it.skip : it;

  async function firstOpenSlot(providerSlug: string) {
    const from = new Date(Date.now() + 86_400_000).toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const result = await subgraph.execute<{
      provider: { availability: { id: string; remaining: number; capacity: number }[] };
    }>(
      `query($slug: String!, $from: DateTime!, $to: DateTime!) {
        provider(slug: $slug) { availability(from: $from, to: $to) { id remaining capacity } } }`,
      { slug: providerSlug, from, to },
    );
    const slot = result.data?.provider.availability[0];
    if (!slot) throw new Error(`no open slot for ${providerSlug}: ${JSON.stringify(result.errors)}`);
    return slot;
  }

  async function storedCounts() {
    const [appointmentRows] = await subgraph.database.db.select({ value: count() }).from(appointments);
    const [keyRows] = await subgraph.database.db.select({ value: count() }).from(holdRequests);
    return { appointments: appointmentRows?.value, keys: keyRows?.value };
  }

  run('shows a lapsed e-visa designation as not designated, and a current one as designated', async () => {
    expect(lapsed, 'demo data needs a provider whose e-visa designation lapsed').toBeDefined();
    expect(designated).toBeDefined();
    const result = await subgraph.execute<{
      a: { eVisaDesignated: boolean; designations: { kind: string; active: boolean }[] };
      b: { eVisaDesignated: boolean };
    }>(
      `query($a: String!, $b: String!) {
        a: provider(slug: $a) { eVisaDesignated designations { kind active } }
        b: provider(slug: $b) { eVisaDesignated } }`,
      { a: lapsed?.slug, b: designated?.slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.a.eVisaDesignated).toBe(false);
    expect(result.data?.a.designations).toContainEqual({ kind: 'E_VISA', active: false });
    expect(result.data?.b.eVisaDesignated).toBe(true);
  });

  run('names a provider in Chinese and falls back to English where a text is missing', async () => {
    const seed = seeds[0];
    const withoutRussianDescription = seeds.find((candidate) => candidate.description && !candidate.description.RU);
    const result = await subgraph.execute<{ a: { name: string }; b: { description: string } }>(
      `query($a: String!, $b: String!) { a: provider(slug: $a) { name(locale: ZH) } b: provider(slug: $b) { description(locale: RU) } }`,
      { a: seed?.slug, b: withoutRussianDescription?.slug },
    );
    expect(result.data?.a.name).toBe(seed?.name.ZH);
    expect(result.data?.b.description).toBe(withoutRussianDescription?.description?.EN);
  });

  run('pages through all providers without overlap or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const result: {
        data?: {
          providers: {
            totalCount: number;
            edges: { node: { slug: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await subgraph.execute(
        `query($after: String) { providers(first: 4, after: $after) { totalCount edges { node { slug } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const connection = result.data?.providers;
      if (!connection) throw new Error('no providers');
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge) => edge.node.slug));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(total).toBe(seeds.length);
    expect(seen).toHaveLength(seeds.length);
    expect(new Set(seen).size).toBe(seeds.length);
    expect(seen).toEqual([...seen].sort());
  });

  run('rejects first: -3, first: 101 and a forged cursor as BAD_USER_INPUT naming the argument', async () => {
    for (const [args, argument] of [
      ['first: -3', 'first'],
      ['first: 101', 'first'],
      ['after: "bm90LWEtY3Vyc29y"', 'after'],
    ] as const) {
      const result = await subgraph.execute(`{ providers(${args}) { totalCount } }`);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(result.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    }
  });

  run('filters providers by region, specialty, language and e-visa designation', async () => {
    const result = await subgraph.execute<{
      providers: {
        edges: {
          node: { slug: string; region: string; specialties: string[]; languages: string[]; eVisaDesignated: boolean };
        }[];
      };
    }>(
      `{ providers(filter: { eVisaDesignated: true, language: JA }, first: 100) {
          edges { node { slug region specialties languages eVisaDesignated } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.providers.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.eVisaDesignated).toBe(true);
      expect(node.languages).toContain('JA');
    }
    const expected = seeds
      .filter((seed) => seed.coordinators.some((coordinator) => coordinator.language === 'JA'))
      .filter((seed) => seed.designations.some((d) => d.kind === 'E_VISA' && d.fromDays <= 0 && d.untilDays >= 0))
      .map((seed) => seed.slug)
      .sort();
    expect(nodes.map((node) => node.slug)).toEqual(expected);
  });

  run('lists open slots in Korea time, inside the asked range, ordered by start', async () => {
    const seed = seeds.find((candidate) => candidate.schedule.length > 0);
    const from = new Date(Date.now() + 86_400_000);
    const to = new Date(from.getTime() + 7 * 86_400_000);
    const result = await subgraph.execute<{
      provider: { availability: { startsAt: string; endsAt: string; remaining: number; mode: string }[] };
    }>(
      `query($slug: String!, $from: DateTime!, $to: DateTime!) {
        provider(slug: $slug) { availability(from: $from, to: $to) { startsAt endsAt remaining mode } } }`,
      { slug: seed?.slug, from: from.toISOString(), to: to.toISOString() },
    );
    const slotsFound = result.data?.provider.availability ?? [];
    expect(slotsFound.length).toBeGreaterThan(0);
    for (const slot of slotsFound) {
      expect(slot.startsAt).toMatch(/\+09:00$/);
      expect(Date.parse(slot.startsAt)).toBeGreaterThanOrEqual(from.getTime());
      expect(Date.parse(slot.startsAt)).toBeLessThan(to.getTime());
      expect(slot.remaining).toBeGreaterThan(0);
    }
    const starts = slotsFound.map((slot) => Date.parse(slot.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  run('refuses an availability window longer than 62 days or ending before it starts', async () => {
    const result = await subgraph.execute(
      `query($slug: String!) { provider(slug: $slug) {
        availability(from: "2026-01-01T00:00:00+09:00", to: "2026-06-01T00:00:00+09:00") { id } } }`,
      { slug: seeds[0]?.slug },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
  });

  run('holds a slot, takes the places off it, and answers a retry with the same appointment', async () => {
    const slot = await firstOpenSlot(designated?.slug ?? '');
    const input = { slotId: slot.id, partySize: 1, consent: true, idempotencyKey: `hold-${slot.id}`, contact };
    const first = await subgraph.execute<HoldAnswer>(HOLD, { input });
    expect(first.data?.holdSlot).toMatchObject({ __typename: 'Appointment', status: 'HELD', partySize: 1 });
    expect(first.data?.holdSlot.reference).toMatch(/^MT-[2-9A-Z]{6}$/);
    expect(first.data?.holdSlot.slot?.remaining).toBe(slot.remaining - 1);

    const retry = await subgraph.execute<HoldAnswer>(HOLD, { input });
    expect(retry.data?.holdSlot.id).toBe(first.data?.holdSlot.id);
    expect(retry.data?.holdSlot.reference).toBe(first.data?.holdSlot.reference);
    const [stored] = await subgraph.database.db.select().from(slots).where(eq(slots.id, slot.id));
    expect(stored?.remaining).toBe(slot.remaining - 1);
  });

  run('refuses the same idempotency key with a different request', async () => {
    const slot = await firstOpenSlot(designated?.slug ?? '');
    const key = `reuse-${slot.id}`;
    await subgraph.execute<HoldAnswer>(HOLD, {
      input: { slotId: slot.id, partySize: 1, consent: true, idempotencyKey: key, contact },
    });
    const before = await storedCounts();
    const reused = await subgraph.execute<HoldAnswer>(HOLD, {
      input: {
        slotId: slot.id,
        partySize: 1,
        consent: true,
        idempotencyKey: key,
        contact: { ...contact, name: 'Someone Else' },
      },
    });
    expect(reused.data?.holdSlot.__typename).toBe('InvalidInput');
    expect(reused.data?.holdSlot.fields?.[0]?.field).toBe('idempotencyKey');
    expect(await storedCounts()).toEqual(before);
  });

  run('answers SlotFull when the party is larger than the places left, and books nothing', async () => {
    const slot = await firstOpenSlot(designated?.slug ?? '');
    const before = await storedCounts();
    const result = await subgraph.execute<HoldAnswer>(HOLD, {
      input: {
        slotId: slot.id,
        partySize: slot.remaining + 1,
        consent: true,
        idempotencyKey: `full-${slot.id}`,
        contact,
      },
    });
    if (slot.remaining + 1 > 10) return;
    expect(result.data?.holdSlot).toMatchObject({ __typename: 'SlotFull', remaining: slot.remaining });
    const [stored] = await subgraph.database.db.select().from(slots).where(eq(slots.id, slot.id));
    expect(stored?.remaining).toBe(slot.remaining);
    expect((await storedCounts()).appointments).toBe(before.appointments);
  });

  run('never sells more places than a slot has, however many hold at once', async () => {
    const slot = await firstOpenSlot(designated?.slug ?? '');
    const racers = 12;
    const results = await Promise.all(
      Array.from({ length: racers }, (_, index) =>
        subgraph.execute<HoldAnswer>(HOLD, {
          input: {
            slotId: slot.id,
            partySize: 1,
            consent: true,
            idempotencyKey: `race-${index}-${slot.id}`,
            // Racers are different patients: one contact may hold only a few times (core/contact-throttle.ts).
            contact: { ...contact, email: `racer-${index}@example.jp` },
          },
        }),
      ),
    );
    const sold = results.filter((result) => result.data?.holdSlot.__typename === 'Appointment').length;
    expect(sold).toBe(slot.remaining);
    expect(results.filter((result) => result.data?.holdSlot.__typename === 'SlotFull')).toHaveLength(
      racers - slot.remaining,
    );
    const [stored] = await subgraph.database.db.select().from(slots).where(eq(slots.id, slot.id));
    expect(stored?.remaining).toBe(0);
  });

  run('sells exactly the places a slot has in 25 rounds of 40 concurrent holds, never going below zero', async () => {
    const from = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 40 * 86_400_000).toISOString();
    const listing = await subgraph.execute<{
      providers: { edges: { node: { availability: { id: string; remaining: number }[] } }[] };
    }>(
      `query($from: DateTime!, $to: DateTime!) { providers(first: 100) { edges { node { availability(from: $from, to: $to) { id remaining } } } } }`,
      { from, to },
    );
    const slotsToRace = (listing.data?.providers.edges ?? []).flatMap((edge) => edge.node.availability).slice(0, 25);
    expect(slotsToRace).toHaveLength(25);
    let racers = 0;
    let sold = 0;
    let places = 0;
    for (const [round, slot] of slotsToRace.entries()) {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, index) =>
          subgraph.execute<HoldAnswer>(HOLD, {
            input: {
              slotId: slot.id,
              partySize: 1,
              consent: true,
              idempotencyKey: `round-${round}-racer-${index}`,
              contact: { ...contact, email: `round-${round}-racer-${index}@example.jp` },
            },
          }),
        ),
      );
      racers += results.length;
      places += slot.remaining;
      const won = results.filter((result) => result.data?.holdSlot.__typename === 'Appointment').length;
      sold += won;
      expect(won, `round ${round}`).toBe(slot.remaining);
      expect(
        results.every((result) => ['Appointment', 'SlotFull'].includes(result.data?.holdSlot.__typename ?? '')),
      ).toBe(true);
      const [stored] = await subgraph.database.db.select().from(slots).where(eq(slots.id, slot.id));
      expect(stored?.remaining).toBe(0);
      const [booked] = await subgraph.database.db
        .select({ value: count() })
        .from(appointments)
        .where(eq(appointments.slotId, slot.id));
      expect(booked?.value).toBe(slot.remaining);
    }
    expect({ racers, sold }).toEqual({ racers: 1000, sold: places });
  });

  const CANCEL = `mutation Cancel($input: CancelAppointmentInput!) {
    cancelAppointment(input: $input) {
      __typename
      ... on Appointment { id status partySize slot { remaining } }
      ... on NotFound { id }
      ... on InvalidInput { fields { field } }
    }
  }`;
  type CancelAnswer = {
    cancelAppointment: {
      __typename: string;
      status?: string;
      slot?: { remaining: number };
      fields?: { field: string }[];
    };
  };

  run('lets the patient cancel with the reference and secret, giving the places back once', async () => {
    const slot = await firstOpenSlot(designated?.slug ?? '');
    const key = `cancel-${slot.id}`;
    const held = await subgraph.execute<HoldAnswer>(HOLD, {
      input: { slotId: slot.id, partySize: 1, consent: true, idempotencyKey: key, contact },
    });
    const { reference, cancelSecret } = held.data?.holdSlot ?? {};
    expect(cancelSecret).toMatch(/^[\w-]{32}$/);
    const replayed = await subgraph.execute<HoldAnswer>(HOLD, {
      input: { slotId: slot.id, partySize: 1, consent: true, idempotencyKey: key, contact },
    });
    expect(replayed.data?.holdSlot.cancelSecret).toBe(cancelSecret);

    const wrong = await subgraph.execute<CancelAnswer>(CANCEL, { input: { reference, secret: 'not-the-secret' } });
    expect(wrong.data?.cancelAppointment.__typename).toBe('NotFound');
    const [untouched] = await subgraph.database.db.select().from(slots).where(eq(slots.id, slot.id));
    expect(untouched?.remaining).toBe(slot.remaining - 1);

    const cancelled = await subgraph.execute<CancelAnswer>(CANCEL, { input: { reference, secret: cancelSecret } });
    expect(cancelled.data?.cancelAppointment).toMatchObject({ __typename: 'Appointment', status: 'CANCELLED' });
    expect(cancelled.data?.cancelAppointment.slot?.remaining).toBe(slot.remaining);
    const again = await subgraph.execute<CancelAnswer>(CANCEL, { input: { reference, secret: cancelSecret } });
    expect(again.data?.cancelAppointment.status).toBe('CANCELLED');
    const [stored] = await subgraph.database.db.select().from(slots).where(eq(slots.id, slot.id));
    expect(stored?.remaining).toBe(slot.remaining);

    const malformed = await subgraph.execute<CancelAnswer>(CANCEL, { input: { reference: "x' or 1=1", secret: '' } });
    expect(malformed.data?.cancelAppointment.fields?.map((field) => field.field).sort()).toEqual([
      'reference',
      'secret',
    ]);
  });

  const PUBLISH = `mutation Publish($input: PublishSlotsInput!) {
    publishSlots(input: $input) {
      __typename
      ... on SlotsPublished { slots { id startsAt endsAt capacity remaining mode } }
      ... on InvalidInput { fields { field message } }
    }
  }`;
  type PublishAnswer = {
    publishSlots: { __typename: string; slots?: { id: string; remaining: number }[]; fields?: { field: string }[] };
  };
  const staffOf = (slug: string) => ({ kind: 'staff', id: 'admin', role: 'provider-admin', provider: slug }) as const;

  async function slotCount() {
    const [row] = await subgraph.database.db.select({ value: count() }).from(slots);
    return row?.value ?? 0;
  }

  run('lets a provider’s staff publish slots, and nobody else', async () => {
    const provider = designated;
    const providerId = seedId('provider', provider?.slug ?? '');
    const day = new Date(Date.now() + 70 * 86_400_000);
    const input = {
      providerId,
      mode: 'REMOTE',
      startsAt: [new Date(day.getTime()).toISOString(), new Date(day.getTime() + 3_600_000).toISOString()],
      durationMinutes: 30,
      capacity: 3,
      interpreterLanguage: 'JA',
    };
    const before = await slotCount();
    const anonymous = await subgraph.execute<PublishAnswer>(PUBLISH, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stranger = await subgraph.execute<PublishAnswer>(PUBLISH, { input }, staffOf('saebit-transplant-center'));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await slotCount()).toBe(before);

    const published = await subgraph.execute<PublishAnswer>(PUBLISH, { input }, staffOf(provider?.slug ?? ''));
    expect(published.data?.publishSlots.__typename).toBe('SlotsPublished');
    expect(published.data?.publishSlots.slots?.map((slot) => slot.remaining)).toEqual([3, 3]);
    expect(await slotCount()).toBe(before + 2);
  });

  run('refuses slots in the past, an empty capacity and another provider’s procedure, storing nothing', async () => {
    const providerId = seedId('provider', designated?.slug ?? '');
    const otherProcedure = seedId(
      'procedure',
      seeds.find((seed) => seed.slug !== designated?.slug)?.procedures[0]?.slug ?? '',
    );
    const before = await slotCount();
    const result = await subgraph.execute<PublishAnswer>(
      PUBLISH,
      {
        input: {
          providerId,
          mode: 'IN_PERSON',
          startsAt: ['2020-01-01T10:00:00+09:00'],
          durationMinutes: 30,
          capacity: 0,
        },
      },
      staffOf(designated?.slug ?? ''),
    );
    expect(result.data?.publishSlots.fields?.map((field) => field.field).sort()).toEqual(['capacity', 'startsAt.0']);
    const wrongProcedure = await subgraph.execute<PublishAnswer>(
      PUBLISH,
      {
        input: {
          providerId,
          procedureId: otherProcedure,
          mode: 'IN_PERSON',
          startsAt: [new Date(Date.now() + 80 * 86_400_000).toISOString()],
          durationMinutes: 30,
          capacity: 1,
        },
      },
      staffOf(designated?.slug ?? ''),
    );
    expect(wrongProcedure.data?.publishSlots.fields?.[0]?.field).toBe('procedureId');
    expect(await slotCount()).toBe(before);
  });

  run('closes a slot: it leaves the calendar and can no longer be booked', async () => {
    const slot = await firstOpenSlot(designated?.slug ?? '');
    const refused = await subgraph.execute(`mutation($id: ID!) { closeSlot(slotId: $id) { __typename } }`, {
      id: slot.id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const closed = await subgraph.execute<{ closeSlot: { __typename: string; closedAt: string } }>(
      `mutation($id: ID!) { closeSlot(slotId: $id) { __typename ... on Slot { closedAt } } }`,
      { id: slot.id },
      staffOf(designated?.slug ?? ''),
    );
    expect(closed.data?.closeSlot.closedAt).toMatch(/\+09:00$/);
    const next = await firstOpenSlot(designated?.slug ?? '');
    expect(next.id).not.toBe(slot.id);
    const hold = await subgraph.execute<HoldAnswer>(HOLD, {
      input: { slotId: slot.id, partySize: 1, consent: true, idempotencyKey: `closed-${slot.id}`, contact },
    });
    expect(hold.data?.holdSlot.fields?.[0]?.field).toBe('slotId');
  });

  run('answers bad contact details and missing consent field by field, storing nothing', async () => {
    const slot = await firstOpenSlot(designated?.slug ?? '');
    const before = await storedCounts();
    const result = await subgraph.execute<HoldAnswer>(HOLD, {
      input: {
        slotId: slot.id,
        partySize: 0,
        consent: false,
        idempotencyKey: 'short',
        contact: { name: ' ', email: 'not-an-email', nationality: 'Japan', locale: 'JA' },
      },
    });
    expect(result.data?.holdSlot.__typename).toBe('InvalidInput');
    expect(result.data?.holdSlot.fields?.map((field) => field.field).sort()).toEqual(
      ['consent', 'contact.email', 'contact.name', 'contact.nationality', 'idempotencyKey', 'partySize'].sort(),
    );
    expect(await storedCounts()).toEqual(before);
  });

  run('answers NotFound for a slot that does not exist', async () => {
    const missing = seedId('slot', 'missing');
    const result = await subgraph.execute<HoldAnswer>(HOLD, {
      input: { slotId: missing, partySize: 1, consent: true, idempotencyKey: 'missing-slot-1', contact },
    });
    expect(result.data?.holdSlot).toMatchObject({ __typename: 'NotFound', id: missing });
  });
});
