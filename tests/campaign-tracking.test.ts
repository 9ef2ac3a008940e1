import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { seedId } from '../core/seed-id';
import { koreaDate } from '../core/time';
import { CLICK_WINDOW_MS, writeTracking, type TrackingEntry } from '../subgraphs/campaigns/event-buffer';
import type { CampaignsDb } from '../subgraphs/campaigns/data';
import { campaignEvents } from '../subgraphs/campaigns/schema';
import { trackFromPage, type BannerEvent } from './support/banner-events';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';

// Seeded: running, aimed at Japan, on the hero and sidebar placements of the demo pages and the Lumière clinic site.
const CAMPAIGN = 'kpop-glow-japan';
const CAMPAIGN_ID = seedId('campaign', CAMPAIGN);
const PAUSED_ID = seedId('campaign', 'forest-healing-russia-kazakhstan');
const owner: Staff = { kind: 'staff', id: 'm1', role: 'marketing', organisation: 'seoul-global-health' };

const STATS = `query($slug: String!) {
  campaign(slug: $slug) {
    stats { impressions clicks traffic { day country siteKey impressions clicks } rejected { reason count } }
  }
}`;
interface Stats {
  impressions: number;
  clicks: number;
  traffic: { day: string; country: string | null; siteKey: string; impressions: number; clicks: number }[];
  rejected: { reason: string; count: number }[];
}

describe.each(databaseTargets())('campaign statistics cannot be forged, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;

  const stats = async (slug = CAMPAIGN) => {
    const answer = await stack.query<{ campaign: { stats: Stats } }>(STATS, { slug }, owner);
    expect(answer.errors).toBeUndefined();
    return answer.data?.campaign.stats as Stats;
  };
  const rejected = (of: Stats) => Object.fromEntries(of.rejected.map((row) => [row.reason, row.count]));
  const storedEvents = async () => {
    const [row] = await stack.subgraphs.campaigns.database.db
      .select({ value: count() })
      .from(campaignEvents)
      .where(eq(campaignEvents.campaignId, CAMPAIGN_ID));
    return row?.value ?? 0;
  };
  /** What the banner on a demo page sends for this campaign, shown to a visitor from Japan in the hero. */
  const fromDemoPage = (event: Partial<BannerEvent>): BannerEvent => ({
    campaignId: CAMPAIGN_ID,
    kind: 'IMPRESSION',
    placement: 'hero',
    country: 'JP',
    viewId: randomUUID(),
    ...event,
  });

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
  });
  afterAll(() => stack?.stop());

  run('counts the impression and the click of a page view on a site the campaign is aimed at', async () => {
    const before = await stats();
    const view = randomUUID();
    expect(await trackFromPage(stack, 'demo-site', fromDemoPage({ viewId: view }))).toBe(true);
    expect(await trackFromPage(stack, 'demo-site', fromDemoPage({ viewId: view, kind: 'CLICK' }))).toBe(true);
    const after = await stats();
    expect([after.impressions - before.impressions, after.clicks - before.clicks]).toEqual([1, 1]);
    const today = (of: Stats) =>
      of.traffic.find(
        (row) => row.day === koreaDate(new Date()) && row.siteKey === 'demo-site' && row.country === 'JP',
      );
    expect((today(after)?.impressions ?? 0) - (today(before)?.impressions ?? 0)).toBe(1);
    expect(after.rejected).toEqual(before.rejected);
  });

  run('refuses forged, untargeted and unpaired events, stores none of them and reports each reason', async () => {
    const before = { stats: await stats(), events: await storedEvents() };
    const refusals: [string, ReturnType<typeof trackFromPage>][] = [
      // The page is verified for demo-site; it cannot speak for another site, nor can a caller without an Origin.
      ['UNVERIFIED_SITE', trackFromPage(stack, 'demo-site', fromDemoPage({ siteKey: 'lumiere-clinic-site' }))],
      ['UNVERIFIED_SITE', trackFromPage(stack, null, fromDemoPage({ siteKey: 'demo-site' }))],
      ['SITE_NOT_TARGETED', trackFromPage(stack, 'daejeon-tourism-site', fromDemoPage({}))],
      ['PLACEMENT_NOT_TARGETED', trackFromPage(stack, 'demo-site', fromDemoPage({ placement: 'footer' }))],
      ['COUNTRY_NOT_TARGETED', trackFromPage(stack, 'demo-site', fromDemoPage({ country: 'us' }))],
      ['MISSING_VIEW_ID', trackFromPage(stack, 'demo-site', fromDemoPage({ viewId: null }))],
      ['CLICK_WITHOUT_IMPRESSION', trackFromPage(stack, 'demo-site', fromDemoPage({ kind: 'CLICK' }))],
    ];
    for (const [reason, answer] of refusals) expect(await answer, reason).toBe(false);
    // The lumiere clinic's own pages are among the campaign's sites: the same event from there counts.
    expect(await trackFromPage(stack, 'lumiere-clinic-site', fromDemoPage({}))).toBe(true);

    const after = await stats();
    expect(await storedEvents()).toBe(before.events + 1);
    expect(after.impressions - before.stats.impressions).toBe(1);
    const added = Object.fromEntries(
      Object.entries(rejected(after)).map(([reason, total]) => [reason, total - (rejected(before.stats)[reason] ?? 0)]),
    );
    expect(added).toEqual({
      UNVERIFIED_SITE: 2,
      SITE_NOT_TARGETED: 1,
      PLACEMENT_NOT_TARGETED: 1,
      COUNTRY_NOT_TARGETED: 1,
      MISSING_VIEW_ID: 1,
      CLICK_WITHOUT_IMPRESSION: 1,
    });
    // Reasons come in the order the rules are checked.
    expect(after.rejected.map((row) => row.reason)).toEqual([
      'UNVERIFIED_SITE',
      'SITE_NOT_TARGETED',
      'PLACEMENT_NOT_TARGETED',
      'COUNTRY_NOT_TARGETED',
      'MISSING_VIEW_ID',
      'CLICK_WITHOUT_IMPRESSION',
    ]);
  });

  run('does not count events for a paused campaign', async () => {
    const slug = 'forest-healing-russia-kazakhstan';
    const pausedOwner: Staff = { ...owner, organisation: 'gangwon-wellness-cluster' };
    const answer = await trackFromPage(
      stack,
      'demo-site',
      fromDemoPage({ campaignId: PAUSED_ID, placement: 'sidebar', country: 'RU' }),
    );
    expect(answer).toBe(false);
    const paused = await stack.query<{ campaign: { stats: Stats } }>(STATS, { slug }, pausedOwner);
    expect(paused.data?.campaign.stats.rejected).toEqual([{ reason: 'NOT_RUNNING', count: 1 }]);
  });

  run('counts 200 clicks and repeated impressions of one page view once each', async () => {
    const before = await stats();
    const view = randomUUID();
    const impressions = await Promise.all(
      Array.from({ length: 4 }, () => trackFromPage(stack, 'demo-site', fromDemoPage({ viewId: view }))),
    );
    expect(impressions.filter(Boolean)).toHaveLength(1);
    // In waves, so some repeats meet the stored click and others arrive in the same batch as the first.
    const clicks: (boolean | undefined)[] = [];
    for (let wave = 0; wave < 4; wave += 1) {
      clicks.push(
        ...(await Promise.all(
          Array.from({ length: 50 }, () =>
            trackFromPage(stack, 'demo-site', fromDemoPage({ viewId: view, kind: 'CLICK' })),
          ),
        )),
      );
    }
    expect(clicks.filter(Boolean)).toHaveLength(1);
    const after = await stats();
    expect([after.impressions - before.impressions, after.clicks - before.clicks]).toEqual([1, 1]);
    expect((rejected(after).DUPLICATE ?? 0) - (rejected(before).DUPLICATE ?? 0)).toBe(3 + 199);
    const [stored] = await stack.subgraphs.campaigns.database.db
      .select({ value: count() })
      .from(campaignEvents)
      .where(and(eq(campaignEvents.campaignId, CAMPAIGN_ID), eq(campaignEvents.viewId, view)));
    expect(stored?.value).toBe(2);
  });

  run('does not pair a click with an impression shown on another site, placement or country', async () => {
    const view = randomUUID();
    expect(await trackFromPage(stack, 'demo-site', fromDemoPage({ viewId: view }))).toBe(true);
    const click = (page: 'demo-site' | 'lumiere-clinic-site', event: Partial<BannerEvent>) =>
      trackFromPage(stack, page, fromDemoPage({ viewId: view, kind: 'CLICK', ...event }));
    expect(await click('lumiere-clinic-site', {})).toBe(false);
    expect(await click('demo-site', { placement: 'sidebar' })).toBe(false);
    expect(await click('demo-site', { country: null })).toBe(false);
    expect(await click('demo-site', {})).toBe(true);
  });

  run('stores an event once when replicas write it at the same moment', async () => {
    const db = stack.subgraphs.campaigns.database.db as CampaignsDb;
    const event: TrackingEntry = {
      event: {
        campaignId: CAMPAIGN_ID,
        kind: 'IMPRESSION',
        siteKey: 'demo-site',
        placement: 'hero',
        country: 'JP',
        viewId: randomUUID(),
        occurredAt: new Date(),
      },
    };
    // Separate batches, as separate replicas' buffers would write them: on PostgreSQL on separate connections.
    const outcomes = (await Promise.all(Array.from({ length: 6 }, () => writeTracking(db, [event])))).flat();
    expect(outcomes.sort()).toEqual(['COUNTED', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
  });

  run('accepts a click only within 30 minutes of its view’s impression', async () => {
    const db = stack.subgraphs.campaigns.database.db as CampaignsDb;
    const impression = (viewId: string, agoMs: number): TrackingEntry => ({
      event: {
        campaignId: CAMPAIGN_ID,
        kind: 'IMPRESSION',
        siteKey: 'demo-site',
        placement: 'hero',
        country: 'JP',
        viewId,
        occurredAt: new Date(Date.now() - agoMs),
      },
    });
    const [stale, recent] = [randomUUID(), randomUUID()];
    expect(await writeTracking(db, [impression(stale, CLICK_WINDOW_MS + 60_000), impression(recent, 60_000)])).toEqual([
      'COUNTED',
      'COUNTED',
    ]);
    const click = (viewId: string) => trackFromPage(stack, 'demo-site', fromDemoPage({ viewId, kind: 'CLICK' }));
    expect(await click(stale)).toBe(false);
    expect(await click(recent)).toBe(true);
  });
});
