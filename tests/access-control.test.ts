import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, type Staff } from '../core/auth';
import { addDays, koreaDate } from '../core/time';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

const PROVIDER = 'gangnam-lumiere-dermatology';
const PACKAGE = 'daejeon-science-festival-checkup';
const CAMPAIGN = 'us-forces-daejeon-care';
const patientEmail = 'aiko.tanaka@example.jp';
const inquirerEmail = 'li.wei@example.cn';

const token = (staff: Staff, lifetime = 3600) => issueToken(testSettings.AUTH_SECRET, staff, lifetime);

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

describe.each(databaseTargets())('who sees what, on $name', (target) => {
  let stack: Stack;
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
  });
  afterAll(() => stack?.stop());

  const cases = OPERATIONS.flatMap((operation) =>
    Object.keys(ROLES).map((role) => ({ operation, role, allowed: operation.allowed.includes(role) })),
  );

  run.each(cases)('$operation.name — $role: allowed $allowed', async ({ operation, role, allowed }) => {
    const staff = ROLES[role];
    const answer = await post(operation.query, staff ? { authorization: `Bearer ${token(staff)}` } : {});
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

  run('keeps the patient’s contact out of the booking answer for anonymous callers', async () => {
    const answer = await post(`{ provider(slug: "${PROVIDER}") { id } }`);
    expect(answer.text).not.toContain(patientEmail);
  });

  const platformAdmin = ROLES['platform-admin'] as Staff;
  const badTokens: [string, () => string][] = [
    ['a forged signature', () => `${token(platformAdmin).slice(0, -4)}AAAA`],
    ['an expired token', () => token(platformAdmin, -60)],
    ['a token signed with another secret', () => issueToken('some-other-secret-that-is-long-enough-00', platformAdmin)],
    [
      'an unsigned "alg: none" token',
      () => {
        const [, payload] = token(platformAdmin).split('.');
        return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      },
    ],
    ['garbage', () => 'not-a-token'],
  ];

  run.each(badTokens)('refuses %s with 401 UNAUTHENTICATED and no data', async (_name, make) => {
    const answer = await post(OPERATIONS[0]?.query ?? '', { authorization: `Bearer ${make()}` });
    expect(answer.status).toBe(401);
    expect(answer.text).not.toContain(patientEmail);
    expect(JSON.parse(answer.text)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});
