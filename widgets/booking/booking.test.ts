import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { Messages } from '../shared/locales/en';
import { messages as en } from '../shared/locales/en';
import { cleanup, gatewayUrl, mount, serverQuery, shadow, stateOf, waitFor } from '../shared/testing';
import './booking';
import type { MtBooking } from './booking.component';

/** Confirms every booking itself, asks for 72 hours' notice, and gives an address and map link (seed). */
const SERENE = 'gangnam-serene-plastic-surgery';
const SERENE_ADDRESS = '5 Apgujeong-ro 30-gil, Gangnam-gu, Seoul 06022';
/** Waits for its staff to confirm, 24 hours' notice, and gives patients of video calls its link (seed). */
const LUMIERE = 'gangnam-lumiere-dermatology';
const LUMIERE_VIDEO = 'https://meet.lumiere-derm.test/consult';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const providerIds = new Map<string, string>();
const tokens = new Map<string, string>();

interface Booked {
  reference: string;
  cancelSecret: string;
  slotId: string;
  startsAt: string;
}

beforeAll(async () => {
  for (const slug of [SERENE, LUMIERE]) {
    const data = await serverQuery<{ provider: { id: string } }>(
      `query ($slug: String) { provider(slug: $slug) { id } }`,
      {
        slug,
      },
    );
    providerIds.set(slug, data.provider.id);
    tokens.set(
      slug,
      await commands.issueStaffToken({ kind: 'staff', id: `staff-${slug}`, role: 'provider-admin', provider: slug }),
    );
  }
});

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

let minutes = 0;
/**
 * An instant `days` ahead at `hour` o'clock in Korea, on a minute of its own so no two published times
 * (nor the seed's, on the hour and half hour) meet.
 */
function koreaAt(days: number, hour: number): string {
  minutes += 1;
  const date = new Date(Date.now() + 9 * HOUR + days * DAY).toISOString().slice(0, 10);
  return `${date}T${String(hour).padStart(2, '0')}:${String(minutes % 60 || 1).padStart(2, '0')}:00+09:00`;
}

/** The clinic's staff offer a time (general consultation) that only this test books. */
async function publish(slug: string, startsAt: string, mode: 'IN_PERSON' | 'REMOTE' = 'IN_PERSON', capacity = 3) {
  const data = await serverQuery<{ publishSlots: { slots?: { id: string; startsAt: string }[] } }>(
    `mutation ($input: PublishSlotsInput!) { publishSlots(input: $input) { ... on SlotsPublished { slots { id startsAt } } } }`,
    { input: { providerId: providerIds.get(slug), mode, startsAt: [startsAt], durationMinutes: 30, capacity } },
    tokens.get(slug),
  );
  const slot = data.publishSlots.slots?.[0];
  if (!slot) throw new Error(`publishing failed: ${JSON.stringify(data)}`);
  return slot;
}

async function hold(slot: { id: string; startsAt: string }, partySize = 1): Promise<Booked> {
  const key = crypto.randomUUID();
  const data = await serverQuery<{ holdSlot: { __typename: string; reference: string; cancelSecret: string } }>(
    `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { __typename ... on Appointment { reference cancelSecret } } }`,
    {
      input: {
        slotId: slot.id,
        partySize,
        consent: true,
        idempotencyKey: `booking-test-${key}`,
        contact: { name: 'Sato Yui', email: `yui.${key.slice(0, 8)}@example.jp`, nationality: 'JP', locale: 'JA' },
      },
    },
  );
  if (data.holdSlot.__typename !== 'Appointment') throw new Error(`hold failed: ${JSON.stringify(data)}`);
  return {
    reference: data.holdSlot.reference,
    cancelSecret: data.holdSlot.cancelSecret,
    slotId: slot.id,
    startsAt: slot.startsAt,
  };
}

async function book(
  slug: string,
  startsAt: string,
  options: { mode?: 'IN_PERSON' | 'REMOTE'; partySize?: number } = {},
) {
  return hold(await publish(slug, startsAt, options.mode), options.partySize);
}

async function remainingOf(slotId: string): Promise<number> {
  return (await serverQuery<{ slot: { remaining: number } }>(`{ slot(id: "${slotId}") { remaining } }`)).slot.remaining;
}

async function managed(booked: Pick<Booked, 'reference' | 'cancelSecret'>, attributes = '') {
  const element = await mount<MtBooking>(
    `<mt-booking site-key="demo-site" endpoint="${gatewayUrl()}" reference="${booked.reference}" secret="${booked.cancelSecret}" ${attributes}></mt-booking>`,
  );
  return ready(element);
}

async function ready(element: MtBooking) {
  await waitFor(() => stateOf(element) !== 'loading' && stateOf(element));
  return { element, root: shadow(element) };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (root: ShadowRoot, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);

/** What a visitor's calendar-app-free eyes see: the date and clock reading as English writes them in `zone`. */
function moment(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const day = new Intl.DateTimeFormat('en', { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(at);
  const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone }).format(at);
  return `${day} ${time}`;
}

const visitorZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
/** The zone in words: its generic name ("Pacific Time"), or where that is only an offset (UTC) its specific one. */
function zoneName(zone: string, iso: string): string | undefined {
  const name = (style: 'longGeneric' | 'long') =>
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: style })
      .formatToParts(new Date(iso))
      .find((piece) => piece.type === 'timeZoneName')?.value;
  const generic = name('longGeneric');
  return generic && /\d/.test(generic) ? name('long') : generic;
}

/** The element with focus, inside however many shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabUntil(found: (element: Element) => boolean, presses = 25): Promise<Element> {
  for (let press = 0; press < presses; press += 1) {
    const active = focused();
    if (active && found(active)) return active;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`no such element within ${presses} Tab presses; focus is on ${focused()?.outerHTML.slice(0, 120)}`);
}

const koreaDate = (iso: string) => new Date(Date.parse(iso) + 9 * HOUR).toISOString().slice(0, 10);
const CHANGE_BUTTONS = ['reschedule', 'cancel'];

describe('<mt-booking>', () => {
  it('shows a confirmed booking in person: status, clinic, Korea and visitor time, place, party and deadline', async () => {
    const booked = await book(SERENE, koreaAt(6, 10), { partySize: 2 });
    const urls: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
    let root: ShadowRoot;
    try {
      ({ root } = await managed(booked));
    } finally {
      window.fetch = original;
    }
    // The secret travels in a POST body only: URLs end up in server and proxy logs.
    expect(urls).toHaveLength(1);
    expect(urls.filter((url) => url.includes(booked.cancelSecret))).toEqual([]);
    expect(text(part(root, 'booking-status'))).toBe(en.bookingConfirmed);
    expect(text(part(root, 'reference'))).toBe(booked.reference);
    const details = part(root, 'details') as HTMLElement;
    expect(text(details)).toContain('Gangnam Serene Plastic Surgery');
    expect(text(details)).toContain(en.generalConsultation);
    expect(text(part(root, 'korea-time'))).toBe(moment(booked.startsAt, 'Asia/Seoul'));
    expect(text(part(root, 'korea-time'))).toMatch(/ 10:\d\d AM$/);
    expect(text(part(root, 'your-time'))).toBe(moment(booked.startsAt, visitorZone()));
    expect(text(details)).toContain(en.yourTime.replace('{zone}', zoneName(visitorZone(), booked.startsAt) ?? ''));
    expect(text(details)).toContain('30 minutes');
    expect(text(details)).toContain(en.modeInPerson);
    expect(text(part(root, 'address'))).toBe(SERENE_ADDRESS);
    expect(part(root, 'map-link')?.getAttribute('href')).toBe('https://map.example.test/?q=serene-ps');
    expect(part(root, 'video-link')).toBeNull();
    expect(text(details)).toContain(`${en.partySize} 2`);
    // 72 hours' notice: changes close three days before the start, given in the visitor's zone.
    const until = new Date(Date.parse(booked.startsAt) - 72 * HOUR).toISOString();
    expect(text(part(root, 'changeable'))).toBe(
      en.bookingChangeableUntil.replace(
        '{time}',
        `${moment(until, visitorZone())} (${zoneName(visitorZone(), until)})`,
      ),
    );
    const history = [...(part(root, 'history')?.querySelectorAll('li') ?? [])].map(text);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^Requested on \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/);
    expect(history[1]).toMatch(/^Confirmed on /);
    for (const name of ['add-to-calendar', ...CHANGE_BUTTONS]) expect(part(root, name)).not.toBeNull();
    // The manage secret is sent, never shown.
    expect(root.innerHTML).not.toContain(booked.cancelSecret);
  });

  it('waits for the clinic, then gives the video-call link once confirmed; a declined booking gives the reason', async () => {
    const remote = await book(LUMIERE, koreaAt(45, 15), { mode: 'REMOTE' });
    let { root } = await managed(remote);
    expect(text(part(root, 'booking-status'))).toBe(en.bookingHeld);
    expect(text(part(root, 'details'))).toContain(en.modeRemote);
    expect(text(part(root, 'details'))).toContain(en.bookingVideoLater);
    expect(part(root, 'video-link')).toBeNull();
    expect(part(root, 'address')).toBeNull();
    cleanup();

    const confirmed = await serverQuery<{ confirmAppointment: { __typename: string } }>(
      `mutation ($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { __typename } }`,
      { input: { reference: remote.reference } },
      tokens.get(LUMIERE),
    );
    expect(confirmed.confirmAppointment.__typename).toBe('Appointment');
    ({ root } = await managed(remote));
    expect(text(part(root, 'booking-status'))).toBe(en.bookingConfirmed);
    const link = part(root, 'video-link') as HTMLAnchorElement;
    expect(link.href).toBe(LUMIERE_VIDEO);
    expect(text(link)).toBe(en.bookingJoinVideo);
    cleanup();

    const declinedBooking = await book(LUMIERE, koreaAt(46, 11));
    const reason = 'The doctor is away at a congress that week. Please choose another day.';
    await serverQuery(
      `mutation ($input: DeclineAppointmentInput!) { declineAppointment(input: $input) { __typename } }`,
      { input: { reference: declinedBooking.reference, reason } },
      tokens.get(LUMIERE),
    );
    ({ root } = await managed(declinedBooking));
    expect(text(part(root, 'booking-status'))).toBe(en.bookingDeclined);
    expect(text(part(root, 'decline-reason'))).toBe(en.bookingDeclineReason.replace('{reason}', reason));
    for (const name of ['add-to-calendar', ...CHANGE_BUTTONS, 'changeable']) expect(part(root, name)).toBeNull();
  });

  it('downloads the booking as MT-XXXXXX.ics for a calendar app', async () => {
    const booked = await book(SERENE, koreaAt(7, 9));
    const { root } = await managed(booked);
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) blobs.push(blob);
      return createObjectURL(blob);
    };
    // The download itself is the browser's business; the test keeps it from leaving the page.
    const onClick = (event: MouseEvent) => {
      const [target] = event.composedPath();
      if (target instanceof HTMLAnchorElement && target.download) {
        downloads.push(target.download);
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      part(root, 'add-to-calendar')?.click();
      await waitFor(() => blobs.length === 1);
    } finally {
      URL.createObjectURL = createObjectURL;
      document.removeEventListener('click', onClick, true);
    }
    expect(downloads).toEqual([`${booked.reference}.ics`]);
    const blob = blobs[0] as Blob;
    expect(blob.type).toBe('text/calendar;charset=utf-8');
    const ics = await blob.text();
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const utc = new Date(booked.startsAt)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(ics).toMatch(new RegExp(`^DTSTART:${utc}\\r?$`, 'm'));
    expect(ics).not.toContain(booked.cancelSecret);
  });

  it('moves the booking to another day with the keyboard only, and gives the first time its places back', async () => {
    const from = await publish(SERENE, koreaAt(9, 10));
    const to = await publish(SERENE, koreaAt(12, 14));
    const booked = await hold(from, 2);
    const { element, root } = await managed(booked);
    const moved = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('mt-booking-rescheduled', (event) => resolve(event), { once: true }),
    );

    await tabUntil((active) => active.getAttribute('part') === 'reschedule');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => focused()?.getAttribute('part') === 'times-heading');
    const calendar = await waitFor(() => root.querySelector('mt-slot-calendar'));
    await waitFor(() => calendar.shadowRoot?.querySelector('[part~="time"]'));
    // The calendar offers the clinic's other times for a general consultation, not the booked one.
    expect(calendar.shadowRoot?.querySelector(`[data-slot="${from.id}"]`)).toBeNull();

    const day = await tabUntil((active) => active.hasAttribute('data-date'));
    const steps = Math.round(
      (Date.parse(koreaDate(to.startsAt)) - Date.parse(day.getAttribute('data-date') ?? '')) / DAY,
    );
    for (let step = 0; step < Math.abs(steps); step += 1)
      await userEvent.keyboard(steps > 0 ? '{ArrowRight}' : '{ArrowLeft}');
    expect(focused()?.getAttribute('data-date')).toBe(koreaDate(to.startsAt));
    await userEvent.keyboard('{Enter}');
    await tabUntil((active) => active.getAttribute('role') === 'option');
    for (let step = 0; step < 20 && focused()?.getAttribute('data-slot') !== to.id; step += 1)
      await userEvent.keyboard('{ArrowDown}');
    expect(focused()?.getAttribute('data-slot')).toBe(to.id);
    await userEvent.keyboard('{Enter}');

    const question = await waitFor(() => (focused()?.getAttribute('part') === 'move-question' ? focused() : null));
    expect(text(question)).toBe(
      en.confirmMove.replace('{time}', `${moment(to.startsAt, 'Asia/Seoul')} (${en.koreaTime})`),
    );
    await tabUntil((active) => active.getAttribute('part') === 'confirm-yes');
    await userEvent.keyboard('{Enter}');

    const notice = await waitFor(() => (focused()?.getAttribute('part') === 'notice' ? focused() : null));
    expect(text(notice)).toBe(
      en.bookingMoved.replace('{time}', `${moment(to.startsAt, 'Asia/Seoul')} (${en.koreaTime})`),
    );
    expect(text(part(root, 'korea-time'))).toBe(moment(to.startsAt, 'Asia/Seoul'));
    expect(text(part(root, 'history'))).toContain('Time changed on ');
    expect(root.querySelector('mt-slot-calendar')).toBeNull();
    const event = await moved;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail).toEqual({ reference: booked.reference, slotId: to.id, startsAt: to.startsAt });
    expect(await remainingOf(from.id)).toBe(3);
    expect(await remainingOf(to.id)).toBe(1);
    expect(stateOf(element)).toBe('ready');
  });

  it('says when the new time was just taken and offers the times again without it', async () => {
    const booked = await book(SERENE, koreaAt(10, 11));
    const taken = await publish(SERENE, koreaAt(11, 16), 'IN_PERSON', 1);
    const { root } = await managed(booked);
    part(root, 'reschedule')?.click();
    const calendar = await waitFor(() => root.querySelector('mt-slot-calendar'));
    calendar.dispatchEvent(
      new CustomEvent('mt-slot-choose', { detail: { slotId: taken.id }, bubbles: true, composed: true }),
    );
    await waitFor(() => part(root, 'move-question'));
    // Someone else books the last place meanwhile.
    await hold(taken);
    part(root, 'confirm-yes')?.click();
    const notice = await waitFor(() => (focused()?.getAttribute('part') === 'notice' ? focused() : null));
    expect(text(notice)).toBe(en.slotFull);
    await waitFor(() => {
      const shown = root.querySelector('mt-slot-calendar') as (HTMLElement & { slots: { id: string }[] }) | null;
      return shown && !shown.slots.some((slot) => slot.id === taken.id);
    });
    expect(part(root, 'move-question')).toBeNull();
    expect(await remainingOf(booked.slotId)).toBe(2);
  });

  it('cancels after a confirming step, gives the places back and offers no changes afterwards', async () => {
    const booked = await book(SERENE, koreaAt(8, 13), { partySize: 2 });
    expect(await remainingOf(booked.slotId)).toBe(1);
    const { element, root } = await managed(booked);
    const cancelled = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('mt-booking-cancelled', (event) => resolve(event), { once: true }),
    );
    part(root, 'cancel')?.click();
    const question = await waitFor(() => (focused()?.getAttribute('part') === 'confirm-question' ? focused() : null));
    expect(text(question)).toBe(en.confirmCancel);
    const yes = part(root, 'confirm-yes') as HTMLButtonElement;
    yes.click();
    await element.updateComplete;
    expect(yes.disabled).toBe(true);
    const notice = await waitFor(() => (focused()?.getAttribute('part') === 'notice' ? focused() : null));
    expect(text(notice)).toBe(en.bookingCancelledNotice);
    expect(text(part(root, 'booking-status'))).toBe(en.bookingCancelled);
    expect(text(part(root, 'history'))).toContain('Cancelled on ');
    for (const name of ['add-to-calendar', ...CHANGE_BUTTONS, 'changeable', 'confirm'])
      expect(part(root, name)).toBeNull();
    expect((await cancelled).detail).toEqual({ reference: booked.reference });
    expect(await remainingOf(booked.slotId)).toBe(3);
  });

  it('answers a wrong secret exactly as an unknown reference', async () => {
    const booked = await book(SERENE, koreaAt(13, 10));
    const wrong = await managed({ reference: booked.reference, cancelSecret: `${booked.cancelSecret.slice(0, -2)}xx` });
    expect(stateOf(wrong.element)).toBe('empty');
    expect(text(part(wrong.root, 'status'))).toBe(en.bookingNotFound);
    cleanup();
    const unknown = await managed({ reference: 'MT-ZZZZZZ', cancelSecret: booked.cancelSecret });
    expect(text(part(unknown.root, 'status'))).toBe(en.bookingNotFound);
    expect(unknown.root.querySelector('button')).toBeNull();
  });

  it("inside the clinic's cancellation window says to contact the clinic and offers no changes", async () => {
    // 72 hours' notice at this clinic: a time 30 hours ahead is already inside it.
    const slot = await publish(SERENE, new Date(Date.now() + 30 * HOUR).toISOString());
    const booked = await hold(slot);
    const { root } = await managed(booked);
    expect(text(part(root, 'booking-status'))).toBe(en.bookingConfirmed);
    expect(text(part(root, 'changeable'))).toBe(en.bookingContactClinic);
    for (const name of CHANGE_BUTTONS) expect(part(root, name)).toBeNull();
    expect(part(root, 'add-to-calendar')).not.toBeNull();
  });

  it("reads the reference, secret and language from the manage link's fragment", async () => {
    const booked = await book(SERENE, koreaAt(14, 10));
    location.hash = `reference=${booked.reference}&secret=${encodeURIComponent(booked.cancelSecret)}&lang=ja`;
    const { root } = await ready(
      await mount<MtBooking>(`<mt-booking site-key="demo-site" endpoint="${gatewayUrl()}"></mt-booking>`),
    );
    const { messages: ja } = await import('../shared/locales/ja');
    await waitFor(() => text(part(root, 'heading')) === ja.bookingHeading);
    expect(text(part(root, 'booking-status'))).toBe(ja.bookingConfirmed);
    expect(text(part(root, 'reference'))).toBe(booked.reference);
    expect(part(root, 'root')?.getAttribute('lang')).toBe('ja');
  });

  it('speaks all ten languages without raw keys, right to left in Arabic', async () => {
    const booked = await book(SERENE, koreaAt(15, 10));
    const locales: [string, () => Promise<{ messages: Messages }>][] = [
      ['en', async () => ({ messages: en })],
      ['ko', () => import('../shared/locales/ko')],
      ['zh', () => import('../shared/locales/zh')],
      ['zh-TW', () => import('../shared/locales/zh-tw')],
      ['ja', () => import('../shared/locales/ja')],
      ['ru', () => import('../shared/locales/ru')],
      ['vi', () => import('../shared/locales/vi')],
      ['mn', () => import('../shared/locales/mn')],
      ['ar', () => import('../shared/locales/ar')],
      ['th', () => import('../shared/locales/th')],
    ];
    const keys = Object.keys(en);
    for (const [lang, load] of locales) {
      const { messages } = await load();
      if (lang !== 'en') expect(messages.bookingNotFound).not.toBe(en.bookingNotFound);
      const { root } = await managed(booked, `lang="${lang}"`);
      await waitFor(() => text(part(root, 'heading')) === messages.bookingHeading);
      const shown = text(part(root, 'root'));
      expect(text(part(root, 'booking-status'))).toBe(messages.bookingConfirmed);
      expect(shown).toContain(messages.addToCalendar);
      expect(shown).not.toMatch(/\{\w+\}/);
      expect(keys.filter((key) => new RegExp(`\\b${key}\\b`).test(shown))).toEqual([]);
      expect(part(root, 'root')?.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      if (lang === 'ar') expect(getComputedStyle(part(root, 'details') as HTMLElement).direction).toBe('rtl');
      cleanup();
    }
  });

  it('has no accessibility violations, looking at the booking, cancelling and choosing a new time', async () => {
    const booked = await book(SERENE, koreaAt(16, 10));
    const { element, root } = await managed(booked);
    const violations = async () =>
      (await axe.run(element)).violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(await violations()).toEqual([]);
    part(root, 'cancel')?.click();
    await waitFor(() => part(root, 'confirm-question'));
    expect(await violations()).toEqual([]);
    part(root, 'reschedule')?.click();
    const calendar = await waitFor(() => root.querySelector('mt-slot-calendar'));
    await waitFor(() => calendar.shadowRoot?.querySelector('[part~="time"]'));
    expect(await violations()).toEqual([]);
  });
});
