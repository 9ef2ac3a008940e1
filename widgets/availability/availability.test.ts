import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { messages as en } from '../shared/locales/en';
import { cleanup, gatewayUrl, mount, recordOperations, serverQuery, shadow, stateOf, waitFor } from '../shared/testing';
import './availability';
import type { MtAvailability } from './availability.component';

const SLUG = 'gangnam-lumiere-dermatology';
/** The seed file's names of the clinic (subgraphs/providers/seed/providers.yaml). */
const NAME = {
  ZH: '江南璐米耶皮肤科诊所',
  JA: '江南リュミエール皮膚科クリニック',
  AR: 'عيادة لوميير للأمراض الجلدية في غانغنام',
};

interface ApiSlot {
  id: string;
  startsAt: string;
  mode: 'IN_PERSON' | 'REMOTE';
  remaining: number;
  procedure: { name: string } | null;
}

const availability = (attributes: string) =>
  mount<MtAvailability>(
    `<mt-availability site-key="demo-site" endpoint="${gatewayUrl()}" slug="${SLUG}" ${attributes}></mt-availability>`,
  );

async function ready(element: MtAvailability) {
  await waitFor(() => stateOf(element) !== 'loading' && stateOf(element));
  return shadow(element);
}

async function freeSlots(locale = 'EN', days = 14, mode: string | null = null): Promise<ApiSlot[]> {
  const from = new Date();
  const to = new Date(from.getTime() + days * 86_400_000);
  const data = await serverQuery<{ provider: { availability: ApiSlot[] } }>(
    `query ($slug: String, $from: DateTime!, $to: DateTime!, $mode: ConsultationMode) {
      provider(slug: $slug) { availability(from: $from, to: $to, mode: $mode) { id startsAt mode remaining procedure { name(locale: ${locale}) } } }
    }`,
    { slug: SLUG, from: from.toISOString(), to: to.toISOString(), mode },
  );
  return data.provider.availability;
}

async function remainingOf(slotId: string): Promise<number> {
  return (await serverQuery<{ slot: { remaining: number } }>(`{ slot(id: "${slotId}") { remaining } }`)).slot.remaining;
}

/** Another visitor books, from a partner's server: each their own person unless `email` says otherwise. */
async function holdDirectly(slotId: string, key: string, email = `other.${key}@example.com`) {
  return serverQuery<{ holdSlot: { __typename: string } }>(
    `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { __typename } }`,
    {
      input: {
        slotId,
        partySize: 1,
        consent: true,
        idempotencyKey: key,
        contact: { name: 'Other Visitor', email, nationality: 'TW', locale: 'ZH_TW' },
      },
    },
  );
}

const slotButtons = (root: ShadowRoot) => [...root.querySelectorAll<HTMLButtonElement>('button[part~="slot"]')];
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function setField(root: ShadowRoot, name: string, value: string) {
  const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`form [name="${name}"]`);
  if (!control) throw new Error(`no field ${name}`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

async function fillForm(root: ShadowRoot, partySize = 1, email = 'yuki.tanaka@example.jp') {
  setField(root, 'name', 'Yuki Tanaka');
  setField(root, 'email', email);
  setField(root, 'phone', '+81 90 1234 5678');
  setField(root, 'nationality', 'JP');
  setField(root, 'partySize', String(partySize));
  const consent = root.querySelector<HTMLInputElement>('form [name="consent"]');
  expect(consent?.checked).toBe(false);
  consent?.click();
}

async function choose(element: MtAvailability, button: HTMLButtonElement) {
  button.click();
  await element.updateComplete;
  return waitFor(() => shadow(element).querySelector<HTMLFormElement>('form[part="form"]'));
}

const pad = (value: number) => String(value).padStart(2, '0');

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('<mt-availability>', () => {
  it("renders the provider's free times in Chinese, by day in Korea, with Korea time and places left", async () => {
    const expected = await freeSlots('ZH');
    expect(expected.length).toBeGreaterThan(0);
    const root = await ready(await availability('lang="zh"'));
    expect(text(root.querySelector('[part="provider"]'))).toBe(NAME.ZH);
    const buttons = slotButtons(root);
    expect(buttons.map((button) => button.dataset.slot)).toEqual(expected.map((slot) => slot.id));
    const days = [...root.querySelectorAll('[part="day-heading"]')].map(text);
    expect(days.length).toBeGreaterThan(1);
    expect(days.every((day) => /\d+月\d+日/.test(day))).toBe(true);
    expect(new Set(days).size).toBe(days.length);
    buttons.forEach((button, index) => {
      const slot = expected[index] as ApiSlot;
      // The button's accessible name is its text: the day, the time in Korea and the places left.
      expect(text(button)).toContain(text(button.closest('[part="day"]')?.querySelector('[part="day-heading"]')));
      expect(text(button.querySelector('[part="korea-time"]'))).toBe(slot.startsAt.slice(11, 16));
      expect(text(button.querySelector('[part="places"]'))).toContain(String(slot.remaining));
    });
    expect(root.textContent).toContain('皮秒激光嫩肤');
  });

  it('speaks Japanese, and lays itself out right to left in Arabic', async () => {
    const japanese = await availability('lang="ja" days="7"');
    const jaRoot = await ready(japanese);
    expect(text(jaRoot.querySelector('[part="provider"]'))).toBe(NAME.JA);
    expect(jaRoot.querySelector('[part~="root"]')?.getAttribute('dir')).toBe('ltr');
    expect(text(jaRoot.querySelector('[part="day-heading"]'))).toMatch(/\d+月\d+日\([月火水木金土日]\)/);
    expect(slotButtons(jaRoot).length).toBeGreaterThan(0);
    cleanup();

    const arabic = await availability('lang="ar" days="7"');
    const arRoot = await ready(arabic);
    const frame = arRoot.querySelector('[part~="root"]');
    expect(frame?.getAttribute('dir')).toBe('rtl');
    expect(frame?.getAttribute('lang')).toBe('ar');
    expect(text(arRoot.querySelector('[part="provider"]'))).toBe(NAME.AR);
    expect(text(arRoot.querySelector('[part="day-heading"]'))).toMatch(/[\u0600-\u06ff]/);
    const first = slotButtons(arRoot)[0] as HTMLButtonElement;
    expect(getComputedStyle(first).direction).toBe('rtl');
  });

  it("shows a time in Korea time and in the visitor's own zone", async () => {
    const [first] = await freeSlots('JA', 7);
    if (!first) throw new Error('the seed has no free time in the next week');
    const root = await ready(await availability('lang="ja" days="7"'));
    const button = slotButtons(root)[0] as HTMLButtonElement;
    expect(button.dataset.slot).toBe(first.id);
    expect(first.startsAt).toMatch(/\+09:00$/);
    expect(text(button.querySelector('[part="korea-time"]'))).toBe(first.startsAt.slice(11, 16));
    const local = new Date(first.startsAt);
    const yours = text(button.querySelector('[part="your-time"]'));
    expect(yours.endsWith(`${pad(local.getHours())}:${pad(local.getMinutes())}`)).toBe(true);
    if (local.getTimezoneOffset() !== -540) expect(yours).not.toBe(first.startsAt.slice(11, 16));
    expect(text(button)).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('narrows the list to video calls', async () => {
    const remote = await freeSlots('EN', 14, 'REMOTE');
    const element = await availability('');
    const root = await ready(element);
    expect(slotButtons(root).some((button) => text(button.querySelector('[part="mode"]')) === en.modeInPerson)).toBe(
      true,
    );
    root.querySelector<HTMLInputElement>('input[type="radio"][value="REMOTE"]')?.click();
    await waitFor(() => stateOf(element) === 'ready' && slotButtons(root).length === remote.length);
    expect(slotButtons(root).map((button) => button.dataset.slot)).toEqual(remote.map((slot) => slot.id));
    expect(slotButtons(root).every((button) => text(button.querySelector('[part="mode"]')) === en.modeRemote)).toBe(
      true,
    );
  });

  it('books a time end to end and tells the host page', async () => {
    const element = await availability('days="7"');
    const root = await ready(element);
    const button = slotButtons(root)[0] as HTMLButtonElement;
    const slotId = button.dataset.slot as string;
    const before = await remainingOf(slotId);
    const partySize = Math.min(2, before);
    expect(text(button)).toContain(en.placesLeft.replace('{count}', String(before)));

    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => root.querySelector('form[part="form"]'));
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await fillForm(root, partySize);
    const held = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('mt-slot-held', (event) => resolve(event), { once: true }),
    );
    root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();

    const confirmation = await waitFor(() => root.querySelector('[part="confirmation"]'));
    const reference = /MT-[0-9A-Z]{6}/.exec(text(confirmation))?.[0] ?? '';
    expect(reference).toMatch(/^MT-[2-9A-Z]{6}$/);
    expect(text(confirmation)).toContain(en.booked.replace('{reference}', reference));
    const event = await held;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail).toMatchObject({ reference, slotId, partySize });
    expect(event.detail.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect(await remainingOf(slotId)).toBe(before - partySize);
  });

  it('sends one booking when the button is clicked twice', async () => {
    const element = await availability('days="7"');
    const root = await ready(element);
    const button = slotButtons(root)[0] as HTMLButtonElement;
    const slotId = button.dataset.slot as string;
    const before = await remainingOf(slotId);
    await choose(element, button);
    await fillForm(root, 1);
    const operations = recordOperations();
    try {
      const submit = root.querySelector<HTMLButtonElement>('[part="submit"]') as HTMLButtonElement;
      submit.click();
      submit.click();
      await element.updateComplete;
      expect(submit.disabled).toBe(true);
      await waitFor(() => root.querySelector('[part="confirmation"]'));
      expect(operations.counts.get('HoldSlot')).toBe(1);
      expect(await remainingOf(slotId)).toBe(before - 1);
    } finally {
      operations.restore();
    }
  });

  it('says the time was just taken when someone else booked it meanwhile', async () => {
    const element = await availability('days="7"');
    const root = await ready(element);
    const button = slotButtons(root).at(-1) as HTMLButtonElement;
    const slotId = button.dataset.slot as string;
    const remaining = await remainingOf(slotId);
    for (let place = 0; place < remaining; place += 1) {
      expect((await holdDirectly(slotId, `test-full-${crypto.randomUUID()}`)).holdSlot.__typename).toBe('Appointment');
    }
    expect(await remainingOf(slotId)).toBe(0);

    await choose(element, button);
    await fillForm(root, 1);
    root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
    const notice = await waitFor(() => root.querySelector('[part="notice"]'));
    expect(text(notice)).toBe(en.slotFull);
    expect(root.querySelector('form')).toBeNull();
    await waitFor(() => stateOf(element) === 'ready' && !root.querySelector(`[data-slot="${slotId}"]`));
  });

  it('tells a visitor who has booked too often when to try again, in their language, and books nothing', async () => {
    const email = `booked.often.${crypto.randomUUID().slice(0, 8)}@example.jp`;
    const open = (await freeSlots()).filter((slot) => slot.remaining > 1);
    // The same person already holds three times at this clinic today.
    for (const slot of open.slice(-3)) {
      expect((await holdDirectly(slot.id, `earlier-${crypto.randomUUID()}`, email)).holdSlot.__typename).toBe(
        'Appointment',
      );
    }
    const expected: [string, string][] = [
      ['days="14"', 'You have sent several requests in a short time. Please try again in 24 hours.'],
      ['days="14" lang="ko"', '짧은 시간에 여러 번 요청하셨습니다. 24시간 후 다시 시도해 주세요.'],
    ];
    for (const [attributes, message] of expected) {
      const element = await availability(attributes);
      const root = await ready(element);
      const button = slotButtons(root)[0] as HTMLButtonElement;
      const before = await remainingOf(button.dataset.slot as string);
      await choose(element, button);
      await fillForm(root, 1, email);
      root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
      const alert = await waitFor(() => root.querySelector('form [role="alert"]'));
      expect(text(alert)).toBe(message);
      expect(root.querySelector('[part="confirmation"]')).toBeNull();
      expect(await remainingOf(button.dataset.slot as string)).toBe(before);
      cleanup();
    }
  });

  it('checks the form before sending and explains each problem next to its field', async () => {
    const element = await availability('days="7"');
    const root = await ready(element);
    await choose(element, slotButtons(root)[0] as HTMLButtonElement);
    const operations = recordOperations();
    try {
      setField(root, 'name', '   ');
      setField(root, 'email', 'not-an-email');
      root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
      await element.updateComplete;
      const name = root.querySelector('form [name="name"]') as HTMLInputElement;
      const email = root.querySelector('form [name="email"]') as HTMLInputElement;
      expect(name.getAttribute('aria-invalid')).toBe('true');
      expect(email.getAttribute('aria-invalid')).toBe('true');
      expect(text(root.getElementById(name.getAttribute('aria-describedby') ?? ''))).toBe(en.required);
      expect(text(root.getElementById(email.getAttribute('aria-describedby') ?? ''))).toBe(en.invalidEmail);
      expect(text(root.getElementById('consent-error'))).toBe(en.consentRequired);
      expect(text(root.querySelector('.form-message'))).toBe(en.fixErrors);
      await waitFor(() => root.activeElement === name);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(operations.counts.get('HoldSlot') ?? 0).toBe(0);
    } finally {
      operations.restore();
    }
  });

  it('keeps its look on a page with hostile CSS', async () => {
    const style = document.createElement('style');
    style.textContent = '* { color: red !important } button { display: none !important }';
    document.head.append(style);
    try {
      const root = await ready(await availability('days="7"'));
      const buttons = slotButtons(root);
      expect(buttons.length).toBeGreaterThan(0);
      const box = (buttons[0] as HTMLButtonElement).getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
      const time = (buttons[0] as HTMLButtonElement).querySelector('[part="korea-time"]') as HTMLElement;
      expect(getComputedStyle(time).color).not.toBe('rgb(255, 0, 0)');
      expect(getComputedStyle(root.querySelector('[part="provider"]') as Element).color).not.toBe('rgb(255, 0, 0)');
    } finally {
      style.remove();
    }
  });

  it('says the service is unreachable when the API is down, offers a retry, and the page carries on', async () => {
    const pageErrors: string[] = [];
    const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
    window.addEventListener('unhandledrejection', onRejection);
    const operations = recordOperations();
    try {
      const element = await mount<MtAvailability>(
        `<mt-availability site-key="demo-site" endpoint="http://127.0.0.1:9/graphql" slug="${SLUG}"></mt-availability>`,
      );
      const root = await ready(element);
      expect(stateOf(element)).toBe('error');
      expect(text(root.querySelector('[role="alert"]'))).toContain(en.errorOffline);
      const retry = root.querySelector<HTMLButtonElement>('[part="error"] button');
      expect(text(retry)).toBe(en.retry);
      retry?.click();
      await waitFor(() => operations.counts.get('ProviderAvailability') === 2 && stateOf(element) === 'error');
      expect(document.body.contains(element)).toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      operations.restore();
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('has no serious or critical accessibility violations, in the list and with the form open', async () => {
    const element = await availability('days="3"');
    const root = await ready(element);
    const serious = async () =>
      (await axe.run(element)).violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await choose(element, slotButtons(root)[0] as HTMLButtonElement);
    root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
    await waitFor(() => root.querySelector('[part="field-error"]'));
    expect(await serious()).toEqual([]);
  });
});
