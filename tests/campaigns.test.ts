import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../core/seed-id';
import { campaignsSubgraph } from '../subgraphs/campaigns/index';
import { campaignEvents } from '../subgraphs/campaigns/schema';
import { readCampaignSeed } from '../subgraphs/campaigns/seed';
import { databaseTargets } from './support/databases';
import { openSubgraph, type InProcessSubgraph } from './support/subgraph';

const seed = readCampaignSeed();
const isActive = (campaign: (typeof seed.campaigns)[number]) =>
  !campaign.paused && campaign.startsDays <= 0 && campaign.endsDays > 0;

const TRACK = `mutation($input: TrackCampaignEventInput!) { trackCampaignEvent(input: $input) }`;

describe.each(databaseTargets())('campaigns subgraph on $name', (target) => {
  let subgraph: InProcessSubgraph<typeof campaignsSubgraph.tables>;
  const run = target.skipReason ? it.skip : it;

  beforeAll(async () => {
    if (target.skipReason) return;
    subgraph = await openSubgraph(campaignsSubgraph, await target.create());
  });
  afterAll(() => subgraph?.close());

  async function eventCount(campaignId: string) {
    const [row] = await subgraph.database.db
      .select({ value: count() })
      .from(campaignEvents)
      .where(eq(campaignEvents.campaignId, campaignId));
    return row?.value ?? 0;
  }

  run('writes a burst of 1,200 banner events with a handful of INSERTs and counts every one', async () => {
    const running = seed.campaigns.find(isActive);
    const campaignId = seedId('campaign', running?.slug ?? '');
    const before = await eventCount(campaignId);
    const track = (kind: 'IMPRESSION' | 'CLICK', viewId: string) =>
      subgraph.execute<{ trackCampaignEvent: boolean }>(
        TRACK,
        { input: { campaignId, kind, siteKey: 'demo-site', placement: 'hero', viewId } },
        undefined,
        'demo-site',
      );
    subgraph.database.statements.recorded = [];
    try {
      // 1,080 page views at once; in 120 of them the visitor clicks, once the banner's impression is acknowledged.
      const answers = (
        await Promise.all(
          Array.from({ length: 1_080 }, async (_, index) => {
            const viewId = randomUUID();
            const shown = await track('IMPRESSION', viewId);
            return index < 120 ? [shown, await track('CLICK', viewId)] : [shown];
          }),
        )
      ).flat();
      expect(answers).toHaveLength(1_200);
      expect(answers.every((answer) => answer.data?.trackCampaignEvent === true)).toBe(true);
      const inserts = subgraph.database.statements.recorded.filter((statement) =>
        statement.query.startsWith('insert into "campaigns"."campaign_events"'),
      );
      expect(inserts.length).toBeGreaterThanOrEqual(3);
      expect(inserts.length).toBeLessThanOrEqual(10);
    } finally {
      subgraph.database.statements.recorded = null;
    }
    // Every acknowledged event is stored by the time its mutation answered.
    expect(await eventCount(campaignId)).toBe(before + 1_200);
  });

  run('picks the campaigns running now for a visitor from each target country', async () => {
    for (const country of ['JP', 'CN', 'US', 'TW', 'TH', 'MN', 'VN', 'KZ']) {
      const result = await subgraph.execute<{
        activeCampaigns: { slug: string; status: string; targetCountries: string[] }[];
      }>(`query($country: String) { activeCampaigns(country: $country, first: 20) { slug status targetCountries } }`, {
        country,
      });
      const expected = seed.campaigns
        .filter((campaign) => isActive(campaign) && campaign.targetCountries.includes(country))
        .map((campaign) => campaign.slug)
        .sort();
      expect(expected.length, `an active campaign for ${country}`).toBeGreaterThan(0);
      expect(result.data?.activeCampaigns.map((campaign) => campaign.slug).sort()).toEqual(expected);
      expect(result.data?.activeCampaigns.every((campaign) => campaign.status === 'ACTIVE')).toBe(true);
    }
  });

  run('derives scheduled, paused and ended status from the schedule', async () => {
    const result = await subgraph.execute<{ campaigns: { edges: { node: { slug: string; status: string } }[] } }>(
      `{ campaigns(first: 100) { edges { node { slug status } } } }`,
    );
    const statuses = Object.fromEntries(
      result.data?.campaigns.edges.map((edge) => [edge.node.slug, edge.node.status]) ?? [],
    );
    for (const campaign of seed.campaigns) {
      const expected =
        campaign.endsDays <= 0
          ? 'ENDED'
          : campaign.paused
            ? 'PAUSED'
            : campaign.startsDays > 0
              ? 'SCHEDULED'
              : 'ACTIVE';
      expect(statuses[campaign.slug], campaign.slug).toBe(expected);
    }
    expect(new Set(Object.values(statuses))).toEqual(new Set(['ACTIVE', 'SCHEDULED', 'PAUSED', 'ENDED']));
  });

  run('shows the creative in the visitor’s language, else the English one', async () => {
    const campaign = seed.campaigns.find(
      (candidate) => candidate.creatives.JA && !candidate.creatives.AR && candidate.creatives.EN,
    );
    const result = await subgraph.execute<{
      campaign: { ja: { locale: string; headline: string }; ar: { locale: string; headline: string } };
    }>(
      `query($slug: String!) { campaign(slug: $slug) { ja: creative(locale: JA) { locale headline } ar: creative(locale: AR) { locale headline } } }`,
      { slug: campaign?.slug },
    );
    expect(result.data?.campaign.ja).toEqual({ locale: 'JA', headline: campaign?.creatives.JA?.headline });
    expect(result.data?.campaign.ar).toEqual({ locale: 'EN', headline: campaign?.creatives.EN?.headline });
  });

  run('counts an impression and a click for a running campaign, and not for a paused one', async () => {
    const running = seed.campaigns.find(isActive);
    const paused = seed.campaigns.find((campaign) => campaign.paused && campaign.endsDays > 0);
    const runningId = seedId('campaign', running?.slug ?? '');
    const marketing = {
      kind: 'staff',
      id: 'm1',
      role: 'marketing',
      organisation: running?.organisation ?? '',
    } as const;
    const before = await eventCount(runningId);
    const statsBefore = await subgraph.execute<{ campaign: { stats: { impressions: number; clicks: number } } }>(
      `query($id: ID!) { campaign(id: $id) { stats { impressions clicks } } }`,
      { id: runningId },
      marketing,
    );
    const viewId = randomUUID();
    for (const kind of ['IMPRESSION', 'CLICK']) {
      const tracked = await subgraph.execute<{ trackCampaignEvent: boolean }>(
        TRACK,
        { input: { campaignId: runningId, kind, siteKey: 'demo-site', placement: 'hero', country: 'jp', viewId } },
        undefined,
        'demo-site',
      );
      expect(tracked.data?.trackCampaignEvent).toBe(true);
    }
    expect(await eventCount(runningId)).toBe(before + 2);
    const statsAfter = await subgraph.execute<{
      campaign: { stats: { impressions: number; clicks: number; clickThroughRate: number } };
    }>(
      `query($id: ID!) { campaign(id: $id) { stats { impressions clicks clickThroughRate } } }`,
      { id: runningId },
      marketing,
    );
    const after = statsAfter.data?.campaign.stats;
    expect(after?.impressions).toBe((statsBefore.data?.campaign.stats.impressions ?? 0) + 1);
    expect(after?.clicks).toBe((statsBefore.data?.campaign.stats.clicks ?? 0) + 1);
    expect(after?.clickThroughRate).toBeCloseTo((after?.clicks ?? 0) / (after?.impressions ?? 1));

    const pausedId = seedId('campaign', paused?.slug ?? '');
    const pausedBefore = await eventCount(pausedId);
    const refused = await subgraph.execute<{ trackCampaignEvent: boolean }>(
      TRACK,
      { input: { campaignId: pausedId, kind: 'IMPRESSION', siteKey: 'demo-site', viewId: randomUUID() } },
      undefined,
      'demo-site',
    );
    expect(refused.data?.trackCampaignEvent).toBe(false);
    expect(await eventCount(pausedId)).toBe(pausedBefore);
  });

  run('refuses a malformed site key, campaign id or view id, or an unknown campaign, with BAD_USER_INPUT', async () => {
    const running = seed.campaigns.find(isActive);
    const runningId = seedId('campaign', running?.slug ?? '');
    const before = await eventCount(runningId);
    const refusal = async (input: Record<string, unknown>) =>
      (
        await subgraph.execute(
          TRACK,
          {
            input: { campaignId: runningId, kind: 'IMPRESSION', siteKey: 'demo-site', viewId: randomUUID(), ...input },
          },
          undefined,
          'demo-site',
        )
      ).errors?.[0]?.extensions;
    expect(await refusal({ siteKey: 'Demo Site!' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.siteKey',
    });
    expect(await refusal({ campaignId: "1' or 1=1 --" })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.campaignId',
    });
    expect(await refusal({ campaignId: randomUUID() })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.campaignId',
    });
    expect(await refusal({ viewId: 'view-1' })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.viewId' });
    expect(await eventCount(runningId)).toBe(before);
  });

  run('lists promotion events of every kind in date order, filtered by target country', async () => {
    const result = await subgraph.execute<{
      promotionEvents: {
        totalCount: number;
        edges: { node: { kind: string; startsAt: string; targetCountries: string[] } }[];
      };
    }>(`{ promotionEvents(first: 100) { totalCount edges { node { kind startsAt targetCountries } } } }`);
    const nodes = result.data?.promotionEvents.edges.map((edge) => edge.node) ?? [];
    expect(result.data?.promotionEvents.totalCount).toBe(seed.promotionEvents.length);
    expect(new Set(nodes.map((node) => node.kind))).toEqual(
      new Set(['PR_BRIEFING', 'EXHIBITION', 'FAM_TOUR', 'WORKSHOP', 'NEWSLETTER', 'AGREEMENT']),
    );
    const starts = nodes.map((node) => Date.parse(node.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const paged = await subgraph.execute<{ promotionEvents: { edges: { cursor: string }[] } }>(
      `{ promotionEvents(first: 2) { edges { cursor } } }`,
    );
    const after = paged.data?.promotionEvents.edges[1]?.cursor;
    const next = await subgraph.execute<{ promotionEvents: { edges: { node: { kind: string } }[] } }>(
      `query($after: String) { promotionEvents(first: 100, after: $after) { edges { node { kind } } } }`,
      { after },
    );
    expect(next.data?.promotionEvents.edges).toHaveLength(seed.promotionEvents.length - 2);

    const forged = Buffer.from('mt1:not-a-date|x').toString('base64url');
    const refused = await subgraph.execute(`query($after: String) { promotionEvents(after: $after) { totalCount } }`, {
      after: forged,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
