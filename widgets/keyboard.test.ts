import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './availability/availability';
import './package-list/package-list';
import { cleanup, gatewayUrl, mount, shadow, stateOf, waitFor } from './shared/testing';

/** The element that has focus, looking through open shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until focus reaches an element matching `wanted`, as a keyboard user would. */
async function tabTo(wanted: (element: Element) => boolean, limit = 60): Promise<Element> {
  for (let presses = 0; presses < limit; presses += 1) {
    await userEvent.keyboard('{Tab}');
    const element = focused();
    if (element && wanted(element)) return element;
  }
  throw new Error(`focus never reached the element after ${limit} Tab presses`);
}

const isField = (name: string) => (element: Element) => element.getAttribute('name') === name;

afterEach(cleanup);

describe('keyboard-only use', () => {
  it('books a consultation without a mouse', async () => {
    const wrapper = await mount<HTMLDivElement>(
      `<div><button id="before">Page content</button><mt-availability site-key="demo-site" endpoint="${gatewayUrl()}" slug="gangnam-lumiere-dermatology" days="7" lang="en"></mt-availability></div>`,
    );
    const element = wrapper.querySelector('mt-availability') as HTMLElement;
    await waitFor(() => stateOf(element) === 'ready');
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();

    // Through the filters and the calendar's single Tab stop to the chosen day's first time.
    const slot = await tabTo((candidate) => candidate.getAttribute('role') === 'option');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => shadow(element).querySelector('form'));
    expect(slot.getAttribute('aria-selected')).toBe('true');

    await tabTo(isField('name'));
    await userEvent.keyboard('Nomin Bat');
    await tabTo(isField('email'));
    await userEvent.keyboard('nomin@example.mn');
    const country = (await tabTo(isField('nationality'))) as HTMLSelectElement;
    for (let presses = 0; presses < 40 && country.value !== 'MN'; presses += 1) await userEvent.keyboard('{ArrowDown}');
    expect(country.value).toBe('MN');
    const consent = (await tabTo(isField('consent'))) as HTMLInputElement;
    await userEvent.keyboard(' ');
    expect(consent.checked).toBe(true);
    await tabTo((candidate) => candidate.getAttribute('part') === 'submit');
    await userEvent.keyboard('{Enter}');

    const confirmation = await waitFor(() => shadow(element).querySelector('[part="confirmation"]'));
    expect(confirmation.textContent).toMatch(/MT-[2-9A-Z]{6}/);
    expect(focused()).toBe(confirmation);
  });

  it('opens a package’s itinerary from the keyboard', async () => {
    const element = await mount<HTMLElement>(
      `<mt-package-list site-key="demo-site" endpoint="${gatewayUrl()}" region="DAEJEON" lang="en"></mt-package-list>`,
    );
    await waitFor(() => stateOf(element) === 'ready');
    const toggle = await tabTo((candidate) => candidate.getAttribute('aria-expanded') === 'false');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'true');
    await waitFor(() => shadow(element).querySelector('[part~="itinerary"]'));
  });
});
