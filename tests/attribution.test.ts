import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { eq } from 'drizzle-orm';
import { koreaDate } from '../core/time';
import { campaignEvents } from '../subgraphs/campaigns/schema';
import { fromPage, trackFromPage } from './support/banner-events';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';

// A running campaign with no seeded inquiries, so every count here comes from this test.
const CAMPAIGN = 'advanced-care-mongolia-kazakhstan';
const CODE = 'ADVCAREMNKZ';
const owner: Staff = { kind: 'staff', id: 'm1', role: 'marketing', organisation: 'hanbit-international-office' };
const stranger: Staff = { kind: 'staff', id: 'm2', role: 'marketing', organisation: 'daejeon-tourism' };
const clinicStaff: Staff = { kind: 'staff', id: 'c1', role: 'provider-admin', provider: 'gangnam-lumiere-dermatology' };

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

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, staff: Staff | null = null) =>
    (await stack.query(query, variables, staff)) as T;

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
    // Inquiries and bookings from a partner's page (its site verified by Origin) and from a server (no site).
    const inquire = (nationality: string, page: 'daejeon-tourism-site' | null, campaignCode: string | null) => {
      const input = {
        packageId: found.data.package.id,
        contact: contact(nationality),
        partySize: 1,
        locale: 'EN',
        consent: true,
        campaignCode,
        siteKey: page,
        idempotencyKey: `attribution-${target.name}-${(keys += 1)}`,
      };
      return page
        ? fromPage(stack, page, 'SubmitInquiry', { input })
        : gql(`mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename } }`, { input });
    };
    await inquire('US', 'daejeon-tourism-site', CODE);
    await inquire('US', 'daejeon-tourism-site', CODE.toLowerCase());
    await inquire('KR', null, CODE);
    await inquire('US', 'daejeon-tourism-site', null);
    await inquire('US', 'daejeon-tourism-site', 'KPOPJP');

    const slots = found.data.provider.availability.filter((slot) => slot.remaining >= 2);
    const hold = async (slotId: string) =>
      fromPage<{ holdSlot: { reference: string } }>(stack, 'daejeon-tourism-site', 'HoldSlot', {
        input: {
          slotId,
          partySize: 1,
          consent: true,
          idempotencyKey: `attribution-hold-${target.name}-${(keys += 1)}`,
          contact: contact('US'),
          campaignCode: CODE,
          siteKey: 'daejeon-tourism-site',
        },
      });
    await hold(slots[0]?.id ?? '');
    const cancelled = await hold(slots[1]?.id ?? '');
    await gql(
      `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { __typename } }`,
      { input: { reference: cancelled.data?.holdSlot.reference } },
      clinicStaff,
    );
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

  const FULL_STATS = `query($slug: String!) {
    campaign(slug: $slug) {
      id
      stats {
        impressions clicks clickThroughRate inquiries appointments conversionRate
        traffic { day country siteKey impressions clicks }
      }
    }
  }`;
  interface Traffic {
    day: string;
    country: string | null;
    siteKey: string;
    impressions: number;
    clicks: number;
  }
  interface FullStats {
    data: {
      campaign: {
        id: string;
        stats: {
          impressions: number;
          clicks: number;
          clickThroughRate: number;
          inquiries: number;
          appointments: number;
          conversionRate: number;
          traffic: Traffic[];
        };
      };
    };
  }

  run('a replayed stream of banner events adds up exactly, and the totals equal the stored events', async () => {
    const before = (await gql<FullStats>(FULL_STATS, { slug: CAMPAIGN }, owner)).data.campaign;
    // Banners on the Daejeon portal for Mongolian visitors and on the demo pages for visitors of unknown country;
    // the clicks come from page views that had their impression.
    const portalViews = Array.from({ length: 12 }, () => randomUUID());
    const demoViews = Array.from({ length: 5 }, () => randomUUID());
    const portal = { page: 'daejeon-tourism-site', country: 'MN' } as const;
    const demo = { page: 'demo-site', country: null } as const;
    const stream = [
      ...portalViews.map((viewId) => ({ ...portal, kind: 'IMPRESSION', viewId }) as const),
      ...portalViews.slice(0, 3).map((viewId) => ({ ...portal, kind: 'CLICK', viewId }) as const),
      ...demoViews.map((viewId) => ({ ...demo, kind: 'IMPRESSION', viewId }) as const),
      { ...demo, kind: 'CLICK', viewId: demoViews[0] ?? '' } as const,
    ];
    for (const { page, ...event } of stream) {
      const tracked = await trackFromPage(stack, page, { campaignId: before.id, placement: 'hero', ...event });
      expect(tracked).toBe(true);
    }
    const after = (await gql<FullStats>(FULL_STATS, { slug: CAMPAIGN }, owner)).data.campaign.stats;
    expect(after.impressions - before.stats.impressions).toBe(17);
    expect(after.clicks - before.stats.clicks).toBe(4);

    const today = koreaDate(new Date());
    const row = (stats: { traffic: Traffic[] }, siteKey: string, country: string | null) =>
      stats.traffic.find((r) => r.day === today && r.siteKey === siteKey && r.country === country) ?? {
        impressions: 0,
        clicks: 0,
      };
    expect(
      row(after, 'daejeon-tourism-site', 'MN').impressions -
        row(before.stats, 'daejeon-tourism-site', 'MN').impressions,
    ).toBe(12);
    expect(row(after, 'demo-site', null).clicks - row(before.stats, 'demo-site', null).clicks).toBe(1);

    // Independently of the API: every stored event of the campaign, counted here.
    const stored = await stack.subgraphs.campaigns.database.db
      .select()
      .from(campaignEvents)
      .where(eq(campaignEvents.campaignId, before.id));
    expect(after.impressions).toBe(stored.filter((event) => event.kind === 'IMPRESSION').length);
    expect(after.clicks).toBe(stored.filter((event) => event.kind === 'CLICK').length);
    const expected = new Map<string, Traffic>();
    for (const event of stored) {
      const day = koreaDate(event.occurredAt);
      const key = `${day}|${event.country ?? ''}|${event.siteKey}`;
      const entry = expected.get(key) ?? {
        day,
        country: event.country,
        siteKey: event.siteKey,
        impressions: 0,
        clicks: 0,
      };
      if (event.kind === 'IMPRESSION') entry.impressions += 1;
      else entry.clicks += 1;
      expected.set(key, entry);
    }
    const byKey = (rows: Traffic[]) =>
      rows.map((r) => `${r.day}|${r.country ?? ''}|${r.siteKey}|${r.impressions}|${r.clicks}`).sort();
    expect(byKey(after.traffic)).toEqual(byKey([...expected.values()]));

    expect(after).toMatchObject({ inquiries: 3, appointments: 1 });
    expect(after.conversionRate).toBeCloseTo(4 / after.clicks, 12);
    expect(after.clickThroughRate).toBeCloseTo(after.clicks / after.impressions, 12);
  });

  run('an inquiry or booking naming a site it does not come from is refused and credits no one', async () => {
    const before = await gql<StatsAnswer>(STATS, { slug: CAMPAIGN }, owner);
    const { data } = await gql<{ data: { package: { id: string } } }>(
      `{ package(slug: "daejeon-science-festival-checkup") { id } }`,
    );
    const input = (siteKey: string) => ({
      packageId: data.package.id,
      contact: { ...contact('US'), email: 'forger@example.com' },
      partySize: 1,
      locale: 'EN',
      consent: true,
      campaignCode: CODE,
      siteKey,
      idempotencyKey: `attribution-forged-${target.name}-${(keys += 1)}`,
    });
    const refusal = {
      __typename: 'InvalidInput',
      fields: [{ field: 'siteKey', message: 'is not the embed site this request comes from' }],
    };
    const SUBMIT = `mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) {
      __typename ... on InvalidInput { fields { field message } } } }`;
    // A server (no Origin) claiming a partner's site, and a partner's page claiming another partner's.
    expect((await gql<{ data: unknown }>(SUBMIT, { input: input('daejeon-tourism-site') })).data).toEqual({
      submitInquiry: refusal,
    });
    const otherSite = await fromPage<{ submitInquiry: unknown }>(stack, 'demo-site', 'SubmitInquiry', {
      input: input('daejeon-tourism-site'),
    });
    expect(otherSite.data?.submitInquiry).toMatchObject({ __typename: 'InvalidInput' });
    expect(await gql<StatsAnswer>(STATS, { slug: CAMPAIGN }, owner)).toEqual(before);
  });

  run('another organisation’s marketing and anonymous callers get no numbers', async () => {
    const foreign = await gql<StatsAnswer>(STATS, { slug: CAMPAIGN }, stranger);
    expect(foreign.data?.campaign).toEqual({ inquiryStats: null, appointmentStats: null });
    expect(foreign.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const anonymous = await gql<StatsAnswer>(STATS, { slug: CAMPAIGN });
    expect(anonymous.errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });
});
