import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import './availability/availability';
import './booking/booking';
import './campaign-banner/campaign-banner';
import './inquiry-form/inquiry-form';
import './package-list/package-list';
import { bookLastFreeTime, cleanup, gatewayUrl, mount, serverQuery, shadow, stateOf, waitFor } from './shared/testing';

/** The smallest touch target WCAG 2.5.5 and the platforms' guidelines ask for. */
const TOUCH_PX = 44;

let festival = '';
let booking = { reference: '', secret: '' };

beforeAll(async () => {
  festival = (
    await serverQuery<{ package: { id: string } }>(`{ package(slug: "daejeon-science-festival-checkup") { id } }`)
  ).package.id;
  booking = await bookLastFreeTime('gangnam-lumiere-dermatology');
});

/** A common CSS reset: 1rem is 10 px on this page. */
const reset = document.createElement('style');
reset.textContent = 'html { font-size: 62.5%; }';

afterEach(() => {
  cleanup();
  reset.remove();
});

/** Every control a visitor can press or type in, through the widgets' shadow roots (checkboxes go by their label). */
function controls(root: ParentNode): HTMLElement[] {
  const own = [
    ...root.querySelectorAll<HTMLElement>('button, a.button, input:not([type="checkbox"]), select, textarea'),
  ];
  const inner = [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? controls(element.shadowRoot) : [],
  );
  return [...own, ...inner].filter((control) => {
    const box = control.getBoundingClientRect();
    return box.width > 1 && box.height > 1;
  });
}

async function widgets(style = '') {
  const common = `site-key="demo-site" endpoint="${gatewayUrl()}" style="${style}"`;
  const host = await mount<HTMLDivElement>(`<div>
    <mt-campaign-banner ${common} country="JP" placement="hero"></mt-campaign-banner>
    <mt-package-list ${common} region="DAEJEON"></mt-package-list>
    <mt-availability ${common} slug="gangnam-lumiere-dermatology"></mt-availability>
    <mt-inquiry-form ${common} package="${festival}"></mt-inquiry-form>
    <mt-booking ${common} reference="${booking.reference}" secret="${booking.secret}"></mt-booking>
  </div>`);
  const elements = [...host.children];
  for (const element of elements) await waitFor(() => ['ready', 'empty'].includes(stateOf(element) ?? ''), 15_000);
  return elements;
}

const fontSize = (element: Element) =>
  Number.parseFloat(getComputedStyle(shadow(element).querySelector('[part~="root"]') as Element).fontSize);

describe('on a page whose root font is 62.5 %', () => {
  it('keeps each widget’s text at 16 px and its controls at least 44 px tall', async () => {
    document.head.append(reset);
    expect(getComputedStyle(document.documentElement).fontSize).toBe('10px');
    for (const element of await widgets()) {
      expect(fontSize(element), element.localName).toBe(16);
      const found = controls(shadow(element));
      expect(found.length, `${element.localName} controls`).toBeGreaterThan(0);
      for (const control of found) {
        const label = `${element.localName} ${control.localName}.${control.className} "${control.textContent?.trim()}"`;
        expect(control.getBoundingClientRect().height, label).toBeGreaterThanOrEqual(TOUCH_PX);
      }
    }
  });

  it('scales everything with --mt-font-size', async () => {
    document.head.append(reset);
    const standard = await widgets();
    const heights = standard.map((element) =>
      controls(shadow(element)).map((control) => control.getBoundingClientRect().height),
    );
    cleanup();
    const larger = await widgets('--mt-font-size: 20px');
    larger.forEach((element, index) => {
      expect(fontSize(element), element.localName).toBe(20);
      const grown = controls(shadow(element)).map((control) => control.getBoundingClientRect().height);
      expect(grown.length, element.localName).toBe(heights[index]?.length);
      grown.forEach((height, control) => expect(height).toBeGreaterThan((heights[index]?.[control] ?? 0) * 1.1));
    });
  });
});
