import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, type Staff } from '../core/auth';
import { koreaDate } from '../core/time';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

const CAMPAIGN = 'us-forces-daejeon-care';
const CODE = 'USFKDJ';
const owner: Staff = { kind: 'staff', id: 'm1', role: 'marketing', organisation: 'daejeon-tourism' };
const stranger: Staff = { kind: 'staff', id: 'm2', role: 'marketing', organisation: 'seoul-global-health' };

const STATS = `query($slug: String!) {
  campaign(slug: $slug) {
    inquiryStats { total breakdown { day country siteKey count } }
    appointmentStats { total breakdown { day country siteKey count } }
  }
}`;

interface Conversions {
  total: number;
  breakdown: { day: string; country: string; siteKey: string | null; count: number }[];
}
interface StatsAnswer {
  data: { campaign: { inquiryStats: Conversions | null; appointmentStats: Conversions | null } } | null;
  errors?: { extensions: { code: string } }[];
}

describe.each(databaseTargets())('inquiries and bookings carry the campaign that brought them, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, staff: Staff | null = null) {
    const response = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(staff && { authorization: `Bearer ${issueToken(testSettings.AUTH_SECRET, staff, 600)}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as T;
  }

  let keys = 0;
  const contact = (nationality: string) => ({
    name: 'Jordan Lee',
    email: 'jordan@example.com',
    nationality,
    locale: 'EN',
  });

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    const found = await gql<{
      data: {
        package: { id: string };
        provider: { availability: { id: string; remaining: number }[] };
      };
    }>(
      `query($from: DateTime!, $to: DateTime!) {
        package(slug: "daejeon-science-festival-checkup") { id }
        provider(slug: "gangnam-lumiere-dermatology") { availability(from: $from, to: $to) { id remaining } }
      }`,
      {
        from: new Date(Date.now() + 86_400_000).toISOString(),
        to: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    );
    const inquire = (nationality: string, siteKey: string | null, campaignCode: string | null) =>
      gql(`mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename } }`, {
        input: {
          packageId: found.data.package.id,
          contact: contact(nationality),
          partySize: 1,
          locale: 'EN',
          consent: true,
          campaignCode,
          siteKey,
          idempotencyKey: `attribution-${target.name}-${(keys += 1)}`,
        },
      });
    await inquire('US', 'daejeon-tourism-site', CODE);
    await inquire('US', 'daejeon-tourism-site', CODE.toLowerCase());
    await inquire('KR', null, CODE);
    await inquire('US', 'daejeon-tourism-site', null);
    await inquire('US', 'daejeon-tourism-site', 'KPOPJP');

    const slots = found.data.provider.availability.filter((slot) => slot.remaining >= 2);
    const hold = async (slotId: string) =>
      gql<{ data: { holdSlot: { reference: string; cancelSecret: string } } }>(
        `mutation($input: HoldSlotInput!) { holdSlot(input: $input) { ... on Appointment { reference cancelSecret } } }`,
        {
          input: {
            slotId,
            partySize: 1,
            consent: true,
            idempotencyKey: `attribution-hold-${target.name}-${(keys += 1)}`,
            contact: contact('US'),
            campaignCode: CODE,
            siteKey: 'daejeon-tourism-site',
          },
        },
      );
    await hold(slots[0]?.id ?? '');
    const cancelled = await hold(slots[1]?.id ?? '');
    await gql(`mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { __typename } }`, {
      input: { reference: cancelled.data.holdSlot.reference, secret: cancelled.data.holdSlot.cancelSecret },
    });
  });
  afterAll(() => stack?.stop());

  run('the campaign’s team sees its inquiries and bookings per day, nationality and site', async () => {
    const today = koreaDate(new Date());
    const answer = await gql<StatsAnswer>(STATS, { slug: CAMPAIGN }, owner);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.campaign.inquiryStats).toEqual({
      total: 3,
      breakdown: [
        { day: today, country: 'KR', siteKey: null, count: 1 },
        { day: today, country: 'US', siteKey: 'daejeon-tourism-site', count: 2 },
      ],
    });
    // The cancelled booking no longer counts.
    expect(answer.data?.campaign.appointmentStats).toEqual({
      total: 1,
      breakdown: [{ day: today, country: 'US', siteKey: 'daejeon-tourism-site', count: 1 }],
    });
  });

  run('another organisation’s marketing and anonymous callers get no numbers', async () => {
    const foreign = await gql<StatsAnswer>(STATS, { slug: CAMPAIGN }, stranger);
    expect(foreign.data?.campaign).toEqual({ inquiryStats: null, appointmentStats: null });
    expect(foreign.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const anonymous = await gql<StatsAnswer>(STATS, { slug: CAMPAIGN });
    expect(anonymous.errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });
});
