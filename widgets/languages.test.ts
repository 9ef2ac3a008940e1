import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import './availability/availability';
import './booking/booking';
import './campaign-banner/campaign-banner';
import './inquiry-form/inquiry-form';
import './package-list/package-list';
import { COUNTRIES } from './shared/contact-form';
import { bookLastFreeTime, cleanup, gatewayUrl, mount, serverQuery, shadow, stateOf, waitFor } from './shared/testing';
import './slot-calendar/slot-calendar';
import type { CalendarSlot, MtSlotCalendar } from './slot-calendar/slot-calendar.component';

const LANGS = ['en', 'ko', 'zh', 'zh-TW', 'ja', 'ru', 'vi', 'mn', 'ar', 'th'] as const;

/** What a browser's `Intl` writes when it has no data for a language, and must never reach a visitor. */
const RAW = [
  { what: 'a month number', pattern: /\bM(1[0-2]|[1-9])\b/ },
  { what: 'a script code', pattern: /\((Hans|Hant|Latn|Cyrl)\)/ },
  { what: 'a message key or value', pattern: /\{\w+\}/ },
];

/** Countries are named in the pickers of country and zone; elsewhere "CN" may be Vietnamese for Sunday. */
const COUNTRY_CODE = new RegExp(`\\b(${[...COUNTRIES, 'KR', 'OM', 'BH'].join('|')})\\b`);

/** Languages are named beside a clinic's coordinators and a time's interpreter; "viên" is a Vietnamese word. */
const LANGUAGE_CODE = /(?<!\p{L})(en|ko|zh|ja|ru|vi|mn|ar|th)(-[A-Za-z]+)?(?!\p{L})/u;

/** English that shows `Intl` fell back to it inside a Mongolian widget. */
const ENGLISH_INTL =
  /\b(AM|PM|January|February|March|April|May|June|July|August|September|October|November|December|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Australia|English|Chinese|Korean|Japan|Mongolia|minutes?|min|Time)\b/;

/** All the text a visitor or a screen reader gets: every shadow root's text, options and accessible names. */
function visible(root: ShadowRoot | Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      for (const name of ['abbr', 'aria-label', 'title', 'alt']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Elements matching `selector` in `root` and every shadow root inside it. */
function deep(root: ParentNode, selector: string): Element[] {
  return [
    ...root.querySelectorAll(selector),
    ...[...root.querySelectorAll('*')].flatMap((element) =>
      element.shadowRoot ? deep(element.shadowRoot, selector) : [],
    ),
  ];
}

/** Text that comes from the API's data (names of clinics, packages), not from the widget or `Intl`. */
function withoutData(text: string, data: readonly string[]): string {
  return data.reduce((rest, value) => rest.split(value).join(' '), text);
}

const PROVIDER = 'gangnam-lumiere-dermatology';

let festival = '';
let booking = { reference: '', secret: '' };
let contentNames: string[] = [];

beforeAll(async () => {
  const data = await serverQuery<{ package: { id: string }; providers: { edges: { node: { name: string } }[] } }>(
    `{ package(slug: "daejeon-science-festival-checkup") { id } providers(first: 50) { edges { node { name(locale: EN) } } } }`,
  );
  festival = data.package.id;
  contentNames = data.providers.edges.map((edge) => edge.node.name);
  booking = await bookLastFreeTime(PROVIDER);
});

afterEach(cleanup);

async function ready(element: Element): Promise<ShadowRoot> {
  await waitFor(() => ['ready', 'empty'].includes(stateOf(element) ?? ''), 15_000);
  return shadow(element);
}

describe('every widget in every language', () => {
  it.each(LANGS)('shows no raw codes in %s', async (lang) => {
    const common = `lang="${lang}" site-key="demo-site" endpoint="${gatewayUrl()}"`;
    const host = await mount<HTMLDivElement>(`<div>
      <mt-campaign-banner ${common} country="MN"></mt-campaign-banner>
      <mt-package-list ${common} region="DAEJEON"></mt-package-list>
      <mt-availability ${common} slug="${PROVIDER}"></mt-availability>
      <mt-inquiry-form ${common} package="${festival}"></mt-inquiry-form>
      <mt-booking ${common} reference="${booking.reference}" secret="${booking.secret}"></mt-booking>
    </div>`);
    const elements = [...host.children];
    for (const element of elements) await ready(element);
    // The localised chunk has arrived when the inquiry form's country picker no longer says it in English.
    const picker = () => shadow(elements[3] as Element).querySelector('#mt-nationality option');
    await waitFor(() => lang === 'en' || picker()?.textContent !== 'Choose a country');

    // The itinerary's nights, and the zone picker's names of the usual patients' zones.
    const list = shadow(elements[1] as Element);
    list.querySelector<HTMLButtonElement>('button.toggle')?.click();
    await waitFor(() => list.querySelector('[part="itinerary"]'));
    const calendar = shadow(elements[2] as Element).querySelector('mt-slot-calendar') as MtSlotCalendar;
    calendar.zone = 'America/Los_Angeles';
    await calendar.updateComplete;

    const countries = [...shadow(elements[3] as Element).querySelectorAll('#mt-nationality option')].slice(1);
    expect(countries.length).toBeGreaterThanOrEqual(COUNTRIES.length);
    for (const option of countries)
      expect(option.textContent, `${lang}: ${option.getAttribute('value')}`).not.toBe(option.getAttribute('value'));

    const text = withoutData(visible(host), contentNames);
    for (const { what, pattern } of RAW) {
      const found = pattern.exec(text);
      expect(found && text.slice(Math.max(0, found.index - 40), found.index + 40), `${what} in ${lang}`).toBeNull();
    }
    const options = deep(host, 'option').map((option) => option.textContent ?? '');
    expect(
      options.filter((option) => COUNTRY_CODE.test(option)),
      `country codes in ${lang}`,
    ).toEqual([]);
    const languages = deep(host, '.languages, [part~="interpreter"]').map((element) => element.textContent ?? '');
    expect(languages.length, `languages named in ${lang}`).toBeGreaterThan(0);
    expect(
      languages.filter((names) => LANGUAGE_CODE.test(names)),
      `language codes in ${lang}`,
    ).toEqual([]);
    if (lang === 'mn') expect(text.match(ENGLISH_INTL)?.[0], 'English from Intl in mn').toBeUndefined();
  });
});

/** A fixed window in March 2027 (1 March 2027 is a Monday). */
const FROM = new Date('2027-03-01T00:00:00+09:00');
const UNTIL = new Date('2027-03-31T00:00:00+09:00');

function slotsLeaving(remaining: readonly number[]): CalendarSlot[] {
  return remaining.map((count, index) => ({
    id: `slot-${count}`,
    startsAt: new Date(Date.parse('2027-03-10T09:00:00+09:00') + index * 3_600_000).toISOString(),
    endsAt: new Date(Date.parse('2027-03-10T09:30:00+09:00') + index * 3_600_000).toISOString(),
    mode: 'IN_PERSON',
    remaining: count,
    interpreterLanguage: 'ZH',
    procedure: null,
  }));
}

async function calendarIn(lang: string, remaining: readonly number[]) {
  const host = await mount<HTMLDivElement>(`<div><mt-slot-calendar lang="${lang}"></mt-slot-calendar></div>`);
  const element = host.querySelector('mt-slot-calendar') as MtSlotCalendar;
  element.slots = slotsLeaving(remaining);
  element.from = FROM;
  element.until = UNTIL;
  await element.updateComplete;
  const root = shadow(element);
  const previous = () => root.querySelector('[part="previous-month"] .visually-hidden')?.textContent;
  await waitFor(() => lang === 'en' || previous() !== 'Previous month');
  const places = [...root.querySelectorAll('[part="places"]')].map((place) => place.textContent?.trim());
  const day = root.querySelector('td[data-date="2027-03-10"] .visually-hidden')?.textContent ?? '';
  return { places, day: day.replace(/\s+/g, ' ').trim(), root };
}

describe('counted words', () => {
  it('say 1 place and 2 places in English', async () => {
    const { places, day } = await calendarIn('en', [1, 2]);
    expect(places).toEqual(['1 place left', '2 places left']);
    expect(day).toMatch(/, 2 free times$/);
    cleanup();
    expect((await calendarIn('en', [3])).day).toMatch(/, 1 free time$/);
  });

  it('follow Russian one, few and many', async () => {
    const { places, day } = await calendarIn('ru', [1, 2, 5, 21]);
    expect(places).toEqual(['Осталось 1 место', 'Осталось 2 места', 'Осталось 5 мест', 'Осталось 21 место']);
    expect(day).toMatch(/, 4 свободные записи$/);
    cleanup();
    expect((await calendarIn('ru', [1, 1, 1, 1, 1])).day).toMatch(/, 5 свободных записей$/);
  });

  it('follow Arabic zero, one, two, few, many and other', async () => {
    const { places, day } = await calendarIn('ar', [0, 1, 2, 3, 11, 100]);
    expect(places).toEqual([
      'لم يتبقَّ أي مكان',
      'بقي مكان واحد',
      'بقي مكانان',
      'بقيت 3 أماكن',
      'بقي 11 مكانًا',
      'بقي 100 مكان',
    ]);
    expect(day).toMatch(/, 6 مواعيد متاحة$/);
  });

  it('in Mongolian, with the calendar, interpreter and durations in Mongolian words', async () => {
    const { places, root } = await calendarIn('mn', [1, 2]);
    expect(places).toEqual(['1 байр үлдсэн', '2 байр үлдсэн']);
    expect(root.querySelector('[part="month"]')?.textContent?.trim()).toBe('2027 оны 3-р сар');
    expect([...root.querySelectorAll('th')].map((th) => th.textContent?.trim())).toEqual([
      'Да',
      'Мя',
      'Лх',
      'Пү',
      'Ба',
      'Бя',
      'Ня',
    ]);
    expect(root.querySelector('[part="interpreter"]')?.textContent).toContain('хятад');
    expect(root.querySelector('[part="duration"]')?.textContent).toBe('30 минут');
    expect(root.querySelector('[part="korea-time"]')?.textContent).toMatch(/^0?9:00$/);
  });
});
