import axe from 'axe-core';
import { afterEach, inject, describe, expect, it } from 'vitest';
import { cleanup, gatewayUrl, mount, recordOperations, serverQuery, shadow, stateOf, waitFor } from '../shared/testing';
import type { MtInquiryForm } from '../inquiry-form/inquiry-form.component';
import './package-list';
import type { MtPackageList } from './package-list.component';

/** The Daejeon packages of the demo data, in the API's order (by slug). */
const DAEJEON_ZH = [
  '大田美齿微笑周',
  '海外旅行社大田医疗旅游考察之旅',
  '大田韩医脊椎调理疗养之旅',
  '大田科学面包节体检之旅',
];
const FESTIVAL_EN = 'Daejeon Science & Bread Festa Check-up';
const FESTIVAL_JA = '大田サイエンス&パンフェスタ健康診断の旅';
const FESTIVAL_AR = 'فحص صحي ومهرجان العلوم والخبز في دايجون';

const list = (attributes: string) =>
  mount<MtPackageList>(
    `<mt-package-list site-key="demo-site" endpoint="${gatewayUrl()}" ${attributes}></mt-package-list>`,
  );

async function settled(element: MtPackageList) {
  await waitFor(() => stateOf(element) !== 'loading' && stateOf(element));
  return shadow(element);
}

const titles = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part="title"]')].map((title) => title.textContent?.trim());
const status = (root: ShadowRoot) => root.querySelector('[part="status"]')?.textContent?.trim();
const card = (root: ShadowRoot, title: string) =>
  [...root.querySelectorAll<HTMLElement>('[part="card"]')].find(
    (candidate) => candidate.querySelector('[part="title"]')?.textContent?.trim() === title,
  );
const buttonLabelled = (scope: ParentNode, label: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === label);

function choose(root: ShadowRoot, label: string, value: string) {
  const select = [...root.querySelectorAll('label')].find(
    (candidate) => candidate.textContent?.trim() === label,
  )?.control;
  if (!(select instanceof HTMLSelectElement)) throw new Error(`no select labelled ${label}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('<mt-package-list>', () => {
  it('shows the Daejeon packages in Chinese', async () => {
    const element = await list('region="DAEJEON" lang="zh"');
    const root = await settled(element);
    expect(stateOf(element)).toBe('ready');
    expect(titles(root)).toEqual(DAEJEON_ZH);
    expect(root.querySelector('[part~="root"]')?.getAttribute('lang')).toBe('zh-CN');
    expect(root.querySelector<HTMLSelectElement>('#filter-region')?.value).toBe('DAEJEON');
  });

  it('shows them in Japanese, naming the coordinators’ languages in Japanese', async () => {
    const root = await settled(await list('region="DAEJEON" theme="FESTIVAL" lang="ja"'));
    expect(titles(root)).toEqual([FESTIVAL_JA]);
    const hospitals = card(root, FESTIVAL_JA)?.querySelector('.hospitals')?.textContent ?? '';
    expect(hospitals).toContain('大田セロム大学病院');
    expect(hospitals).toContain('英語');
    expect(hospitals).toContain('ロシア語');
  });

  it('lays the list out right to left in Arabic', async () => {
    const root = await settled(await list('region="DAEJEON" theme="FESTIVAL" lang="ar"'));
    const frame = root.querySelector('[part~="root"]') as HTMLElement;
    expect(frame.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(frame).direction).toBe('rtl');
    expect(titles(root)).toEqual([FESTIVAL_AR]);
    const article = card(root, FESTIVAL_AR) as HTMLElement;
    const heading = article.querySelector('[part="title"]') as HTMLElement;
    // Right to left: the title starts at the card's right edge.
    expect(Math.abs(article.getBoundingClientRect().right - heading.getBoundingClientRect().right)).toBeLessThan(24);
  });

  it('shows prices in US dollars when asked, converted by the API and formatted from cents', async () => {
    const expected = await serverQuery<{ package: { price: { amount: number; currency: string } } }>(
      '{ package(slug: "daejeon-science-festival-checkup") { price(currency: "USD") { amount currency } } }',
    );
    expect(expected.package.price.currency).toBe('USD');
    const dollars = (expected.package.price.amount / 100).toLocaleString('en-US', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const root = await settled(await list('region="DAEJEON" theme="FESTIVAL" currency="USD"'));
    const price = card(root, FESTIVAL_EN)?.querySelector('[part="price"]')?.textContent?.trim();
    expect(price).toBe(`From $${dollars}`);
    // About 2.4 million won: between one and three thousand dollars, not hundreds of thousands.
    expect(expected.package.price.amount).toBeGreaterThan(100_000);
    expect(expected.package.price.amount).toBeLessThan(300_000);
  });

  it('shows the e-visa and campaign badges and the hospitals of each package', async () => {
    const data = await serverQuery<{ package: { campaigns: { name: string }[]; providers: { name: string }[] } }>(
      '{ package(slug: "daejeon-science-festival-checkup") { campaigns { name } providers { name } } }',
    );
    const root = await settled(await list('region="DAEJEON" theme="FESTIVAL"'));
    const article = card(root, FESTIVAL_EN) as HTMLElement;
    const badges = [...article.querySelectorAll('[part~="badge"]')].map((badge) => badge.textContent?.trim());
    expect(badges).toContain('e-Visa support');
    for (const campaign of data.package.campaigns) expect(badges).toContain(`Featured: ${campaign.name}`);
    expect(data.package.providers.length).toBeGreaterThan(0);
    const providers = [...article.querySelectorAll('.provider')].map((provider) => provider.textContent?.trim());
    expect(providers).toEqual(data.package.providers.map((provider) => provider.name));
    expect(article.querySelector('.facts')?.textContent).toContain('4 days');
  });

  it('filters by theme: choosing Festival shows only the festival package', async () => {
    const element = await list('');
    const root = await settled(element);
    expect(titles(root).length).toBe(6);
    choose(root, 'Theme', 'FESTIVAL');
    await waitFor(() => stateOf(element) === 'ready' && titles(root).length === 1);
    expect(titles(root)).toEqual([FESTIVAL_EN]);
    expect(status(root)).toBe('Showing 1–1 of 1');
  });

  it('filters by budget in the visitor’s currency', async () => {
    const element = await list('currency="USD"');
    const root = await settled(element);
    const options = [...(root.querySelector<HTMLSelectElement>('#filter-price')?.options ?? [])];
    const budget = options.find((option) => option.textContent?.trim() === '$1,400');
    expect(budget, options.map((option) => option.textContent).join(' | ')).toBeDefined();
    const { packages } = await serverQuery<{ packages: { totalCount: number } }>(
      `{ packages(filter: { maxPrice: ${budget?.value} }) { totalCount } }`,
    );
    expect(packages.totalCount).toBeGreaterThan(0);
    choose(root, 'Budget up to', budget?.value ?? '');
    await waitFor(
      () =>
        stateOf(element) === 'ready' && status(root) === `Showing 1–${packages.totalCount} of ${packages.totalCount}`,
    );
    const prices = [...root.querySelectorAll('[part="price"]')].map((price) =>
      Number(price.textContent?.replace(/[^0-9.]/g, '')),
    );
    expect(prices.length).toBeGreaterThan(0);
    for (const price of prices) expect(price).toBeLessThanOrEqual(1_400);
  });

  it('pages through the packages four at a time and back', async () => {
    const { packages } = await serverQuery<{ packages: { totalCount: number } }>(
      '{ packages(first: 1) { totalCount } }',
    );
    const element = await list('page-size="4"');
    const root = await settled(element);
    const first = titles(root);
    expect(first).toHaveLength(4);
    expect(status(root)).toBe(`Showing 1–4 of ${packages.totalCount}`);
    expect(root.querySelector('[part="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect(buttonLabelled(root, 'Previous')).toBeUndefined();

    buttonLabelled(root, 'More packages')?.click();
    await waitFor(() => stateOf(element) === 'ready' && status(root) === `Showing 5–8 of ${packages.totalCount}`);
    const second = titles(root);
    expect(second).toHaveLength(4);
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    expect(root.activeElement).toBe(root.querySelector('[part="list"]'));

    buttonLabelled(root, 'Previous')?.click();
    await waitFor(() => stateOf(element) === 'ready' && status(root) === `Showing 1–4 of ${packages.totalCount}`);
    expect(titles(root)).toEqual(first);
  });

  it('opens a package’s itinerary, tells the host page, and opens the inquiry form for it', async () => {
    const { package: festival } = await serverQuery<{ package: { id: string } }>(
      '{ package(slug: "daejeon-science-festival-checkup") { id } }',
    );
    const element = await list('region="DAEJEON" theme="FESTIVAL"');
    const root = await settled(element);
    const selected = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('mt-package-select', resolve, { once: true }),
    );
    const toggle = buttonLabelled(root, 'View itinerary') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    const event = await selected;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail).toEqual({
      packageId: festival.id,
      slug: 'daejeon-science-festival-checkup',
      title: FESTIVAL_EN,
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const itinerary = await waitFor(
      () =>
        root.querySelector('[part="itinerary"]')?.querySelector('.days') && root.querySelector('[part="itinerary"]'),
    );
    const days = [...itinerary.querySelectorAll('.day h4')].map((day) => day.textContent?.trim());
    expect(days).toEqual([
      'Day 1: To Daejeon and Yuseong',
      'Day 2: Check-up and festival night',
      'Day 3: Results and Expo Park',
      'Day 4: Festival morning and departure',
    ]);
    expect(itinerary.textContent).toContain('Incheon International Airport → Yuseong, Daejeon');
    expect(itinerary.textContent).toContain('3 nights');
    expect(itinerary.querySelector('.breakdown')?.textContent).toContain('₩2,400,000');

    const ask = buttonLabelled(itinerary, 'Ask about this package') as HTMLButtonElement;
    ask.click();
    const form = await waitFor(() => root.querySelector<MtInquiryForm>('mt-inquiry-form'));
    expect(form.getAttribute('package')).toBe(festival.id);
    expect(ask.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => stateOf(form) === 'ready');
    expect(shadow(form).querySelector('[part="package"]')?.textContent).toContain(FESTIVAL_EN);
  });

  it('says so when nothing matches the filters', async () => {
    const element = await list('region="JEJU" theme="TRANSPLANT"');
    const root = await settled(element);
    expect(stateOf(element)).toBe('empty');
    expect(status(root)).toBe('No packages match these filters yet.');
    expect(root.querySelector('[part="card"]')).toBeNull();
  });

  it('keeps its look on a page with hostile CSS', async () => {
    const style = document.createElement('style');
    style.textContent = '* { color: red !important } button { display: none !important }';
    document.head.append(style);
    try {
      const root = await settled(await list('region="DAEJEON"'));
      const title = root.querySelector('[part="title"]') as HTMLElement;
      expect(getComputedStyle(title).color).not.toBe('rgb(255, 0, 0)');
      const toggle = buttonLabelled(root, 'View itinerary') as HTMLButtonElement;
      expect(toggle.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(getComputedStyle(toggle).color).not.toBe('rgb(255, 0, 0)');
    } finally {
      style.remove();
    }
  });

  it('asks the visitor to wait when the site is over its request allowance, saying for how long', async () => {
    const busy = inject('busyGatewayUrl');
    const first = await mount<MtPackageList>(
      `<mt-package-list site-key="demo-site" endpoint="${busy}"></mt-package-list>`,
    );
    await settled(first);
    expect(stateOf(first)).toBe('ready');
    cleanup();
    // Another list (the same one would come from the browser's cache without asking the gateway).
    const second = await mount<MtPackageList>(
      `<mt-package-list site-key="demo-site" region="BUSAN" endpoint="${busy}"></mt-package-list>`,
    );
    const root = await settled(second);
    expect(stateOf(second)).toBe('error');
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/try again in \d+ seconds/);
  });

  it('says the service is unreachable when the API is down, offers to retry, and the page carries on', async () => {
    const operations = recordOperations();
    try {
      const element = await mount<MtPackageList>(
        '<mt-package-list site-key="demo-site" endpoint="http://127.0.0.1:9/graphql"></mt-package-list>',
      );
      const root = await settled(element);
      expect(stateOf(element)).toBe('error');
      const alert = root.querySelector('[role="alert"]');
      expect(alert?.textContent).toContain('could not reach');
      expect(operations.counts.get('PackageList')).toBe(1);
      (buttonLabelled(alert as Element, 'Try again') as HTMLButtonElement).click();
      await waitFor(() => operations.counts.get('PackageList') === 2);
      await waitFor(() => stateOf(element) === 'error');
      expect(document.body.contains(element)).toBe(true);
    } finally {
      operations.restore();
    }
  });

  it('has no serious or critical accessibility violations, with an itinerary open', async () => {
    const element = await list('region="DAEJEON"');
    const root = await settled(element);
    buttonLabelled(root, 'View itinerary')?.click();
    await waitFor(() => root.querySelector('[part="itinerary"] .days'));
    const results = await axe.run(element);
    const serious = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('stays readable in a 320 px column', async () => {
    const element = await mount<MtPackageList>(
      `<div style="width: 320px"><mt-package-list site-key="demo-site" endpoint="${gatewayUrl()}" region="DAEJEON"></mt-package-list></div>`,
    );
    const inner = element.querySelector('mt-package-list') as MtPackageList;
    const root = await settled(inner);
    const cards = [...root.querySelectorAll<HTMLElement>('[part="card"]')];
    expect(cards.length).toBeGreaterThan(0);
    for (const article of cards) expect(article.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(inner.scrollWidth).toBeLessThanOrEqual(320);
  });
});
