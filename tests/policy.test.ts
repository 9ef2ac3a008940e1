import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, ROLES, type Role, type Staff } from '../core/auth';
import {
  ACTIONS,
  allowed,
  ownScope,
  POLICY,
  reachOf,
  requirePermission,
  type Action,
  type Scope,
} from '../core/policy';
import { seedId } from '../core/seed-id';
import { addDays, koreaDate } from '../core/time';
import { campaignsSubgraph } from '../subgraphs/campaigns/index';
import { itinerariesSubgraph } from '../subgraphs/itineraries/index';
import { providersSubgraph } from '../subgraphs/providers/index';
import { databaseTargets } from './support/databases';
import { openSubgraph, type InProcessSubgraph } from './support/subgraph';

/**
 * The test's own copy of the policy table, written out cell by cell: a change to POLICY must be made here too, on
 * purpose. null: refused whatever the scope.
 */
const EXPECTED: Record<Role, Record<Action, 'own' | 'any' | null>> = {
  'provider-admin': {
    'calendar:manage': 'own',
    'appointment:manage': 'own',
    'patient:read': 'own',
    'provider:settings': 'own',
    'package:edit': null,
    'package:read-draft': null,
    'inquiry:manage': null,
    'campaign:run': null,
    'campaign:results': null,
    'promotion:manage': null,
    'audit:read': 'own',
  },
  'tourism-admin': {
    'calendar:manage': null,
    'appointment:manage': null,
    'patient:read': null,
    'provider:settings': null,
    'package:edit': 'own',
    'package:read-draft': 'own',
    'inquiry:manage': 'own',
    'campaign:run': null,
    'campaign:results': null,
    'promotion:manage': null,
    'audit:read': 'own',
  },
  marketing: {
    'calendar:manage': null,
    'appointment:manage': null,
    'patient:read': null,
    'provider:settings': null,
    'package:edit': null,
    'package:read-draft': null,
    'inquiry:manage': null,
    'campaign:run': 'own',
    'campaign:results': 'own',
    'promotion:manage': 'own',
    'audit:read': 'own',
  },
  'platform-admin': {
    'calendar:manage': 'any',
    'appointment:manage': 'any',
    'patient:read': 'any',
    'provider:settings': 'any',
    'package:edit': 'any',
    'package:read-draft': 'any',
    'inquiry:manage': 'any',
    'campaign:run': 'any',
    'campaign:results': 'any',
    'promotion:manage': 'any',
    'audit:read': 'any',
  },
};

const CLINIC = 'gangnam-lumiere-dermatology';
const OTHER_CLINIC = 'saebit-transplant-center';
const ORGANISATION = 'daejeon-tourism';
const OTHER_ORGANISATION = 'seoul-global-health';

/**
 * One staff member per role, and the scopes asked about: their own provider, region or organisation, another one of
 * the same kind, and none. Platform admins own nothing: theirs are asked about everybody's own and other scopes.
 */
const CASES: Record<Role, { staff: Staff; own: Scope; other: Scope }> = {
  'provider-admin': {
    staff: { kind: 'staff', id: 'clinic-staff', role: 'provider-admin', provider: CLINIC },
    own: { provider: CLINIC },
    other: { provider: OTHER_CLINIC },
  },
  'tourism-admin': {
    staff: { kind: 'staff', id: 'daejeon-staff', role: 'tourism-admin', region: 'DAEJEON' },
    own: { region: 'DAEJEON' },
    other: { region: 'BUSAN' },
  },
  marketing: {
    staff: { kind: 'staff', id: 'marketing-staff', role: 'marketing', organisation: ORGANISATION },
    own: { organisation: ORGANISATION },
    other: { organisation: OTHER_ORGANISATION },
  },
  'platform-admin': {
    staff: { kind: 'staff', id: 'platform-staff', role: 'platform-admin' },
    own: { provider: CLINIC, region: 'DAEJEON', organisation: ORGANISATION },
    other: { provider: OTHER_CLINIC, region: 'BUSAN', organisation: OTHER_ORGANISATION },
  },
};

const SCOPES = ['own', 'other', 'none'] as const;
const scopeOf = (role: Role, kind: (typeof SCOPES)[number]): Scope => (kind === 'none' ? {} : CASES[role][kind]);

describe('the policy table', () => {
  it('names every role and every action, in the table and in this test', () => {
    expect(Object.keys(POLICY).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(Object.keys(EXPECTED[role]).sort()).toEqual([...ACTIONS].sort());
  });

  const cells = ROLES.flatMap((role) =>
    ACTIONS.flatMap((action) => SCOPES.map((scope) => ({ role, action, scope, reach: EXPECTED[role][action] }))),
  );

  it.each(cells)('$role, $action, $scope scope: $reach', ({ role, action, scope, reach }) => {
    const expected = reach === 'any' || (reach === 'own' && scope === 'own');
    expect(allowed(CASES[role].staff, action, scopeOf(role, scope))).toBe(expected);
  });

  it.each(ACTIONS)('refuses anonymous visitors %s in every scope', (action) => {
    for (const role of ROLES) {
      for (const scope of SCOPES) expect(allowed(ANONYMOUS, action, scopeOf(role, scope))).toBe(false);
    }
  });

  it('reaches "own" only in the staff’s own kind of scope, whatever the value', () => {
    const clinic = CASES['provider-admin'].staff;
    expect(allowed(clinic, 'calendar:manage', { organisation: CLINIC })).toBe(false);
    expect(allowed(clinic, 'calendar:manage', { region: 'DAEJEON', provider: CLINIC })).toBe(true);
    const daejeon = CASES['tourism-admin'].staff;
    expect(allowed(daejeon, 'package:edit', { provider: 'DAEJEON' })).toBe(false);
    expect(allowed(daejeon, 'package:edit', { provider: 'DAEJEON', region: 'BUSAN' })).toBe(false);
  });

  it('gives each staff member their own scope, and nothing to platform admins and visitors', () => {
    expect(ROLES.filter((role) => role !== 'platform-admin').map((role) => ownScope(CASES[role].staff))).toEqual([
      { provider: CLINIC },
      { region: 'DAEJEON' },
      { organisation: ORGANISATION },
    ]);
    expect(ownScope(CASES['platform-admin'].staff)).toEqual({});
    expect(ownScope(ANONYMOUS)).toEqual({});
  });

  const KINDS = ['provider', 'region', 'organisation'] as const;
  const reaches = ROLES.flatMap((role) =>
    ACTIONS.flatMap((action) => KINDS.map((kind) => ({ role, action, kind, reach: EXPECTED[role][action] }))),
  );

  it.each(reaches)('lists for $role, $action, by $kind: $reach', ({ role, action, kind, reach }) => {
    const own = CASES[role].own[kind];
    const expected =
      reach === 'any' ? { all: true } : reach === 'own' && own !== undefined ? { only: own } : { none: true };
    expect(reachOf(CASES[role].staff, action, kind)).toEqual(expected);
    expect(reachOf(ANONYMOUS, action, kind)).toEqual({ none: true });
  });

  it('answers UNAUTHENTICATED to visitors and FORBIDDEN to staff outside their scope, naming what', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        return { message: (error as GraphQLError).message, code: (error as GraphQLError).extensions.code };
      }
      throw new Error('expected a refusal');
    };
    expect(
      refusal(() => requirePermission(ANONYMOUS, 'calendar:manage', { provider: CLINIC }, 'this calendar')),
    ).toEqual({ message: 'Sign in as staff to see this calendar', code: 'UNAUTHENTICATED' });
    const clinic = CASES['provider-admin'].staff;
    expect(
      refusal(() => requirePermission(clinic, 'calendar:manage', { provider: OTHER_CLINIC }, 'this calendar')),
    ).toEqual({ message: 'Your role does not give access to this calendar', code: 'FORBIDDEN' });
    expect(refusal(() => requirePermission(clinic, 'package:edit', ownScope(clinic), 'creating packages'))).toEqual({
      message: 'Your role does not give access to creating packages',
      code: 'FORBIDDEN',
    });
    expect(requirePermission(clinic, 'calendar:manage', { provider: CLINIC }, 'this calendar')).toBe(clinic);
    const admin = CASES['platform-admin'].staff;
    expect(requirePermission(admin, 'audit:read', {}, 'the audit trail')).toBe(admin);
  });
});

type Answer<T> = { data?: T | null; errors?: { extensions?: Record<string, unknown> }[] };
const codes = (answer: Answer<unknown>) => answer.errors?.map((error) => error.extensions?.code);

describe.each(databaseTargets())('the subgraphs ask the policy, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let providers: InProcessSubgraph<typeof providersSubgraph.tables>;
  let itineraries: InProcessSubgraph<typeof itinerariesSubgraph.tables>;
  let campaigns: InProcessSubgraph<typeof campaignsSubgraph.tables>;

  beforeAll(async () => {
    if (target.skipReason) return;
    [providers, itineraries, campaigns] = await Promise.all([
      openSubgraph(providersSubgraph, await target.create()),
      openSubgraph(itinerariesSubgraph, await target.create()),
      openSubgraph(campaignsSubgraph, await target.create()),
    ]);
  });
  afterAll(() => Promise.all([providers?.close(), itineraries?.close(), campaigns?.close()]));

  const clinic = CASES['provider-admin'].staff;
  const otherClinic: Staff = { kind: 'staff', id: 'other-clinic', role: 'provider-admin', provider: OTHER_CLINIC };
  const daejeon = CASES['tourism-admin'].staff;
  const busan: Staff = { kind: 'staff', id: 'busan-staff', role: 'tourism-admin', region: 'BUSAN' };
  const marketing = CASES.marketing.staff;
  const otherMarketing: Staff = {
    kind: 'staff',
    id: 'seoul-marketing',
    role: 'marketing',
    organisation: 'seoul-global-health',
  };

  run('providers: a clinic’s staff see and confirm its bookings; another clinic’s staff are refused', async () => {
    const from = new Date(Date.now() + 86_400_000).toISOString();
    const to = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const open = await providers.execute<{ provider: { availability: { id: string }[] } }>(
      `query($slug: String!, $from: DateTime!, $to: DateTime!) {
        provider(slug: $slug) { availability(from: $from, to: $to) { id } } }`,
      { slug: CLINIC, from, to },
    );
    const held = await providers.execute<{ holdSlot: { reference: string; status: string } }>(
      `mutation($input: HoldSlotInput!) { holdSlot(input: $input) { ... on Appointment { reference status } } }`,
      {
        input: {
          slotId: open.data?.provider.availability[0]?.id,
          partySize: 1,
          consent: true,
          idempotencyKey: 'policy-hold',
          contact: { name: 'Aiko Tanaka', email: 'aiko.policy@example.jp', nationality: 'JP', locale: 'JA' },
        },
      },
    );
    const reference = held.data?.holdSlot.reference;
    expect(held.data?.holdSlot.status).toBe('HELD');

    const APPOINTMENTS = `query($slug: String!) { provider(slug: $slug) {
      appointments { edges { node { reference contact { email } } } } } }`;
    type Appointments = {
      provider: { appointments: { edges: { node: { reference: string; contact: { email: string } } }[] } };
    };
    const own = await providers.execute<Appointments>(APPOINTMENTS, { slug: CLINIC }, clinic);
    expect(own.errors).toBeUndefined();
    expect(own.data?.provider.appointments.edges.map((edge) => edge.node)).toContainEqual({
      reference,
      contact: { email: 'aiko.policy@example.jp' },
    });
    const other = await providers.execute<Appointments>(APPOINTMENTS, { slug: CLINIC }, otherClinic);
    expect(codes(other)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other)).not.toContain('aiko.policy@example.jp');

    // Which bookings staff may change is the policy's answer too, in the transaction: another clinic's is unknown.
    const CONFIRM = `mutation($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) {
      __typename ... on Appointment { status } } }`;
    const refused = await providers.execute<{ confirmAppointment: { __typename: string } }>(
      CONFIRM,
      { input: { reference } },
      otherClinic,
    );
    expect(refused.data?.confirmAppointment.__typename).toBe('NotFound');
    const confirmed = await providers.execute<{ confirmAppointment: { status: string } }>(
      CONFIRM,
      { input: { reference } },
      clinic,
    );
    expect(confirmed.data?.confirmAppointment.status).toBe('CONFIRMED');
    const marketingAsks = await providers.execute(CONFIRM, { input: { reference } }, marketing);
    expect(codes(marketingAsks)).toEqual(['FORBIDDEN']);
  });

  run('itineraries: a region’s staff read its inquiries and drafts; another region’s staff are refused', async () => {
    const slug = 'daejeon-science-festival-checkup';
    const packageId = seedId('package', slug);
    const asked = await itineraries.execute<{ submitInquiry: { reference: string } }>(
      `mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { ... on Inquiry { reference } } }`,
      {
        input: {
          packageId,
          partySize: 1,
          locale: 'ZH',
          consent: true,
          preferredStart: addDays(koreaDate(new Date()), 30),
          idempotencyKey: 'policy-inquiry',
          message: 'Is an interpreter included?',
          contact: { name: 'Li Wei', email: 'li.policy@example.cn', nationality: 'CN', locale: 'ZH' },
        },
      },
    );
    const reference = asked.data?.submitInquiry.reference;
    expect(reference).toMatch(/^MTQ-/);

    const INQUIRIES = `query($slug: String!) { package(slug: $slug) {
      inquiries(first: 100) { edges { node { reference contact { email } message } } } } }`;
    type Inquiries = {
      package: { inquiries: { edges: { node: { reference: string; contact: { email: string }; message: string } }[] } };
    };
    const own = await itineraries.execute<Inquiries>(INQUIRIES, { slug }, daejeon);
    expect(own.errors).toBeUndefined();
    expect(own.data?.package.inquiries.edges.map((edge) => edge.node)).toContainEqual({
      reference,
      contact: { email: 'li.policy@example.cn' },
      message: 'Is an interpreter included?',
    });
    const other = await itineraries.execute<Inquiries>(INQUIRIES, { slug }, busan);
    expect(codes(other)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other)).not.toContain('li.policy@example.cn');

    const STATUS = `mutation($id: ID!) { setPackageStatus(id: $id, status: DRAFT) {
      __typename ... on Package { status } } }`;
    expect(codes(await itineraries.execute(STATUS, { id: packageId }, busan))).toEqual(['FORBIDDEN']);
    const drafted = await itineraries.execute<{ setPackageStatus: { status: string } }>(
      STATUS,
      { id: packageId },
      daejeon,
    );
    expect(drafted.data?.setPackageStatus.status).toBe('DRAFT');
    const LOOKUP = `query($slug: String!) { package(slug: $slug) { status } }`;
    expect((await itineraries.execute(LOOKUP, { slug }, daejeon)).data).toEqual({ package: { status: 'DRAFT' } });
    expect((await itineraries.execute(LOOKUP, { slug }, busan)).data).toEqual({ package: null });
  });

  run('campaigns: an organisation’s marketing staff read results and pause; another’s are refused', async () => {
    const slug = 'us-forces-daejeon-care';
    const id = seedId('campaign', slug);
    const STATS = `query($id: ID!) { campaign(id: $id) { stats { impressions clicks } } }`;
    type Stats = { campaign: { stats: { impressions: number; clicks: number } } };
    const own = await campaigns.execute<Stats>(STATS, { id }, marketing);
    const admin = await campaigns.execute<Stats>(STATS, { id }, CASES['platform-admin'].staff);
    expect(own.errors).toBeUndefined();
    expect(own.data?.campaign.stats).toEqual(admin.data?.campaign.stats);
    expect(codes(await campaigns.execute(STATS, { id }, otherMarketing))).toEqual(['FORBIDDEN']);

    const MINE = `{ myCampaigns(first: 100) { edges { node { slug } } } }`;
    type Mine = { myCampaigns: { edges: { node: { slug: string } }[] } };
    const mine = await campaigns.execute<Mine>(MINE, {}, marketing);
    expect(mine.data?.myCampaigns.edges.map((edge) => edge.node.slug)).toContain(slug);
    const theirs = await campaigns.execute<Mine>(MINE, {}, otherMarketing);
    expect(theirs.data?.myCampaigns.edges.map((edge) => edge.node.slug)).not.toContain(slug);

    const PAUSE = `mutation($id: ID!) { pauseCampaign(id: $id) { __typename ... on Campaign { status } } }`;
    expect(codes(await campaigns.execute(PAUSE, { id }, otherMarketing))).toEqual(['FORBIDDEN']);
    const paused = await campaigns.execute<{ pauseCampaign: { status: string } }>(PAUSE, { id }, marketing);
    expect(paused.data?.pauseCampaign.status).toBe('PAUSED');
  });
});
