import { chromium, type Browser, type Locator, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as marketingMessages } from '../console/marketing/marketing.messages';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { consoleToken, gatewayGraphql, inPage, seriousAxeViolations, signInToConsole } from './support/console';
import { startStackAtPublicUrl, type Stack } from './support/stack';

/**
 * The marketing team's whole task in real Chromium, through the console only: sign in through the embedded issuer,
 * plan a campaign that starts now for Japanese visitors on the demo site's sidebar, write its English and Japanese
 * creatives (watching the banner preview follow the typing), schedule it, and see its headline in the real
 * `<mt-campaign-banner>` of the demo K-culture page. Then what a colleague's change does to a stale save (refused,
 * edits kept), ending behind a confirmation, a promotion event on the month calendar with its leads, the results
 * dashboard, the history of the changes, Korean, and a platform admin's pick of organisation; axe checks each screen.
 * Outside its organisation the same token is refused by the API.
 */

const m = marketingMessages.en;
const SUFFIX = Date.now().toString(36);
const SLUG = `e2e-sidebar-${SUFFIX}`;
const NAME = 'Sakura season glow week';
const HEADLINE = `Glow under the cherry blossoms ${SUFFIX}`;
const HEADLINE_JA = `桜の下でツヤ肌に ${SUFFIX}`;
const EVENT_TITLE = `Osaka agency briefing ${SUFFIX}`;
const DAY = 86_400_000;
/** What a datetime-local input holds for an instant in Korea time (UTC+9, no daylight saving time). */
const koreaLocal = (at: number) => new Date(at + 9 * 3_600_000).toISOString().slice(0, 16);

describe('marketing staff plan, write, schedule and see a campaign on a partner page, through the console', () => {
  let stack: Stack & { publicUrl: string };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startStackAtPublicUrl({ kind: 'memory' });
    browser = await chromium.launch(chromiumLaunchOptions);
    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 1000 },
    });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const section = () => page.locator('mt-console-marketing');

  async function expectAxeClean(what: string) {
    expect(await seriousAxeViolations(page), what).toEqual([]);
  }

  async function openView(name: string): Promise<Locator> {
    await section().getByRole('tab', { name }).click();
    return section().getByRole('tabpanel');
  }

  it(
    'signs in through the embedded issuer and lands on the organisation’s campaigns',
    { timeout: 60_000 },
    async () => {
      await signInToConsole(page, stack.publicUrl, 'marketing@staff.test', 'marketing-dev-password');
      await section().getByRole('tab', { name: m.views.campaigns, selected: true }).waitFor();
      // The organisation's seeded campaign is listed (with its status), another organisation's is not.
      await section()
        .getByRole('button', { name: 'Daejeon Science Festival Health Tour for Taiwan & Thailand' })
        .waitFor();
      expect(await section().getByRole('button', { name: 'K-Pop Glow Week for Japan' }).count()).toBe(0);
      await expectAxeClean('the campaign list');
    },
  );

  it(
    'creates the campaign, writes its English and Japanese creatives with a live preview, schedules it',
    { timeout: 90_000 },
    async () => {
      await section().getByRole('button', { name: m.newCampaign }).click();
      const editor = section().locator('mt-console-campaign-editor');
      await editor.getByRole('heading', { name: m.newCampaign }).waitFor();
      await expectAxeClean('the new campaign form');

      // A save refused by the API shows its reasons beside the inputs, and moves the focus to the first one.
      await editor.getByRole('button', { name: m.createCampaign }).click();
      await editor.getByRole('alert').filter({ hasText: 'correct the fields' }).waitFor();
      await inPage(
        page,
        `(() => { let e = document.activeElement; while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement; return e?.getAttribute('aria-invalid') === 'true' || e?.getAttribute('role') === 'alert'; })()`,
      );
      await expectAxeClean('the refused form');

      await editor.getByLabel(m.slug).fill(SLUG);
      await editor.locator('mt-console-localized-text').getByLabel('English', { exact: true }).fill(NAME);
      await editor.getByLabel(m.theme).selectOption('K_BEAUTY');
      // Korea time, as staff plan it: this very minute, so it runs as soon as it is scheduled.
      const now = Date.now();
      await editor.getByLabel(m.startsAt).fill(koreaLocal(now));
      await editor.getByLabel(m.endsAt).fill(koreaLocal(now + 14 * DAY));
      await editor.getByRole('group', { name: m.targetCountries }).getByRole('checkbox', { name: 'Japan' }).check();
      await editor.getByRole('group', { name: m.channels }).getByRole('checkbox', { name: 'LINE' }).check();
      await editor.getByLabel(m.placements).fill('sidebar');
      await editor.getByLabel(m.siteKeys).fill('demo-site');
      await editor.getByRole('button', { name: m.createCampaign }).click();

      // Created: the editor now shows the campaign, a draft, with its creatives.
      await editor.getByRole('heading', { name: NAME }).waitFor();
      await editor.getByText(m.statuses.DRAFT, { exact: true }).waitFor();

      const preview = editor.locator('mt-console-banner-preview');
      await editor.getByLabel(m.headline).fill(HEADLINE);
      await editor
        .getByLabel(m.body)
        .fill('Five days in Daejeon: a skin clinic visit and the cherry blossoms of Gapcheon.');
      await editor.getByLabel(m.imageUrl).fill('/demo/img/kpop.svg');
      await editor.getByLabel(m.ctaLabel).fill('See the week');
      await editor.getByLabel(m.ctaUrl).fill('/demo/kculture.html');
      // The preview follows the form before anything is saved, with the banner's own markup and its link rule: the
      // call to action as visitors will get it, carrying the campaign's code.
      await preview.getByRole('heading', { name: HEADLINE }).waitFor();
      expect(await preview.getByRole('link', { name: 'See the week' }).getAttribute('href')).toMatch(
        /^\/demo\/kculture\.html\?mt_campaign=E2E-/,
      );
      await expectAxeClean('the creative form and its preview');

      await editor.getByRole('button', { name: m.saveCreative }).click();
      await editor.getByText(`${m.creativeLocales}: English`).waitFor();

      // The Japanese visitors' own creative: the banner prefers a campaign written in the visitor's language.
      await editor.getByLabel(m.creativeLocale).selectOption('JA');
      await expect.poll(() => editor.getByLabel(m.headline).inputValue()).toBe('');
      await editor.getByLabel(m.headline).fill(HEADLINE_JA);
      await editor.getByLabel(m.body).fill('大田で5日間。皮膚科での施術と甲川の桜並木を楽しむ旅。');
      await editor.getByLabel(m.imageUrl).fill('/demo/img/kpop.svg');
      await editor.getByLabel(m.ctaLabel).fill('詳しく見る');
      await editor.getByLabel(m.ctaUrl).fill('/demo/kculture.html');
      await preview.getByRole('heading', { name: HEADLINE_JA }).waitFor();
      await editor.getByRole('button', { name: m.saveCreative }).click();
      await editor.getByText(`${m.creativeLocales}: English, Japanese`).waitFor();

      await editor.getByRole('button', { name: m.steps.schedule }).click();
      await editor.getByText(m.stepDone.replace('{status}', m.statuses.ACTIVE)).waitFor();
      await editor.getByRole('button', { name: m.steps.pause }).waitFor();
      await expectAxeClean('the scheduled campaign');

      // The API agrees: running, with its English creative, for the demo site's sidebar in Japan.
      const stored = await gatewayGraphql<{
        campaign: {
          status: string;
          creativeLocales: string[];
          targetCountries: string[];
          placements: string[];
          siteKeys: string[];
          version: number;
        };
      }>(
        stack.publicUrl,
        'query($slug: String!) { campaign(slug: $slug) { status creativeLocales targetCountries placements siteKeys version } }',
        { slug: SLUG },
        await consoleToken(page),
      );
      expect(stored.data?.campaign).toEqual({
        status: 'ACTIVE',
        creativeLocales: ['EN', 'JA'],
        targetCountries: ['JP'],
        placements: ['sidebar'],
        siteKeys: ['demo-site'],
        // Created, two creatives set, scheduled.
        version: 4,
      });
    },
  );

  it('shows the new campaign’s headline in the banner of the demo K-culture page', { timeout: 60_000 }, async () => {
    const partner = await page.context().newPage();
    try {
      await partner.goto(`${stack.publicUrl}/demo/kculture.html`);
      // The page's Japanese sidebar banner (demo-site, placement sidebar): the newest running campaign for Japan
      // with a Japanese creative.
      const banner = partner.locator('mt-campaign-banner[country="JP"][placement="sidebar"]');
      await banner.getByRole('heading', { name: HEADLINE_JA }).waitFor({ timeout: 20_000 });
      expect(await banner.getByRole('link', { name: '詳しく見る' }).getAttribute('href')).toMatch(
        /^\/demo\/kculture\.html\?mt_campaign=/,
      );
    } finally {
      await partner.close();
    }
  });

  it('refuses a stale lifecycle step with the reason, and changes nothing', { timeout: 60_000 }, async () => {
    const token = await consoleToken(page);
    const found = await gatewayGraphql<{ campaign: { id: string; version: number } }>(
      stack.publicUrl,
      'query($slug: String!) { campaign(slug: $slug) { id version } }',
      { slug: SLUG },
      token,
    );
    const campaign = found.data?.campaign;
    if (!campaign) throw new Error(`the campaign is not there: ${JSON.stringify(found.errors)}`);
    // A colleague pauses it meanwhile; the console still shows the version before.
    const paused = await gatewayGraphql<{ pauseCampaign: { __typename: string; status?: string } }>(
      stack.publicUrl,
      'mutation($id: ID!, $v: Int) { pauseCampaign(id: $id, expectedVersion: $v) { __typename ... on Campaign { status } } }',
      { id: campaign.id, v: campaign.version },
      token,
    );
    expect(paused.data?.pauseCampaign).toEqual({ __typename: 'Campaign', status: 'PAUSED' });

    const editor = section().locator('mt-console-campaign-editor');
    await editor.getByRole('button', { name: m.steps.pause }).click();
    await editor.getByRole('alert').filter({ hasText: m.stepStale }).waitFor();
    const after = await gatewayGraphql<{ campaign: { status: string; version: number } }>(
      stack.publicUrl,
      'query($slug: String!) { campaign(slug: $slug) { status version } }',
      { slug: SLUG },
      token,
    );
    expect(after.data?.campaign).toEqual({ status: 'PAUSED', version: campaign.version + 1 });

    // Loading the latest version shows the colleague's pause, and resuming from it works.
    await editor.getByRole('button', { name: m.reload }).click();
    await editor.getByRole('button', { name: m.steps.resume }).click();
    await editor.getByText(m.stepDone.replace('{status}', m.statuses.ACTIVE)).waitFor();
  });

  it('refuses saving a plan someone else changed since, keeping the edits', { timeout: 60_000 }, async () => {
    const token = await consoleToken(page);
    const editor = section().locator('mt-console-campaign-editor');
    const placements = editor.getByLabel(m.placements);
    await placements.fill('sidebar, hero');
    // A colleague writes the Korean creative meanwhile: the campaign's version moves on.
    const found = await gatewayGraphql<{ campaign: { id: string; version: number } }>(
      stack.publicUrl,
      'query($slug: String!) { campaign(slug: $slug) { id version } }',
      { slug: SLUG },
      token,
    );
    const campaign = found.data?.campaign;
    if (!campaign) throw new Error(`the campaign is not there: ${JSON.stringify(found.errors)}`);
    const colleague = await gatewayGraphql<{ setCampaignCreative: { __typename: string } }>(
      stack.publicUrl,
      `mutation($id: ID!, $v: Int) { setCampaignCreative(campaignId: $id, expectedVersion: $v, input: {
        locale: KO, headline: "벚꽃 아래 물광 피부", body: "대전에서 보내는 5일", imageUrl: "/demo/img/kpop.svg",
        ctaLabel: "자세히 보기", ctaUrl: "/demo/kculture.html" }) { __typename } }`,
      { id: campaign.id, v: campaign.version },
      token,
    );
    expect(colleague.data?.setCampaignCreative.__typename).toBe('Campaign');

    await editor.getByRole('button', { name: m.savePlan }).click();
    const refusal = editor.getByRole('alert').filter({ hasText: 'Someone else saved this in the meantime' });
    await refusal.waitFor();
    // Focus on the message, the edits still there, nothing stored.
    expect(await refusal.evaluate((alert) => alert.matches(':focus'))).toBe(true);
    expect(await placements.inputValue()).toBe('sidebar, hero');
    const stored = await gatewayGraphql<{ campaign: { placements: string[]; version: number } }>(
      stack.publicUrl,
      'query($slug: String!) { campaign(slug: $slug) { placements version } }',
      { slug: SLUG },
      token,
    );
    expect(stored.data?.campaign).toEqual({ placements: ['sidebar'], version: campaign.version + 1 });

    // Loading the latest version asks first (the edits would be lost), then shows the colleague's creative.
    page.once('dialog', (dialog) => void dialog.accept());
    await editor.getByRole('button', { name: m.reload }).click();
    await expect
      .poll(() => editor.locator('p', { hasText: m.creativeLocales }).first().textContent())
      .toMatch(/Korean/);
    expect(await placements.inputValue()).toBe('sidebar');
  });

  it('ends a campaign only after the confirmation dialog', { timeout: 60_000 }, async () => {
    const editor = section().locator('mt-console-campaign-editor');
    const status = async () =>
      (
        await gatewayGraphql<{ campaign: { status: string; endedAt: string | null } }>(
          stack.publicUrl,
          'query($slug: String!) { campaign(slug: $slug) { status endedAt } }',
          { slug: SLUG },
          await consoleToken(page),
        )
      ).data?.campaign;
    const end = editor.getByRole('button', { name: m.steps.end });
    await end.click();
    const dialog = editor.getByRole('dialog', { name: m.endConfirmTitle });
    await dialog.waitFor();
    await expectAxeClean('the end confirmation dialog');
    // Escape cancels: the campaign keeps running and the focus returns to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await end.evaluate((button) => button.matches(':focus'))).toBe(true);
    expect(await status()).toEqual({ status: 'ACTIVE', endedAt: null });

    await end.click();
    await dialog.getByRole('button', { name: m.endConfirm }).click();
    await editor.getByText(m.stepDone.replace('{status}', m.statuses.ENDED)).waitFor();
    await editor.getByText(m.endedReadOnly).waitFor();
    expect(await editor.getByRole('button', { name: m.savePlan }).isDisabled()).toBe(true);
    expect(await status()).toMatchObject({ status: 'ENDED', endedAt: expect.any(String) });
    await editor.getByRole('button', { name: m.backToList }).click();
    await section()
      .getByRole('row', { name: new RegExp(NAME) })
      .getByText(m.statuses.ENDED)
      .waitFor();
  });

  it('plans a promotion event on the month calendar, by keyboard to the day', { timeout: 90_000 }, async () => {
    const panel = await openView(m.views.events);
    const grid = panel.getByRole('grid');
    await grid.waitFor();
    await expectAxeClean('the promotion calendar');

    // The chosen day has the one Tab stop; the arrow keys move it, and the list below follows.
    const chosen = grid.locator('[role="gridcell"][tabindex="0"]');
    const today = await chosen.getAttribute('data-date');
    await chosen.focus();
    await page.keyboard.press('ArrowRight');
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    await grid.locator(`[role="gridcell"][data-date="${tomorrow}"][aria-selected="true"]`).waitFor();
    expect(
      await inPage<string>(
        page,
        `(() => { let e = document.activeElement; while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement; return e?.dataset.date; })()`,
      ),
    ).toBe(tomorrow);
    await page.keyboard.press('ArrowLeft');
    await grid.locator(`[role="gridcell"][data-date="${today}"][aria-selected="true"]`).waitFor();

    await panel.getByRole('button', { name: m.newEventOnDay }).click();
    const editor = panel.locator('mt-console-promotion-event-editor');
    await editor.getByLabel(m.eventKind).selectOption('PR_BRIEFING');
    await editor.getByLabel(m.slug).fill(`e2e-briefing-${SUFFIX}`);
    await editor.locator('mt-console-localized-text').first().getByLabel('English', { exact: true }).fill(EVENT_TITLE);
    await editor.getByLabel(m.city).fill('Daejeon');
    await editor.getByRole('group', { name: m.targetCountries }).getByRole('checkbox', { name: 'Japan' }).check();
    await editor.getByLabel(m.partners).fill('Kansai Travel, Osaka Health Tours');
    await editor.getByLabel(m.linkedCampaign).selectOption({ label: NAME });
    // It began an hour ago, so its leads can be recorded at once.
    const now = Date.now();
    await editor.getByLabel(m.startsAt).fill(koreaLocal(now - 3_600_000));
    await editor.getByLabel(m.endsAt).fill(koreaLocal(now + 3_600_000));
    await expectAxeClean('the promotion event form');
    await editor.getByRole('button', { name: m.createEvent }).click();
    await editor.getByRole('heading', { name: EVENT_TITLE }).waitFor();
    await editor.getByLabel(m.leads).fill('12');
    await editor.getByRole('button', { name: m.saveLeads }).click();
    await editor.getByText(m.leadsSaved).waitFor({ state: 'attached' });

    await editor.getByRole('button', { name: m.backToCalendar }).click();
    await panel.getByRole('button', { name: EVENT_TITLE }).waitFor();
    expect(await grid.locator(`[data-date="${today}"]`).textContent()).toContain(EVENT_TITLE);

    const stored = await gatewayGraphql<{
      myPromotionEvents: { title: string; partners: string[]; leads: number; campaign: { slug: string } | null }[];
    }>(
      stack.publicUrl,
      'query($from: DateTime!, $to: DateTime!) { myPromotionEvents(from: $from, to: $to) { title partners leads campaign { slug } } }',
      { from: `${today}T00:00:00+09:00`, to: `${tomorrow}T00:00:00+09:00` },
      await consoleToken(page),
    );
    expect(stored.data?.myPromotionEvents).toContainEqual({
      title: EVENT_TITLE,
      partners: ['Kansai Travel', 'Osaka Health Tours'],
      leads: 12,
      campaign: { slug: SLUG },
    });
  });

  it('shows the results dashboard with the console’s token', { timeout: 60_000 }, async () => {
    const panel = await openView(m.views.results);
    const dashboard = panel.locator('mt-campaign-dashboard');
    await dashboard.getByRole('combobox').waitFor();
    expect(await dashboard.getByRole('option', { name: NAME }).count()).toBe(1);
    await expectAxeClean('the results dashboard');
  });

  it('lists the changes in the history, newest first', { timeout: 60_000 }, async () => {
    const panel = await openView(m.views.history);
    const log = panel.locator('mt-console-audit-log');
    await log.getByRole('table').waitFor();
    const rows = log.getByRole('row');
    // The newest is the event's leads, then its creation; the campaign's own steps follow.
    await expect.poll(() => rows.count()).toBeGreaterThan(6);
    expect(await rows.nth(1).textContent()).toContain('Promotion event leads recorded');
    expect(await rows.nth(2).textContent()).toContain('Promotion event created');
    const table = await log.getByRole('table').textContent();
    expect(table).toContain('Campaign scheduled');
    expect(table).toContain('Campaign creative saved');
    expect(table).toContain('marketing@staff.test');
    await expectAxeClean('the history');
  });

  it('speaks Korean when staff switch the console’s language', { timeout: 60_000 }, async () => {
    const ko = marketingMessages.ko;
    await page.locator('mt-console-app').getByRole('button', { name: '한국어' }).click();
    const panel = await openView(ko.views.campaigns);
    await panel.getByRole('button', { name: ko.newCampaign }).waitFor();
    await panel
      .getByRole('row', { name: new RegExp(NAME) })
      .getByText(ko.statuses.ENDED)
      .waitFor();
    await expectAxeClean('the campaign list in Korean');
    await openView(ko.views.events);
    await section().getByRole('button', { name: ko.newEventOnDay }).waitFor();
    await expectAxeClean('the promotion calendar in Korean');
  });

  it('shows a platform admin the organisation picked, and only that one', { timeout: 60_000 }, async () => {
    const admin = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 1000 } });
    try {
      const adminPage = await admin.newPage();
      await signInToConsole(adminPage, stack.publicUrl, 'admin@staff.test', 'admin-dev-password');
      const app = adminPage.locator('mt-console-app');
      await app.getByRole('tab', { name: 'Marketing' }).click();
      await app.getByLabel('Organisation').fill('seoul-global-health');
      await app.getByLabel('Organisation').press('Tab');
      const marketing = adminPage.locator('mt-console-marketing');
      await marketing.getByRole('button', { name: 'K-Pop Glow Week for Japan' }).waitFor();
      expect(await marketing.getByRole('button', { name: NAME }).count()).toBe(0);
    } finally {
      await admin.close();
    }
  });

  it('is refused by the API outside its organisation', async () => {
    const token = await consoleToken(page);
    const other = await gatewayGraphql<{ campaign: { id: string; slug: string } }>(
      stack.publicUrl,
      'query { campaign(slug: "kpop-glow-japan") { id slug } }',
      {},
    );
    const id = other.data?.campaign.id;
    expect(id).toBeTruthy();
    const refused = await gatewayGraphql<unknown>(
      stack.publicUrl,
      `mutation($id: ID!) { updateCampaign(id: $id, input: {
        slug: "kpop-glow-japan", name: [{ locale: EN, text: "Taken over" }], theme: K_POP,
        startsAt: "2026-01-01T00:00:00+09:00", endsAt: "2027-01-01T00:00:00+09:00",
        targetCountries: ["JP"], channels: [], placements: ["hero"], packageIds: [], providerIds: []
      }) { __typename } }`,
      { id },
      token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unchanged = await gatewayGraphql<{ campaign: { name: string } }>(
      stack.publicUrl,
      'query { campaign(slug: "kpop-glow-japan") { name } }',
      {},
    );
    expect(unchanged.data?.campaign.name).toBe('K-Pop Glow Week for Japan');
  });
});
