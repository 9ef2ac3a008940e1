import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { messages as en } from '../shared/locales/en';
import { cleanup, mount, shadow, stateOf, waitFor } from '../shared/testing';
import './slot-calendar';
import type { CalendarSlot, MtSlotCalendar } from './slot-calendar.component';

/** A fixed window in March and April 2027 (1 March 2027 is a Monday), so every date below is known. */
const FROM = new Date('2027-03-03T00:00:00+09:00');
const UNTIL = new Date('2027-04-20T00:00:00+09:00');

const slot = (id: string, startsAt: string, minutes: number, extra: Partial<CalendarSlot> = {}): CalendarSlot => ({
  id,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
  mode: 'IN_PERSON',
  remaining: 2,
  interpreterLanguage: null,
  procedure: null,
  ...extra,
});

const SLOTS: CalendarSlot[] = [
  // Before the window: its day must not be offered.
  slot('early', '2027-03-02T10:00:00+09:00', 30),
  slot('morning', '2027-03-10T09:00:00+09:00', 30),
  slot('afternoon', '2027-03-10T14:30:00+09:00', 60, {
    mode: 'REMOTE',
    remaining: 1,
    interpreterLanguage: 'JA',
    procedure: { id: 'pico', name: 'Picosecond laser toning' },
  }),
  slot('evening', '2027-03-10T20:00:00+09:00', 30),
  slot('friday', '2027-03-12T11:00:00+09:00', 45),
  slot('april', '2027-04-05T10:00:00+09:00', 30),
];

async function calendar(lang = 'en', slots = SLOTS, from = FROM, until = UNTIL) {
  const host = await mount<HTMLDivElement>(
    `<div><button id="before">Before</button><mt-slot-calendar lang="${lang}"></mt-slot-calendar></div>`,
  );
  const element = host.querySelector('mt-slot-calendar') as MtSlotCalendar;
  element.slots = slots;
  element.from = from;
  element.until = until;
  await element.updateComplete;
  // Other languages' messages arrive as a chunk after the first render.
  const label = () => text(shadow(element).querySelector('[part="previous-month"] .visually-hidden'));
  await waitFor(() => lang === 'en' || label() !== en.calendarPreviousMonth);
  return { element, root: shadow(element), before: host.querySelector('#before') as HTMLButtonElement };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const day = (root: ShadowRoot, date: string) => root.querySelector<HTMLElement>(`td[data-date="${date}"]`);
const focusedDate = (root: ShadowRoot) => root.activeElement?.getAttribute('data-date');
const focusedSlot = (root: ShadowRoot) => root.activeElement?.getAttribute('data-slot');
const times = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[part~="time"]')];
const chosenDay = (root: ShadowRoot) => root.querySelector('td[aria-selected="true"]')?.getAttribute('data-date');
const koreaTimes = (root: ShadowRoot) => times(root).map((time) => text(time.querySelector('[part="korea-time"]')));
const clock = (iso: string, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));

async function press(element: MtSlotCalendar, key: string) {
  await userEvent.keyboard(key);
  await element.updateComplete;
}

function chosenEvents(element: MtSlotCalendar): string[] {
  const chosen: string[] = [];
  element.addEventListener('mt-slot-choose', (event) => chosen.push(event.detail.slotId));
  return chosen;
}

afterEach(cleanup);

describe('<mt-slot-calendar>', () => {
  it('shows the month of the first day with free times, chosen, as a grid of the days in Korea', async () => {
    const { root } = await calendar();
    expect(stateOf(root.host)).toBe('ready');
    const grid = root.querySelector('table[role="grid"]') as HTMLTableElement;
    expect(text(root.getElementById(grid.getAttribute('aria-labelledby') ?? ''))).toBe('March 2027');
    expect(root.querySelector('[part="month"]')?.getAttribute('aria-live')).toBe('polite');
    // English (United States) weeks start on Sunday.
    expect([...grid.querySelectorAll('th')].map(text)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(grid.querySelector('th')?.getAttribute('abbr')).toBe('Sunday');
    expect(grid.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(grid.querySelectorAll('td[data-date]')).toHaveLength(31);

    expect(chosenDay(root)).toBe('2027-03-10');
    const chosen = day(root, '2027-03-10') as HTMLElement;
    expect(chosen.getAttribute('part')).toBe('day free chosen');
    expect(text(chosen)).toBe('10 Wednesday, March 10, 3 free times');
    expect(text(day(root, '2027-03-12'))).toBe('12 Friday, March 12, 1 free time');
    expect(day(root, '2027-03-12')?.getAttribute('aria-selected')).toBe('false');
    // A day without times, and a day with a time before the window, can be reached but not chosen.
    for (const date of ['2027-03-11', '2027-03-02']) {
      const cell = day(root, date) as HTMLElement;
      expect(cell.getAttribute('aria-disabled')).toBe('true');
      expect(cell.hasAttribute('aria-selected')).toBe(false);
      expect(text(cell)).toContain(en.calendarNoTimes);
    }
    expect(grid.querySelectorAll('[aria-current]')).toHaveLength(0);
    expect(root.querySelector('[part="previous-month"]')?.hasAttribute('disabled')).toBe(true);
    expect(root.querySelector('[part="next-month"]')?.hasAttribute('disabled')).toBe(false);

    expect(text(root.querySelector('[part="times-heading"]'))).toBe('Free times on Wed, Mar 10');
    expect(times(root).map((time) => time.dataset.slot)).toEqual(['morning', 'afternoon', 'evening']);
  });

  it('marks today in Korea and says so when there is no free time at all', async () => {
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const { root } = await calendar('en', [], new Date(), new Date(Date.now() + 30 * 86_400_000));
    expect(stateOf(root.host)).toBe('empty');
    const current = root.querySelectorAll('[aria-current="date"]');
    expect(current).toHaveLength(1);
    expect((current[0] as HTMLElement).dataset.date).toBe(today);
    expect((current[0] as HTMLElement).getAttribute('part')).toBe('day today');
    expect(text(root.querySelector('[part="status"]'))).toBe(en.availabilityEmpty);
    expect(root.querySelector('[part~="time-list"]')).toBeNull();
  });

  it('has exactly one Tab stop in the grid and moves it with the keys of the APG date picker', async () => {
    const { element, root, before } = await calendar();
    expect(root.querySelectorAll('table [tabindex="0"]')).toHaveLength(1);
    before.focus();
    await press(element, '{Tab}'); // previous month (disabled, skipped) → next month
    expect(root.activeElement?.getAttribute('part')).toBe('next-month');
    await press(element, '{Tab}');
    expect(focusedDate(root)).toBe('2027-03-10');

    const moves: [string, string][] = [
      ['{ArrowRight}', '2027-03-11'],
      ['{ArrowDown}', '2027-03-18'],
      ['{ArrowLeft}', '2027-03-17'],
      ['{ArrowUp}', '2027-03-10'],
      ['{Home}', '2027-03-07'],
      ['{End}', '2027-03-13'],
      ['{PageDown}', '2027-04-13'],
      ['{PageUp}', '2027-03-13'],
    ];
    for (const [key, date] of moves) {
      await press(element, key);
      expect(focusedDate(root), key).toBe(date);
      expect(root.querySelectorAll('table [tabindex="0"]'), key).toHaveLength(1);
      expect(root.querySelector('table [tabindex="0"]')?.getAttribute('data-date'), key).toBe(date);
    }

    await press(element, '{PageDown}');
    expect(text(root.querySelector('[part="month"]'))).toBe('April 2027');
    expect(root.querySelector('[part="next-month"]')?.hasAttribute('disabled')).toBe(true);
    // The window ends in April: focus stays on its last month's days.
    await press(element, '{PageDown}');
    expect(focusedDate(root)).toBe('2027-04-30');
    await press(element, '{PageUp}');
    await press(element, '{PageUp}');
    expect(focusedDate(root)).toBe('2027-03-01');
    expect(root.querySelector('[part="previous-month"]')?.hasAttribute('disabled')).toBe(true);
  });

  it('chooses a day with Enter or Space, but not a day without free times', async () => {
    const { element, root } = await calendar();
    (day(root, '2027-03-10') as HTMLElement).focus();
    await press(element, '{ArrowRight}');
    await press(element, '{Enter}');
    expect(chosenDay(root)).toBe('2027-03-10');
    expect(times(root)).toHaveLength(3);

    await press(element, '{ArrowRight}');
    expect(focusedDate(root)).toBe('2027-03-12');
    await press(element, '{Enter}');
    expect(chosenDay(root)).toBe('2027-03-12');
    expect(text(root.querySelector('[part="times-heading"]'))).toBe('Free times on Fri, Mar 12');
    expect(times(root).map((time) => time.dataset.slot)).toEqual(['friday']);

    await press(element, '{PageDown}');
    await press(element, '{ArrowUp}');
    expect(focusedDate(root)).toBe('2027-04-05');
    await press(element, ' ');
    expect(chosenDay(root)).toBe('2027-04-05');
    expect(times(root).map((time) => time.dataset.slot)).toEqual(['april']);
  });

  it('mirrors the arrows in Arabic and starts the week on the locale’s first day', async () => {
    const { element, root } = await calendar('ar');
    const frame = root.querySelector('[part~="root"]') as HTMLElement;
    expect(frame.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(root.querySelector('table') as Element).direction).toBe('rtl');
    // Arabic weeks start on Saturday; the headers are the narrow names (the short ones are whole words).
    const saturday = new Date('2027-03-06T00:00:00Z');
    const th = root.querySelector('th') as HTMLElement;
    expect(text(th)).toBe(new Intl.DateTimeFormat('ar', { weekday: 'narrow', timeZone: 'UTC' }).format(saturday));
    expect(th.getAttribute('abbr')).toBe(
      new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' }).format(saturday),
    );
    (day(root, '2027-03-10') as HTMLElement).focus();
    await press(element, '{ArrowLeft}');
    expect(focusedDate(root)).toBe('2027-03-11');
    await press(element, '{ArrowRight}');
    await press(element, '{ArrowRight}');
    expect(focusedDate(root)).toBe('2027-03-09');
    await press(element, '{Home}');
    expect(focusedDate(root)).toBe('2027-03-06');
    expect(text(root.querySelector('[part="times-heading"]'))).toMatch(/[\u0600-\u06ff]/);
  });

  it("lists the chosen day's times with one Tab stop; arrows move, Enter and clicks choose", async () => {
    const { element, root } = await calendar();
    const chosen = chosenEvents(element);
    const list = root.querySelector('[role="listbox"]') as HTMLElement;
    expect(list.getAttribute('aria-labelledby')).toBe('times-heading');
    expect(list.querySelectorAll('[role="option"][tabindex="0"]')).toHaveLength(1);
    (day(root, '2027-03-10') as HTMLElement).focus();
    await press(element, '{Tab}');
    expect(root.activeElement?.tagName).toBe('SELECT');
    await press(element, '{Tab}');
    expect(focusedSlot(root)).toBe('morning');
    await press(element, '{ArrowDown}');
    expect(focusedSlot(root)).toBe('afternoon');
    await press(element, '{End}');
    expect(focusedSlot(root)).toBe('evening');
    await press(element, '{Home}');
    expect(focusedSlot(root)).toBe('morning');
    await press(element, '{ArrowDown}');
    expect(list.querySelectorAll('[role="option"][tabindex="0"]')).toHaveLength(1);
    expect(chosen).toEqual([]);
    await press(element, '{Enter}');
    expect(chosen).toEqual(['afternoon']);
    (times(root)[2] as HTMLElement).click();
    expect(chosen).toEqual(['afternoon', 'evening']);

    // The parent decides what is selected; the Tab stop follows it.
    element.selected = 'afternoon';
    await element.updateComplete;
    const selected = times(root)[1] as HTMLElement;
    expect(selected.getAttribute('aria-selected')).toBe('true');
    expect(selected.getAttribute('part')).toBe('time selected');
    expect(times(root).filter((time) => time.getAttribute('aria-selected') === 'true')).toHaveLength(1);
  });

  it('describes each time: Korea time, duration, kind, places, treatment and interpreter', async () => {
    const { root } = await calendar();
    // English writes a 12-hour clock without a leading zero.
    expect(koreaTimes(root)).toEqual(['9:00 AM', '2:30 PM', '8:00 PM']);
    const [morning, afternoon] = times(root) as [HTMLElement, HTMLElement];
    expect(text(morning.querySelector('.korea'))).toBe(`9:00 AM ${en.koreaTime}`);
    expect(text(morning.querySelector('[part="duration"]'))).toBe('30 min');
    expect(text(morning.querySelector('[part="mode"]'))).toBe(en.modeInPerson);
    expect(text(morning.querySelector('[part="places"]'))).toBe('2 places left');
    expect(text(morning.querySelector('[part="treatment"]'))).toBe(en.generalConsultation);
    expect(morning.querySelector('[part="interpreter"]')).toBeNull();
    expect(text(afternoon.querySelector('[part="duration"]'))).toBe('60 min');
    expect(text(afternoon.querySelector('[part="mode"]'))).toBe(en.modeRemote);
    expect(text(afternoon.querySelector('[part="places"]'))).toBe('1 place left');
    expect(text(afternoon.querySelector('[part="treatment"]'))).toBe('Picosecond laser toning');
    expect(text(afternoon.querySelector('[part="interpreter"]'))).toBe('Interpreter: Japanese');
  });

  it('writes the clock as Japanese and Korean do', async () => {
    const { root: ja } = await calendar('ja');
    expect(koreaTimes(ja)).toEqual(['9:00', '14:30', '20:00']);
    expect(text(ja.querySelector('[part="duration"]'))).toBe(
      new Intl.NumberFormat('ja', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(30),
    );
    expect(text(ja.querySelector('[part="korea-time"] + .zone'))).toBe('韓国時間');
    cleanup();

    const { root: ko } = await calendar('ko');
    const expected = SLOTS.slice(1, 4).map((each) => clock(each.startsAt, 'ko', 'Asia/Seoul'));
    expect(koreaTimes(ko)).toEqual(expected);
    expect(koreaTimes(ko).every((time) => !/(^|\s)0\d:/.test(time))).toBe(true);
    expect(text(ko.querySelector('[part="duration"]'))).toBe('30분');
  });

  it('shows the times in the zone the visitor picks, named in words, with their day when it differs', async () => {
    const { element, root } = await calendar();
    const select = root.querySelector<HTMLSelectElement>('[part="zone-picker"] select') as HTMLSelectElement;
    const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(element.zone).toBe(device);
    expect(select.value).toBe(device);
    const labels = [...select.options].map((option) => option.textContent?.trim() ?? '');
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.some((label) => label.includes('/'))).toBe(false);
    expect(labels).toContain('Korean Standard Time');
    expect(labels).toContain('Pacific Time');
    expect(labels).toContain('Indochina Time (Thailand)');
    expect(labels).toContain('Indochina Time (Vietnam)');

    const zones: string[] = [];
    element.addEventListener('mt-zone-change', (event) => zones.push(event.detail.zone));
    select.value = 'America/Los_Angeles';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(zones).toEqual(['America/Los_Angeles']);
    expect(element.zone).toBe('America/Los_Angeles');
    const [morning, , evening] = times(root) as HTMLElement[];
    const dayIn = (iso: string, timeZone: string) =>
      new Intl.DateTimeFormat('en', { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(
        new Date(iso),
      );
    const inLosAngeles = (iso: string) => {
      const there = dayIn(iso, 'America/Los_Angeles');
      const prefix = there === dayIn(iso, 'Asia/Seoul') ? '' : `${there} `;
      return `${prefix}${clock(iso, 'en', 'America/Los_Angeles')} Pacific Time`;
    };
    // 9:00 in Seoul on Wednesday 10 March is 4:00 PM on Tuesday in Los Angeles (standard time until 14 March).
    expect(text(morning?.querySelector('[part="your-time"]'))).toBe('Tue, Mar 9 4:00 PM Pacific Time');
    expect(text(morning?.querySelector('[part="your-time"]'))).toBe(inLosAngeles(SLOTS[1]?.startsAt as string));
    // 20:00 in Seoul is 3:00 AM the same Wednesday there: no day to add.
    expect(text(evening?.querySelector('[part="your-time"]'))).toBe('3:00 AM Pacific Time');
    expect(text(evening?.querySelector('[part="your-time"]'))).toBe(inLosAngeles(SLOTS[3]?.startsAt as string));

    select.value = 'Asia/Tokyo';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(text(times(root)[0]?.querySelector('[part="your-time"]'))).toBe('9:00 AM Japan Standard Time');
    select.value = 'Asia/Seoul';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    // In Korea time the second reading would only repeat the first.
    expect(root.querySelector('[part="your-time"]')).toBeNull();
    expect(zones).toEqual(['America/Los_Angeles', 'Asia/Tokyo', 'Asia/Seoul']);
  });

  it('lets nothing be chosen while disabled, and keeps the chosen day while it still has times', async () => {
    const { element, root } = await calendar();
    const chosen = chosenEvents(element);
    element.disabled = true;
    await element.updateComplete;
    expect(root.querySelector('[role="listbox"]')?.getAttribute('aria-disabled')).toBe('true');
    expect(root.querySelector<HTMLSelectElement>('select')?.disabled).toBe(true);
    (times(root)[0] as HTMLElement).click();
    (day(root, '2027-03-12') as HTMLElement).click();
    await element.updateComplete;
    expect(chosen).toEqual([]);
    expect(chosenDay(root)).toBe('2027-03-10');

    element.disabled = false;
    (day(root, '2027-03-12') as HTMLElement).click();
    await element.updateComplete;
    expect(chosenDay(root)).toBe('2027-03-12');
    // New data without that day's time: the first day that still has times is chosen.
    element.slots = SLOTS.filter((each) => each.id !== 'friday');
    await element.updateComplete;
    expect(chosenDay(root)).toBe('2027-03-10');
    element.slots = SLOTS.filter((each) => each.id === 'april');
    await element.updateComplete;
    expect(chosenDay(root)).toBe('2027-04-05');
    expect(text(root.querySelector('[part="month"]'))).toBe('April 2027');
  });

  it('has no serious or critical accessibility violations', async () => {
    for (const lang of ['en', 'ar']) {
      const { element } = await calendar(lang);
      const violations = (await axe.run(element)).violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(violations, lang).toEqual([]);
      cleanup();
    }
  });
});
