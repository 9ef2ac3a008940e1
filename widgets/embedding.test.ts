import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, gatewayUrl, serverQuery, shadow, stateOf, waitFor } from './shared/testing';

/** The gateway serves the bundle; this test page is on another origin, as a partner's page is. */
const gatewayOrigin = () => new URL(gatewayUrl()).origin;

async function packageId(slug: string): Promise<string> {
  return (await serverQuery<{ package: { id: string } }>(`{ package(slug: "${slug}") { id } }`)).package.id;
}

const SCRIPTS: Record<string, RegExp> = {
  zh: /[\u4e00-\u9fff]/,
  ja: /[\u3040-\u30ff\u4e00-\u9fff]/,
  ar: /[\u0600-\u06ff]/,
};

afterEach(cleanup);

describe('embedding the bundle on a partner page', () => {
  it('works on another origin with hostile CSS and the bundle loaded twice, in Chinese, Arabic and Japanese', async () => {
    expect(location.origin).not.toBe(gatewayOrigin());
    const pageErrors: string[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const hostile = document.createElement('style');
    hostile.textContent =
      '* { color: red !important; font-size: 30px !important; } button { display: none !important; }';
    document.head.append(hostile);
    try {
      await import(/* @vite-ignore */ `${gatewayOrigin()}/widgets/widgets.js`);
      await import(/* @vite-ignore */ `${gatewayOrigin()}/widgets/v${window.koreaMedicalTourism?.version}/widgets.js`);
      expect(window.koreaMedicalTourism?.elements).toEqual([
        'mt-package-list',
        'mt-availability',
        'mt-campaign-banner',
        'mt-inquiry-form',
        'mt-booking',
      ]);

      const festival = await packageId('daejeon-science-festival-checkup');
      for (const lang of ['zh', 'ar', 'ja']) {
        const host = document.createElement('div');
        host.innerHTML = `
          <mt-campaign-banner lang="${lang}" country="${lang === 'ja' ? 'JP' : lang === 'zh' ? 'CN' : 'MN'}" site-key="demo-site"></mt-campaign-banner>
          <mt-package-list lang="${lang}" region="DAEJEON" site-key="demo-site"></mt-package-list>
          <mt-availability lang="${lang}" slug="gangnam-lumiere-dermatology" site-key="demo-site"></mt-availability>
          <mt-inquiry-form lang="${lang}" package="${festival}" site-key="demo-site"></mt-inquiry-form>`;
        document.body.append(host);
        const elements = [...host.children];
        for (const element of elements) {
          await waitFor(() => ['ready', 'empty'].includes(stateOf(element) ?? ''), 15_000);
          expect(stateOf(element), `${element.tagName} in ${lang}`).toBe('ready');
          const root = shadow(element).querySelector('[part~="root"]');
          expect(root?.getAttribute('dir'), `${element.tagName} direction in ${lang}`).toBe(
            lang === 'ar' ? 'rtl' : 'ltr',
          );
        }
        const list = shadow(elements[1] as Element);
        const pattern = SCRIPTS[lang] as RegExp;
        expect(list.textContent).toMatch(pattern);
        const calendar = shadow(elements[2] as Element).querySelector('mt-slot-calendar') as Element;
        const firstButton = shadow(calendar).querySelector('button');
        expect(firstButton?.getBoundingClientRect().height).toBeGreaterThan(0);
        expect(getComputedStyle(firstButton as Element).color).not.toBe('rgb(255, 0, 0)');
      }
      const results = await axe.run(document.body);
      const serious = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(
        serious.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      hostile.remove();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it.each([
    ['a key the API does not know', 'no-such-site', 'UNKNOWN_SITE_KEY', 'which the API does not know'],
    ['a key registered for another origin', 'daejeon-tourism-site', 'ORIGIN_NOT_ALLOWED', 'not for pages served from'],
  ])(
    'with %s shows visitors nothing to retry, and tells the developer once what is wrong and how to fix it',
    async (_case, key, code, advice) => {
      await import(/* @vite-ignore */ `${gatewayOrigin()}/widgets/widgets.js`);
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      try {
        const festival = await packageId('daejeon-science-festival-checkup');
        const host = document.createElement('div');
        host.innerHTML = `
          <mt-campaign-banner country="JP" site-key="${key}"></mt-campaign-banner>
          <mt-package-list region="DAEJEON" site-key="${key}"></mt-package-list>
          <mt-availability slug="gangnam-lumiere-dermatology" site-key="${key}"></mt-availability>
          <mt-inquiry-form package="${festival}" site-key="${key}"></mt-inquiry-form>`;
        document.body.append(host);
        for (const element of host.children) {
          await waitFor(() => stateOf(element) === 'unavailable', 15_000);
          const root = shadow(element).querySelector('[part~="root"]') as HTMLElement;
          expect(root.textContent?.trim(), element.tagName).toBe('');
          expect(root.getBoundingClientRect().height, element.tagName).toBe(0);
          expect(shadow(element).querySelector('button'), element.tagName).toBeNull();
        }
        const ours = logged.filter((line) => line.startsWith('[Korea Medical Tourism widgets]'));
        expect(ours).toHaveLength(1);
        expect(ours[0]).toContain(`"${key}"`);
        expect(ours[0]).toContain(advice);
        expect(ours[0]).toContain(`(API: `);
        if (code === 'ORIGIN_NOT_ALLOWED') expect(ours[0]).toContain(location.origin);
      } finally {
        console.error = original;
      }
    },
  );
});
