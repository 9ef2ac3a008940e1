import { CompactSign, generateKeyPair, type CompactJWSHeaderParameters } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { issueDevToken } from '../core/oidc';
import { addDays, koreaDate } from '../core/time';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

const PROVIDER = 'gangnam-lumiere-dermatology';
const PACKAGE = 'daejeon-science-festival-checkup';
const CAMPAIGN = 'us-forces-daejeon-care';
const patientEmail = 'aiko.tanaka@example.jp';
const inquirerEmail = 'li.wei@example.cn';

const token = (staff: Staff, options: { lifetimeSeconds?: number; now?: number } = {}) =>
  issueDevToken(staff, { settings: testSettings, lifetimeSeconds: 3600, ...options });

/** Everyone who might ask, signed in or not. */
const ROLES: Record<string, Staff | null> = {
  anonymous: null,
  'provider-admin of the clinic': { kind: 'staff', id: 's1', role: 'provider-admin', provider: PROVIDER },
  'provider-admin of another hospital': {
    kind: 'staff',
    id: 's2',
    role: 'provider-admin',
    provider: 'saebit-transplant-center',
  },
  'tourism-admin of Daejeon': { kind: 'staff', id: 's3', role: 'tourism-admin', region: 'DAEJEON' },
  'tourism-admin of Busan': { kind: 'staff', id: 's4', role: 'tourism-admin', region: 'BUSAN' },
  'marketing of Daejeon Tourism': { kind: 'staff', id: 's5', role: 'marketing', organisation: 'daejeon-tourism' },
  'marketing of another organisation': {
    kind: 'staff',
    id: 's6',
    role: 'marketing',
    organisation: 'seoul-global-health',
  },
  'platform-admin': { kind: 'staff', id: 's7', role: 'platform-admin' },
};

/** What each staff operation reads, and who may read it. */
const OPERATIONS = [
  {
    name: 'a provider’s appointments with patient contacts',
    query: `{ provider(slug: "${PROVIDER}") { appointments { totalCount edges { node { reference contact { email } } } } } }`,
    secret: patientEmail,
    allowed: ['provider-admin of the clinic', 'platform-admin'],
  },
  {
    name: 'a package’s inquiries with contacts and messages',
    query: `{ package(slug: "${PACKAGE}") { inquiries { totalCount edges { node { reference contact { email } message } } } } }`,
    secret: inquirerEmail,
    allowed: ['tourism-admin of Daejeon', 'platform-admin'],
  },
  {
    name: 'a campaign’s results',
    query: `{ campaign(slug: "${CAMPAIGN}") { stats { impressions clicks clickThroughRate } } }`,
    secret: '"impressions"',
    allowed: ['marketing of Daejeon Tourism', 'platform-admin'],
  },
];

/** What each staff operation changes, and who may change it; the variables come from the seeded data. */
interface Ids {
  slotId: string;
  providerId: string;
  packageId: string;
  campaignId: string;
}
const WRITES: { name: string; query: string; variables: (ids: Ids) => Record<string, unknown>; allowed: string[] }[] = [
  {
    name: 'publishing slots in a clinic’s calendar',
    query: `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { __typename } }`,
    variables: ({ providerId }) => ({
      input: {
        providerId,
        mode: 'REMOTE',
        startsAt: [new Date(Date.now() + 50 * 86_400_000).toISOString()],
        durationMinutes: 30,
        capacity: 1,
      },
    }),
    allowed: ['provider-admin of the clinic', 'platform-admin'],
  },
  {
    name: 'editing a clinic’s slot',
    query: `mutation($input: UpdateSlotInput!) { updateSlot(input: $input) { __typename } }`,
    variables: ({ slotId }) => ({ input: { slotId, interpreterLanguage: 'JA' } }),
    allowed: ['provider-admin of the clinic', 'platform-admin'],
  },
  {
    name: 'closing a clinic’s slot',
    query: `mutation($slotId: ID!) { closeSlot(slotId: $slotId) { __typename } }`,
    variables: ({ slotId }) => ({ slotId }),
    allowed: ['provider-admin of the clinic', 'platform-admin'],
  },
  {
    name: 'publishing a Daejeon package',
    query: `mutation($id: ID!) { setPackageStatus(id: $id, status: PUBLISHED) { __typename } }`,
    variables: ({ packageId }) => ({ id: packageId }),
    allowed: ['tourism-admin of Daejeon', 'platform-admin'],
  },
  {
    name: 'creating a Daejeon package',
    query: `mutation($input: PackageInput!) { createPackage(input: $input) { __typename } }`,
    variables: () => ({
      input: {
        slug: 'daejeon-access-matrix',
        title: [{ locale: 'EN', text: 'Matrix' }],
        summary: [{ locale: 'EN', text: 'Matrix' }],
        theme: 'FESTIVAL',
        segment: 'STANDARD',
        region: 'DAEJEON',
        durationDays: 1,
        maxGuardians: 0,
        visa: { recommended: 'K_ETA_EXEMPT' },
        prices: [{ kind: 'TOURISM', label: [{ locale: 'EN', text: 'Tour' }], amountKrw: 1000 }],
        days: [
          {
            title: [{ locale: 'EN', text: 'Day' }],
            steps: [{ kind: 'TOUR', title: [{ locale: 'EN', text: 'Expo park' }], category: 'FESTIVAL' }],
          },
        ],
      },
    }),
    allowed: ['tourism-admin of Daejeon', 'platform-admin'],
  },
  {
    name: 'changing a Daejeon Tourism campaign’s creative',
    query: `mutation($id: ID!, $input: CreativeInput!) { setCampaignCreative(campaignId: $id, input: $input) { __typename } }`,
    variables: ({ campaignId }) => ({
      id: campaignId,
      input: {
        locale: 'KO',
        headline: '대전 의료관광',
        body: '주한미군 가족을 위한 건강검진',
        imageUrl: '/demo/img/festival.svg',
        ctaLabel: '보기',
        ctaUrl: '/demo/city.html',
      },
    }),
    allowed: ['marketing of Daejeon Tourism', 'platform-admin'],
  },
  {
    name: 'pausing a Daejeon Tourism campaign',
    query: `mutation($id: ID!) { pauseCampaign(id: $id) { __typename } }`,
    variables: ({ campaignId }) => ({ id: campaignId }),
    allowed: ['marketing of Daejeon Tourism', 'platform-admin'],
  },
];

describe.each(databaseTargets())('who sees what, on $name', (target) => {
  let stack: Stack;
  let ids: Ids;
  const run = target.skipReason ? it.skip : it;

  const post = async (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) => {
    const response = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    const slots = await post(
      `query($from: DateTime!, $to: DateTime!) { provider(slug: "${PROVIDER}") { availability(from: $from, to: $to) { id } } }`,
      {},
      {
        from: new Date(Date.now() + 86_400_000).toISOString(),
        to: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      },
    );
    const slotId = (JSON.parse(slots.text) as { data: { provider: { availability: { id: string }[] } } }).data.provider
      .availability[0]?.id;
    const held = await post(
      `mutation($input: HoldSlotInput!) { holdSlot(input: $input) { __typename } }`,
      {},
      {
        input: {
          slotId,
          partySize: 1,
          consent: true,
          idempotencyKey: 'access-control-hold',
          contact: { name: 'Aiko Tanaka', email: patientEmail, nationality: 'JP', locale: 'JA' },
        },
      },
    );
    expect(held.text).toContain('Appointment');
    const pkg = await post(`{ package(slug: "${PACKAGE}") { id } }`);
    const packageId = (JSON.parse(pkg.text) as { data: { package: { id: string } } }).data.package.id;
    const asked = await post(
      `mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename } }`,
      {},
      {
        input: {
          packageId,
          partySize: 1,
          locale: 'ZH',
          consent: true,
          preferredStart: addDays(koreaDate(new Date()), 30),
          idempotencyKey: 'access-control-inquiry',
          message: 'Is an interpreter included?',
          contact: { name: 'Li Wei', email: inquirerEmail, nationality: 'CN', locale: 'ZH' },
        },
      },
    );
    expect(asked.text).toContain('Inquiry');
    const found = await post(
      `{ provider(slug: "${PROVIDER}") { id } campaign(slug: "${CAMPAIGN}") { id } package(slug: "${PACKAGE}") { id } }`,
    );
    const { data } = JSON.parse(found.text) as {
      data: { provider: { id: string }; campaign: { id: string }; package: { id: string } };
    };
    ids = {
      slotId: slotId ?? '',
      providerId: data.provider.id,
      packageId: data.package.id,
      campaignId: data.campaign.id,
    };
  });
  afterAll(() => stack?.stop());

  const cases = OPERATIONS.flatMap((operation) =>
    Object.keys(ROLES).map((role) => ({ operation, role, allowed: operation.allowed.includes(role) })),
  );

  run.each(cases)('$operation.name — $role: allowed $allowed', async ({ operation, role, allowed }) => {
    const staff = ROLES[role];
    const answer = await post(operation.query, staff ? { authorization: `Bearer ${await token(staff)}` } : {});
    expect(answer.status).toBe(200);
    if (allowed) {
      expect(answer.text).not.toContain('"errors"');
      expect(answer.text).toContain(operation.secret);
    } else {
      expect(answer.text).not.toContain(operation.secret);
      const body = JSON.parse(answer.text) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe(staff ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });

  const writeCases = WRITES.flatMap((operation) =>
    Object.keys(ROLES).map((role) => ({ operation, role, allowed: operation.allowed.includes(role) })),
  );

  run.each(writeCases)('$operation.name — $role: allowed $allowed', async ({ operation, role, allowed }) => {
    const staff = ROLES[role];
    const answer = await post(
      operation.query,
      staff ? { authorization: `Bearer ${await token(staff)}` } : {},
      operation.variables(ids),
    );
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text) as {
      data: Record<string, { __typename: string }> | null;
      errors?: { extensions: { code: string } }[];
    };
    if (allowed) {
      // Allowed callers get the operation's own answer (repeats may be refused for other reasons, never access).
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {})[0]?.__typename).toMatch(
        /^(Slot|SlotsPublished|Package|Campaign|InvalidInput|InvalidTransition)$/,
      );
    } else {
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions.code).toBe(staff ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });

  run('keeps the patient’s contact out of the booking answer for anonymous callers', async () => {
    const answer = await post(`{ provider(slug: "${PROVIDER}") { id } }`);
    expect(answer.text).not.toContain(patientEmail);
  });

  const platformAdmin = ROLES['platform-admin'] as Staff;
  const badTokens: [string, () => Promise<string>][] = [
    ['a forged signature', async () => `${(await token(platformAdmin)).slice(0, -4)}AAAA`],
    ['an expired token', () => token(platformAdmin, { now: Date.now() - 2 * 3600_000 })],
    [
      'a token signed with another key under the issuer’s key id',
      async () => {
        const [header, payload] = (await token(platformAdmin)).split('.');
        const { privateKey } = await generateKeyPair('ES256');
        const issuerHeader = JSON.parse(
          Buffer.from(header ?? '', 'base64url').toString('utf8'),
        ) as CompactJWSHeaderParameters;
        return new CompactSign(Buffer.from(payload ?? '', 'base64url'))
          .setProtectedHeader(issuerHeader)
          .sign(privateKey);
      },
    ],
    [
      'an unsigned "alg: none" token',
      async () => {
        const [, payload] = (await token(platformAdmin)).split('.');
        return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      },
    ],
    ['garbage', async () => 'not-a-token'],
  ];

  run.each(badTokens)('refuses %s with 401 UNAUTHENTICATED and no data', async (_name, make) => {
    const answer = await post(OPERATIONS[0]?.query ?? '', { authorization: `Bearer ${await make()}` });
    expect(answer.status).toBe(401);
    expect(answer.text).not.toContain(patientEmail);
    expect(JSON.parse(answer.text)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});
