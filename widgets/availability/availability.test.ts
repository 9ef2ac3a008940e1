import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { formatZone } from '../shared/format';
import { messages as en } from '../shared/locales/en';
import { translate } from '../shared/messages';
import { cleanup, gatewayUrl, mount, recordOperations, serverQuery, shadow, stateOf, waitFor } from '../shared/testing';
import type { MtSlotCalendar } from '../slot-calendar/slot-calendar.component';
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

async function freeSlots(locale = 'EN', days = 30, mode: string | null = null): Promise<ApiSlot[]> {
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

const calendarOf = (root: ShadowRoot) => root.querySelector('mt-slot-calendar') as MtSlotCalendar;
/** The chosen day's times, inside the calendar's own shadow root. */
const times = (root: ShadowRoot) => [...shadow(calendarOf(root)).querySelectorAll<HTMLElement>('[part~="time"]')];
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const clock = (iso: string, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));

interface ShownTime {
  id: string;
  day: string;
  label: string;
  koreaTime: string;
  mode: string;
  places: string;
}

/** Every time the calendar offers, month by month and day by day, as a visitor looking through them sees them. */
async function everyTime(root: ShadowRoot): Promise<ShownTime[]> {
  const calendar = calendarOf(root);
  const inside = shadow(calendar);
  const button = (part: string) => inside.querySelector<HTMLButtonElement>(`[part="${part}"]`) as HTMLButtonElement;
  while (!button('previous-month').disabled) {
    button('previous-month').click();
    await calendar.updateComplete;
  }
  const shown: ShownTime[] = [];
  for (;;) {
    const dates = [...inside.querySelectorAll<HTMLElement>('td[part~="free"]')].map((day) => day.dataset.date);
    for (const date of dates) {
      inside.querySelector<HTMLElement>(`td[data-date="${date}"]`)?.click();
      await calendar.updateComplete;
      const day = text(inside.querySelector('[part="times-heading"]'));
      for (const time of times(root)) {
        shown.push({
          id: time.dataset.slot as string,
          day,
          label: text(time),
          koreaTime: text(time.querySelector('[part="korea-time"]')),
          mode: text(time.querySelector('[part="mode"]')),
          places: text(time.querySelector('[part="places"]')),
        });
      }
    }
    if (button('next-month').disabled) return shown;
    button('next-month').click();
    await calendar.updateComplete;
  }
}

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

async function choose(element: MtAvailability, time: HTMLElement) {
  time.click();
  await element.updateComplete;
  return waitFor(() => shadow(element).querySelector<HTMLFormElement>('form[part="form"]'));
}

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
    const shown = await everyTime(root);
    expect(shown.map((time) => time.id)).toEqual(expected.map((slot) => slot.id));
    const days = [...new Set(shown.map((time) => time.day))];
    expect(days.length).toBeGreaterThan(1);
    expect(days.every((day) => /\d+月\d+日/.test(day))).toBe(true);
    shown.forEach((time, index) => {
      const slot = expected[index] as ApiSlot;
      // The option's accessible name is its text: the time in Korea, the places left and the rest.
      expect(time.koreaTime).toBe(clock(slot.startsAt, 'zh-CN', 'Asia/Seoul'));
      expect(time.label).toContain(time.koreaTime);
      expect(time.places).toContain(String(slot.remaining));
    });
    expect(shown.some((time) => time.label.includes('皮秒激光嫩肤'))).toBe(true);
  });

  it('speaks Japanese, and lays itself out right to left in Arabic', async () => {
    const japanese = await availability('lang="ja" days="7"');
    const jaRoot = await ready(japanese);
    expect(text(jaRoot.querySelector('[part="provider"]'))).toBe(NAME.JA);
    expect(jaRoot.querySelector('[part~="root"]')?.getAttribute('dir')).toBe('ltr');
    await waitFor(() => /の空き時間$/.test(text(shadow(calendarOf(jaRoot)).querySelector('[part="times-heading"]'))));
    expect(text(shadow(calendarOf(jaRoot)).querySelector('[part="times-heading"]'))).toMatch(
      /^\d+月\d+日\([月火水木金土日]\)の空き時間$/,
    );
    expect(times(jaRoot).length).toBeGreaterThan(0);
    cleanup();

    const arabic = await availability('lang="ar" days="7"');
    const arRoot = await ready(arabic);
    const frame = arRoot.querySelector('[part~="root"]');
    expect(frame?.getAttribute('dir')).toBe('rtl');
    expect(frame?.getAttribute('lang')).toBe('ar');
    expect(text(arRoot.querySelector('[part="provider"]'))).toBe(NAME.AR);
    const calendar = shadow(calendarOf(arRoot));
    expect(calendar.querySelector('[part~="root"]')?.getAttribute('dir')).toBe('rtl');
    expect(text(calendar.querySelector('[part="times-heading"]'))).toMatch(/[\u0600-\u06ff]/);
    const first = times(arRoot)[0] as HTMLElement;
    expect(getComputedStyle(first).direction).toBe('rtl');
  });

  it("shows a time in Korea time and in the visitor's own zone, named in words", async () => {
    const [first] = await freeSlots('JA', 7);
    if (!first) throw new Error('the seed has no free time in the next week');
    const root = await ready(await availability('lang="ja" days="7"'));
    const time = times(root)[0] as HTMLElement;
    expect(time.dataset.slot).toBe(first.id);
    expect(first.startsAt).toMatch(/\+09:00$/);
    expect(text(time.querySelector('[part="korea-time"]'))).toBe(clock(first.startsAt, 'ja', 'Asia/Seoul'));
    const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const yours = time.querySelector('[part="your-time"]');
    if (device === 'Asia/Seoul') {
      expect(yours).toBeNull();
      return;
    }
    expect(text(yours?.querySelector('.clock')).endsWith(clock(first.startsAt, 'ja', device))).toBe(true);
    expect(text(yours?.querySelector('.zone'))).toBe(formatZone(device, 'JA', new Date(first.startsAt)));
    expect(text(time)).not.toContain(device);
  });

  it('narrows the list to video calls', async () => {
    const remote = await freeSlots('EN', 30, 'REMOTE');
    const element = await availability('');
    const root = await ready(element);
    expect((await everyTime(root)).some((time) => time.mode === en.modeInPerson)).toBe(true);
    root.querySelector<HTMLInputElement>('input[type="radio"][value="REMOTE"]')?.click();
    await waitFor(
      () =>
        stateOf(element) === 'ready' &&
        times(root).every((time) => text(time.querySelector('[part="mode"]')) === en.modeRemote),
    );
    const shown = await everyTime(root);
    expect(shown.map((time) => time.id)).toEqual(remote.map((slot) => slot.id));
    expect(shown.every((time) => time.mode === en.modeRemote)).toBe(true);
  });

  it('books a time end to end in the zone the visitor picked, and tells the host page', async () => {
    const element = await availability('days="7"');
    const root = await ready(element);
    const calendar = shadow(calendarOf(root));
    const zone = calendar.querySelector<HTMLSelectElement>('[part="zone-picker"] select') as HTMLSelectElement;
    zone.value = 'America/Los_Angeles';
    zone.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const time = times(root)[0] as HTMLElement;
    const slotId = time.dataset.slot as string;
    const before = await remainingOf(slotId);
    const partySize = Math.min(2, before);
    expect(text(time)).toContain(translate(en, 'placesLeft', { count: before }));
    expect(text(time.querySelector('[part="your-time"] .zone'))).toBe('Pacific Time');

    time.focus();
    await userEvent.keyboard('{Enter}');
    const form = await waitFor(() => root.querySelector('form[part="form"]'));
    await waitFor(() => root.activeElement === root.querySelector('[part="form-heading"]'));
    expect(time.getAttribute('aria-selected')).toBe('true');
    expect(text(form.querySelector('.selected-detail'))).toContain('Your time (Pacific Time)');
    await fillForm(root, partySize);
    const held = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('mt-slot-held', (event) => resolve(event), { once: true }),
    );
    const operations = recordOperations();
    try {
      root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
      const confirmation = await waitFor(() => root.querySelector('[part="confirmation"]'));
      const reference = /MT-[0-9A-Z]{6}/.exec(text(confirmation))?.[0] ?? '';
      expect(reference).toMatch(/^MT-[2-9A-Z]{6}$/);
      expect(text(confirmation)).toContain(en.booked.replace('{reference}', reference));
      const hold = operations.sent.find((operation) => operation.name === 'HoldSlot');
      expect(hold?.variables).toMatchObject({ input: { slotId, contact: { timeZone: 'America/Los_Angeles' } } });
      const event = await held;
      expect(event.bubbles && event.composed).toBe(true);
      expect(event.detail).toMatchObject({ reference, slotId, partySize });
      expect(event.detail.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
      expect(await remainingOf(slotId)).toBe(before - partySize);
    } finally {
      operations.restore();
    }
  });

  it("sends the device's zone when the visitor picked none, and hands focus back to the time on cancel", async () => {
    const element = await availability('days="7"');
    const root = await ready(element);
    const time = times(root)[0] as HTMLElement;
    await choose(element, time);
    root.querySelector<HTMLButtonElement>('[part="cancel"]')?.click();
    await waitFor(() => !root.querySelector('form'));
    const calendar = shadow(calendarOf(root));
    await waitFor(() => calendar.activeElement === time);
    expect(time.getAttribute('aria-selected')).toBe('false');

    await choose(element, time);
    await fillForm(root, 1, 'erdene.bold@example.mn');
    const operations = recordOperations();
    try {
      root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
      await waitFor(() => root.querySelector('[part="confirmation"]'));
      const hold = operations.sent.find((operation) => operation.name === 'HoldSlot');
      expect(hold?.variables).toMatchObject({
        input: { contact: { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone } },
      });
    } finally {
      operations.restore();
    }
  });

  it('keeps the confirmation with its manage view across a reload, until the visitor books another time', async () => {
    const first = await availability('days="7"');
    const root = await ready(first);
    const time = times(root)[0] as HTMLElement;
    const slotId = time.dataset.slot as string;
    await choose(first, time);
    await fillForm(root, 1, `reload.${crypto.randomUUID().slice(0, 8)}@example.jp`);
    root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
    const reference = /MT-[2-9A-Z]{6}/.exec(
      text(await waitFor(() => root.querySelector('[part="confirmation"]'))),
    )?.[0];
    expect(reference).toBeDefined();

    // A reload: the page and its elements are new; only the tab's storage remains.
    document.body.replaceChildren();
    const again = await availability('days="7"');
    const reloaded = await ready(again);
    const confirmation = await waitFor(() => reloaded.querySelector('[part="confirmation"]'));
    expect(text(confirmation)).toContain(en.booked.replace('{reference}', reference ?? ''));
    const booking = confirmation.querySelector('mt-booking') as HTMLElement;
    await waitFor(() => customElements.get('mt-booking'));
    const view = await waitFor(() => booking.shadowRoot?.querySelector('[part="reference"]'));
    expect(text(view)).toContain(reference);
    expect(text(booking.shadowRoot?.querySelector('[part~="booking-status"]'))).toBe(en.bookingHeld);
    expect(await remainingOf(slotId)).toBeGreaterThanOrEqual(0);

    reloaded.querySelector<HTMLButtonElement>('[part="book-another"]')?.click();
    await waitFor(() => reloaded.querySelector('mt-slot-calendar'));
    document.body.replaceChildren();
    const fresh = await ready(await availability('days="7"'));
    expect(fresh.querySelector('[part="confirmation"]')).toBeNull();
    expect(fresh.querySelector('mt-slot-calendar')).not.toBeNull();
  });

  it('sends one booking when the button is clicked twice', async () => {
    const element = await availability('days="7"');
    const root = await ready(element);
    const time = times(root)[0] as HTMLElement;
    const slotId = time.dataset.slot as string;
    const before = await remainingOf(slotId);
    await choose(element, time);
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
    const time = times(root).at(-1) as HTMLElement;
    const slotId = time.dataset.slot as string;
    const remaining = await remainingOf(slotId);
    for (let place = 0; place < remaining; place += 1) {
      expect((await holdDirectly(slotId, `test-full-${crypto.randomUUID()}`)).holdSlot.__typename).toBe('Appointment');
    }
    expect(await remainingOf(slotId)).toBe(0);

    await choose(element, time);
    await fillForm(root, 1);
    root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
    const notice = await waitFor(() => root.querySelector('[part="notice"]'));
    expect(text(notice)).toBe(en.slotFull);
    expect(root.querySelector('form')).toBeNull();
    await waitFor(
      () => stateOf(element) === 'ready' && !shadow(calendarOf(root)).querySelector(`[data-slot="${slotId}"]`),
    );
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
      const time = times(root)[0] as HTMLElement;
      const before = await remainingOf(time.dataset.slot as string);
      await choose(element, time);
      await fillForm(root, 1, email);
      root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
      const alert = await waitFor(() => root.querySelector('form [role="alert"]'));
      expect(text(alert)).toBe(message);
      expect(root.querySelector('[part="confirmation"]')).toBeNull();
      expect(await remainingOf(time.dataset.slot as string)).toBe(before);
      cleanup();
    }
  });

  it('checks the form before sending and explains each problem next to its field', async () => {
    const element = await availability('days="7"');
    const root = await ready(element);
    await choose(element, times(root)[0] as HTMLElement);
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
      const shown = times(root);
      expect(shown.length).toBeGreaterThan(0);
      const box = (shown[0] as HTMLElement).getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
      const month = shadow(calendarOf(root)).querySelector('[part="next-month"]') as HTMLElement;
      expect(month.getBoundingClientRect().height).toBeGreaterThan(0);
      const time = (shown[0] as HTMLElement).querySelector('[part="korea-time"]') as HTMLElement;
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

  for (const [width, height] of [
    [375, 812],
    [1280, 900],
  ] as const) {
    it(`fits a ${width}×${height} screen with a month of times: heading, filters, calendar and the day's times`, async () => {
      const [originalWidth, originalHeight] = [window.innerWidth, window.innerHeight];
      await page.viewport(width, height);
      try {
        const element = await availability('');
        const root = await ready(element);
        expect(times(root).length).toBeGreaterThan(0);
        const box = element.getBoundingClientRect();
        expect(box.height).toBeLessThanOrEqual(height);
        expect(box.width).toBeLessThanOrEqual(width);
        expect(element.scrollWidth).toBeLessThanOrEqual(Math.ceil(box.width));
        const list = shadow(calendarOf(root)).querySelector('[part="time-list"]') as HTMLElement;
        expect(list.getBoundingClientRect().bottom).toBeLessThanOrEqual(box.bottom);
      } finally {
        await page.viewport(originalWidth, originalHeight);
      }
    });
  }

  it('has no serious or critical accessibility violations, in the list and with the form open', async () => {
    const element = await availability('days="3"');
    const root = await ready(element);
    const serious = async () =>
      (await axe.run(element)).violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await choose(element, times(root)[0] as HTMLElement);
    root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
    await waitFor(() => root.querySelector('[part="field-error"]')?.textContent);
    expect(await serious()).toEqual([]);
  });
});
