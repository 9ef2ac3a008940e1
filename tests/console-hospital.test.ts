import { chromium, type Browser, type Locator, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeekday, koreaDate } from '../core/time';
import { messages as hospitalMessages, statusWords } from '../console/hospital/hospital.messages';
import { patternStarts, WEEKDAYS } from '../console/hospital/week';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { messages as patientMessages } from '../subgraphs/providers/messages/locales/en';
import { Inbox, recipient } from './support/inbox';
import { consoleToken, gatewayGraphql, inPage, seriousAxeViolations, signInToConsole } from './support/console';
import { startStackAtPublicUrl, type Stack } from './support/stack';

/**
 * The hospital staff's whole task in real Chromium, through the console only: sign in through the embedded issuer
 * as Gangnam Lumière's coordinator, check the clinic does not auto-confirm (and survive a stale save of the
 * settings), publish next week by a weekly pattern and see it in the week view, look at who booked a slot and
 * change it, close another, confirm one patient's request and decline another's with a reason, and the patient's
 * confirmation e-mail arrives at a real SMTP server; then a calendar feed is issued, read and revoked, and the
 * history shows the changes. axe checks every view. Outside its clinic the same token is refused by the API, and
 * the console offers no other clinic.
 */

const m = hospitalMessages.en;
const SLUG = 'gangnam-lumiere-dermatology';
const OTHER_SLUG = 'daejeon-saerom-university-hospital';
const CLINIC = 'Gangnam Lumière Dermatology Clinic';
const PATIENT = { name: 'Emma Lindqvist', email: 'emma.lindqvist@example.se' };
const SECOND_PATIENT = { name: 'Lukas Berger', email: 'lukas.berger@example.de' };
/** A start time the seeded calendar has for pico toning (so the pattern skips it) and one it has not. */
const SEEDED_TIME = '10:00';
const NEW_TIME = '12:40';

/** The text of the tab that has the keyboard focus, through the open shadow roots. */
const FOCUSED_TAB = `(() => {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element?.getAttribute('role') === 'tab' ? element.textContent.trim() : null;
})()`;

interface StaffSlot {
  id: string;
  startsAt: string;
  capacity: number;
  remaining: number;
  interpreterLanguage: string | null;
  closedAt: string | null;
  version: number;
  procedure: { name: string } | null;
}

describe('the weekly pattern preview', () => {
  const now = new Date('2026-12-01T05:00:00Z'); // Tuesday 1 December, 14:00 in Korea
  const starts = (pattern: Partial<Parameters<typeof patternStarts>[0]>) =>
    patternStarts(
      { from: '2026-12-07', until: '2026-12-13', weekdays: ['MONDAY'], times: ['10:00'], ...pattern },
      now,
    ).map((instant) => instant.toISOString());

  it('counts each chosen weekday at each time, in Korea time, once per distinct time', () => {
    expect(starts({ weekdays: ['MONDAY', 'FRIDAY'], times: ['10:00', '14:30', '10:00'] })).toEqual([
      '2026-12-07T01:00:00.000Z',
      '2026-12-07T05:30:00.000Z',
      '2026-12-11T01:00:00.000Z',
      '2026-12-11T05:30:00.000Z',
    ]);
  });

  it('leaves out past times, malformed times and ranges the API refuses', () => {
    expect(
      starts({ from: '2026-12-01', until: '2026-12-01', weekdays: ['TUESDAY'], times: ['09:00', '15:00'] }),
    ).toEqual(['2026-12-01T06:00:00.000Z']);
    expect(starts({ times: ['24:00', '7:5', ''] })).toEqual([]);
    expect(starts({ from: '2026-12-13', until: '2026-12-07' })).toEqual([]);
    expect(starts({ from: '2026-12-07', until: '2027-03-10' })).toEqual([]);
    expect(
      starts({ from: '2026-12-07', until: '2027-03-09', weekdays: WEEKDAYS, times: ['09:00', '13:00'] }),
    ).toHaveLength(93 * 2);
  });
});

describe('hospital staff publish a week, confirm a request and the patient is mailed, through the console', () => {
  const inbox = new Inbox();
  let stack: Stack & { publicUrl: string };
  let browser: Browser;
  let page: Page;
  /** Next week in Korea, Monday to Sunday. */
  const monday = addDays(koreaDate(new Date()), 8 - isoWeekday(koreaDate(new Date())));
  const sunday = addDays(monday, 6);
  let published: StaffSlot[] = [];
  let confirmed = '';
  let declined = '';

  beforeAll(async () => {
    await inbox.start();
    stack = await startStackAtPublicUrl({ kind: 'memory' }, { SMTP_URL: inbox.url });
    browser = await chromium.launch(chromiumLaunchOptions);
    // A computer set to another zone: the console still plans in Korea time.
    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: 1400, height: 1000 },
    });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await inbox.stop();
  });

  const section = () => page.locator('mt-console-hospital');

  /** The clinic's slots of next week as the API holds them, read with the console's token. */
  async function nextWeekSlots(): Promise<StaffSlot[]> {
    const answer = await gatewayGraphql<{ provider: { slots: StaffSlot[] } }>(
      stack.publicUrl,
      `query($slug: String!, $from: DateTime!, $to: DateTime!) { provider(slug: $slug) { slots(from: $from, to: $to) {
        id startsAt capacity remaining interpreterLanguage closedAt version procedure { name(locale: EN) } } } }`,
      { slug: SLUG, from: `${monday}T00:00:00+09:00`, to: `${addDays(monday, 7)}T00:00:00+09:00` },
      await consoleToken(page),
    );
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.provider.slots;
  }

  async function appointment(reference: string) {
    const answer = await gatewayGraphql<{
      provider: {
        appointments: { edges: { node: { reference: string; status: string; declineReason: string | null } }[] };
      };
    }>(
      stack.publicUrl,
      `query($slug: String!) { provider(slug: $slug) { appointments(first: 50) { edges { node { reference status declineReason } } } } }`,
      { slug: SLUG },
      await consoleToken(page),
    );
    return answer.data?.provider.appointments.edges
      .map((edge) => edge.node)
      .find((node) => node.reference === reference);
  }

  /** A patient books through the public API, as the clinic's availability widget does. */
  async function book(slotId: string, patient: { name: string; email: string }, partySize: number): Promise<string> {
    const answer = await gatewayGraphql<{ holdSlot: { __typename: string; reference?: string; status?: string } }>(
      stack.publicUrl,
      `mutation($input: HoldSlotInput!) { holdSlot(input: $input) { __typename ... on Appointment { reference status } ... on InvalidInput { fields { field message } } } }`,
      {
        input: {
          slotId,
          partySize,
          consent: true,
          idempotencyKey: `console-hospital-${slotId}`,
          contact: { ...patient, nationality: 'SE', locale: 'EN', timeZone: 'Europe/Stockholm' },
        },
      },
    );
    const hold = answer.data?.holdSlot;
    if (hold?.__typename !== 'Appointment' || !hold.reference) throw new Error(JSON.stringify(answer));
    expect(hold.status).toBe('HELD');
    return hold.reference;
  }

  async function expectAxeClean(what: string) {
    expect(await seriousAxeViolations(page), what).toEqual([]);
  }

  async function openView(name: string): Promise<Locator> {
    await section().getByRole('tab', { name, exact: true }).click();
    await section().getByRole('tab', { name, exact: true, selected: true }).waitFor();
    return section().getByRole('tabpanel');
  }

  it(
    'signs in through the embedded issuer and lands on the clinic’s calendar, and only that clinic',
    { timeout: 60_000 },
    async () => {
      await signInToConsole(page, stack.publicUrl, 'lumiere@staff.test', 'lumiere-dev-password');
      await section().getByRole('tab', { name: m.tabCalendar, exact: true, selected: true }).waitFor();
      await section().getByRole('heading', { name: CLINIC }).waitFor();
      // This week's seeded slots are listed, in Korea time.
      await section().locator('button.slot').first().waitFor();
      // A provider's staff get no picker of providers: the console offers their own clinic only.
      expect(await page.locator('mt-console-app').locator('#owner').count()).toBe(0);
      expect(await page.locator('mt-console-hospital').count()).toBe(1);
      expect(await section().getAttribute('provider')).toBe(SLUG);
      await expectAxeClean('the week view');
    },
  );

  it(
    'keeps the clinic on manual confirmation, refuses a stale save and keeps the edits',
    { timeout: 60_000 },
    async () => {
      const view = await openView(m.tabSettings);
      const autoConfirm = view.getByLabel(m.autoConfirm);
      await autoConfirm.waitFor();
      expect(await autoConfirm.isChecked()).toBe(false);
      await expectAxeClean('the settings');

      // Someone else saves meanwhile (another coordinator, through the API): the console's version is now old.
      const token = await consoleToken(page);
      const { data: ids } = await gatewayGraphql<{ provider: { id: string } }>(
        stack.publicUrl,
        `query($slug: String!) { provider(slug: $slug) { id } }`,
        {
          slug: SLUG,
        },
      );
      const providerId = ids?.provider.id;
      const other = await gatewayGraphql<{ updateProviderSettings: { __typename: string } }>(
        stack.publicUrl,
        `mutation($input: UpdateProviderSettingsInput!) { updateProviderSettings(input: $input) { __typename } }`,
        { input: { providerId, address: '서울 강남구 청담동 11-2, 3층' } },
        token,
      );
      expect(other.data?.updateProviderSettings.__typename).toBe('Provider');

      await view.getByLabel(m.cancellationWindowHours).fill('12');
      await view.getByRole('button', { name: m.saveSettings }).click();
      const stale = view.getByRole('alert').filter({ hasText: 'Someone else saved this' });
      await stale.waitFor();
      // Nothing was overwritten, and the staff's edit is still on screen.
      expect(await view.getByLabel(m.cancellationWindowHours).inputValue()).toBe('12');
      const { data: kept } = await gatewayGraphql<{ provider: { cancellationWindowHours: number; address: string } }>(
        stack.publicUrl,
        `query($slug: String!) { provider(slug: $slug) { cancellationWindowHours address } }`,
        { slug: SLUG },
      );
      expect(kept?.provider).toEqual({ cancellationWindowHours: 24, address: '서울 강남구 청담동 11-2, 3층' });
      await expectAxeClean('the stale refusal');

      // Read again, then save on top of the other coordinator's change: a Thai coordinator reachable on LINE.
      await view.getByRole('button', { name: m.discard }).click();
      await inPage(
        page,
        `document.querySelector('mt-console-app').shadowRoot.querySelector('mt-console-hospital').shadowRoot.querySelector('mt-hospital-settings').shadowRoot.querySelector('textarea[name="address"]')?.value.startsWith('서울')`,
      );
      await view.getByLabel(m.cancellationWindowHours).fill('12');
      // A plain http map link is refused beside its input, and the focus goes to it.
      await view.getByLabel(m.mapUrl).fill('http://map.example.test/lumiere');
      await view.getByRole('button', { name: m.saveSettings }).click();
      await view.getByRole('alert').filter({ hasText: 'correct the fields' }).waitFor();
      expect(await view.getByLabel(m.mapUrl).getAttribute('aria-invalid')).toBe('true');
      await inPage(
        page,
        `(() => { let e = document.activeElement; while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement; return e?.getAttribute('name') === 'mapUrl'; })()`,
      );
      await expectAxeClean('the refused settings');
      await view.getByLabel(m.mapUrl).fill('https://map.example.test/?q=lumiere-derm');
      await view.getByRole('button', { name: m.addCoordinator }).click();
      // The focus moves to the new coordinator's first input.
      await inPage(
        page,
        `(() => { let e = document.activeElement; while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement; return e?.getAttribute('name') === 'coordinators.5.language'; })()`,
      );
      const added = view.locator('section.coordinator').last();
      await added.getByLabel(m.coordinatorLanguage).selectOption('VI');
      await added.getByRole('group', { name: m.channels }).getByRole('checkbox', { name: 'Zalo' }).check();
      await view.getByRole('button', { name: m.saveSettings }).click();
      await view.getByText(m.settingsSaved).waitFor();
      const { data: saved } = await gatewayGraphql<{
        provider: {
          cancellationWindowHours: number;
          autoConfirm: boolean;
          settingsVersion: number;
          coordinators: { language: string; channels: string[] }[];
        };
      }>(
        stack.publicUrl,
        `query($slug: String!) { provider(slug: $slug) { cancellationWindowHours autoConfirm settingsVersion coordinators { language channels } } }`,
        { slug: SLUG },
        token,
      );
      expect(saved?.provider.cancellationWindowHours).toBe(12);
      expect(saved?.provider.autoConfirm).toBe(false);
      expect(saved?.provider.settingsVersion).toBe(3);
      expect(saved?.provider.coordinators).toHaveLength(6);
      expect(saved?.provider.coordinators).toContainEqual({ language: 'VI', channels: ['EMAIL', 'ZALO'] });
    },
  );

  it(
    'publishes next week by a weekly pattern, skipping the times already offered, and shows it',
    { timeout: 90_000 },
    async () => {
      const view = await openView(m.tabCalendar);
      await view.getByRole('button', { name: m.openPattern }).click();
      const form = view.locator('mt-hospital-pattern');
      await form.getByRole('heading', { name: m.patternHeading }).waitFor();
      await form.getByLabel(m.procedure).selectOption({ label: 'Pico laser toning' });
      await form.getByLabel(m.from).fill(monday);
      await form.getByLabel(m.until).fill(sunday);
      // Monday to Friday are the default; the morning time is the seeded one, the other a new one.
      const weekdays = form.getByRole('group', { name: m.weekdays });
      for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
        expect(await weekdays.getByRole('checkbox', { name: day }).isChecked()).toBe(true);
      }
      await form.getByRole('button', { name: 'Remove 14:00' }).click();
      await form.getByLabel(m.newTime).fill(NEW_TIME);
      await form.getByRole('button', { name: m.addTime }).click();
      await form.getByText(NEW_TIME, { exact: true }).waitFor();
      await form.getByLabel(m.durationMinutes).fill('45');
      await form.getByRole('spinbutton', { name: m.capacity, exact: true }).fill('3');
      await form.getByLabel(m.interpreterLanguage).selectOption('JA');
      await form.getByText(m.previewCount.replace('{count}', '10')).waitFor();
      await expectAxeClean('the weekly pattern form');

      await form.getByRole('button', { name: m.publish }).click();
      await form.getByText(m.published.replace('{published}', '5').replace('{skipped}', '5')).waitFor();

      // The week view moved to next week and shows the five new slots, Monday to Friday at 12:40 Korea time.
      const newSlots = view.locator('button.slot', { hasText: `${NEW_TIME}–13:25` });
      await newSlots.nth(4).waitFor();
      expect(await newSlots.count()).toBe(5);
      expect(await newSlots.first().textContent()).toContain('Pico laser toning');
      expect(await newSlots.first().textContent()).toContain('3 of 3 free');
      expect(await newSlots.first().textContent()).toContain('Japanese interpreter');

      // The API holds exactly those: one per weekday at 12:40 (+09:00), 45 minutes, 3 places, a Japanese interpreter.
      published = (await nextWeekSlots()).filter((slot) => slot.startsAt.slice(11, 16) === NEW_TIME);
      expect(published.map((slot) => slot.startsAt)).toEqual(
        [0, 1, 2, 3, 4].map((offset) => `${addDays(monday, offset)}T${NEW_TIME}:00+09:00`),
      );
      expect(published.every((slot) => slot.capacity === 3 && slot.interpreterLanguage === 'JA')).toBe(true);
      expect(published.every((slot) => slot.procedure?.name === 'Pico laser toning')).toBe(true);
      // The seeded 10:00 pico toning slots were skipped, not doubled.
      const mornings = (await nextWeekSlots()).filter(
        (slot) => slot.startsAt === `${monday}T${SEEDED_TIME}:00+09:00` && slot.procedure?.name === 'Pico laser toning',
      );
      expect(mornings).toHaveLength(1);
      await expectAxeClean('the published week');
    },
  );

  it('shows who booked a slot, changes its places, and closes another', { timeout: 90_000 }, async () => {
    const [first, second, third] = published as [StaffSlot, StaffSlot, StaffSlot];
    confirmed = await book(first.id, PATIENT, 2);
    declined = await book(second.id, SECOND_PATIENT, 1);

    const view = await openView(m.tabCalendar);
    // Back to this week and forward again: next week read anew, with its bookings.
    await view.getByRole('button', { name: m.thisWeek }).click();
    await view.getByRole('button', { name: m.nextWeek }).click();
    await view.locator(`button.slot[data-slot="${first.id}"]`).click();
    const dialog = view.locator('#slot-dialog');
    const detail = dialog.locator('mt-hospital-slot');
    await detail.getByRole('cell', { name: PATIENT.name }).waitFor();
    await detail.getByRole('cell', { name: confirmed }).waitFor();
    expect(await detail.getByRole('cell', { name: statusWords.en.HELD }).count()).toBe(1);
    // Places are held, so the slot keeps its time.
    expect(await detail.getByLabel(m.startTime).isDisabled()).toBe(true);
    await expectAxeClean('the slot dialog');

    await detail.getByRole('spinbutton', { name: m.capacity, exact: true }).fill('4');
    await detail.getByRole('button', { name: m.saveSlot }).click();
    await detail.getByText(m.slotSaved).waitFor();
    const saved = (await nextWeekSlots()).find((slot) => slot.id === first.id);
    expect(saved).toMatchObject({ capacity: 4, remaining: 2, version: first.version + 1 });

    // A colleague changes the slot meanwhile: the console's next save is refused, nothing is overwritten.
    const colleague = await gatewayGraphql<{ updateSlot: { __typename: string } }>(
      stack.publicUrl,
      `mutation($input: UpdateSlotInput!) { updateSlot(input: $input) { __typename } }`,
      { input: { slotId: first.id, capacity: 5 } },
      await consoleToken(page),
    );
    expect(colleague.data?.updateSlot.__typename).toBe('Slot');
    await detail.getByRole('spinbutton', { name: m.capacity, exact: true }).fill('6');
    await detail.getByRole('button', { name: m.saveSlot }).click();
    await detail.getByRole('alert').filter({ hasText: 'Someone else saved this' }).waitFor();
    expect((await nextWeekSlots()).find((slot) => slot.id === first.id)?.capacity).toBe(5);
    // Closing with the refused edit still on screen asks first; the staff member lets it go.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await detail.getByRole('button', { name: m.close, exact: true }).click();
    expect(asked).toBe(m.discardQuestion);
    await inPage(
      page,
      `!document.querySelector('mt-console-app').shadowRoot.querySelector('mt-console-hospital').shadowRoot.querySelector('mt-hospital-calendar').shadowRoot.querySelector('#slot-dialog').open`,
    );

    // Closing asks first, in its own dialog.
    await view.locator(`button.slot[data-slot="${third.id}"]`).click();
    await detail.getByRole('button', { name: m.closeSlot }).click();
    const question = detail.locator('#close-dialog');
    await question.getByText(m.closeQuestion.replace('{held}', '0')).waitFor();
    await expectAxeClean('the close question');
    await question.getByRole('button', { name: m.closeSlot }).click();
    await detail.getByText(m.slotClosedNotice).waitFor();
    expect((await nextWeekSlots()).find((slot) => slot.id === third.id)?.closedAt).not.toBeNull();
    await detail.getByRole('button', { name: m.close, exact: true }).click();
    await view.locator(`button.slot.closed[data-slot="${third.id}"]`).waitFor();
  });

  it(
    'confirms one request and declines another with a reason; the patient’s confirmation arrives',
    { timeout: 90_000 },
    async () => {
      const view = await openView(m.tabInbox);
      const held = view.locator('#held-table');
      const row = held.locator(`tr[data-reference="${confirmed}"]`);
      await row.waitFor();
      // Contact details are shown here, to the clinic's staff.
      expect(await row.textContent()).toContain(PATIENT.email);
      expect(await row.textContent()).toContain('Sweden');
      await expectAxeClean('the appointment inbox');

      await row.getByRole('button', { name: `${m.confirm} ${confirmed}` }).click();
      await view.getByText(m.confirmedNotice.replace('{reference}', confirmed)).waitFor();
      expect((await appointment(confirmed))?.status).toBe('CONFIRMED');
      await held.locator(`tr[data-reference="${confirmed}"]`).waitFor({ state: 'detached' });
      await view.locator(`#others-table tr[data-reference="${confirmed}"]`).waitFor();

      // Declining needs the reason the patient is told.
      await held
        .locator(`tr[data-reference="${declined}"]`)
        .getByRole('button', { name: `${m.decline} ${declined}` })
        .click();
      const dialog = view.locator('#action-dialog');
      await dialog.getByRole('heading', { name: m.declineHeading.replace('{reference}', declined) }).waitFor();
      await dialog.getByRole('button', { name: m.declineSubmit }).click();
      await dialog.getByText(m.required).waitFor();
      expect(await dialog.getByLabel(m.declineReason).getAttribute('aria-invalid')).toBe('true');
      await expectAxeClean('the decline dialog with its refusal');
      await dialog
        .getByLabel(m.declineReason)
        .fill('Our doctor is away at a conference that day; please choose another week.');
      await dialog.getByRole('button', { name: m.declineSubmit }).click();
      await view.getByText(m.declinedNotice.replace('{reference}', declined)).waitFor();
      expect(await appointment(declined)).toMatchObject({
        status: 'DECLINED',
        declineReason: 'Our doctor is away at a conference that day; please choose another week.',
      });

      // A confirmed booking moves to another of the clinic's open times, chosen in a dialog.
      const target = published[3] as StaffSlot;
      await view
        .locator(`#others-table tr[data-reference="${confirmed}"]`)
        .getByRole('button', { name: `${m.reschedule} ${confirmed}` })
        .click();
      await dialog.getByRole('heading', { name: m.rescheduleHeading.replace('{reference}', confirmed) }).waitFor();
      await dialog.getByLabel(m.newSlot).selectOption(target.id);
      await expectAxeClean('the reschedule dialog');
      await dialog.getByRole('button', { name: m.rescheduleSubmit }).click();
      await view.getByText(`${confirmed} is moved to`).waitFor();
      const moved = (await nextWeekSlots()).find((slot) => slot.id === target.id);
      expect(moved?.remaining).toBe(1);

      // Cancelling asks first.
      const cancelled = await book((published[4] as StaffSlot).id, SECOND_PATIENT, 1);
      // Opening the inbox again reads the new request.
      await openView(m.tabCalendar);
      await openView(m.tabInbox);
      await held
        .locator(`tr[data-reference="${cancelled}"]`)
        .getByRole('button', { name: `${m.cancelAppointment} ${cancelled}` })
        .click();
      await dialog.getByText(m.cancelQuestion.replace('{reference}', cancelled)).waitFor();
      await dialog.getByRole('button', { name: m.cancelSubmit }).click();
      await view.getByText(m.cancelledNotice.replace('{reference}', cancelled)).waitFor();
      expect((await appointment(cancelled))?.status).toBe('CANCELLED');

      // The patient's confirmation, in the language they booked in, at the real SMTP server.
      const subject = patientMessages.subject.BOOKING_CONFIRMED(CLINIC, confirmed);
      const deadline = Date.now() + 20_000;
      while (!inbox.received.some((mail) => mail.subject === subject && recipient(mail).includes(PATIENT.email))) {
        if (Date.now() > deadline) throw new Error(`the confirmation of ${confirmed} never arrived`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const mail = inbox.received.find((candidate) => candidate.subject === subject);
      expect(mail?.text).toContain(confirmed);
    },
  );

  it(
    'issues a calendar feed, shows its address once, serves it without contact details, and revokes it',
    { timeout: 60_000 },
    async () => {
      const view = await openView(m.tabFeeds);
      await view.getByLabel(m.feedLabel).fill('Front desk iPad');
      await view.getByRole('button', { name: m.createFeed }).click();
      await view.getByRole('heading', { name: m.feedUrlHeading.replace('{label}', 'Front desk iPad') }).waitFor();
      const url = await view.getByLabel(m.feedUrl).inputValue();
      expect(url).toMatch(new RegExp(`^${stack.publicUrl}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
      await view.getByRole('rowheader', { name: 'Front desk iPad' }).waitFor();
      await expectAxeClean('the calendar feeds');

      const feed = await fetch(url);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toContain('text/calendar');
      const ics = await feed.text();
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain(confirmed);
      expect(ics).not.toContain(PATIENT.name);
      expect(ics).not.toContain(PATIENT.email);

      await view.getByRole('button', { name: `${m.revoke} Front desk iPad` }).click();
      const dialog = view.locator('#revoke-dialog');
      await dialog.getByText(m.revokeQuestion.replace('{label}', 'Front desk iPad')).waitFor();
      await dialog.getByRole('button', { name: m.revokeSubmit }).click();
      await view.getByText(m.revokedNotice.replace('{label}', 'Front desk iPad')).waitFor();
      expect((await fetch(url)).status).toBe(404);
    },
  );

  it('lists the changes in the history, in Korean too', { timeout: 60_000 }, async () => {
    const view = await openView(m.tabHistory);
    const log = view.locator('mt-console-audit-log');
    await log
      .getByRole('cell', { name: /Appointment confirmed/ })
      .first()
      .waitFor();
    expect(await log.getByRole('cell', { name: /Slot published/ }).count()).toBeGreaterThan(0);
    expect(await log.getByRole('cell', { name: /Slot closed/ }).count()).toBe(1);
    expect(await log.getByRole('cell', { name: /Calendar feed revoked/ }).count()).toBe(1);
    await expectAxeClean('the history');

    await page.locator('mt-console-app').getByRole('button', { name: '한국어' }).click();
    await section().getByRole('tab', { name: hospitalMessages.ko.tabHistory, selected: true }).waitFor();
    await section().getByRole('tab', { name: hospitalMessages.ko.tabInbox }).click();
    await section().getByRole('heading', { name: hospitalMessages.ko.heldHeading }).waitFor();
    await expectAxeClean('the inbox in Korean');

    // The tabs follow the keyboard: the arrows, Home and End move the selection and the focus.
    await page.keyboard.press('ArrowRight');
    await section().getByRole('tab', { name: hospitalMessages.ko.tabSettings, selected: true }).waitFor();
    await page.keyboard.press('End');
    await section().getByRole('tab', { name: hospitalMessages.ko.tabHistory, selected: true }).waitFor();
    await page.keyboard.press('Home');
    await section().getByRole('tab', { name: hospitalMessages.ko.tabCalendar, selected: true }).waitFor();
    expect(await page.evaluate(FOCUSED_TAB)).toBe(hospitalMessages.ko.tabCalendar);
    await section()
      .getByRole('heading', { name: new RegExp(hospitalMessages.ko.calendarHeading) })
      .waitFor();
    await expectAxeClean('the week view in Korean');
  });

  it('is refused another clinic’s appointments and history by the API', async () => {
    const token = await consoleToken(page);
    const appointments = await gatewayGraphql(
      stack.publicUrl,
      `query($slug: String!) { provider(slug: $slug) { appointments(first: 5) { totalCount } } }`,
      { slug: OTHER_SLUG },
      token,
    );
    expect(appointments.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { data } = await gatewayGraphql<{ provider: { id: string } }>(
      stack.publicUrl,
      `query($slug: String!) { provider(slug: $slug) { id } }`,
      {
        slug: OTHER_SLUG,
      },
    );
    const trail = await gatewayGraphql<{ providerAuditTrail: unknown }>(
      stack.publicUrl,
      `query($id: ID!) { providerAuditTrail(providerId: $id) { totalCount } }`,
      { id: data?.provider.id },
      token,
    );
    expect(trail.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(trail.data?.providerAuditTrail ?? null).toBeNull();
    const slots = await gatewayGraphql(
      stack.publicUrl,
      `query($slug: String!, $from: DateTime!, $to: DateTime!) { provider(slug: $slug) { slots(from: $from, to: $to) { id } } }`,
      { slug: OTHER_SLUG, from: `${monday}T00:00:00+09:00`, to: `${sunday}T00:00:00+09:00` },
      token,
    );
    expect(slots.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
