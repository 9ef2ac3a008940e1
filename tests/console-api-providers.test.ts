import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { auditTrail, calendarFeeds, coordinators, providers, slots } from '../subgraphs/providers/schema';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';

// The providers API the hospital console drives: weekly patterns, versions refusing stale saves, who booked a slot,
// the audit trail of every staff change, and the iCalendar feed served through the gateway.

const CLINIC = 'gangnam-lumiere-dermatology';
const OTHER_HOSPITAL = 'saebit-transplant-center';
const DAY = 86_400_000;

const clinicStaff: Staff = { kind: 'staff', id: 'lumiere@staff.test', role: 'provider-admin', provider: CLINIC };
const hospitalStaff: Staff = {
  kind: 'staff',
  id: 'saebit@staff.test',
  role: 'provider-admin',
  provider: OTHER_HOSPITAL,
};
const seoulTourism: Staff = { kind: 'staff', id: 'seoul@staff.test', role: 'tourism-admin', region: 'SEOUL' };
const platformAdmin: Staff = { kind: 'staff', id: 'admin@staff.test', role: 'platform-admin' };

interface Answer<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions: { code: string; argument?: string } }[];
}

interface Problem {
  field: string;
  message: string;
}

interface AuditNode {
  action: string;
  actor: string;
  actorRole: string;
  entityType: string;
  entityId: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

/** A Korean calendar day, `days` after today in Korea. */
function koreanDay(days: number): string {
  return new Date(Date.now() + 9 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
}
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** The first Monday on or after `date`. */
function mondayFrom(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return plusDays(date, (8 - weekday) % 7);
}
const korea = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`).toISOString();

const PATTERN = `mutation($input: PublishSlotPatternInput!) {
  publishSlotPattern(input: $input) {
    __typename
    ... on SlotPatternPublished { skipped slots { id startsAt endsAt mode capacity remaining interpreterLanguage version procedure { id } } }
    ... on InvalidInput { fields { field message } }
    ... on NotFound { id }
  }
}`;
const PUBLISH = `mutation($input: PublishSlotsInput!) {
  publishSlots(input: $input) { __typename ... on SlotsPublished { slots { id version } } ... on InvalidInput { fields { field message } } }
}`;
const UPDATE_SLOT = `mutation($input: UpdateSlotInput!) {
  updateSlot(input: $input) {
    __typename
    ... on Slot { id capacity version }
    ... on StaleVersion { id currentVersion message }
    ... on InvalidInput { fields { field message } }
  }
}`;
const CLOSE_SLOT = `mutation($id: ID!) { closeSlot(slotId: $id) { __typename ... on Slot { closedAt version } } }`;
const SETTINGS = `mutation($input: UpdateProviderSettingsInput!) {
  updateProviderSettings(input: $input) {
    __typename
    ... on Provider { settingsVersion autoConfirm address coordinators { language channels } languages }
    ... on StaleVersion { id currentVersion }
    ... on InvalidInput { fields { field message } }
  }
}`;
const HOLD = `mutation($input: HoldSlotInput!) {
  holdSlot(input: $input) { __typename ... on Appointment { id reference status cancelSecret } }
}`;
const CONFIRM = `mutation($reference: String!) { confirmAppointment(input: { reference: $reference }) { __typename ... on Appointment { status } } }`;
const DECLINE = `mutation($reference: String!, $reason: String!) {
  declineAppointment(input: { reference: $reference, reason: $reason }) { __typename ... on Appointment { status } }
}`;
const CANCEL = `mutation($reference: String!, $secret: String) {
  cancelAppointment(input: { reference: $reference, secret: $secret }) { __typename ... on Appointment { status } }
}`;
const RESCHEDULE = `mutation($reference: String!, $slotId: ID!, $key: String!) {
  rescheduleAppointment(input: { reference: $reference, slotId: $slotId, idempotencyKey: $key }) { __typename ... on Appointment { status } }
}`;
const AUDIT = `query($providerId: ID!, $entityId: ID, $first: Int) {
  providerAuditTrail(providerId: $providerId, entityId: $entityId, first: $first) {
    totalCount
    edges { node { action actor actorRole entityType entityId changes { field before after } } }
  }
}`;
const BOOKINGS = `query($id: ID!) { slot(id: $id) { id bookings { reference status partySize contact { name } } } }`;
const CREATE_FEED = `mutation($providerId: ID!, $label: String!) {
  createCalendarFeed(providerId: $providerId, label: $label) {
    __typename
    ... on CalendarFeedIssued { url feed { id label createdBy createdAt revokedAt lastFetchedAt } }
    ... on InvalidInput { fields { field message } }
    ... on NotFound { id }
  }
}`;
const REVOKE_FEED = `mutation($id: ID!) { revokeCalendarFeed(id: $id) { __typename ... on CalendarFeed { id revokedAt } } }`;
const FEEDS = `query($slug: String!) { provider(slug: $slug) { calendarFeeds { id label revokedAt lastFetchedAt } } }`;

describe.each(databaseTargets())('the providers API of the hospital console, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;
  let clinicId: string;
  let clinicProcedureId: string;
  let hospitalProcedureId: string;

  const gql = async <T = Record<string, never>>(
    query: string,
    variables: Record<string, unknown> = {},
    staff: Staff | null = null,
  ) => (await stack.query<T>(query, variables, staff)) as Answer<T>;
  const db = () => stack.subgraphs.providers.database.db;
  const auditCount = async () => (await db().select({ value: count() }).from(auditTrail))[0]?.value ?? 0;
  const slotCount = async () => (await db().select({ value: count() }).from(slots))[0]?.value ?? 0;
  const auditOf = async (entityId: string, staff: Staff = clinicStaff) =>
    (
      await gql<{ providerAuditTrail: { totalCount: number; edges: { node: AuditNode }[] } }>(
        AUDIT,
        { providerId: clinicId, entityId, first: 50 },
        staff,
      )
    ).data.providerAuditTrail.edges.map((edge) => edge.node);

  let keys = 0;
  /** A patient's booking, which every test here expects to succeed. */
  const hold = async (slotId: string, partySize = 1) => {
    const answer = await gql<{
      holdSlot: { __typename: string; id: string; reference: string; status: string; cancelSecret: string };
    }>(HOLD, {
      input: {
        slotId,
        partySize,
        consent: true,
        idempotencyKey: `console-api-${target.name}-${(keys += 1)}`,
        contact: {
          name: 'Tanaka Yui',
          email: `yui.${keys}@example.jp`,
          phone: '+81 90 1234 5678',
          nationality: 'JP',
          locale: 'JA',
        },
      },
    });
    if (answer.data.holdSlot.__typename !== 'Appointment') throw new Error(`booking failed: ${JSON.stringify(answer)}`);
    return answer;
  };
  const pattern = (overrides: Record<string, unknown>) => ({
    providerId: clinicId,
    mode: 'IN_PERSON',
    durationMinutes: 30,
    capacity: 2,
    ...overrides,
  });
  async function publishOne(daysAhead: number, capacity = 2) {
    const answer = await gql<{ publishSlots: { slots: { id: string; version: number }[] } }>(
      PUBLISH,
      {
        input: {
          providerId: clinicId,
          mode: 'IN_PERSON',
          startsAt: [new Date(Date.now() + daysAhead * DAY).toISOString()],
          durationMinutes: 60,
          capacity,
        },
      },
      clinicStaff,
    );
    const slot = answer.data.publishSlots.slots[0];
    if (!slot) throw new Error(`publishing failed: ${JSON.stringify(answer)}`);
    return slot;
  }

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    const found = await gql<{
      clinic: { id: string; autoConfirm: boolean; procedures: { id: string }[] };
      hospital: { procedures: { id: string }[] };
    }>(
      `query($clinic: String!, $hospital: String!) {
        clinic: provider(slug: $clinic) { id autoConfirm procedures { id } }
        hospital: provider(slug: $hospital) { procedures { id } }
      }`,
      { clinic: CLINIC, hospital: OTHER_HOSPITAL },
    );
    clinicId = found.data.clinic.id;
    clinicProcedureId = found.data.clinic.procedures[0]?.id ?? '';
    hospitalProcedureId = found.data.hospital.procedures[0]?.id ?? '';
    // Requests wait for the staff's answer here, so confirming and declining have something to act on.
    expect(found.data.clinic.autoConfirm).toBe(false);
  });
  afterAll(() => stack?.stop());

  // ------------------------------------------------------------------------------------------------------------
  // Weekly patterns

  run('a weekly pattern publishes each chosen weekday at each time, in Korea time', async () => {
    const from = mondayFrom(koreanDay(100));
    const until = plusDays(from, 13);
    const answer = await gql<{
      publishSlotPattern: {
        __typename: string;
        skipped: number;
        slots: {
          id: string;
          startsAt: string;
          endsAt: string;
          capacity: number;
          remaining: number;
          version: number;
          interpreterLanguage: string;
          procedure: { id: string };
        }[];
      };
    }>(
      PATTERN,
      {
        input: pattern({
          procedureId: clinicProcedureId,
          from,
          until,
          weekdays: ['WEDNESDAY', 'MONDAY'],
          times: ['14:30', '09:00'],
          interpreterLanguage: 'JA',
        }),
      },
      clinicStaff,
    );
    const published = answer.data.publishSlotPattern;
    expect(published.__typename).toBe('SlotPatternPublished');
    expect(published.skipped).toBe(0);
    const expected = [from, plusDays(from, 2), plusDays(from, 7), plusDays(from, 9)]
      .flatMap((day) => [korea(day, '09:00'), korea(day, '14:30')])
      .sort();
    expect(published.slots.map((slot) => new Date(slot.startsAt).toISOString()).sort()).toEqual(expected);
    // DateTime answers are in Korea time, so the clinic reads its own wall clock.
    expect(published.slots.map((slot) => slot.startsAt.slice(11))).toContain('09:00:00+09:00');
    for (const slot of published.slots) {
      expect(new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()).toBe(30 * 60_000);
      expect(slot).toMatchObject({
        capacity: 2,
        remaining: 2,
        version: 1,
        interpreterLanguage: 'JA',
        procedure: { id: clinicProcedureId },
      });
    }

    // Published again with Friday added: only the Fridays are new; a closed slot no longer counts as offered.
    const [first] = published.slots;
    await gql(CLOSE_SLOT, { id: first?.id }, clinicStaff);
    const again = await gql<{ publishSlotPattern: { skipped: number; slots: { startsAt: string }[] } }>(
      PATTERN,
      {
        input: pattern({
          procedureId: clinicProcedureId,
          from,
          until,
          weekdays: ['MONDAY', 'WEDNESDAY', 'FRIDAY'],
          times: ['09:00', '14:30'],
          interpreterLanguage: 'JA',
        }),
      },
      clinicStaff,
    );
    expect(again.data.publishSlotPattern.skipped).toBe(7);
    expect(again.data.publishSlotPattern.slots.map((slot) => new Date(slot.startsAt).toISOString()).sort()).toEqual(
      [
        first?.startsAt ?? '',
        ...[plusDays(from, 4), plusDays(from, 11)].flatMap((day) => [korea(day, '09:00'), korea(day, '14:30')]),
      ]
        .map((time) => new Date(time).toISOString())
        .sort(),
    );

    // Another procedure or mode at the same times is another offer.
    const remote = await gql<{ publishSlotPattern: { skipped: number; slots: unknown[] } }>(
      PATTERN,
      { input: pattern({ mode: 'REMOTE', from, until: from, weekdays: ['MONDAY'], times: ['09:00'] }) },
      clinicStaff,
    );
    expect(remote.data.publishSlotPattern).toMatchObject({ skipped: 0, slots: [{}] });
  });

  run(
    'each slot a pattern publishes has its audit entry; two identical patterns at once add each time once',
    async () => {
      const from = mondayFrom(koreanDay(140));
      const input = pattern({
        from,
        until: plusDays(from, 6),
        weekdays: ['TUESDAY', 'THURSDAY'],
        times: ['10:00', '16:00'],
      });
      const answers = await Promise.all(
        [clinicStaff, platformAdmin].map((staff) =>
          gql<{ publishSlotPattern: { skipped: number; slots: { id: string }[] } }>(PATTERN, { input }, staff),
        ),
      );
      const created = answers.flatMap((answer) => answer.data.publishSlotPattern.slots);
      expect(created).toHaveLength(4);
      expect(answers.map((answer) => answer.data.publishSlotPattern.skipped).sort()).toEqual([0, 4]);
      for (const slot of created) {
        expect((await auditOf(slot.id)).map((entry) => entry.action)).toEqual(['slot.publish']);
      }
    },
  );

  run('times already past are skipped, not refused', async () => {
    const before = await slotCount();
    const answer = await gql<{ publishSlotPattern: { __typename: string; skipped: number; slots: unknown[] } }>(
      PATTERN,
      {
        input: pattern({
          from: koreanDay(-1),
          until: koreanDay(0),
          weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
          times: ['00:00'],
        }),
      },
      clinicStaff,
    );
    expect(answer.data.publishSlotPattern).toEqual({ __typename: 'SlotPatternPublished', skipped: 2, slots: [] });
    expect(await slotCount()).toBe(before);
  });

  run('a pattern beyond the limits is refused field by field and stores nothing', async () => {
    const from = koreanDay(120);
    const everyDay = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
    const hourly = Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`);
    const cases: [Record<string, unknown>, Problem[]][] = [
      [{ weekdays: [] }, [{ field: 'weekdays', message: 'choose at least one day of the week' }]],
      [{ weekdays: ['MONDAY', 'MONDAY'] }, [{ field: 'weekdays', message: 'names a day twice' }]],
      [{ times: ['9:00'] }, [{ field: 'times.0', message: 'must be a time of day, HH:MM (00:00 to 23:59)' }]],
      [{ times: ['24:00'] }, [{ field: 'times.0', message: 'must be a time of day, HH:MM (00:00 to 23:59)' }]],
      [{ times: ['10:00', '10:00'] }, [{ field: 'times', message: 'has duplicate times' }]],
      [{ times: [...hourly, '00:30'] }, [{ field: 'times', message: 'at most 24 start times a day' }]],
      [{ until: plusDays(from, -1) }, [{ field: 'until', message: 'must be on or after from' }]],
      [{ until: plusDays(from, 93) }, [{ field: 'until', message: 'must be at most 92 days after from' }]],
      [{ from: koreanDay(-10), until: koreanDay(-1) }, [{ field: 'until', message: 'must not be in the past' }]],
      [{ from: koreanDay(360), until: koreanDay(370) }, [{ field: 'until', message: 'must be within a year' }]],
      // The rules publishSlots applies, the same here.
      [{ capacity: 0 }, [{ field: 'capacity', message: 'must be 1 to 50' }]],
      [{ durationMinutes: 700 }, [{ field: 'durationMinutes', message: 'must be 5 to 600 minutes' }]],
      [
        { procedureId: hospitalProcedureId },
        [{ field: 'procedureId', message: 'is not a procedure of this provider' }],
      ],
    ];
    const before = { slots: await slotCount(), audit: await auditCount() };
    for (const [overrides, fields] of cases) {
      const answer = await gql<{ publishSlotPattern: { __typename: string; fields: Problem[] } }>(
        PATTERN,
        { input: pattern({ from, until: plusDays(from, 6), weekdays: ['TUESDAY'], times: ['10:00'], ...overrides }) },
        clinicStaff,
      );
      expect(answer.data.publishSlotPattern, JSON.stringify(overrides)).toEqual({ __typename: 'InvalidInput', fields });
    }
    // 93 days × 24 times: far over 500 slots, named on each field that can make it fewer.
    const tooMany = await gql<{ publishSlotPattern: { fields: Problem[] } }>(
      PATTERN,
      { input: pattern({ from, until: plusDays(from, 92), weekdays: everyDay, times: hourly }) },
      clinicStaff,
    );
    const message = 'makes 2232 slots, at most 500 at once: choose fewer days, times or weeks';
    expect(tooMany.data.publishSlotPattern.fields).toEqual([
      { field: 'weekdays', message },
      { field: 'times', message },
      { field: 'until', message },
    ]);
    // Exactly 500 is allowed (checked without publishing: another provider's staff are refused first).
    const refused = await gql(
      PATTERN,
      { input: pattern({ from, until: plusDays(from, 24), weekdays: everyDay, times: hourly.slice(0, 20) }) },
      hospitalStaff,
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await slotCount()).toBe(before.slots);
    expect(await auditCount()).toBe(before.audit);
  });

  run('only the provider’s own staff publish a pattern', async () => {
    const input = pattern({ from: koreanDay(130), until: koreanDay(136), weekdays: ['THURSDAY'], times: ['11:00'] });
    const before = { slots: await slotCount(), audit: await auditCount() };
    expect((await gql(PATTERN, { input }, hospitalStaff)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await gql(PATTERN, { input }, seoulTourism)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await gql(PATTERN, { input })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const unknown = await gql<{ publishSlotPattern: unknown }>(
      PATTERN,
      { input: { ...input, providerId: '00000000-0000-4000-8000-000000000000' } },
      clinicStaff,
    );
    expect(unknown.data.publishSlotPattern).toEqual({
      __typename: 'NotFound',
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(await slotCount()).toBe(before.slots);
    expect(await auditCount()).toBe(before.audit);
    const admin = await gql<{ publishSlotPattern: { slots: unknown[] } }>(PATTERN, { input }, platformAdmin);
    expect(admin.data.publishSlotPattern.slots).toHaveLength(1);
  });

  // ------------------------------------------------------------------------------------------------------------
  // Versions

  run('an edit based on an older version of a slot is refused and changes nothing', async () => {
    const slot = await publishOne(45);
    expect(slot.version).toBe(1);
    const first = await gql<{ updateSlot: { capacity: number; version: number } }>(
      UPDATE_SLOT,
      { input: { slotId: slot.id, capacity: 4, expectedVersion: 1 } },
      clinicStaff,
    );
    expect(first.data.updateSlot).toMatchObject({ capacity: 4, version: 2 });
    const audited = await auditCount();
    const stale = await gql<{ updateSlot: { __typename: string; currentVersion: number; id: string } }>(
      UPDATE_SLOT,
      { input: { slotId: slot.id, capacity: 6, expectedVersion: 1 } },
      clinicStaff,
    );
    expect(stale.data.updateSlot).toMatchObject({ __typename: 'StaleVersion', id: slot.id, currentVersion: 2 });
    const [stored] = await db().select().from(slots).where(eq(slots.id, slot.id));
    expect(stored).toMatchObject({ capacity: 4, version: 2 });
    expect(await auditCount()).toBe(audited);
    // Without expectedVersion (older API clients) the edit goes through; closing bumps the version too.
    const blind = await gql<{ updateSlot: { version: number } }>(
      UPDATE_SLOT,
      { input: { slotId: slot.id, capacity: 5 } },
      clinicStaff,
    );
    expect(blind.data.updateSlot.version).toBe(3);
    const closed = await gql<{ closeSlot: { version: number } }>(CLOSE_SLOT, { id: slot.id }, clinicStaff);
    expect(closed.data.closeSlot.version).toBe(4);
  });

  run('a settings save based on an older version is refused; coordinators are replaced', async () => {
    const read = await gql<{ provider: { settingsVersion: number } }>(
      `query($slug: String!) { provider(slug: $slug) { settingsVersion } }`,
      { slug: CLINIC },
    );
    const version = read.data.provider.settingsVersion;
    const saved = await gql<{
      updateProviderSettings: { settingsVersion: number; coordinators: unknown; languages: string[] };
    }>(
      SETTINGS,
      {
        input: {
          providerId: clinicId,
          expectedVersion: version,
          coordinators: [
            { language: 'JA', channels: ['LINE', 'EMAIL'] },
            { language: 'EN', channels: ['WHATSAPP'] },
          ],
        },
      },
      clinicStaff,
    );
    expect(saved.data.updateProviderSettings).toMatchObject({
      settingsVersion: version + 1,
      coordinators: [
        { language: 'EN', channels: ['WHATSAPP'] },
        { language: 'JA', channels: ['LINE', 'EMAIL'] },
      ],
      languages: ['EN', 'JA'],
    });
    const stale = await gql<{ updateProviderSettings: unknown }>(
      SETTINGS,
      { input: { providerId: clinicId, expectedVersion: version, address: 'Somewhere else', coordinators: [] } },
      clinicStaff,
    );
    expect(stale.data.updateProviderSettings).toEqual({
      __typename: 'StaleVersion',
      id: clinicId,
      currentVersion: version + 1,
    });
    const [stored] = await db().select().from(providers).where(eq(providers.id, clinicId));
    expect(stored?.address).not.toBe('Somewhere else');
    expect(stored?.settingsVersion).toBe(version + 1);
    expect(await db().select().from(coordinators).where(eq(coordinators.providerId, clinicId))).toHaveLength(2);

    const invalid = await gql<{ updateProviderSettings: { fields: Problem[] } }>(
      SETTINGS,
      {
        input: {
          providerId: clinicId,
          coordinators: [
            { language: 'JA', channels: [] },
            { language: 'JA', channels: ['LINE', 'LINE'] },
          ],
        },
      },
      clinicStaff,
    );
    expect(invalid.data.updateProviderSettings.fields).toEqual([
      { field: 'coordinators.0.channels', message: 'give at least one chat channel' },
      { field: 'coordinators.1.channels', message: 'names a channel twice' },
      { field: 'coordinators', message: 'has two coordinators for one language' },
    ]);
    // A save that changes nothing stores nothing and keeps the version.
    const same = await gql<{ updateProviderSettings: { settingsVersion: number } }>(
      SETTINGS,
      {
        input: {
          providerId: clinicId,
          expectedVersion: version + 1,
          coordinators: [
            { language: 'EN', channels: ['WHATSAPP'] },
            { language: 'JA', channels: ['EMAIL', 'LINE'] },
          ],
        },
      },
      clinicStaff,
    );
    expect(same.data.updateProviderSettings.settingsVersion).toBe(version + 1);
    expect(
      (await gql(SETTINGS, { input: { providerId: clinicId, coordinators: [] } }, hospitalStaff)).errors?.[0]
        ?.extensions.code,
    ).toBe('FORBIDDEN');
  });

  // ------------------------------------------------------------------------------------------------------------
  // Who booked, and the staff's slot listing

  run('a slot’s bookings are shown to its provider’s staff only, without cancelled ones', async () => {
    const slot = await publishOne(46, 4);
    const kept = await hold(slot.id, 2);
    const gone = await hold(slot.id, 1);
    await gql(CANCEL, { reference: gone.data.holdSlot.reference, secret: gone.data.holdSlot.cancelSecret });

    const own = await gql<{ slot: { bookings: unknown[] } }>(BOOKINGS, { id: slot.id }, clinicStaff);
    expect(own.data.slot.bookings).toEqual([
      { reference: kept.data.holdSlot.reference, status: 'HELD', partySize: 2, contact: { name: 'Tanaka Yui' } },
    ]);
    const admin = await gql<{ slot: { bookings: unknown[] } }>(BOOKINGS, { id: slot.id }, platformAdmin);
    expect(admin.data.slot.bookings).toHaveLength(1);
    for (const [viewer, code] of [
      [hospitalStaff, 'FORBIDDEN'],
      [seoulTourism, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const other = await gql<{ slot: { id: string; bookings: null } }>(BOOKINGS, { id: slot.id }, viewer);
      expect(other.data.slot).toEqual({ id: slot.id, bookings: null });
      expect(other.errors?.[0]?.extensions.code).toBe(code);
    }
  });

  run('the week view’s slots and their bookings cost the same statements for 3 slots or 30', async () => {
    const query = `query($slug: String!, $from: DateTime!, $to: DateTime!) {
      provider(slug: $slug) { slots(from: $from, to: $to) { id closedAt version bookings { reference } } }
    }`;
    const statementsFor = async (days: number) => {
      const variables = {
        slug: CLINIC,
        from: new Date(Date.now() + DAY).toISOString(),
        to: new Date(Date.now() + (1 + days) * DAY).toISOString(),
      };
      const before = stack.statementCount();
      const answer = await gql<{ provider: { slots: { id: string }[] } }>(query, variables, clinicStaff);
      return { slots: answer.data.provider.slots.length, statements: stack.statementCount() - before };
    };
    const short = await statementsFor(1);
    const long = await statementsFor(10);
    expect(long.slots).toBeGreaterThan(short.slots);
    expect(long.slots).toBeGreaterThan(10);
    // The provider, its slots, the provider by id for the permission, the slots' bookings: one statement each.
    expect(long.statements).toBe(short.statements);
    expect(long.statements).toBeLessThanOrEqual(4);
  });

  run('the staff’s listing has full and closed slots that availability leaves out', async () => {
    const full = await publishOne(47, 1);
    await hold(full.id, 1);
    const closed = await publishOne(47.1, 1);
    await gql(CLOSE_SLOT, { id: closed.id }, clinicStaff);
    const from = new Date(Date.now() + 46.9 * DAY).toISOString();
    const to = new Date(Date.now() + 47.2 * DAY).toISOString();
    const query = `query($slug: String!, $from: DateTime!, $to: DateTime!) {
      provider(slug: $slug) { slots(from: $from, to: $to) { id remaining closedAt } availability(from: $from, to: $to) { id } }
    }`;
    const answer = await gql<{
      provider: { slots: { id: string; remaining: number; closedAt: string | null }[]; availability: { id: string }[] };
    }>(query, { slug: CLINIC, from, to }, clinicStaff);
    const ids = answer.data.provider.slots.map((slot) => slot.id);
    expect(ids).toEqual(expect.arrayContaining([full.id, closed.id]));
    expect(answer.data.provider.availability.map((slot) => slot.id)).not.toContain(full.id);
    expect(answer.data.provider.availability.map((slot) => slot.id)).not.toContain(closed.id);
    const other = await gql<{ provider: { slots: null } }>(query, { slug: CLINIC, from, to }, hospitalStaff);
    expect(other.data.provider.slots).toBeNull();
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const tooLong = await gql(
      query,
      { slug: CLINIC, from, to: new Date(Date.now() + 120 * DAY).toISOString() },
      clinicStaff,
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
  });

  // ------------------------------------------------------------------------------------------------------------
  // The audit trail

  run('each staff change writes one entry with its before and after', async () => {
    // Publish, edit, close.
    const slot = await publishOne(50, 3);
    await gql(UPDATE_SLOT, { input: { slotId: slot.id, capacity: 5, interpreterLanguage: 'VI' } }, clinicStaff);
    await gql(CLOSE_SLOT, { id: slot.id }, clinicStaff);
    await gql(CLOSE_SLOT, { id: slot.id }, clinicStaff);
    const slotEntries = await auditOf(slot.id);
    expect(slotEntries.map((entry) => entry.action)).toEqual(['slot.close', 'slot.update', 'slot.publish']);
    const [closing, editing, publishing] = slotEntries;
    expect(publishing).toMatchObject({
      actor: clinicStaff.id,
      actorRole: 'provider-admin',
      entityType: 'Slot',
      entityId: slot.id,
    });
    expect(publishing?.changes).toEqual(
      expect.arrayContaining([
        { field: 'capacity', before: null, after: '3' },
        { field: 'mode', before: null, after: '"IN_PERSON"' },
      ]),
    );
    expect(editing?.changes).toEqual([
      { field: 'capacity', before: '3', after: '5' },
      { field: 'interpreterLanguage', before: null, after: '"VI"' },
    ]);
    expect(closing?.changes).toEqual([{ field: 'closedAt', before: null, after: expect.any(String) as string }]);

    // Bookings: the patient's own cancellation is not a staff change.
    const booking = await publishOne(51, 6);
    const other = await publishOne(52, 4);
    const confirmed = (await hold(booking.id)).data.holdSlot;
    const declined = (await hold(booking.id)).data.holdSlot;
    const cancelledByStaff = (await hold(booking.id)).data.holdSlot;
    const cancelledByPatient = (await hold(booking.id)).data.holdSlot;
    const moved = (await hold(booking.id)).data.holdSlot;
    await gql(CONFIRM, { reference: confirmed.reference }, clinicStaff);
    await gql(CONFIRM, { reference: confirmed.reference }, clinicStaff);
    await gql(DECLINE, { reference: declined.reference, reason: 'The doctor is away that week' }, clinicStaff);
    await gql(CANCEL, { reference: cancelledByStaff.reference }, platformAdmin);
    await gql(CANCEL, { reference: cancelledByPatient.reference, secret: cancelledByPatient.cancelSecret });
    await gql(RESCHEDULE, { reference: moved.reference, slotId: other.id, key: `move-${target.name}-1` }, clinicStaff);

    const one = async (id: string) => {
      const entries = await auditOf(id);
      expect(entries).toHaveLength(1);
      return entries[0];
    };
    const startsAt = (await db().select().from(slots).where(eq(slots.id, booking.id)))[0]?.startsAt.toISOString();
    const otherStartsAt = (await db().select().from(slots).where(eq(slots.id, other.id)))[0]?.startsAt.toISOString();
    expect(await one(confirmed.id)).toMatchObject({
      action: 'appointment.confirm',
      entityType: 'Appointment',
      changes: [{ field: 'status', before: '"HELD"', after: '"CONFIRMED"' }],
    });
    expect((await one(declined.id))?.changes).toEqual([
      { field: 'declineReason', before: null, after: '"The doctor is away that week"' },
      { field: 'status', before: '"HELD"', after: '"DECLINED"' },
    ]);
    expect(await one(cancelledByStaff.id)).toMatchObject({
      action: 'appointment.cancel',
      actor: platformAdmin.id,
      actorRole: 'platform-admin',
      changes: [{ field: 'status', before: '"HELD"', after: '"CANCELLED"' }],
    });
    expect(await auditOf(cancelledByPatient.id)).toEqual([]);
    expect((await one(moved.id))?.changes).toEqual([
      { field: 'slotId', before: JSON.stringify(booking.id), after: JSON.stringify(other.id) },
      { field: 'startsAt', before: JSON.stringify(startsAt), after: JSON.stringify(otherStartsAt) },
    ]);

    // Settings: only what changed.
    const settings = await gql<{ updateProviderSettings: { settingsVersion: number } }>(
      SETTINGS,
      { input: { providerId: clinicId, address: '서울 강남구 테헤란로 1', autoConfirm: false } },
      clinicStaff,
    );
    expect(settings.data.updateProviderSettings.settingsVersion).toBeGreaterThan(1);
    const [latestSettings] = await auditOf(clinicId);
    expect(latestSettings).toMatchObject({ action: 'provider.settings', entityType: 'Provider' });
    expect(latestSettings?.changes.map((change) => change.field)).toEqual(['address']);
    expect(latestSettings?.changes[0]?.after).toBe('"서울 강남구 테헤란로 1"');
  });

  run('entries hold no patient’s contact details and no feed secret', async () => {
    const rows = await db().select().from(auditTrail);
    const text = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(text).not.toContain('Tanaka');
    expect(text).not.toContain('example.jp');
    expect(text).not.toContain('+81');
    expect(text).not.toContain('/calendar/');
  });

  run('a refused change writes no entry', async () => {
    const slot = await publishOne(53);
    const before = await auditCount();
    await gql(UPDATE_SLOT, { input: { slotId: slot.id, capacity: 0 } }, clinicStaff);
    await gql(UPDATE_SLOT, { input: { slotId: slot.id, capacity: 3, expectedVersion: 7 } }, clinicStaff);
    await gql(UPDATE_SLOT, { input: { slotId: slot.id, capacity: 3 } }, hospitalStaff);
    await gql(CLOSE_SLOT, { id: slot.id }, hospitalStaff);
    await gql(SETTINGS, { input: { providerId: clinicId, address: 'x', expectedVersion: 1 } }, clinicStaff);
    await gql(SETTINGS, { input: { providerId: clinicId, cancellationWindowHours: 999 } }, clinicStaff);
    await gql(CREATE_FEED, { providerId: clinicId, label: '' }, clinicStaff);
    await gql(CREATE_FEED, { providerId: clinicId, label: 'Mine' }, hospitalStaff);
    await gql(DECLINE, { reference: 'MT-ZZZZZZ', reason: 'no' }, clinicStaff);
    expect(await auditCount()).toBe(before);
  });

  run('the database refuses to rewrite or delete the trail', async () => {
    const [entry] = await db().select().from(auditTrail).limit(1);
    expect(entry).toBeDefined();
    await expect(
      db()
        .update(auditTrail)
        .set({ action: 'slot.forged' })
        .where(eq(auditTrail.id, entry?.id ?? '')),
    ).rejects.toThrow();
    await expect(
      db()
        .delete(auditTrail)
        .where(eq(auditTrail.id, entry?.id ?? '')),
    ).rejects.toThrow();
    const [still] = await db()
      .select()
      .from(auditTrail)
      .where(eq(auditTrail.id, entry?.id ?? ''));
    expect(still).toEqual(entry);
  });

  run('the provider’s staff and the platform admin read the trail; nobody else does', async () => {
    const read = (staff: Staff | null, providerId = clinicId) =>
      gql<{ providerAuditTrail: { totalCount: number; edges: unknown[] } | null }>(
        AUDIT,
        { providerId, first: 2 },
        staff,
      );
    const own = await read(clinicStaff);
    expect(own.data.providerAuditTrail?.totalCount).toBeGreaterThan(2);
    expect(own.data.providerAuditTrail?.edges).toHaveLength(2);
    expect((await read(platformAdmin)).data.providerAuditTrail?.totalCount).toBe(
      own.data.providerAuditTrail?.totalCount,
    );
    expect((await read(hospitalStaff)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await read(seoulTourism)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await read(null)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const unknown = await read(clinicStaff, '00000000-0000-4000-8000-000000000000');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'providerId' });
    // The other hospital's own trail is its own.
    const hospitalId = (await gql<{ provider: { id: string } }>(`{ provider(slug: "${OTHER_HOSPITAL}") { id } }`)).data
      .provider.id;
    expect((await read(hospitalStaff, hospitalId)).data.providerAuditTrail?.totalCount).toBe(0);
  });

  // ------------------------------------------------------------------------------------------------------------
  // The iCalendar feed

  run(
    'a calendar feed serves the appointments through the gateway without contact details, until revoked',
    async () => {
      const slot = await publishOne(54, 5);
      const held = (await hold(slot.id, 3)).data.holdSlot;
      const confirmed = (await hold(slot.id, 1)).data.holdSlot;
      await gql(CONFIRM, { reference: confirmed.reference }, clinicStaff);
      const cancelled = (await hold(slot.id, 1)).data.holdSlot;
      await gql(CANCEL, { reference: cancelled.reference, secret: cancelled.cancelSecret });

      const created = await gql<{
        createCalendarFeed: {
          __typename: string;
          url: string;
          feed: { id: string; label: string; createdBy: string; revokedAt: null; lastFetchedAt: null };
        };
      }>(CREATE_FEED, { providerId: clinicId, label: '  Dr Kim’s phone ' }, clinicStaff);
      const issued = created.data.createCalendarFeed;
      expect(issued).toMatchObject({
        __typename: 'CalendarFeedIssued',
        feed: { label: 'Dr Kim’s phone', createdBy: clinicStaff.id, revokedAt: null, lastFetchedAt: null },
      });
      const address = new URL(issued.url);
      expect(address.pathname).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const secret = address.pathname.slice('/calendar/'.length, -'.ics'.length);
      const [stored] = await db().select().from(calendarFeeds).where(eq(calendarFeeds.id, issued.feed.id));
      expect(stored?.secretHash).not.toContain(secret);

      const feedUrl = `${stack.gateway.url}${address.pathname}`;
      const response = await fetch(feedUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('private, max-age=300');
      const calendar = await response.text();
      expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(calendar.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
      const events = calendar.split('BEGIN:VEVENT').slice(1);
      const eventOf = (reference: string) => events.find((event) => event.includes(reference)) ?? '';
      expect(eventOf(held.reference)).toContain(`UID:${held.id}@medical-tourism`);
      expect(eventOf(held.reference)).toContain('STATUS:TENTATIVE');
      expect(eventOf(held.reference)).toMatch(/SUMMARY:일반 상담 · MT-[2-9A-Z]{6} · 3명/);
      expect(eventOf(held.reference)).toMatch(/DTSTART:\d{8}T\d{6}Z/);
      expect(eventOf(confirmed.reference)).toContain('STATUS:CONFIRMED');
      expect(calendar).not.toContain(cancelled.reference);
      for (const personal of ['Tanaka', 'example.jp', '+81', 'ATTENDEE', 'ORGANIZER'])
        expect(calendar).not.toContain(personal);

      const listed = await gql<{ provider: { calendarFeeds: { id: string; lastFetchedAt: string | null }[] } }>(
        FEEDS,
        { slug: CLINIC },
        clinicStaff,
      );
      expect(listed.data.provider.calendarFeeds[0]).toMatchObject({
        id: issued.feed.id,
        lastFetchedAt: expect.any(String) as string,
      });
      const otherList = await gql<{ provider: { calendarFeeds: null } }>(FEEDS, { slug: CLINIC }, hospitalStaff);
      expect(otherList.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await gql(REVOKE_FEED, { id: issued.feed.id }, hospitalStaff)).errors?.[0]?.extensions.code).toBe(
        'FORBIDDEN',
      );
      expect((await fetch(feedUrl)).status).toBe(200);

      const revoked = await gql<{ revokeCalendarFeed: { __typename: string; revokedAt: string } }>(
        REVOKE_FEED,
        { id: issued.feed.id },
        clinicStaff,
      );
      expect(revoked.data.revokeCalendarFeed).toMatchObject({
        __typename: 'CalendarFeed',
        revokedAt: expect.any(String) as string,
      });
      const gone = await fetch(feedUrl);
      expect(gone.status).toBe(404);
      expect(gone.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await gone.text()).toContain('revoked');

      expect((await auditOf(issued.feed.id)).map((entry) => [entry.action, entry.changes])).toEqual([
        [
          'calendar-feed.revoke',
          [
            {
              field: 'revokedAt',
              before: null,
              // The answer gives Korea time to the second; the entry keeps the stored instant to the millisecond.
              after: expect.stringMatching(
                `^"${new Date(revoked.data.revokeCalendarFeed.revokedAt).toISOString().slice(0, 19)}\\.\\d{3}Z"$`,
              ) as string,
            },
          ],
        ],
        ['calendar-feed.create', [{ field: 'label', before: null, after: '"Dr Kim’s phone"' }]],
      ]);
    },
  );

  run('a made-up or malformed feed address is a 404, never a 500', async () => {
    for (const path of [
      '/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
      '/calendar/short.ics',
      '/calendar/x',
      '/calendar/%ZZ.ics',
    ]) {
      const response = await fetch(`${stack.gateway.url}${path}`);
      expect(response.status, path).toBe(404);
    }
    expect((await fetch(`${stack.gateway.url}/calendar/abc.ics`, { method: 'POST' })).status).toBe(405);
    const unknownId = '00000000-0000-4000-8000-000000000000';
    expect((await gql(REVOKE_FEED, { id: unknownId }, clinicStaff)).data).toEqual({
      revokeCalendarFeed: { __typename: 'NotFound' },
    });
    expect((await gql(CREATE_FEED, { providerId: clinicId, label: 'x' })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await gql(CREATE_FEED, { providerId: clinicId, label: 'x' }, seoulTourism)).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
  });

  run('the feed address is a public GET, limited per client address', async () => {
    const gateway = await stack.startGateway({ RATE_LIMIT_PER_IP_PER_MINUTE: 2 });
    try {
      const path = `${gateway.url}/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics`;
      expect((await fetch(path)).status).toBe(404);
      expect((await fetch(path)).status).toBe(404);
      const limited = await fetch(path);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await gateway.close();
    }
  });

  run('the internal feed read is not part of the public graph', async () => {
    const answer = await gql(`mutation { readCalendarFeed(secret: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") }`);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
