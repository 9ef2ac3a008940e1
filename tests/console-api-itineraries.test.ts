import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { MAX_INQUIRY_HISTORY } from '../core/list-caps';
import type { ItinerariesDb } from '../subgraphs/itineraries/data';
import { auditTrail, inquiryEvents, packages, replyOutbox } from '../subgraphs/itineraries/schema';
import { databaseTargets } from './support/databases';
import { Inbox, recipient } from './support/inbox';
import { startStack, type Stack } from './support/stack';

const daejeon: Staff = { kind: 'staff', id: 'daejeon@staff.test', role: 'tourism-admin', region: 'DAEJEON' };
const seoul: Staff = { kind: 'staff', id: 'seoul@staff.test', role: 'tourism-admin', region: 'SEOUL' };
const clinic: Staff = {
  kind: 'staff',
  id: 'lumiere@staff.test',
  role: 'provider-admin',
  provider: 'gangnam-lumiere-dermatology',
};
const admin: Staff = { kind: 'staff', id: 'admin@staff.test', role: 'platform-admin' };

const DAEJEON_REPLY_TO = 'medical-tourism@daejeon.example.kr';
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

interface Answer<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions: { code: string } }[];
}

type Texts = { locale: string; text: string }[];
const texts = (entries: Record<string, string>): Texts =>
  Object.entries(entries).map(([locale, text]) => ({ locale, text }));

/** A Daejeon package without medical steps (no provider to check), its texts partly translated. */
const packageInput = (slug: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  title: texts({ EN: 'Yuseong hot spring rest', KO: '유성 온천 휴식', JA: '儒城温泉でひと休み' }),
  summary: texts({ EN: 'Two days of hot springs and a science tour.' }),
  theme: 'WELLNESS',
  segment: 'STANDARD',
  region: 'DAEJEON',
  durationDays: 2,
  maxGuardians: 2,
  visa: { recommended: 'K_ETA_EXEMPT' },
  prices: [{ kind: 'LODGING', label: texts({ EN: 'Hotel', KO: '호텔' }), amountKrw: 240_000 }],
  days: [
    {
      title: texts({ EN: 'Arrival', JA: '到着' }),
      steps: [
        {
          kind: 'TOUR',
          title: texts({ EN: 'Expo science park' }),
          description: texts({ EN: 'The science museum and its gardens.' }),
          category: 'SIGHTSEEING',
        },
        { kind: 'STAY', title: texts({ EN: 'Spa hotel', JA: 'スパホテル' }), nights: 1, lodging: 'HOT_SPRING_RESORT' },
      ],
    },
    {
      title: texts({ EN: 'Hot springs', KO: '온천', JA: '温泉' }),
      steps: [
        {
          kind: 'WELLNESS',
          title: texts({ EN: 'Foot bath', KO: '족욕', JA: '足湯' }),
          activity: 'HOT_SPRING',
        },
      ],
    },
  ],
  ...overrides,
});

const PACKAGE_FIELDS = `__typename
  ... on Package { id slug status version title translations { locale complete missing } }
  ... on InvalidInput { fields { field message } }
  ... on StaleVersion { id currentVersion message }
  ... on NotFound { id }`;
const CREATE = `mutation($input: PackageInput!) { createPackage(input: $input) { ${PACKAGE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: PackageInput!, $expectedVersion: Int) {
  updatePackage(id: $id, input: $input, expectedVersion: $expectedVersion) { ${PACKAGE_FIELDS} } }`;
const SET_STATUS = `mutation($id: ID!, $status: PackageStatus!, $expectedVersion: Int) {
  setPackageStatus(id: $id, status: $status, expectedVersion: $expectedVersion) { ${PACKAGE_FIELDS} } }`;

interface PackageAnswer {
  __typename: string;
  id: string;
  status: string;
  version: number;
  title: string;
  translations: { locale: string; complete: boolean; missing: string[] }[];
  fields: { field: string; message: string }[];
  currentVersion: number;
}

const INQUIRY_FIELDS = `__typename
  ... on Inquiry { id status version history { kind by text status delivery } }
  ... on InvalidInput { fields { field message } }
  ... on StaleVersion { id currentVersion }
  ... on NotFound { id }`;
const SET_INQUIRY_STATUS = `mutation($id: ID!, $status: InquiryStatus!, $reason: String, $expectedVersion: Int) {
  setInquiryStatus(id: $id, status: $status, reason: $reason, expectedVersion: $expectedVersion) { ${INQUIRY_FIELDS} } }`;
const ADD_NOTE = `mutation($id: ID!, $text: String!) { addInquiryNote(id: $id, text: $text) { ${INQUIRY_FIELDS} } }`;
const REPLY = `mutation($id: ID!, $text: String!) { replyToInquiry(id: $id, text: $text) { ${INQUIRY_FIELDS} } }`;

interface InquiryAnswer {
  __typename: string;
  id: string;
  status: string;
  version: number;
  history: { kind: string; by: string; text: string | null; status: string | null; delivery: string | null }[];
  fields: { field: string; message: string }[];
  currentVersion: number;
}

const SUBMIT = `mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename ... on Inquiry { id } } }`;
let submitted = 0;
const inquiryInput = (packageId: string, locale: string, email?: string, name = 'Sato Yui') => {
  submitted += 1;
  return {
    packageId,
    contact: { name, email: email ?? `patient.${submitted}.${Date.now()}@example.jp`, nationality: 'JP', locale },
    partySize: 1,
    locale,
    consent: true,
    idempotencyKey: `console-api-itineraries-${Date.now()}-${submitted}`,
  };
};

const AUDIT = `query($region: Region!, $entityId: ID, $first: Int, $after: String) {
  regionAuditTrail(region: $region, entityId: $entityId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { actor actorRole action entityType entityId changes { field before after } } }
  }
}`;
interface AuditAnswer {
  regionAuditTrail: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        actor: string;
        actorRole: string;
        action: string;
        entityType: string;
        entityId: string;
        changes: { field: string; before: string | null; after: string | null }[];
      };
    }[];
  };
}

const REGION_INQUIRIES = `query($region: Region!, $filter: InquiryFilter, $first: Int, $after: String) {
  regionInquiries(region: $region, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status locale package { id } } }
  }
}`;
interface InquiriesAnswer {
  regionInquiries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; status: string; locale: string; package: { id: string } | null } }[];
  };
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/** Polls until `probe` answers something truthy; fails naming `what` after `timeoutMs`. */
async function waitFor<T>(what: string, probe: () => Promise<T> | T, timeoutMs = 10_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as Truthy<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.each(databaseTargets())('the tourism console’s API, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  const inbox = new Inbox();
  let stack: Stack;
  let slugs = 0;

  const db = () => stack.subgraphs.itineraries.database.db as unknown as ItinerariesDb;
  const gql = async <T = Record<string, never>>(
    query: string,
    variables: Record<string, unknown> = {},
    staff: Staff | null = null,
  ) => (await stack.query<T>(query, variables, staff)) as Answer<T>;

  const entriesAbout = async (entityId: string) => {
    const [row] = await db().select({ value: count() }).from(auditTrail).where(eq(auditTrail.entityId, entityId));
    return row?.value ?? 0;
  };
  const auditOf = async (entityId: string, staff: Staff = daejeon) =>
    (await gql<AuditAnswer>(AUDIT, { region: 'DAEJEON', entityId }, staff)).data.regionAuditTrail.edges.map(
      (edge) => edge.node,
    );

  async function createPackage(overrides: Record<string, unknown> = {}) {
    const slug = `yuseong-rest-${target.name.toLowerCase()}-${(slugs += 1)}`;
    const created = await gql<{ createPackage: PackageAnswer }>(
      CREATE,
      { input: packageInput(slug, overrides) },
      daejeon,
    );
    expect(created.data.createPackage.__typename).toBe('Package');
    return { ...created.data.createPackage, slug };
  }

  async function publishedPackage() {
    const pkg = await createPackage();
    const published = await gql<{ setPackageStatus: PackageAnswer }>(
      SET_STATUS,
      { id: pkg.id, status: 'PUBLISHED', expectedVersion: pkg.version },
      daejeon,
    );
    expect(published.data.setPackageStatus.status).toBe('PUBLISHED');
    return pkg;
  }

  async function submitInquiry(packageId: string, locale = 'JA', email?: string, name?: string) {
    const answer = await gql<{ submitInquiry: { __typename: string; id: string } }>(SUBMIT, {
      input: inquiryInput(packageId, locale, email, name),
    });
    expect(answer.data.submitInquiry.__typename).toBe('Inquiry');
    return answer.data.submitInquiry.id;
  }

  const setStatus = (id: string, variables: Record<string, unknown>, staff: Staff | null = daejeon) =>
    gql<{ setInquiryStatus: InquiryAnswer }>(SET_INQUIRY_STATUS, { id, ...variables }, staff);

  beforeAll(async () => {
    if (target.skipReason) return;
    await inbox.start();
    stack = await startStack(await target.create(), { settings: { SMTP_URL: inbox.url } });
  });
  afterAll(async () => {
    await stack?.stop();
    await inbox.stop();
  });

  // ------------------------------------------------------------------------------------------------------------
  // Packages: versions, translations, audit

  run('a save based on an older version is refused, and nothing of it is stored or audited', async () => {
    const pkg = await createPackage();
    expect(pkg).toMatchObject({ status: 'DRAFT', version: 1 });

    const renamed = packageInput(pkg.slug, { title: texts({ EN: 'Yuseong spa days', KO: '유성 스파' }) });
    const first = await gql<{ updatePackage: PackageAnswer }>(
      UPDATE,
      { id: pkg.id, input: renamed, expectedVersion: 1 },
      daejeon,
    );
    expect(first.data.updatePackage).toMatchObject({ __typename: 'Package', version: 2, title: 'Yuseong spa days' });
    const entries = await entriesAbout(pkg.id);

    // A colleague still had version 1 open.
    const stale = await gql<{ updatePackage: PackageAnswer }>(
      UPDATE,
      { id: pkg.id, input: packageInput(pkg.slug, { title: texts({ EN: 'Overwritten' }) }), expectedVersion: 1 },
      daejeon,
    );
    expect(stale.data.updatePackage).toMatchObject({ __typename: 'StaleVersion', id: pkg.id, currentVersion: 2 });
    expect(stale.data.updatePackage).toHaveProperty('message', expect.stringContaining('newer version (2)'));
    const staleStatus = await gql<{ setPackageStatus: PackageAnswer }>(
      SET_STATUS,
      { id: pkg.id, status: 'PUBLISHED', expectedVersion: 1 },
      daejeon,
    );
    expect(staleStatus.data.setPackageStatus).toMatchObject({ __typename: 'StaleVersion', currentVersion: 2 });

    const [stored] = await db().select().from(packages).where(eq(packages.id, pkg.id));
    expect(stored).toMatchObject({ version: 2, status: 'DRAFT', title: { EN: 'Yuseong spa days', KO: '유성 스파' } });
    expect(await entriesAbout(pkg.id)).toBe(entries);

    // Without expectedVersion (API clients from before versions) the save goes through and still counts a version.
    const unversioned = await gql<{ updatePackage: PackageAnswer }>(UPDATE, { id: pkg.id, input: renamed }, daejeon);
    expect(unversioned.data.updatePackage).toMatchObject({ __typename: 'Package', version: 3 });

    // Two colleagues saving version 3 at the same instant: one save wins, the other is told, none is lost silently.
    const raced = await Promise.all(
      ['Race A', 'Race B'].map((title) =>
        gql<{ updatePackage: PackageAnswer }>(
          UPDATE,
          { id: pkg.id, input: packageInput(pkg.slug, { title: texts({ EN: title }) }), expectedVersion: 3 },
          daejeon,
        ),
      ),
    );
    const outcomes = raced.map((answer) => answer.data.updatePackage);
    expect(outcomes.map((outcome) => outcome.__typename).sort()).toEqual(['Package', 'StaleVersion']);
    const winner = outcomes.find((outcome) => outcome.__typename === 'Package');
    expect(outcomes.find((outcome) => outcome.__typename === 'StaleVersion')?.currentVersion).toBe(4);
    const [final] = await db().select().from(packages).where(eq(packages.id, pkg.id));
    expect(final).toMatchObject({ version: 4, title: { EN: winner?.title } });
  });

  run('translations list the missing texts per locale, and become complete once they are added', async () => {
    const pkg = await createPackage();
    const byLocale = Object.fromEntries(pkg.translations.map((entry) => [entry.locale, entry]));
    expect(pkg.translations.map((entry) => entry.locale)).toEqual([
      'EN',
      'KO',
      'ZH',
      'ZH_TW',
      'JA',
      'RU',
      'VI',
      'MN',
      'AR',
      'TH',
    ]);
    expect(byLocale.EN).toEqual({ locale: 'EN', complete: true, missing: [] });
    expect(byLocale.JA).toEqual({
      locale: 'JA',
      complete: false,
      missing: ['summary', 'days.0.steps.0.title', 'days.0.steps.0.description', 'prices.0.label'],
    });
    expect(byLocale.KO?.missing).toEqual([
      'summary',
      'days.0.title',
      'days.0.steps.0.title',
      'days.0.steps.0.description',
      'days.0.steps.1.title',
    ]);
    expect(byLocale.MN?.missing).toHaveLength(9);

    // The stored texts without fallbacks, for the editor's form: the day's Japanese title, no Korean one.
    const stored = await gql<{ package: { texts: { path: string; locale: string; text: string }[] } }>(
      `query($id: ID!) { package(id: $id) { texts { path locale text } } }`,
      { id: pkg.id },
      daejeon,
    );
    const texts0 = stored.data.package.texts;
    expect(texts0.slice(0, 4)).toEqual([
      { path: 'title', locale: 'EN', text: 'Yuseong hot spring rest' },
      { path: 'title', locale: 'KO', text: '유성 온천 휴식' },
      { path: 'title', locale: 'JA', text: '儒城温泉でひと休み' },
      { path: 'summary', locale: 'EN', text: 'Two days of hot springs and a science tour.' },
    ]);
    expect(texts0.filter((entry) => entry.path === 'days.0.title')).toEqual([
      { path: 'days.0.title', locale: 'EN', text: 'Arrival' },
      { path: 'days.0.title', locale: 'JA', text: '到着' },
    ]);
    expect(texts0).toHaveLength(18);

    const base = packageInput(pkg.slug);
    const translated = packageInput(pkg.slug, {
      summary: texts({ EN: 'Two days of hot springs and a science tour.', JA: '温泉と科学の二日間。' }),
      prices: [{ kind: 'LODGING', label: texts({ EN: 'Hotel', KO: '호텔', JA: 'ホテル' }), amountKrw: 240_000 }],
      days: [
        {
          ...base.days[0],
          steps: [
            {
              kind: 'TOUR',
              title: texts({ EN: 'Expo science park', JA: 'エキスポ科学公園' }),
              description: texts({ EN: 'The science museum and its gardens.', JA: '科学館と庭園。' }),
              category: 'SIGHTSEEING',
            },
            base.days[0]?.steps[1],
          ],
        },
        base.days[1],
      ],
    });
    const saved = await gql<{ updatePackage: PackageAnswer }>(
      UPDATE,
      { id: pkg.id, input: translated, expectedVersion: pkg.version },
      daejeon,
    );
    const after = Object.fromEntries(saved.data.updatePackage.translations.map((entry) => [entry.locale, entry]));
    expect(after.JA).toEqual({ locale: 'JA', complete: true, missing: [] });

    // Visa notes are optional: given in English only, they are missing in Japanese.
    const withNotes = await gql<{ updatePackage: PackageAnswer }>(
      UPDATE,
      {
        id: pkg.id,
        input: { ...translated, visa: { recommended: 'K_ETA_EXEMPT', notes: texts({ EN: 'K-ETA needed' }) } },
        expectedVersion: saved.data.updatePackage.version,
      },
      daejeon,
    );
    const noted = withNotes.data.updatePackage.translations.find((entry) => entry.locale === 'JA');
    expect(noted).toEqual({ locale: 'JA', complete: false, missing: ['visa.notes'] });
  });

  run('each package change writes one audit entry, a changed step as its dotted path', async () => {
    const pkg = await createPackage();
    const created = await auditOf(pkg.id);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      actor: 'daejeon@staff.test',
      actorRole: 'tourism-admin',
      action: 'package.create',
      entityType: 'Package',
      entityId: pkg.id,
    });
    expect(created[0]?.changes).toContainEqual({
      field: 'days.1.steps.0.title.JA',
      before: null,
      after: JSON.stringify('足湯'),
    });

    const base = packageInput(pkg.slug);
    const retitled = {
      ...base,
      days: [
        base.days[0],
        {
          ...base.days[1],
          steps: [{ ...base.days[1]?.steps[0], title: texts({ EN: 'Foot spa', KO: '족욕', JA: '足湯' }) }],
        },
      ],
    };
    await gql(UPDATE, { id: pkg.id, input: retitled, expectedVersion: 1 }, daejeon);
    await gql(SET_STATUS, { id: pkg.id, status: 'PUBLISHED', expectedVersion: 2 }, daejeon);
    await gql(SET_STATUS, { id: pkg.id, status: 'DRAFT', expectedVersion: 3 }, daejeon);
    await gql(SET_STATUS, { id: pkg.id, status: 'CLOSED', expectedVersion: 4 }, daejeon);
    // Asking for the status it already has changes nothing: no version, no entry.
    const same = await gql<{ setPackageStatus: PackageAnswer }>(
      SET_STATUS,
      { id: pkg.id, status: 'CLOSED', expectedVersion: 5 },
      daejeon,
    );
    expect(same.data.setPackageStatus).toMatchObject({ status: 'CLOSED', version: 5 });

    const trail = await auditOf(pkg.id);
    expect(trail.map((entry) => entry.action)).toEqual([
      'package.close',
      'package.unpublish',
      'package.publish',
      'package.update',
      'package.create',
    ]);
    expect(trail[3]?.changes).toEqual([
      { field: 'days.1.steps.0.title.EN', before: JSON.stringify('Foot bath'), after: JSON.stringify('Foot spa') },
    ]);
    expect(trail[2]?.changes).toEqual([
      { field: 'status', before: JSON.stringify('DRAFT'), after: JSON.stringify('PUBLISHED') },
    ]);
  });

  run('refused package changes write no entry: invalid input, another region, anonymous', async () => {
    const pkg = await createPackage();
    const invalid = await gql<{ updatePackage: PackageAnswer }>(
      UPDATE,
      { id: pkg.id, input: packageInput(pkg.slug, { durationDays: 0 }), expectedVersion: 1 },
      daejeon,
    );
    expect(invalid.data.updatePackage.__typename).toBe('InvalidInput');
    const forbidden = await gql(UPDATE, { id: pkg.id, input: packageInput(pkg.slug), expectedVersion: 1 }, seoul);
    expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await gql(SET_STATUS, { id: pkg.id, status: 'PUBLISHED' });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await entriesAbout(pkg.id)).toBe(1);
  });

  run('the audit trail is append-only in the database itself', async () => {
    const pkg = await createPackage();
    await expect(
      db().execute(sql`update ${auditTrail} set action = 'package.forged' where ${auditTrail.entityId} = ${pkg.id}`),
    ).rejects.toThrow();
    await expect(
      db().execute(sql`delete from ${auditTrail} where ${auditTrail.entityId} = ${pkg.id}`),
    ).rejects.toThrow();
    await expect(db().execute(sql`truncate ${auditTrail}`)).rejects.toThrow();
    expect(await entriesAbout(pkg.id)).toBe(1);
  });

  run('the region’s staff and platform admins read its audit trail; others are refused', async () => {
    const pkg = await createPackage();
    expect((await auditOf(pkg.id, daejeon)).map((entry) => entry.action)).toEqual(['package.create']);
    expect((await auditOf(pkg.id, admin)).map((entry) => entry.action)).toEqual(['package.create']);
    for (const [staff, code] of [
      [seoul, 'FORBIDDEN'],
      [clinic, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await gql<AuditAnswer>(AUDIT, { region: 'DAEJEON', entityId: pkg.id }, staff);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions.code).toBe(code);
    }
    // The Seoul staff's own trail holds nothing of Daejeon's.
    const own = await gql<AuditAnswer>(AUDIT, { region: 'SEOUL', entityId: pkg.id }, seoul);
    expect(own.data.regionAuditTrail.totalCount).toBe(0);

    const newer = await createPackage();
    const firstPage = await gql<AuditAnswer>(AUDIT, { region: 'DAEJEON', first: 1 }, daejeon);
    expect(firstPage.data.regionAuditTrail.edges[0]?.node.entityId).toBe(newer.id);
    expect(firstPage.data.regionAuditTrail.edges).toHaveLength(1);
    expect(firstPage.data.regionAuditTrail.pageInfo.hasNextPage).toBe(true);
    const next = await gql<AuditAnswer>(
      AUDIT,
      { region: 'DAEJEON', first: 1, after: firstPage.data.regionAuditTrail.pageInfo.endCursor },
      daejeon,
    );
    expect(next.errors).toBeUndefined();
    expect(next.data.regionAuditTrail.edges.map((edge) => edge.node.entityId)).toEqual([pkg.id]);
  });

  // ------------------------------------------------------------------------------------------------------------
  // Inquiries: the pipeline, notes, history

  run('an inquiry moves along the pipeline; moves it does not allow are refused and store nothing', async () => {
    const pkg = await publishedPackage();
    const id = await submitInquiry(pkg.id);

    const skipped = await setStatus(id, { status: 'QUOTED', expectedVersion: 1 });
    expect(skipped.data.setInquiryStatus).toEqual({
      __typename: 'InvalidInput',
      fields: [{ field: 'status', message: 'cannot go from NEW to QUOTED; from NEW it can go to CONTACTED or LOST' }],
    });
    const lostWithoutReason = await setStatus(id, { status: 'LOST' });
    expect(lostWithoutReason.data.setInquiryStatus).toEqual({
      __typename: 'InvalidInput',
      fields: [{ field: 'reason', message: 'is required to mark an inquiry LOST' }],
    });
    const longReason = await setStatus(id, { status: 'LOST', reason: 'x'.repeat(501) });
    expect(longReason.data.setInquiryStatus.fields).toEqual([
      { field: 'reason', message: 'must be at most 500 characters' },
    ]);
    const reasonForward = await setStatus(id, { status: 'CONTACTED', reason: 'called' });
    expect(reasonForward.data.setInquiryStatus.fields?.[0]?.field).toBe('reason');
    expect(await entriesAbout(id)).toBe(0);

    const contacted = await setStatus(id, { status: 'CONTACTED', expectedVersion: 1 });
    expect(contacted.data.setInquiryStatus).toMatchObject({ __typename: 'Inquiry', status: 'CONTACTED', version: 2 });
    const stale = await setStatus(id, { status: 'QUOTED', expectedVersion: 1 });
    expect(stale.data.setInquiryStatus).toEqual({ __typename: 'StaleVersion', id, currentVersion: 2 });
    const again = await setStatus(id, { status: 'CONTACTED', expectedVersion: 2 });
    expect(again.data.setInquiryStatus.fields).toEqual([{ field: 'status', message: 'is already CONTACTED' }]);

    expect((await setStatus(id, { status: 'QUOTED', expectedVersion: 2 })).data.setInquiryStatus.status).toBe('QUOTED');
    const booked = await setStatus(id, { status: 'BOOKED', expectedVersion: 3 });
    expect(booked.data.setInquiryStatus).toMatchObject({ status: 'BOOKED', version: 4 });
    const afterBooking = await setStatus(id, { status: 'LOST', reason: 'changed plans' });
    expect(afterBooking.data.setInquiryStatus.fields).toEqual([
      { field: 'status', message: 'cannot change: a BOOKED inquiry is final' },
    ]);

    const trail = await auditOf(id);
    expect(trail.map((entry) => [entry.action, entry.changes])).toEqual([
      ['inquiry.status', [{ field: 'status', before: '"QUOTED"', after: '"BOOKED"' }]],
      ['inquiry.status', [{ field: 'status', before: '"CONTACTED"', after: '"QUOTED"' }]],
      ['inquiry.status', [{ field: 'status', before: '"NEW"', after: '"CONTACTED"' }]],
    ]);
    expect(trail.every((entry) => entry.entityType === 'Inquiry')).toBe(true);
  });

  run('a lost inquiry keeps its reason in the history and can be reopened; notes are kept in order', async () => {
    const pkg = await publishedPackage();
    const id = await submitInquiry(pkg.id);

    const emptyNote = await gql<{ addInquiryNote: InquiryAnswer }>(ADD_NOTE, { id, text: '   ' }, daejeon);
    expect(emptyNote.data.addInquiryNote.fields).toEqual([{ field: 'text', message: 'must not be empty' }]);
    const longNote = await gql<{ addInquiryNote: InquiryAnswer }>(ADD_NOTE, { id, text: 'n'.repeat(2001) }, daejeon);
    expect(longNote.data.addInquiryNote.fields).toEqual([
      { field: 'text', message: 'must be at most 2,000 characters' },
    ]);

    const note = 'Prefers a female doctor; call after 18:00 JST on +81 90 1234 5678';
    await gql(ADD_NOTE, { id, text: note }, daejeon);
    await setStatus(id, { status: 'LOST', reason: 'Chose a clinic in Busan', expectedVersion: 1 });
    await gql(ADD_NOTE, { id, text: 'Wrote again in spring' }, admin);
    const reopened = await setStatus(id, { status: 'CONTACTED', expectedVersion: 2 });

    expect(reopened.data.setInquiryStatus).toMatchObject({ status: 'CONTACTED', version: 3 });
    expect(reopened.data.setInquiryStatus.history).toEqual([
      { kind: 'NOTE', by: 'daejeon@staff.test', text: note, status: null, delivery: null },
      { kind: 'STATUS', by: 'daejeon@staff.test', text: 'Chose a clinic in Busan', status: 'LOST', delivery: null },
      { kind: 'NOTE', by: 'admin@staff.test', text: 'Wrote again in spring', status: null, delivery: null },
      { kind: 'STATUS', by: 'daejeon@staff.test', text: null, status: 'CONTACTED', delivery: null },
    ]);

    // The audit trail says a note was added, never what it says (it may hold the patient's details).
    const rows = await db().select().from(auditTrail).where(eq(auditTrail.entityId, id));
    expect(rows.map((row) => row.action).sort()).toEqual([
      'inquiry.note',
      'inquiry.note',
      'inquiry.status',
      'inquiry.status',
    ]);
    const stored = JSON.stringify(rows);
    for (const secret of ['female doctor', '+81', 'Chose a clinic', 'Wrote again'])
      expect(stored).not.toContain(secret);
    const [noteEvent] = await db()
      .select({ id: inquiryEvents.id })
      .from(inquiryEvents)
      .where(
        and(eq(inquiryEvents.inquiryId, id), eq(inquiryEvents.actorId, daejeon.id), eq(inquiryEvents.kind, 'NOTE')),
      );
    expect(rows.find((row) => row.actorId === daejeon.id && row.action === 'inquiry.note')?.after).toEqual({
      note: noteEvent?.id,
    });
  });

  run('a long history shows its latest MAX_INQUIRY_HISTORY events, oldest first', async () => {
    const pkg = await publishedPackage();
    const id = await submitInquiry(pkg.id);
    const start = Date.now() - 1_000_000;
    await db()
      .insert(inquiryEvents)
      .values(
        Array.from({ length: MAX_INQUIRY_HISTORY + 5 }, (_, index) => ({
          inquiryId: id,
          actorId: daejeon.id,
          kind: 'NOTE' as const,
          text: `note ${index}`,
          at: new Date(start + index * 1_000),
        })),
      );
    const answer = await gql<{ addInquiryNote: InquiryAnswer }>(ADD_NOTE, { id, text: 'the newest' }, daejeon);
    const texts = answer.data.addInquiryNote.history.map((event) => event.text);
    expect(texts).toHaveLength(MAX_INQUIRY_HISTORY);
    expect(texts[0]).toBe('note 6');
    expect(texts.at(-2)).toBe(`note ${MAX_INQUIRY_HISTORY + 4}`);
    expect(texts.at(-1)).toBe('the newest');
  });

  run('only the region’s staff and platform admins handle its inquiries', async () => {
    const pkg = await publishedPackage();
    const id = await submitInquiry(pkg.id);
    for (const [staff, code] of [
      [seoul, 'FORBIDDEN'],
      [clinic, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      for (const [query, variables] of [
        [SET_INQUIRY_STATUS, { id, status: 'CONTACTED' }],
        [ADD_NOTE, { id, text: 'hello' }],
        [REPLY, { id, text: 'hello' }],
      ] as const) {
        const refused = await gql(query, variables, staff);
        expect(refused.errors?.[0]?.extensions.code).toBe(code);
      }
      const history = await gql<{ regionInquiries: null }>(
        `query($id: ID!) { package(id: $id) { inquiries { edges { node { history { kind } } } } } }`,
        { id: pkg.id },
        staff,
      );
      expect(history.errors?.[0]?.extensions.code).toBe(code);
    }
    const missing = await setStatus(MISSING_ID, { status: 'CONTACTED' });
    expect(missing.data.setInquiryStatus).toEqual({ __typename: 'NotFound', id: MISSING_ID });
    expect(await entriesAbout(id)).toBe(0);
    const [events] = await db().select({ value: count() }).from(inquiryEvents).where(eq(inquiryEvents.inquiryId, id));
    expect(events?.value).toBe(0);

    const byAdmin = await setStatus(id, { status: 'CONTACTED' }, admin);
    expect(byAdmin.data.setInquiryStatus).toMatchObject({ status: 'CONTACTED' });
    expect((await auditOf(id, admin))[0]).toMatchObject({ actor: 'admin@staff.test', actorRole: 'platform-admin' });
  });

  run('regionInquiries: the region’s inquiries newest first, filtered and paged, for its staff only', async () => {
    const pkg = await publishedPackage();
    const ids = [
      await submitInquiry(pkg.id, 'JA'),
      await submitInquiry(pkg.id, 'KO'),
      await submitInquiry(pkg.id, 'ZH'),
    ];
    await setStatus(ids[1] ?? '', { status: 'CONTACTED' });

    const first = await gql<InquiriesAnswer>(
      REGION_INQUIRIES,
      { region: 'DAEJEON', filter: { packageId: pkg.id }, first: 2 },
      daejeon,
    );
    const page = first.data.regionInquiries;
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([ids[2], ids[1]]);
    expect(page.edges.map((edge) => edge.node.locale)).toEqual(['ZH', 'KO']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await gql<InquiriesAnswer>(
      REGION_INQUIRIES,
      { region: 'DAEJEON', filter: { packageId: pkg.id }, first: 2, after: page.pageInfo.endCursor },
      daejeon,
    );
    expect(rest.data.regionInquiries.edges.map((edge) => edge.node.id)).toEqual([ids[0]]);
    expect(rest.data.regionInquiries.pageInfo.hasNextPage).toBe(false);

    const contacted = await gql<InquiriesAnswer>(
      REGION_INQUIRIES,
      { region: 'DAEJEON', filter: { packageId: pkg.id, status: 'CONTACTED' } },
      admin,
    );
    expect(contacted.data.regionInquiries.edges.map((edge) => [edge.node.id, edge.node.status])).toEqual([
      [ids[1], 'CONTACTED'],
    ]);

    // The whole region: every inquiry about a Daejeon package, and none about another region's.
    const region = await gql<InquiriesAnswer>(REGION_INQUIRIES, { region: 'DAEJEON', first: 100 }, daejeon);
    expect(region.data.regionInquiries.edges.map((edge) => edge.node.id)).toEqual(expect.arrayContaining(ids));
    const seoulInbox = await gql<InquiriesAnswer>(REGION_INQUIRIES, { region: 'SEOUL', first: 100 }, seoul);
    expect(seoulInbox.data.regionInquiries.edges.map((edge) => edge.node.id)).not.toEqual(
      expect.arrayContaining([ids[0]]),
    );

    for (const [staff, code] of [
      [seoul, 'FORBIDDEN'],
      [clinic, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await gql<InquiriesAnswer>(REGION_INQUIRIES, { region: 'DAEJEON' }, staff);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions.code).toBe(code);
    }
    const badId = await gql(REGION_INQUIRIES, { region: 'DAEJEON', filter: { packageId: 'nope' } }, daejeon);
    expect(badId.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  // ------------------------------------------------------------------------------------------------------------
  // Replies by e-mail, through the outbox and the service's own worker, to a real SMTP server

  /** Replies as `staff` and answers the outbox row the reply wrote (its id is the Message-ID). */
  async function reply(inquiryId: string, text: string, staff: Staff = daejeon) {
    const answer = await gql<{ replyToInquiry: InquiryAnswer }>(REPLY, { id: inquiryId, text }, staff);
    expect(answer.data.replyToInquiry.__typename).toBe('Inquiry');
    const [row] = await db()
      .select({ id: replyOutbox.id })
      .from(replyOutbox)
      .innerJoin(inquiryEvents, eq(inquiryEvents.id, replyOutbox.eventId))
      .where(and(eq(inquiryEvents.inquiryId, inquiryId), eq(inquiryEvents.text, text)));
    return { answer: answer.data.replyToInquiry, outboxId: row?.id ?? '' };
  }

  const arrived = (outboxId: string) =>
    waitFor(`reply ${outboxId} at the mail server`, () => inbox.withId(outboxId)[0]);

  const titleOf = async (packageId: string, locale: string) =>
    (
      await gql<{ package: { title: string } }>(
        `query($id: ID!, $locale: Locale) { package(id: $id) { title(locale: $locale) } }`,
        { id: packageId, locale },
      )
    ).data.package.title;

  const historyOf = async (packageId: string, inquiryId: string) => {
    const answer = await gql<{ package: { inquiries: { edges: { node: InquiryAnswer }[] } } }>(
      `query($id: ID!) { package(id: $id) { inquiries(first: 100) { edges { node { id history { kind delivery } } } } } }`,
      { id: packageId },
      daejeon,
    );
    return answer.data.package.inquiries.edges.find((edge) => edge.node.id === inquiryId)?.node.history;
  };

  run('a reply reaches the patient once, in their language, with the staff’s text as written', async () => {
    const pkg = await publishedPackage();
    const id = await submitInquiry(pkg.id, 'JA', 'yui.sato@example.jp', 'Sato Yui');
    const tooLong = await gql<{ replyToInquiry: InquiryAnswer }>(REPLY, { id, text: 'r'.repeat(5001) }, daejeon);
    expect(tooLong.data.replyToInquiry.fields).toEqual([
      { field: 'text', message: 'must be at most 5,000 characters' },
    ]);

    const text = 'Dr. Han can see you on 12 March.\n\nPlease bring your <scans> & reports.';
    const { answer, outboxId } = await reply(id, text);
    expect(answer).toMatchObject({ __typename: 'Inquiry', status: 'CONTACTED', version: 2 });
    expect(answer.history.map((event) => [event.kind, event.text, event.status])).toEqual([
      ['REPLY', text, null],
      ['STATUS', null, 'CONTACTED'],
    ]);

    const mail = await arrived(outboxId);
    const title = await titleOf(pkg.id, 'JA');
    const reference = mail.text?.match(/MTQ-[A-Z0-9]+/)?.[0];
    expect(recipient(mail)).toEqual(['yui.sato@example.jp']);
    expect(mail.subject).toBe(`「${title}」へのお問い合わせについて（${reference}）`);
    expect(mail.text).toContain('Sato Yui 様');
    expect(mail.text).toContain(text);
    expect(mail.text).toContain(`パッケージ: ${title}`);
    expect(mail.html).toContain('&lt;scans&gt; &amp; reports.');
    expect(mail.html).not.toContain('<scans>');
    expect(mail.html).toContain('<html lang="ja" dir="ltr">');
    expect(mail.replyTo?.value.map((address) => address.address)).toEqual([DAEJEON_REPLY_TO]);
    expect(mail.headers.get('x-message-kind')).toBe('INQUIRY_REPLY');

    // Exactly once: several polls later it is still the one message, its row SENT after one attempt.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(inbox.withId(outboxId)).toHaveLength(1);
    const [row] = await db().select().from(replyOutbox).where(eq(replyOutbox.id, outboxId));
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    expect(await historyOf(pkg.id, id)).toEqual([
      { kind: 'REPLY', delivery: 'SENT' },
      { kind: 'STATUS', delivery: null },
    ]);

    // The audit trail says a reply went out and the status it made, never its text or the address.
    const [entry] = await auditOf(id);
    expect(entry?.action).toBe('inquiry.reply');
    expect(entry?.changes.map((change) => change.field)).toEqual(['reply', 'status']);
    const rows = JSON.stringify(await db().select().from(auditTrail).where(eq(auditTrail.entityId, id)));
    expect(rows).not.toContain('12 March');
    expect(rows).not.toContain('@example.jp');

    // A second reply leaves the status as it is.
    const second = await reply(id, 'See you soon.');
    expect(second.answer).toMatchObject({ status: 'CONTACTED', version: 2 });
    expect((await arrived(second.outboxId)).text).toContain('See you soon.');
  });

  run(
    'Korean and Chinese readers get their own frame, others English; a region without an address gets MAIL_FROM',
    async () => {
      const [seoulPackage] = (
        await gql<{ packages: { edges: { node: { id: string } }[] } }>(
          `{ packages(first: 1, filter: { region: SEOUL }) { edges { node { id } } } }`,
        )
      ).data.packages.edges.map((edge) => edge.node.id);
      const cases = [
        { locale: 'KO', name: '김민지', greeting: '김민지 님, 안녕하세요.', subject: '문의에 대한 답변입니다' },
        { locale: 'ZH', name: '王芳', greeting: '王芳，您好：', subject: '咨询的回复' },
        // Traditional Chinese readers read the simplified frame (core/locale.ts FALLBACKS), Russian ones English.
        { locale: 'ZH_TW', name: '陳怡君', greeting: '陳怡君，您好：', subject: '咨询的回复' },
        { locale: 'RU', name: 'Anna Ivanova', greeting: 'Dear Anna Ivanova,', subject: 'Your inquiry about' },
      ];
      for (const [index, entry] of cases.entries()) {
        const id = await submitInquiry(
          seoulPackage ?? '',
          entry.locale,
          `reader.${index}.${target.name}@example.com`,
          entry.name,
        );
        const mail = await arrived((await reply(id, `Reply number ${index}`, seoul)).outboxId);
        expect(mail.text).toContain(entry.greeting);
        expect(mail.subject).toContain(entry.subject);
        expect(mail.subject).toContain(await titleOf(seoulPackage ?? '', entry.locale));
        expect(mail.text).toContain(`Reply number ${index}`);
        // Seoul has no address of its own in the demo data.
        expect(mail.replyTo?.value.map((address) => address.address)).toEqual(['bookings@localhost']);
      }
    },
  );

  run('a reply written while the mail server is away waits, is retried, and arrives once it is back', async () => {
    const pkg = await publishedPackage();
    const id = await submitInquiry(pkg.id, 'KO', `outage.${target.name.toLowerCase()}@example.kr`, '이서준');
    await inbox.stop();
    let back = false;
    try {
      const { outboxId } = await reply(id, '3월 12일에 뵙겠습니다.');
      const waiting = await waitFor('a failed attempt recorded', async () => {
        const [stored] = await db().select().from(replyOutbox).where(eq(replyOutbox.id, outboxId));
        return stored?.lastError && stored;
      });
      expect(waiting).toMatchObject({ status: 'PENDING', sentAt: null });
      expect(waiting.lastError).not.toContain('@example.kr');
      expect(await historyOf(pkg.id, id)).toContainEqual({ kind: 'REPLY', delivery: 'PENDING' });
      await inbox.start();
      back = true;
      const mail = await arrived(outboxId);
      expect(mail.text).toContain('3월 12일에 뵙겠습니다.');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(inbox.withId(outboxId)).toHaveLength(1);
      const [sent] = await db().select().from(replyOutbox).where(eq(replyOutbox.id, outboxId));
      expect(sent?.status).toBe('SENT');
      expect(sent?.attempts).toBeGreaterThan(1);
    } finally {
      // Back for the tests after this one, whatever happened.
      if (!back) await inbox.start();
    }
  });

  run(
    'an address the mail server refuses is FAILED, shown in the history, without the address in lastError',
    async () => {
      const pkg = await publishedPackage();
      const refusedAddress = `no-such-patient.${target.name.toLowerCase()}@example.jp`;
      inbox.refused.add(refusedAddress);
      const id = await submitInquiry(pkg.id, 'EN', refusedAddress, 'Ken Mori');
      const { outboxId } = await reply(id, 'Hello');
      const row = await waitFor('the refusal recorded', async () => {
        const [stored] = await db().select().from(replyOutbox).where(eq(replyOutbox.id, outboxId));
        return stored?.status === 'FAILED' && stored;
      });
      expect(row.lastError).toContain('550');
      expect(row.lastError).not.toContain(refusedAddress);
      expect(await historyOf(pkg.id, id)).toEqual([
        { kind: 'REPLY', delivery: 'FAILED' },
        { kind: 'STATUS', delivery: null },
      ]);
    },
  );
});
