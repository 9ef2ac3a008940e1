import type { ParsedMail } from 'mailparser';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { messages as ja } from '../widgets/shared/locales/ja';
import { Inbox, recipient } from './support/inbox';
import { startStackAtPublicUrl, type Stack } from './support/stack';

/**
 * The whole journey as a patient lives it, in real Chromium, with the keyboard only: a Japanese visitor in Los
 * Angeles books on the clinic's page, receives the e-mail (Japanese, with a calendar invite at the slot's
 * instant) at a real SMTP server, opens the manage link, moves the booking to another day and cancels it; the
 * places of both times are checked through the API at every step.
 */

const EMAIL = 'yuki.tanaka@example.jp';
const ZONE = 'America/Los_Angeles';
const DAY = 86_400_000;

interface Focused {
  tag: string;
  id: string;
  part: string | null;
  name: string | null;
  role: string | null;
  date: string | null;
  slot: string | null;
  disabled: string | null;
  value: string | null;
}

/** What has the keyboard focus, through the widgets' open shadow roots. A string: it runs in the page as is. */
const FOCUSED = `(() => {
  let element = document.activeElement;
  while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
  return element && {
    tag: element.tagName.toLowerCase(), id: element.id, part: element.getAttribute('part'),
    name: element.getAttribute('name'), role: element.getAttribute('role'),
    date: element.dataset.date ?? null, slot: element.dataset.slot ?? null,
    disabled: element.getAttribute('aria-disabled'), value: 'value' in element ? String(element.value) : null,
  };
})()`;

const focused = (page: Page) => page.evaluate<Focused>(FOCUSED);

/**
 * Polls an expression in the page until it is truthy and returns its value. Through page.evaluate (the DevTools
 * protocol), not waitForFunction, whose string predicates the demo page's Content-Security-Policy refuses to eval.
 */
async function inPage<T>(page: Page, expression: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate<T>(expression);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`the page never showed ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Presses Tab until the focus is where `wanted` says, as a keyboard user moves through the page. */
async function tabTo(page: Page, what: string, wanted: (focus: Focused) => boolean, backwards = false) {
  for (let presses = 0; presses < 60; presses += 1) {
    const focus = await focused(page);
    if (focus && wanted(focus)) return focus;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Presses `key` until the focus is where `wanted` says (a day in the grid, an option of a select). */
async function pressUntil(page: Page, key: string, what: string, wanted: (focus: Focused) => boolean, limit = 300) {
  for (let presses = 0; presses < limit; presses += 1) {
    const focus = await focused(page);
    if (focus && wanted(focus)) return focus;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

const koreaDate = (at: number) => new Date(at + 9 * 3_600_000).toISOString().slice(0, 10);
/** The slot's instant as RFC 5545 writes a UTC date-time: 20270309T000000Z. */
const icsInstant = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const clock = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('ja-JP', { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
const zoneName = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('ja-JP', { timeZoneName: 'longGeneric', timeZone })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value ?? '';

describe('a Japanese visitor in Los Angeles books, is mailed, reschedules and cancels, by keyboard alone', () => {
  const inbox = new Inbox();
  let stack: Stack & { publicUrl: string };
  let browser: Browser;
  let page: Page;
  let publicUrl: string;

  async function slot(id: string) {
    const answer = await stack.query<{ slot: { remaining: number; startsAt: string } | null }>(
      `query($id: ID!) { slot(id: $id) { remaining startsAt } }`,
      { id },
    );
    if (!answer.data?.slot) throw new Error(`no slot ${id}: ${JSON.stringify(answer.errors)}`);
    return answer.data.slot;
  }
  const remaining = async (id: string) => (await slot(id)).remaining;
  const startsAt = async (id: string) => (await slot(id)).startsAt;

  /** The patient's next message that says `reference`, once it has arrived. */
  async function nextMail(reference: string, seen: number): Promise<ParsedMail> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const mine = inbox.received.filter((mail) => recipient(mail).includes(EMAIL) && mail.text?.includes(reference));
      if (mine.length > seen) return mine[seen] as ParsedMail;
      if (Date.now() > deadline) throw new Error(`message ${seen + 1} about ${reference} never arrived`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const calendarOf = (mail: ParsedMail) =>
    mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'))?.content.toString('utf8');

  beforeAll(async () => {
    await inbox.start();
    stack = await startStackAtPublicUrl({ kind: 'memory' }, { SMTP_URL: inbox.url });
    publicUrl = stack.publicUrl;
    browser = await chromium.launch(chromiumLaunchOptions);
    const context = await browser.newContext({
      timezoneId: ZONE,
      locale: 'ja-JP',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await inbox.stop();
  });

  it(
    'keeps both times’ places right at every step and sends each message in Japanese',
    { timeout: 180_000 },
    async () => {
      await page.goto(`${publicUrl}/demo/hospital.html`);

      // The host page's own language switcher, by keyboard: 日本語 is the fifth language.
      await tabTo(page, 'the language switcher', (focus) => focus.id === 'language');
      await pressUntil(page, 'ArrowDown', '日本語', (focus) => focus.value === 'ja', 10);
      await inPage(page, `document.querySelector('mt-availability').getAttribute('lang') === 'ja'`);
      await inPage(
        page,
        `document.querySelector('mt-availability').shadowRoot.querySelector('mt-slot-calendar')?.shadowRoot.querySelector('[role="grid"] [aria-selected="true"]')`,
      );

      // A day two or more days ahead in Korea (outside the clinic's 24-hour window, so it can still be changed online).
      await tabTo(page, 'the calendar', (focus) => focus.tag === 'td');
      const earliest = koreaDate(Date.now() + 2 * DAY);
      const day = await pressUntil(
        page,
        'ArrowRight',
        `a free day from ${earliest}`,
        (focus) => focus.tag === 'td' && (focus.date ?? '') >= earliest && focus.disabled !== 'true',
        62,
      );
      await page.keyboard.press('Enter');
      const time = await tabTo(page, 'the day’s times', (focus) => focus.role === 'option');
      const firstSlot = time.slot as string;
      const placesBefore = await remaining(firstSlot);
      await page.keyboard.press('Enter');

      await tabTo(page, 'the name field', (focus) => focus.name === 'name');
      await page.keyboard.type('Yuki Tanaka');
      await tabTo(page, 'the e-mail field', (focus) => focus.name === 'email');
      await page.keyboard.type(EMAIL);
      await tabTo(page, 'the country', (focus) => focus.name === 'nationality');
      await pressUntil(page, 'ArrowDown', 'Japan', (focus) => focus.value === 'JP');
      await tabTo(page, 'the consent', (focus) => focus.name === 'consent');
      await page.keyboard.press('Space');
      await tabTo(page, 'the booking button', (focus) => focus.part === 'submit');
      await page.keyboard.press('Enter');

      const confirmation = await inPage(
        page,
        `document.querySelector('mt-availability').shadowRoot.querySelector('[part="confirmation"] mt-booking')?.shadowRoot?.querySelector('[part="reference"]')?.textContent`,
      );
      const reference = /MT-[2-9A-Z]{6}/.exec(String(confirmation))?.[0] ?? '';
      expect(reference).not.toBe('');
      expect(await remaining(firstSlot)).toBe(placesBefore - 1);

      // The request's message: Japanese, both clocks with the zone in words, the invite at the slot's instant.
      const requested = await nextMail(reference, 0);
      const firstStart = await startsAt(firstSlot);
      expect(requested.subject).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(requested.text).toContain(clock(firstStart, 'Asia/Seoul'));
      expect(requested.text).toContain(clock(firstStart, ZONE));
      expect(requested.text).toContain(zoneName(firstStart, ZONE));
      const invite = calendarOf(requested) ?? '';
      expect(invite).toMatch(/^BEGIN:VCALENDAR/);
      expect(invite).toContain(`DTSTART:${icsInstant(firstStart)}`);
      const manageLink = /https?:\/\/\S+\/booking\/#\S+/.exec(requested.text ?? '')?.[0] ?? '';
      expect(manageLink.startsWith(`${publicUrl}/booking/#reference=${reference}&secret=`)).toBe(true);
      expect(day.date).toBe(koreaDate(Date.parse(firstStart)));

      // The manage link, on the page the gateway serves.
      await page.goto(manageLink);
      await inPage(
        page,
        `document.querySelector('mt-booking')?.shadowRoot?.querySelector('[part="reference"]')?.textContent?.includes('${reference}')`,
      );
      await tabTo(page, 'change the time', (focus) => focus.part === 'reschedule');
      await page.keyboard.press('Enter');
      await inPage(
        page,
        `document.querySelector('mt-booking').shadowRoot.querySelector('mt-slot-calendar')?.shadowRoot.querySelector('[role="grid"]')`,
      );
      await tabTo(page, 'the new time’s calendar', (focus) => focus.tag === 'td');
      await pressUntil(
        page,
        'ArrowRight',
        'another free day',
        (focus) => focus.tag === 'td' && (focus.date ?? '') > (day.date ?? '') && focus.disabled !== 'true',
        62,
      );
      await page.keyboard.press('Enter');
      const newTime = await tabTo(page, 'the new day’s times', (focus) => focus.role === 'option');
      const secondSlot = newTime.slot as string;
      const secondBefore = await remaining(secondSlot);
      await page.keyboard.press('Enter');
      await tabTo(page, 'yes, move it', (focus) => focus.part === 'confirm-yes');
      await page.keyboard.press('Enter');

      const rescheduled = await nextMail(reference, 1);
      expect(await remaining(firstSlot)).toBe(placesBefore);
      expect(await remaining(secondSlot)).toBe(secondBefore - 1);
      const secondStart = await startsAt(secondSlot);
      expect(koreaDate(Date.parse(secondStart))).not.toBe(day.date);
      expect(rescheduled.subject).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(rescheduled.text).toContain(clock(secondStart, ZONE));
      expect(calendarOf(rescheduled)).toContain(`DTSTART:${icsInstant(secondStart)}`);

      // And cancelled: the places come back once, and no change is offered any more.
      await inPage(page, `!document.querySelector('mt-booking').shadowRoot.querySelector('mt-slot-calendar')`);
      await tabTo(page, 'cancel the booking', (focus) => focus.part === 'cancel', true);
      await page.keyboard.press('Enter');
      await tabTo(page, 'yes, cancel it', (focus) => focus.part === 'confirm-yes');
      await page.keyboard.press('Enter');
      await inPage(
        page,
        `document.querySelector('mt-booking').shadowRoot.querySelector('[part~="booking-status"]')?.textContent.trim() === ${JSON.stringify(ja.bookingCancelled)}`,
      );
      const cancelled = await nextMail(reference, 2);
      expect(calendarOf(cancelled)).toMatch(/METHOD:CANCEL/);
      expect(await remaining(firstSlot)).toBe(placesBefore);
      expect(await remaining(secondSlot)).toBe(secondBefore);
      expect(
        await page.evaluate(
          `!!document.querySelector('mt-booking').shadowRoot.querySelector('[part="reschedule"], [part="cancel"]')`,
        ),
      ).toBe(false);
      // The clinic's desk was told of the request, the move and the cancellation, without the manage link: that
      // is the patient's only key to the booking.
      const desk = inbox.received.filter((mail) => !recipient(mail).includes(EMAIL) && mail.text?.includes(reference));
      expect(desk.map((mail) => recipient(mail))).toEqual([
        ['reservations@lumiere-derm.test'],
        ['reservations@lumiere-derm.test'],
        ['reservations@lumiere-derm.test'],
      ]);
      for (const mail of desk) expect(`${mail.text} ${mail.html}`).not.toContain('secret=');
    },
  );
});
