import { count, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { auditTrail, campaigns } from '../subgraphs/campaigns/schema';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';

// The campaigns API the marketing console drives: versions that refuse a stale save, the organisation's append-only
// audit trail and who may read it, and the promotion-event calendar.

const DAY = 86_400_000;

interface Problem {
  message: string;
  extensions: { code: string; argument?: string };
}
interface Answer<T> {
  status: number;
  data: T;
  errors?: Problem[];
}
interface Change {
  field: string;
  before: string | null;
  after: string | null;
}
interface Entry {
  id: string;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: Change[];
}
interface Trail {
  totalCount: number;
  edges: { cursor: string; node: Entry }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface Result {
  __typename: string;
  id: string;
  slug: string;
  version: number;
  status: string;
  leads: number;
  names: { locale: string; text: string }[];
  titles: { locale: string; text: string }[];
  descriptions: { locale: string; text: string }[];
  creativeLocales: string[];
  currentVersion: number;
  message: string;
  fields: { field: string; message: string }[];
}

const en = (text: string) => [{ locale: 'EN', text }];

const CAMPAIGN = `__typename
  ... on Campaign { id slug version status names { locale text } creativeLocales }
  ... on InvalidInput { fields { field message } }
  ... on InvalidTransition { message status }
  ... on NotFound { message }
  ... on StaleVersion { id message currentVersion }`;
const EVENT = `__typename
  ... on PromotionEvent { id slug version leads titles { locale text } descriptions { locale text } }
  ... on InvalidInput { fields { field message } }
  ... on NotFound { message }
  ... on StaleVersion { id message currentVersion }`;

const CREATE_CAMPAIGN = `mutation($input: CampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN} } }`;
const UPDATE_CAMPAIGN = `mutation($id: ID!, $input: CampaignInput!, $expectedVersion: Int) {
  updateCampaign(id: $id, input: $input, expectedVersion: $expectedVersion) { ${CAMPAIGN} } }`;
const SET_CREATIVE = `mutation($id: ID!, $input: CreativeInput!, $expectedVersion: Int) {
  setCampaignCreative(campaignId: $id, input: $input, expectedVersion: $expectedVersion) { ${CAMPAIGN} } }`;
const REMOVE_CREATIVE = `mutation($id: ID!, $locale: Locale!, $expectedVersion: Int) {
  removeCampaignCreative(campaignId: $id, locale: $locale, expectedVersion: $expectedVersion) { ${CAMPAIGN} } }`;
const step = (name: string) => `mutation($id: ID!, $expectedVersion: Int) {
  ${name}(id: $id, expectedVersion: $expectedVersion) { ${CAMPAIGN} } }`;
const CREATE_EVENT = `mutation($input: PromotionEventInput!) { createPromotionEvent(input: $input) { ${EVENT} } }`;
const UPDATE_EVENT = `mutation($id: ID!, $input: PromotionEventInput!, $expectedVersion: Int) {
  updatePromotionEvent(id: $id, input: $input, expectedVersion: $expectedVersion) { ${EVENT} } }`;
const LEADS = `mutation($id: ID!, $leads: Int!, $expectedVersion: Int) {
  recordPromotionLeads(id: $id, leads: $leads, expectedVersion: $expectedVersion) { ${EVENT} } }`;
const TRAIL = `query($organisation: String!, $entityId: ID, $first: Int, $after: String) {
  organisationAuditTrail(organisation: $organisation, entityId: $entityId, first: $first, after: $after) {
    totalCount
    edges { cursor node { id at actor actorRole action entityType entityId changes { field before after } } }
    pageInfo { hasNextPage endCursor }
  } }`;
const CALENDAR = `query($from: DateTime!, $to: DateTime!) { myPromotionEvents(from: $from, to: $to) { slug organisation } }`;

describe.each(databaseTargets())('the campaigns API of the marketing console, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  const suffix = target.name.toLowerCase();
  /** An organisation of this run alone, so its trail and calendar hold only what these tests did. */
  const organisation = `console-test-${suffix}`;
  const marketer: Staff = { kind: 'staff', id: 'hana@console.test', role: 'marketing', organisation };
  const colleague: Staff = { kind: 'staff', id: 'minho@console.test', role: 'marketing', organisation };
  const otherMarketing: Staff = { kind: 'staff', id: 'm2', role: 'marketing', organisation: 'seoul-global-health' };
  const tourism: Staff = { kind: 'staff', id: 't1', role: 'tourism-admin', region: 'DAEJEON' };
  const clinicStaff: Staff = {
    kind: 'staff',
    id: 'p1',
    role: 'provider-admin',
    provider: 'gangnam-lumiere-dermatology',
  };
  const platformAdmin: Staff = { kind: 'staff', id: 'admin@console.test', role: 'platform-admin' };

  let stack: Stack;
  let publishedPackageId: string;
  let clinicId: string;

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, staff: Staff | null = null) =>
    (await stack.query<T>(query, variables, staff)) as Answer<T>;
  const db = () => stack.subgraphs.campaigns.database.db;

  // One schedule for every campaign, so saving a plan again changes only what a test changes.
  const startsAt = new Date(Date.now() + 10 * DAY).toISOString();
  const endsAt = new Date(Date.now() + 40 * DAY).toISOString();
  const campaignInput = (slug: string, overrides: Record<string, unknown> = {}) => ({
    slug: `${slug}-${suffix}`,
    name: [
      { locale: 'EN', text: 'Daejeon science festival for Japan' },
      { locale: 'JA', text: '大田サイエンスフェスティバル' },
    ],
    theme: 'FESTIVAL',
    startsAt,
    endsAt,
    targetCountries: ['JP'],
    channels: ['LINE'],
    placements: ['hero'],
    packageIds: [publishedPackageId],
    providerIds: [clinicId],
    ...overrides,
  });
  const creative = (locale: string, headline = 'Daejeon Science Festival') => ({
    locale,
    headline,
    body: 'Health check-up and festival in one trip.',
    imageUrl: '/demo/img/festival.svg',
    ctaLabel: 'See the package',
    ctaUrl: 'https://daejeon.example/festival',
  });
  const eventInput = (slug: string, startsAt: Date, endsAt: Date, overrides: Record<string, unknown> = {}) => ({
    slug: `${slug}-${suffix}`,
    kind: 'PR_BRIEFING',
    title: en('Daejeon medical tourism briefing in Osaka'),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    city: 'Osaka',
    country: 'JP',
    targetCountries: ['JP'],
    partners: ['Naniwa Travel'],
    packageIds: [],
    providerIds: [clinicId],
    ...overrides,
  });

  async function createCampaign(slug: string, overrides: Record<string, unknown> = {}) {
    const answer = await gql<{ createCampaign: Result }>(
      CREATE_CAMPAIGN,
      { input: campaignInput(slug, overrides) },
      marketer,
    );
    expect(answer.data.createCampaign.__typename).toBe('Campaign');
    return answer.data.createCampaign;
  }
  async function createEvent(slug: string, startsAt: Date, endsAt: Date, staff = marketer) {
    const answer = await gql<{ createPromotionEvent: Result }>(
      CREATE_EVENT,
      { input: eventInput(slug, startsAt, endsAt) },
      staff,
    );
    expect(answer.data.createPromotionEvent.__typename).toBe('PromotionEvent');
    return answer.data.createPromotionEvent;
  }

  /** The entries about one entity, oldest first, as stored. */
  const entriesOf = (entityId: string) =>
    db().select().from(auditTrail).where(eq(auditTrail.entityId, entityId)).orderBy(auditTrail.at);
  const entryCount = async () => (await db().select({ value: count() }).from(auditTrail))[0]?.value ?? 0;
  /** The newest entry about an entity, as the console reads it. */
  async function latestEntry(entityId: string): Promise<Entry> {
    const answer = await gql<{ organisationAuditTrail: Trail }>(TRAIL, { organisation, entityId, first: 1 }, marketer);
    const entry = answer.data.organisationAuditTrail.edges[0]?.node;
    if (!entry) throw new Error(`no audit entry about ${entityId}: ${JSON.stringify(answer)}`);
    return entry;
  }

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    const found = await gql<{ provider: { id: string }; packages: { edges: { node: { id: string } }[] } }>(
      `{ provider(slug: "gangnam-lumiere-dermatology") { id } packages(first: 1, filter: { region: SEOUL }) { edges { node { id } } } }`,
    );
    clinicId = found.data.provider.id;
    publishedPackageId = found.data.packages.edges[0]?.node.id ?? '';
  });
  afterAll(() => stack?.stop());

  // ------------------------------------------------------------------------------------------------------------
  // Versions

  run(
    'two staff edit one campaign: the second save, based on the older version, is refused and changes nothing',
    async () => {
      const opened = await createCampaign('two-editors');
      expect(opened.version).toBe(1);

      const first = await gql<{ updateCampaign: Result }>(
        UPDATE_CAMPAIGN,
        { id: opened.id, input: campaignInput('two-editors', { name: en('Hana’s name') }), expectedVersion: 1 },
        marketer,
      );
      expect(first.data.updateCampaign).toMatchObject({ __typename: 'Campaign', version: 2 });

      const second = await gql<{ updateCampaign: Result }>(
        UPDATE_CAMPAIGN,
        { id: opened.id, input: campaignInput('two-editors', { name: en('Minho’s name') }), expectedVersion: 1 },
        colleague,
      );
      expect(second.data.updateCampaign).toEqual({
        __typename: 'StaleVersion',
        id: opened.id,
        currentVersion: 2,
        message: 'Someone saved a newer version (2) since you opened this; reload it, then save again',
      });
      const [stored] = await db().select().from(campaigns).where(eq(campaigns.id, opened.id));
      expect(stored).toMatchObject({ name: { EN: 'Hana’s name' }, version: 2 });
      expect((await entriesOf(opened.id)).map((entry) => entry.action)).toEqual(['campaign.create', 'campaign.update']);

      // Creatives and lifecycle steps are changes to the campaign too: the old version is refused for each.
      const staleCreative = await gql<{ setCampaignCreative: Result }>(
        SET_CREATIVE,
        { id: opened.id, input: creative('EN'), expectedVersion: 1 },
        colleague,
      );
      expect(staleCreative.data.setCampaignCreative).toMatchObject({ __typename: 'StaleVersion', currentVersion: 2 });
      for (const name of ['scheduleCampaign', 'pauseCampaign', 'resumeCampaign', 'endCampaign']) {
        const stale = await gql<Record<string, Result>>(step(name), { id: opened.id, expectedVersion: 1 }, colleague);
        expect(stale.data[name]).toMatchObject({ __typename: 'StaleVersion', currentVersion: 2 });
      }
      expect(await entriesOf(opened.id)).toHaveLength(2);
      expect((await db().select().from(campaigns).where(eq(campaigns.id, opened.id)))[0]).toMatchObject({
        version: 2,
        draft: true,
        paused: false,
        endedAt: null,
      });

      // Reloaded, the colleague saves on top; a client that sends no version keeps today's behaviour (last save wins).
      const reloaded = await gql<{ updateCampaign: Result }>(
        UPDATE_CAMPAIGN,
        { id: opened.id, input: campaignInput('two-editors', { name: en('Minho’s name') }), expectedVersion: 2 },
        colleague,
      );
      expect(reloaded.data.updateCampaign).toMatchObject({
        version: 3,
        names: [{ locale: 'EN', text: 'Minho’s name' }],
      });
      const unversioned = await gql<{ updateCampaign: Result }>(
        UPDATE_CAMPAIGN,
        { id: opened.id, input: campaignInput('two-editors') },
        marketer,
      );
      expect(unversioned.data.updateCampaign.version).toBe(4);
    },
  );

  run('two saves sent at once on the same version: one is stored, the other is refused', async () => {
    const opened = await createCampaign('same-moment');
    const save = (staff: Staff, name: string) =>
      gql<{ updateCampaign: Result }>(
        UPDATE_CAMPAIGN,
        { id: opened.id, input: campaignInput('same-moment', { name: en(name) }), expectedVersion: 1 },
        staff,
      );
    const answers = await Promise.all([save(marketer, 'Hana'), save(colleague, 'Minho')]);
    expect(answers.map((answer) => answer.data.updateCampaign.__typename).sort()).toEqual(['Campaign', 'StaleVersion']);
    expect((await db().select().from(campaigns).where(eq(campaigns.id, opened.id)))[0]?.version).toBe(2);
    expect(await entriesOf(opened.id)).toHaveLength(2);
  });

  // ------------------------------------------------------------------------------------------------------------
  // The audit trail

  run('every campaign change writes one entry with the values before and after', async () => {
    const created = await createCampaign('audited');
    const [createdEntry] = await entriesOf(created.id);
    expect(createdEntry).toMatchObject({
      actorId: marketer.id,
      actorRole: 'marketing',
      action: 'campaign.create',
      entityType: 'Campaign',
      organisation,
      provider: null,
      region: null,
      before: null,
      after: {
        slug: `audited-${suffix}`,
        name: { EN: 'Daejeon science festival for Japan', JA: '大田サイエンスフェスティバル' },
        status: 'DRAFT',
        targetCountries: ['JP'],
        packageIds: [publishedPackageId],
        providerIds: [clinicId],
        endedAt: null,
      },
    });

    const id = created.id;
    let version = 1;
    /** Runs a change, checks it bumped the version and wrote exactly one entry, and returns that entry. */
    async function changed(query: string, variables: Record<string, unknown>, action: string): Promise<Entry> {
      const before = (await entriesOf(id)).length;
      const answer = await gql<Record<string, Result>>(query, { id, expectedVersion: version, ...variables }, marketer);
      const result = Object.values(answer.data)[0];
      expect(result).toMatchObject({ __typename: 'Campaign', version: version + 1 });
      version += 1;
      expect(await entriesOf(id)).toHaveLength(before + 1);
      const entry = await latestEntry(id);
      expect(entry).toMatchObject({
        action,
        actor: marketer.id,
        actorRole: 'marketing',
        entityType: 'Campaign',
        entityId: id,
      });
      return entry;
    }

    const updated = await changed(
      UPDATE_CAMPAIGN,
      { input: campaignInput('audited', { name: en('Science festival'), targetCountries: ['JP', 'TW'] }) },
      'campaign.update',
    );
    expect(updated.changes).toEqual([
      { field: 'name.EN', before: '"Daejeon science festival for Japan"', after: '"Science festival"' },
      { field: 'name.JA', before: '"大田サイエンスフェスティバル"', after: null },
      { field: 'targetCountries', before: '["JP"]', after: '["JP","TW"]' },
    ]);

    const added = await changed(SET_CREATIVE, { input: creative('EN') }, 'campaign.creative-set');
    expect(added.changes).toEqual([
      { field: 'creatives.EN.body', before: null, after: '"Health check-up and festival in one trip."' },
      { field: 'creatives.EN.ctaLabel', before: null, after: '"See the package"' },
      { field: 'creatives.EN.ctaUrl', before: null, after: '"https://daejeon.example/festival"' },
      { field: 'creatives.EN.headline', before: null, after: '"Daejeon Science Festival"' },
      { field: 'creatives.EN.imageUrl', before: null, after: '"/demo/img/festival.svg"' },
    ]);
    const replaced = await changed(
      SET_CREATIVE,
      { input: creative('EN', 'Science and check-ups in Daejeon') },
      'campaign.creative-set',
    );
    expect(replaced.changes).toEqual([
      {
        field: 'creatives.EN.headline',
        before: '"Daejeon Science Festival"',
        after: '"Science and check-ups in Daejeon"',
      },
    ]);
    await changed(SET_CREATIVE, { input: creative('JA', '大田へ') }, 'campaign.creative-set');
    const removed = await changed(REMOVE_CREATIVE, { locale: 'JA' }, 'campaign.creative-remove');
    expect(removed.changes).toContainEqual({ field: 'creatives.JA.headline', before: '"大田へ"', after: null });
    expect(removed.changes.every((change) => change.field.startsWith('creatives.JA.') && change.after === null)).toBe(
      true,
    );

    const status = (entry: Entry) => entry.changes.find((change) => change.field === 'status');
    expect(status(await changed(step('scheduleCampaign'), {}, 'campaign.schedule'))).toEqual({
      field: 'status',
      before: '"DRAFT"',
      after: '"SCHEDULED"',
    });
    expect(status(await changed(step('pauseCampaign'), {}, 'campaign.pause'))).toEqual({
      field: 'status',
      before: '"SCHEDULED"',
      after: '"PAUSED"',
    });
    expect(status(await changed(step('resumeCampaign'), {}, 'campaign.resume'))).toEqual({
      field: 'status',
      before: '"PAUSED"',
      after: '"SCHEDULED"',
    });
    const ended = await changed(step('endCampaign'), {}, 'campaign.end');
    expect(status(ended)).toEqual({ field: 'status', before: '"SCHEDULED"', after: '"ENDED"' });
    expect(ended.changes.find((change) => change.field === 'endedAt')).toMatchObject({ before: null });

    expect((await entriesOf(id)).map((entry) => entry.action)).toEqual([
      'campaign.create',
      'campaign.update',
      'campaign.creative-set',
      'campaign.creative-set',
      'campaign.creative-set',
      'campaign.creative-remove',
      'campaign.schedule',
      'campaign.pause',
      'campaign.resume',
      'campaign.end',
    ]);
  });

  run('promotion events: planning, re-planning and leads each write one entry; a stale save is refused', async () => {
    const startsAt = new Date(Date.now() - 3 * DAY);
    const event = await createEvent('audited-briefing', startsAt, new Date(startsAt.getTime() + DAY));
    expect(event).toMatchObject({ version: 1, leads: 0, titles: en('Daejeon medical tourism briefing in Osaka') });
    const [created] = await entriesOf(event.id);
    expect(created).toMatchObject({
      action: 'promotion-event.create',
      entityType: 'PromotionEvent',
      organisation,
      before: null,
      after: { slug: `audited-briefing-${suffix}`, city: 'Osaka', partners: ['Naniwa Travel'], leads: 0 },
    });

    const moved = await gql<{ updatePromotionEvent: Result }>(
      UPDATE_EVENT,
      {
        id: event.id,
        input: eventInput('audited-briefing', startsAt, new Date(startsAt.getTime() + DAY), {
          city: 'Kyoto',
          description: [{ locale: 'KO', text: '교토 설명회' }],
        }),
        expectedVersion: 1,
      },
      marketer,
    );
    expect(moved.data.updatePromotionEvent).toMatchObject({
      version: 2,
      descriptions: [{ locale: 'KO', text: '교토 설명회' }],
    });
    expect((await latestEntry(event.id)).changes).toEqual([
      { field: 'city', before: '"Osaka"', after: '"Kyoto"' },
      { field: 'description.KO', before: null, after: '"교토 설명회"' },
    ]);

    const stale = await gql<{ updatePromotionEvent: Result }>(
      UPDATE_EVENT,
      { id: event.id, input: eventInput('audited-briefing', startsAt, startsAt, { city: 'Nara' }), expectedVersion: 1 },
      colleague,
    );
    expect(stale.data.updatePromotionEvent).toMatchObject({
      __typename: 'StaleVersion',
      id: event.id,
      currentVersion: 2,
    });
    const staleLeads = await gql<{ recordPromotionLeads: Result }>(
      LEADS,
      { id: event.id, leads: 3, expectedVersion: 1 },
      colleague,
    );
    expect(staleLeads.data.recordPromotionLeads).toMatchObject({ __typename: 'StaleVersion', currentVersion: 2 });

    const leads = await gql<{ recordPromotionLeads: Result }>(
      LEADS,
      { id: event.id, leads: 17, expectedVersion: 2 },
      colleague,
    );
    expect(leads.data.recordPromotionLeads).toMatchObject({ __typename: 'PromotionEvent', version: 3, leads: 17 });
    const entry = await latestEntry(event.id);
    expect(entry).toMatchObject({ action: 'promotion-event.leads', actor: colleague.id });
    expect(entry.changes).toEqual([{ field: 'leads', before: '0', after: '17' }]);
    expect((await entriesOf(event.id)).map((row) => row.action)).toEqual([
      'promotion-event.create',
      'promotion-event.update',
      'promotion-event.leads',
    ]);
  });

  run('a refused change writes no entry and changes nothing', async () => {
    const draft = await createCampaign('refused');
    const event = await createEvent('refused-briefing', new Date(Date.now() + 5 * DAY), new Date(Date.now() + 6 * DAY));
    const entries = await entryCount();
    const attempts: [string, Record<string, unknown>, Staff | null, string][] = [
      // InvalidInput: a bad slug, a creative link to another scheme, leads before the event, a missing creative.
      [
        UPDATE_CAMPAIGN,
        { id: draft.id, input: campaignInput('refused', { slug: 'Not A Slug' }) },
        marketer,
        'InvalidInput',
      ],
      [
        SET_CREATIVE,
        { id: draft.id, input: { ...creative('EN'), ctaUrl: 'javascript:alert(1)' } },
        marketer,
        'InvalidInput',
      ],
      [REMOVE_CREATIVE, { id: draft.id, locale: 'TH' }, marketer, 'InvalidInput'],
      [step('scheduleCampaign'), { id: draft.id }, marketer, 'InvalidInput'],
      [LEADS, { id: event.id, leads: 4 }, marketer, 'InvalidInput'],
      // InvalidTransition, StaleVersion, NotFound.
      [step('resumeCampaign'), { id: draft.id }, marketer, 'InvalidTransition'],
      [step('pauseCampaign'), { id: draft.id, expectedVersion: 7 }, marketer, 'StaleVersion'],
      [
        UPDATE_EVENT,
        { id: event.id, input: eventInput('refused-briefing', new Date(), new Date()), expectedVersion: 9 },
        marketer,
        'StaleVersion',
      ],
      [step('endCampaign'), { id: '00000000-0000-4000-8000-0000000000aa' }, marketer, 'NotFound'],
      // Refused access.
      [step('pauseCampaign'), { id: draft.id }, otherMarketing, 'FORBIDDEN'],
      [SET_CREATIVE, { id: draft.id, input: creative('EN') }, tourism, 'FORBIDDEN'],
      [LEADS, { id: event.id, leads: 4 }, otherMarketing, 'FORBIDDEN'],
      [step('pauseCampaign'), { id: draft.id }, null, 'UNAUTHENTICATED'],
    ];
    for (const [query, variables, staff, expected] of attempts) {
      const answer = await gql<Record<string, Result>>(query, variables, staff);
      const outcome = answer.errors?.[0]?.extensions.code ?? Object.values(answer.data ?? {})[0]?.__typename;
      expect({ query, outcome }).toEqual({ query, outcome: expected });
    }
    expect(await entryCount()).toBe(entries);
    expect((await db().select().from(campaigns).where(eq(campaigns.id, draft.id)))[0]).toMatchObject({
      version: 1,
      slug: `refused-${suffix}`,
      draft: true,
      paused: false,
    });
  });

  run('the database itself refuses to rewrite or delete the trail', async () => {
    await createCampaign('append-only');
    /** The database's own refusal, under drizzle's wrapping: its SQLSTATE and message. */
    const refusalOf = async (statement: Promise<unknown>) => {
      try {
        await statement;
      } catch (error) {
        let cause = error;
        while (cause instanceof Error && !('code' in cause && typeof cause.code === 'string')) cause = cause.cause;
        return cause instanceof Error
          ? { code: (cause as Error & { code: string }).code, message: cause.message }
          : null;
      }
      return null;
    };
    const refused = { code: '42501', message: 'the audit trail is append-only' };
    expect(await refusalOf(db().update(auditTrail).set({ action: 'campaign.forged' }))).toEqual(refused);
    expect(await refusalOf(db().delete(auditTrail).where(eq(auditTrail.organisation, organisation)))).toEqual(refused);
    expect(await refusalOf(db().execute(sql`truncate ${auditTrail}`))).toEqual(refused);
    const [newest] = await db().select().from(auditTrail).orderBy(desc(auditTrail.at)).limit(1);
    expect(newest?.action).toBe('campaign.create');
  });

  // ------------------------------------------------------------------------------------------------------------
  // Reading the trail

  run('the organisation’s marketing staff and platform admins read its trail; others are refused', async () => {
    const draft = await createCampaign('read-by-roles');
    // A platform admin's change to the organisation's campaign is in the organisation's trail, under their name.
    const byAdmin = await gql<{ setCampaignCreative: Result }>(
      SET_CREATIVE,
      { id: draft.id, input: creative('KO', '대전 과학 축제'), expectedVersion: 1 },
      platformAdmin,
    );
    expect(byAdmin.data.setCampaignCreative.version).toBe(2);
    expect(await latestEntry(draft.id)).toMatchObject({
      action: 'campaign.creative-set',
      actor: platformAdmin.id,
      actorRole: 'platform-admin',
    });
    const read = (staff: Staff | null, of = organisation) =>
      gql<{ organisationAuditTrail: Trail | null }>(TRAIL, { organisation: of, first: 5 }, staff);
    for (const reader of [marketer, colleague, platformAdmin]) {
      const answer = await read(reader);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.organisationAuditTrail?.edges.length).toBeGreaterThan(0);
      expect(answer.data.organisationAuditTrail?.edges.every((edge) => edge.node.entityType.length > 0)).toBe(true);
    }
    for (const [reader, code] of [
      [otherMarketing, 'FORBIDDEN'],
      [tourism, 'FORBIDDEN'],
      [clinicStaff, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const answer = await read(reader);
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions.code).toBe(code);
    }
    // Another organisation's marketing staff read their own (the seeded data's changes were not staff changes).
    expect((await read(otherMarketing, 'seoul-global-health')).data.organisationAuditTrail?.totalCount).toBe(0);
    const bad = await gql(TRAIL, { organisation: ' ', first: 5 }, platformAdmin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'organisation' });
  });

  run('the trail pages newest first without gaps or repeats, and narrows to one entity', async () => {
    const paged = `console-paged-${suffix}`;
    const pager: Staff = { kind: 'staff', id: 'pager@console.test', role: 'marketing', organisation: paged };
    const draft = (await gql<{ createCampaign: Result }>(CREATE_CAMPAIGN, { input: campaignInput('paged') }, pager))
      .data.createCampaign;
    for (let index = 0; index < 4; index += 1) {
      await gql(SET_CREATIVE, { id: draft.id, input: creative('EN', `Headline ${index}`) }, pager);
    }
    const event = (
      await gql<{ createPromotionEvent: Result }>(
        CREATE_EVENT,
        { input: eventInput('paged-briefing', new Date(Date.now() + DAY), new Date(Date.now() + 2 * DAY)) },
        pager,
      )
    ).data.createPromotionEvent;

    const seen: Entry[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const answer: Answer<{ organisationAuditTrail: Trail }> = await gql<{ organisationAuditTrail: Trail }>(
        TRAIL,
        { organisation: paged, first: 2, after },
        pager,
      );
      expect(answer.errors).toBeUndefined();
      const page = answer.data.organisationAuditTrail;
      expect(page.totalCount).toBe(6);
      seen.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen.map((entry) => entry.id)).size).toBe(6);
    expect(seen.map((entry) => entry.action)).toEqual([
      'promotion-event.create',
      'campaign.creative-set',
      'campaign.creative-set',
      'campaign.creative-set',
      'campaign.creative-set',
      'campaign.create',
    ]);
    const instants = seen.map((entry) => new Date(entry.at).getTime());
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
    expect(seen[1]?.changes).toEqual([
      { field: 'creatives.EN.headline', before: '"Headline 2"', after: '"Headline 3"' },
    ]);

    const oneEntity = await gql<{ organisationAuditTrail: Trail }>(
      TRAIL,
      { organisation: paged, entityId: event.id, first: 10 },
      pager,
    );
    expect(oneEntity.data.organisationAuditTrail.totalCount).toBe(1);
    expect(oneEntity.data.organisationAuditTrail.edges[0]?.node).toMatchObject({
      action: 'promotion-event.create',
      entityId: event.id,
    });
    const notACursor = await gql(TRAIL, { organisation: paged, first: 2, after: 'bm9wZQ' }, pager);
    expect(notACursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  // ------------------------------------------------------------------------------------------------------------
  // The calendar

  run('the calendar lists the organisation’s events overlapping the window, earliest first', async () => {
    const planner = `console-calendar-${suffix}`;
    const staff: Staff = { kind: 'staff', id: 'cal@console.test', role: 'marketing', organisation: planner };
    const from = new Date('2027-03-01T00:00:00+09:00');
    const to = new Date('2027-04-01T00:00:00+09:00');
    const at = (days: number, hours = 0) => new Date(from.getTime() + days * DAY + hours * 3_600_000);
    const plan = async (slug: string, startsAt: Date, endsAt: Date) => {
      const answer = await gql<{ createPromotionEvent: Result }>(
        CREATE_EVENT,
        { input: eventInput(slug, startsAt, endsAt, { kind: 'NEWSLETTER' }) },
        staff,
      );
      expect(answer.data.createPromotionEvent.__typename).toBe('PromotionEvent');
    };
    await plan('ends-as-march-begins', at(-2), from);
    await plan('runs-into-march', at(-1), at(1));
    await plan('sent-at-midnight', from, from);
    await plan('mid-march', at(14), at(15, 6));
    await plan('into-april', at(30, 12), at(33));
    await plan('starts-in-april', to, at(32));
    await plan('february', at(-20), at(-19));
    await createEvent('other-team-march', at(3), at(4), otherMarketing);

    const calendar = await gql<{ myPromotionEvents: { slug: string; organisation: string }[] }>(
      CALENDAR,
      { from: from.toISOString(), to: to.toISOString() },
      staff,
    );
    expect(calendar.data.myPromotionEvents.map((event) => event.slug)).toEqual(
      ['runs-into-march', 'sent-at-midnight', 'mid-march', 'into-april'].map((slug) => `${slug}-${suffix}`),
    );

    const admin = await gql<{ myPromotionEvents: { slug: string; organisation: string }[] }>(
      CALENDAR,
      { from: from.toISOString(), to: to.toISOString() },
      platformAdmin,
    );
    const slugs = admin.data.myPromotionEvents.map((event) => event.slug);
    expect(slugs).toContain(`other-team-march-${suffix}`);
    expect(slugs).toContain(`mid-march-${suffix}`);
    expect(slugs).not.toContain(`february-${suffix}`);

    const others = await gql<{ myPromotionEvents: { organisation: string }[] }>(
      CALENDAR,
      { from: from.toISOString(), to: to.toISOString() },
      otherMarketing,
    );
    expect(others.data.myPromotionEvents.every((event) => event.organisation === 'seoul-global-health')).toBe(true);
    expect(others.data.myPromotionEvents).toHaveLength(1);

    const window = { from: from.toISOString(), to: to.toISOString() };
    expect((await gql(CALENDAR, window)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(CALENDAR, window, tourism)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  run('the calendar window is at most 400 days and must not run backwards', async () => {
    const from = new Date('2027-01-01T00:00:00+09:00');
    const ask = (days: number) =>
      gql<{ myPromotionEvents: unknown[] }>(
        CALENDAR,
        { from: from.toISOString(), to: new Date(from.getTime() + days * DAY).toISOString() },
        marketer,
      );
    expect((await ask(400)).errors).toBeUndefined();
    for (const days of [401, 0, -30]) {
      const answer = await ask(days);
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    }
    expect((await ask(401)).errors?.[0]?.message).toBe('Invalid argument "to": must be at most 400 days after from');
  });

  run('campaigns and events show their stored texts for editing, without fallback', async () => {
    const draft = await createCampaign('stored-texts');
    expect(draft.names).toEqual([
      { locale: 'EN', text: 'Daejeon science festival for Japan' },
      { locale: 'JA', text: '大田サイエンスフェスティバル' },
    ]);
    const event = await createEvent('stored-texts-briefing', new Date(Date.now() + DAY), new Date(Date.now() + DAY));
    expect(event).toMatchObject({ titles: en('Daejeon medical tourism briefing in Osaka'), descriptions: [] });
    const mine = await gql<{ myCampaigns: { edges: { node: { id: string; status: string; version: number } }[] } }>(
      `{ myCampaigns(first: 100) { edges { node { id status version } } } }`,
      {},
      marketer,
    );
    expect(mine.data.myCampaigns.edges.map((edge) => edge.node)).toContainEqual({
      id: draft.id,
      status: 'DRAFT',
      version: 1,
    });
  });
});
