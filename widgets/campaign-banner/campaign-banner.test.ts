import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, gatewayUrl, mount, recordOperations, serverQuery, shadow, stateOf, waitFor } from '../shared/testing';
import './campaign-banner';
import type { MtCampaignBanner } from './campaign-banner.component';

const banner = (attributes: string) =>
  mount<MtCampaignBanner>(
    `<mt-campaign-banner site-key="demo-site" endpoint="${gatewayUrl()}" ${attributes}></mt-campaign-banner>`,
  );

async function ready(element: MtCampaignBanner) {
  await waitFor(() => stateOf(element) !== 'loading' && stateOf(element));
  return shadow(element);
}

/** Keeps link clicks from navigating the test page away. */
function stayOnPage() {
  const stop = (event: Event) => event.preventDefault();
  window.addEventListener('click', stop);
  return () => window.removeEventListener('click', stop);
}

interface TrackingAnswer {
  input: { kind: string; viewId: string };
  counted: boolean;
}

/** The banner's tracking events and whether the API counted each, in the order they were answered. */
function trackingAnswers(): { answers: TrackingAnswer[]; restore(): void } {
  const original = window.fetch;
  const answers: TrackingAnswer[] = [];
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    const sent = typeof init?.body === 'string' ? (JSON.parse(init.body) as { variables?: { input?: unknown } }) : null;
    const event = sent?.variables?.input as TrackingAnswer['input'] | undefined;
    if (event?.kind) {
      const body = (await response.clone().json()) as { data?: { trackCampaignEvent?: boolean } };
      answers.push({ input: event, counted: body.data?.trackCampaignEvent === true });
    }
    return response;
  };
  return { answers, restore: () => (window.fetch = original) };
}

/** Makes the API's answer carry a creative with these links, as a creative stored before the link rule could. */
function alterCreative(links: { ctaUrl?: string; imageUrl?: string }): () => void {
  const original = window.fetch;
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    const body = (await response.clone().json()) as {
      data?: { activeCampaigns?: { creative: Record<string, string> | null }[] };
    };
    const campaigns = body.data?.activeCampaigns;
    if (!campaigns) return response;
    for (const campaign of campaigns) if (campaign.creative) Object.assign(campaign.creative, links);
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
  return () => (window.fetch = original);
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('<mt-campaign-banner>', () => {
  it('shows the Japanese creative of the campaign aimed at Japan, with the packages it promotes', async () => {
    const root = await ready(await banner('country="JP" lang="ja" placement="hero"'));
    expect(root.querySelector('[part="headline"]')?.textContent).toBe('夜はライブ、朝はツヤ肌');
    const cta = root.querySelector<HTMLAnchorElement>('[part~="cta"]');
    expect(cta?.getAttribute('href')).toContain('mt_campaign=KPOPJP');
    const packages = [...root.querySelectorAll('[part="packages"] a')].map((link) => link.textContent?.trim());
    expect(packages.length).toBeGreaterThan(0);
    expect(packages.every((title) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(title ?? ''))).toBe(true);
  });

  it('shows Chinese visitors the Chinese creative the API picks for China', async () => {
    const expected = (
      await serverQuery<{ activeCampaigns: { creative: { headline: string; locale: string } }[] }>(
        '{ activeCampaigns(country: "CN", locale: ZH, first: 1) { creative(locale: ZH) { headline locale } } }',
      )
    ).activeCampaigns[0]?.creative;
    expect(expected?.locale).toBe('ZH');
    const root = await ready(await banner('country="CN" lang="zh"'));
    expect(root.querySelector('[part="headline"]')?.textContent).toBe(expected?.headline);
  });

  it('lays the banner out right to left in Arabic, falling back to the English creative', async () => {
    const element = await banner('country="MN" lang="ar"');
    const root = await ready(element);
    expect(root.querySelector('[part~="root"]')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('[part="headline"]')?.textContent).toMatch(/[A-Za-z]/);
    await waitFor(() => root.querySelector('[part="banner"]')?.getAttribute('aria-label') === 'ترويج');
  });

  it('counts one impression when it becomes visible, however often it re-renders', async () => {
    const operations = recordOperations();
    try {
      const element = await banner('country="JP" lang="ja" placement="hero"');
      await ready(element);
      await waitFor(() => operations.counts.get('TrackCampaignEvent') === 1);
      element.requestUpdate();
      await element.updateComplete;
      window.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(operations.counts.get('TrackCampaignEvent')).toBe(1);
      expect(operations.sent.at(-1)).toMatchObject({
        name: 'TrackCampaignEvent',
        variables: {
          input: {
            kind: 'IMPRESSION',
            siteKey: 'demo-site',
            placement: 'hero',
            country: 'JP',
            viewId: expect.any(String),
          },
        },
      });
    } finally {
      operations.restore();
    }
  });

  it('does not count an impression while it is off screen', async () => {
    const operations = recordOperations();
    try {
      const element = await mount<MtCampaignBanner>(
        `<div style="margin-top: 300vh"><mt-campaign-banner site-key="demo-site" endpoint="${gatewayUrl()}" country="JP" lang="ja"></mt-campaign-banner></div>`,
      );
      const inner = element.querySelector('mt-campaign-banner') as MtCampaignBanner;
      await ready(inner);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(operations.counts.get('TrackCampaignEvent') ?? 0).toBe(0);
    } finally {
      operations.restore();
    }
  });

  it('records a click, tells the host page and remembers the campaign for a later inquiry', async () => {
    const restoreNavigation = stayOnPage();
    const { answers, restore: restoreFetch } = trackingAnswers();
    try {
      const element = await banner('country="JP" lang="ja"');
      const root = await ready(element);
      const clicked = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('mt-campaign-click', (event) => resolve(event), { once: true }),
      );
      root.querySelector<HTMLAnchorElement>('[part~="cta"]')?.click();
      const event = await clicked;
      expect(event.detail).toMatchObject({ trackingCode: 'KPOPJP' });
      expect(event.bubbles && event.composed).toBe(true);
      expect(sessionStorage.getItem('mt-campaign-code')).toBe('KPOPJP');
      // The click belongs to the page view of the impression, and the API counted both.
      await waitFor(() => answers.length === 2);
      expect(answers.map((answer) => answer.input.kind)).toEqual(['IMPRESSION', 'CLICK']);
      expect(answers[0]?.input.viewId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(answers[1]?.input.viewId).toBe(answers[0]?.input.viewId);
      expect(answers.map((answer) => answer.counted)).toEqual([true, true]);
    } finally {
      restoreFetch();
      restoreNavigation();
    }
  });

  it('starts a new page view with a new view id in each banner', async () => {
    const { answers, restore } = trackingAnswers();
    try {
      await Promise.all(
        [banner('country="JP" lang="ja"'), banner('country="JP" lang="ja"')].map(async (mounted) =>
          ready(await mounted),
        ),
      );
      await waitFor(() => answers.length === 2);
      expect(new Set(answers.map((answer) => answer.input.viewId)).size).toBe(2);
      expect(answers.map((answer) => answer.counted)).toEqual([true, true]);
    } finally {
      restore();
    }
  });

  describe('renders only links that pass the API’s link rule', () => {
    const hostile = [
      '/\\evil.test/landing',
      '//evil.test/landing',
      '/%5Cevil.test',
      '/\t/evil.test',
      'javascript:alert(1)',
      'http://evil.test/',
      'https://user:secret@evil.test/',
    ];
    for (const link of hostile) {
      it(`shows no banner whose call to action is ${JSON.stringify(link)}`, async () => {
        const restore = alterCreative({ ctaUrl: link });
        try {
          const element = await banner('country="JP" lang="ja"');
          await ready(element);
          expect(stateOf(element)).toBe('empty');
          expect(shadow(element).querySelector('a')).toBeNull();
        } finally {
          restore();
        }
      });
    }

    it('shows the banner without its image when the image link fails the rule', async () => {
      const restore = alterCreative({ imageUrl: '//evil.test/pixel.gif' });
      try {
        const root = await ready(await banner('country="JP" lang="ja"'));
        expect(root.querySelector('[part="image"]')).toBeNull();
        expect(root.querySelector<HTMLAnchorElement>('[part~="cta"]')?.getAttribute('href')).toMatch(
          /^\/demo\/kculture\.html\?mt_campaign=KPOPJP#/,
        );
      } finally {
        restore();
      }
    });
  });

  it('keeps its look on a page with hostile CSS', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { color: red !important; } button, a { display: none !important; } img { display: none !important; }';
    document.head.append(style);
    try {
      const root = await ready(await banner('country="JP" lang="ja"'));
      const headline = root.querySelector('[part="headline"]') as HTMLElement;
      expect(getComputedStyle(headline).color).not.toBe('rgb(255, 0, 0)');
      const cta = root.querySelector('[part~="cta"]') as HTMLElement;
      expect(cta.getBoundingClientRect().height).toBeGreaterThan(0);
    } finally {
      style.remove();
    }
  });

  it('says the service is unreachable when the API is down, and the page carries on', async () => {
    const element = await mount<MtCampaignBanner>(
      '<mt-campaign-banner site-key="demo-site" endpoint="http://127.0.0.1:9/graphql" country="JP"></mt-campaign-banner>',
    );
    const root = await ready(element);
    expect(stateOf(element)).toBe('error');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('could not reach');
    expect(document.body.contains(element)).toBe(true);
  });

  it('shows nothing when the site key is not allowed on this page, and tells the developer why', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      const element = await mount<MtCampaignBanner>(
        `<mt-campaign-banner site-key="lumiere-clinic-site" endpoint="${gatewayUrl()}" country="JP"></mt-campaign-banner>`,
      );
      const root = await ready(element);
      expect(stateOf(element)).toBe('unavailable');
      expect(root.querySelector('[role="alert"]')).toBeNull();
      expect(logged.join('\n')).toContain(
        `"lumiere-clinic-site" is registered, but not for pages served from ${location.origin}`,
      );
    } finally {
      console.error = original;
    }
  });

  it('has no serious or critical accessibility violations', async () => {
    const element = await banner('country="JP" lang="ja"');
    await ready(element);
    const results = await axe.run(element);
    const serious = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
