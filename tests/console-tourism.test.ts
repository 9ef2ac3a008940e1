import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { chromium, type Browser, type Locator, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as consoleDocuments from '../console/generated/graphql';
import { messages as tourismMessages } from '../console/tourism/tourism.messages';
import { messages as japaneseReply } from '../subgraphs/itineraries/messages/locales/ja';
import { formFromPackage, move, pathParts, toInput, type PackageRead } from '../console/tourism/package-model';
import { repoPath } from '../core/subgraph-sdl';
import { DEFAULT_REQUEST_LIMITS, measureOperations } from '../gateway/limits';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { consoleToken, gatewayGraphql, seriousAxeViolations, signInToConsole } from './support/console';
import { Inbox, recipient } from './support/inbox';
import { startStackAtPublicUrl, type Stack } from './support/stack';

/**
 * The tourism team's whole task in real Chromium, through the console only: sign in as Daejeon's package team,
 * create a two-day package (a medical step at a Daejeon hospital, a tour step, medical and non-medical prices),
 * watch the API refuse a step without its hospital beside that input, translate it into Japanese and Mongolian
 * while the list of missing texts shrinks, preview it in the real package-list widget while it is still a draft,
 * publish it, and find it in Japanese on the public city page. A colleague's save in between is refused rather
 * than overwritten. Then an inquiry about it: moved along the pipeline, noted, answered by e-mail in the patient's
 * language (arriving once at a real SMTP server), lost with a reason; and the change history. axe checks each
 * screen. The same token is refused outside Daejeon by the API.
 */

const t = tourismMessages.en;
const SUFFIX = Date.now().toString(36);
const SLUG = `daejeon-console-checkup-${SUFFIX}`;
const TITLE = { EN: `Daejeon science-city check-up ${SUFFIX}`, KO: `대전 과학도시 건강검진 ${SUFFIX}` };
const JA_TITLE = `大田サイエンスシティ健診 ${SUFFIX}`;
const MN_TITLE = `Тэжоны эрүүл мэндийн үзлэг ${SUFFIX}`;
const PATIENT = { name: 'Haruka Sato', email: `haruka.${SUFFIX}@example.jp` };
const REPLY = `Thank you for your interest. The check-up takes half a day; we can hold 3 April for you. (${SUFFIX})`;

/** A field's label as fields.ts writes it: the text, and an asterisk (hidden from screen readers) when required. */
const labelled = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

describe('the tourism console’s operations', () => {
  const schema = buildSchema(readFileSync(repoPath('gateway/schema.graphql'), 'utf8'));
  const documents = Object.entries(consoleDocuments).filter(
    ([name]) => name.startsWith('Tourism') && name.endsWith('Document'),
  );

  it('finds every operation of the section', () => {
    expect(documents.length).toBeGreaterThanOrEqual(11);
  });

  it.each(documents)('%s stays inside the gateway’s production limits', (_, document) => {
    const source = String(document);
    const [measures] = measureOperations(schema, source, parse(source));
    expect(measures?.tokens).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.tokens);
    expect(measures?.depth).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.depth);
    expect(measures?.aliases).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.aliases);
    expect(measures?.cost).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.cost);
  });
});

describe('the package form’s model', () => {
  /** A package as the API reads it: its structure, and its stored texts per path and locale (Package.texts). */
  function stored(texts: PackageRead['texts']): PackageRead {
    return {
      id: 'p1',
      version: 3,
      slug: 'daejeon-test',
      status: 'DRAFT',
      theme: 'HEALTH_CHECKUP',
      segment: 'STANDARD',
      region: 'DAEJEON',
      wellnessCluster: null,
      durationDays: 2,
      maxGuardians: 1,
      translations: [],
      texts,
      visa: { recommended: 'C_3_3', transferVisaFree: false },
      priceBreakdown: { lines: [{ kind: 'MEDICAL', amount: { amount: 900000 } }] },
      days: [
        {
          steps: [
            { __typename: 'MedicalStep', provider: { id: 'prov' }, procedure: null },
            { __typename: 'TourStep', category: 'SIGHTSEEING' },
          ],
        },
      ],
    };
  }

  const english = [
    { path: 'title', locale: 'EN', text: 'English title' },
    { path: 'summary', locale: 'EN', text: 'English summary' },
    { path: 'days.0.title', locale: 'EN', text: 'Day one' },
    { path: 'days.0.steps.0.title', locale: 'EN', text: 'Screening' },
    { path: 'days.0.steps.1.title', locale: 'EN', text: 'Expo park' },
    { path: 'days.0.steps.1.description', locale: 'EN', text: 'A walk' },
    { path: 'prices.0.label', locale: 'EN', text: 'Check-up' },
  ] satisfies PackageRead['texts'];

  it('fills each text with exactly the locales the package has, never a fallback', () => {
    const form = formFromPackage(
      stored([
        ...english,
        { path: 'title', locale: 'JA', text: '健診' },
        { path: 'prices.0.label', locale: 'JA', text: '健診' },
        { path: 'prices.0.label', locale: 'KO', text: '검진' },
      ]),
    );
    expect(form.title).toEqual([
      { locale: 'EN', text: 'English title' },
      { locale: 'JA', text: '健診' },
    ]);
    expect(form.summary).toEqual([{ locale: 'EN', text: 'English summary' }]);
    expect(form.visa.notes).toEqual([]);
    expect(form.prices).toEqual([
      {
        kind: 'MEDICAL',
        amountKrw: 900000,
        label: [
          { locale: 'EN', text: 'Check-up' },
          { locale: 'JA', text: '健診' },
          { locale: 'KO', text: '검진' },
        ],
      },
    ]);
    expect(form.days[0]?.steps[1]?.description).toEqual([{ locale: 'EN', text: 'A walk' }]);
    expect(form.days[0]?.steps[0]).toMatchObject({ kind: 'MEDICAL', providerId: 'prov', procedureId: null });
  });

  it('sends each step with its own kind’s fields and refuses to send an empty whole number', () => {
    const form = formFromPackage(stored(english));
    const step = form.days[0]?.steps[1];
    if (!step) throw new Error('no tour step');
    // Typed while the step was another kind: not the tour's, so not sent.
    step.nights = 2;
    step.from = 'Seoul';
    const built = toInput(form);
    if (!('input' in built)) throw new Error(`refused: ${built.missing.join()}`);
    expect(built.input.days[0]?.steps[1]).toMatchObject({
      kind: 'TOUR',
      category: 'SIGHTSEEING',
      nights: null,
      from: null,
      providerId: null,
    });
    expect(built.input.days[0]?.steps[0]).toMatchObject({ kind: 'MEDICAL', providerId: 'prov', description: null });
    const price = form.prices[0];
    if (!price) throw new Error('no price line');
    price.amountKrw = null;
    form.durationDays = null;
    expect(toInput(form)).toEqual({ missing: ['durationDays', 'prices.0.amountKrw'] });
  });
});

describe('the package form’s lists and paths', () => {
  it('moves an item within its list and ignores a move past either end', () => {
    const lines = ['medical', 'lodging', 'tourism'];
    move(lines, 2, -1);
    expect(lines).toEqual(['medical', 'tourism', 'lodging']);
    move(lines, 0, -1);
    move(lines, 2, 1);
    expect(lines).toEqual(['medical', 'tourism', 'lodging']);
  });

  it('reads a missing text’s path as its day, step or price line, counted from 0 as the API writes them', () => {
    expect(pathParts('days.2.steps.0.description')).toEqual([
      { kind: 'day', index: 2 },
      { kind: 'step', index: 0 },
      { kind: 'field', field: 'description' },
    ]);
    expect(pathParts('prices.1.label')).toEqual([
      { kind: 'price', index: 1 },
      { kind: 'field', field: 'label' },
    ]);
    expect(pathParts('title')).toEqual([{ kind: 'field', field: 'title' }]);
  });
});

describe('tourism staff create, translate and publish a package, then answer an inquiry, through the console', () => {
  const inbox = new Inbox();
  let stack: Stack & { publicUrl: string };
  let browser: Browser;
  let page: Page;
  let packageId = '';
  let daejeonProvider = { id: '', procedureId: '' };

  beforeAll(async () => {
    await inbox.start();
    stack = await startStackAtPublicUrl({ kind: 'memory' }, { SMTP_URL: inbox.url });
    browser = await chromium.launch(chromiumLaunchOptions);
    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 1000 },
    });
    page = await context.newPage();
    const providers = await stack.query<{
      providers: { edges: { node: { id: string; procedures: { id: string }[] } }[] };
    }>(`{ providers(filter: { region: DAEJEON }, first: 10) { edges { node { id procedures { id } } } } }`);
    const withProcedure = providers.data?.providers.edges.find((edge) => edge.node.procedures.length > 0)?.node;
    if (!withProcedure) throw new Error(`no Daejeon provider: ${JSON.stringify(providers.errors)}`);
    daejeonProvider = { id: withProcedure.id, procedureId: withProcedure.procedures[0]?.id ?? '' };
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await inbox.stop();
  });

  const section = () => page.locator('mt-console-tourism');
  const editor = () => page.locator('mt-console-tourism-package-editor');
  /** An input of the editor by its form path (fields.ts and the text editors end their ids with it). */
  const field = (path: string) => editor().locator(`[id$="-${path}"]`);
  const translationRow = (locale: string) => editor().locator(`tr[data-locale="${locale}"]`);
  const missingCount = (locale: string) => translationRow(locale).locator('li').count();

  async function expectAxeClean(what: string) {
    expect(await seriousAxeViolations(page), what).toEqual([]);
  }

  async function openTab(name: string): Promise<Locator> {
    await section().getByRole('tab', { name }).click();
    return section().getByRole('tabpanel', { name });
  }

  async function save(expectNotice: string) {
    await editor()
      .getByRole('button', { name: /^(Save|Create draft)$/ })
      .click();
    await editor().getByText(expectNotice).waitFor();
  }

  it(
    'signs in as Daejeon’s package team and shows Daejeon only, with no way to pick another region',
    { timeout: 60_000 },
    async () => {
      await signInToConsole(page, stack.publicUrl, 'daejeon@staff.test', 'daejeon-dev-password');
      await section().getByRole('heading', { name: 'Packages and inquiries · Daejeon' }).waitFor();
      expect(await section().getAttribute('region')).toBe('DAEJEON');
      // Only a platform admin gets the shell's owner picker.
      expect(await page.locator('mt-console-app #owner').count()).toBe(0);
      await section().getByRole('table').waitFor();
      const caption = await section().locator('caption').textContent();
      expect(caption).toMatch(/Packages of Daejeon/);
      expect(await section().locator('tbody tr').count()).toBeGreaterThan(0);
      await expectAxeClean('package list');
    },
  );

  it(
    'creates a two-day package, with the API’s refusal shown beside the step that lacks its hospital',
    { timeout: 90_000 },
    async () => {
      await section().getByRole('button', { name: t.newPackage }).click();
      await editor().getByRole('heading', { name: t.newPackageHeading }).waitFor();
      // The region is the staff's own: shown, not editable.
      expect(await editor().locator('[name="region"]').count()).toBe(0);
      await field('slug').fill(SLUG);
      await field('title.EN').fill(TITLE.EN);
      await field('title.KO').fill(TITLE.KO);
      await field('summary.EN').fill(
        'A half-day health screening at a Daejeon hospital and a day among the science museums.',
      );
      await field('summary.KO').fill('대전 병원의 반나절 건강검진과 과학관 관람 하루 일정입니다.');
      await field('durationDays').fill('2');
      await field('visa.notes.EN').fill('Most visitors enter with K-ETA; long stays need the C-3-3 visa.');

      // Prices: the medical fee, then a non-medical line.
      await field('prices.0.amountKrw').fill('1200000');
      await field('prices.0.label.EN').fill('Comprehensive screening');
      await field('prices.0.label.KO').fill('종합 건강검진');
      await editor().getByRole('button', { name: t.addPrice }).click();
      await field('prices.1.kind').selectOption('LODGING');
      await field('prices.1.amountKrw').fill('180000');
      await field('prices.1.label.EN').fill('Two nights at a hotel near Expo Park');
      await field('prices.1.label.KO').fill('엑스포공원 인근 호텔 2박');
      // Reordered and back, each line keeping its own texts; a third line added and removed again.
      const lodging = 'Two nights at a hotel near Expo Park';
      await editor()
        .getByRole('group', { name: 'Price line 2', exact: true })
        .getByRole('button', { name: t.moveUp })
        .click();
      expect(await field('prices.0.kind').inputValue()).toBe('LODGING');
      expect(await field('prices.0.label.EN').inputValue()).toBe(lodging);
      expect(await field('prices.1.label.EN').inputValue()).toBe('Comprehensive screening');
      await editor()
        .getByRole('group', { name: 'Price line 1', exact: true })
        .getByRole('button', { name: t.moveDown })
        .click();
      expect(await field('prices.0.kind').inputValue()).toBe('MEDICAL');
      expect(await field('prices.1.label.EN').inputValue()).toBe(lodging);
      await editor().getByRole('button', { name: t.addPrice }).click();
      await editor().getByRole('button', { name: 'Remove price line 3' }).click();
      expect(await field('prices.2.kind').count()).toBe(0);
      expect(await editor().locator('.totals').textContent()).toMatch(/1,200,000[\s\S]*180,000[\s\S]*1,380,000/);

      // Day 1: a medical step, its hospital left out for now.
      await field('days.0.title.EN').fill('Screening day');
      await field('days.0.title.KO').fill('검진일');
      await field('days.0.steps.0.title.EN').fill('Comprehensive health screening');
      await field('days.0.steps.0.title.KO').fill('종합 건강검진');
      // Day 2: a tour step.
      await editor().getByRole('button', { name: t.addDay }).click();
      await field('days.1.title.EN').fill('Science city day');
      await field('days.1.title.KO').fill('과학도시 여행');
      await field('days.1.steps.0.kind').selectOption('TOUR');
      await field('days.1.steps.0.title.EN').fill('National Science Museum and Expo Bridge');
      await field('days.1.steps.0.title.KO').fill('국립중앙과학관과 엑스포다리');
      await field('days.1.steps.0.category').selectOption('SIGHTSEEING');
      await field('days.1.steps.0.description.EN').fill('A guided afternoon among the science museums.');

      await editor().getByRole('button', { name: t.create }).click();
      await editor().locator('.form-error[role="alert"]').waitFor();
      const provider = field('days.0.steps.0.providerId');
      await editor().locator('[id$="-days.0.steps.0.providerId"][aria-invalid="true"]').waitFor();
      expect(await provider.getAttribute('aria-describedby')).toMatch(/-days\.0\.steps\.0\.providerId-error/);
      // The refusal moved the keyboard to the input it concerns.
      expect(
        await provider.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement),
      ).toBe(true);
      await expectAxeClean('the form with a refusal');

      await provider.selectOption(daejeonProvider.id);
      await field('days.0.steps.0.procedureId').selectOption(daejeonProvider.procedureId);
      await save(t.created);
      await editor()
        .getByRole('heading', { name: `Edit package: ${TITLE.EN}` })
        .waitFor();

      const stored = await gatewayGraphql<{
        package: { id: string; status: string; days: { steps: { __typename: string }[] }[] };
      }>(
        stack.publicUrl,
        `query($slug: String!) { package(slug: $slug) { id status days { steps { __typename } } } }`,
        { slug: SLUG },
        await consoleToken(page),
      );
      expect(stored.data?.package?.status).toBe('DRAFT');
      expect(stored.data?.package?.days.map((day) => day.steps.map((step) => step.__typename))).toEqual([
        ['MedicalStep'],
        ['TourStep'],
      ]);
      packageId = stored.data?.package?.id ?? '';
      // Drafts are nobody else's business.
      const anonymous = await gatewayGraphql<{ package: unknown }>(
        stack.publicUrl,
        `query($slug: String!) { package(slug: $slug) { id } }`,
        {
          slug: SLUG,
        },
      );
      expect(anonymous.data?.package).toBeNull();
    },
  );

  it(
    'lists what each language lacks and shrinks the list as Japanese and Mongolian texts are saved',
    { timeout: 90_000 },
    async () => {
      await translationRow('JA').waitFor();
      // title, summary, visa notes, two price labels, two day titles, two step titles, the tour step's description.
      const before = await missingCount('JA');
      expect(before).toBe(10);
      expect(await translationRow('JA').textContent()).toMatch(/day 2 · step 1 · description/);
      expect(await missingCount('MN')).toBe(10);
      expect(await translationRow('EN').textContent()).toMatch(/Complete/);

      await field('title.JA').fill(JA_TITLE);
      await field('summary.JA').fill('大田の病院で半日の総合健診と、科学館をめぐる一日。');
      await save('Saved (version 2).');
      expect(await missingCount('JA')).toBe(8);

      await field('visa.notes.JA').fill('多くの方はK-ETAで入国できます。');
      await field('prices.0.label.JA').fill('総合健診');
      await field('prices.1.label.JA').fill('エキスポ公園近くのホテル2泊');
      await field('days.0.title.JA').fill('健診の日');
      await field('days.0.steps.0.title.JA').fill('総合健康診断');
      await field('days.1.title.JA').fill('科学のまちの一日');
      await field('days.1.steps.0.title.JA').fill('国立中央科学館とエキスポ橋');
      await field('days.1.steps.0.description.JA').fill('科学館をめぐるガイド付きの午後。');
      await field('title.MN').fill(MN_TITLE);
      await field('summary.MN').fill('Тэжоны эмнэлэгт хагас өдрийн үзлэг, шинжлэх ухааны музейд нэг өдөр.');
      await save('Saved (version 3).');
      expect(await missingCount('JA')).toBe(0);
      expect(await translationRow('JA').textContent()).toMatch(/Complete/);
      expect(await missingCount('MN')).toBe(8);
      await expectAxeClean('the editor with translations, preview and history');
    },
  );

  it('previews the draft in the real package-list widget, in Japanese', { timeout: 60_000 }, async () => {
    await editor().locator('#preview-locale').selectOption('JA');
    const preview = editor().locator('mt-console-package-preview');
    await preview.getByRole('heading', { name: JA_TITLE }).waitFor();
    expect(await preview.getAttribute('lang')).toBe('ja');
  });

  it(
    'refuses a save on top of a colleague’s newer version, keeping the edits, and publishes after a reload',
    { timeout: 90_000 },
    async () => {
      // A colleague closes the package meanwhile (version 4).
      const colleague = await stack.query<{ setPackageStatus: { __typename: string; version?: number } }>(
        `mutation($id: ID!) { setPackageStatus(id: $id, status: CLOSED) { __typename ... on Package { version } } }`,
        { id: packageId },
        { kind: 'staff', id: 'colleague@staff.test', role: 'tourism-admin', region: 'DAEJEON' },
      );
      expect(colleague.data?.setPackageStatus).toEqual({ __typename: 'Package', version: 4 });

      const mongolianDay = 'Үзлэгийн өдөр';
      await field('days.0.title.MN').fill(mongolianDay);
      await editor().getByRole('button', { name: t.save, exact: true }).click();
      const banner = editor().locator('.form-error[role="alert"]');
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/Someone else saved this in the meantime/);
      expect(await field('days.0.title.MN').inputValue()).toBe(mongolianDay);

      page.once('dialog', (dialog) => void dialog.accept());
      await editor().getByRole('button', { name: t.reload }).click();
      await editor().getByText('Status: Closed · version 4').waitFor();
      expect(await field('days.0.title.MN').inputValue()).toBe('');
      expect(await field('title.JA').inputValue()).toBe(JA_TITLE);

      await editor().getByRole('button', { name: t.reopen, exact: true }).click();
      await editor().getByText('Status changed to Published.').waitFor();
      await editor().getByText('Status: Published · version 5').waitFor();
      const published = await gatewayGraphql<{ package: { status: string; title: string } }>(
        stack.publicUrl,
        `query($slug: String!) { package(slug: $slug) { status title(locale: JA) } }`,
        { slug: SLUG },
      );
      expect(published.data?.package).toEqual({ status: 'PUBLISHED', title: JA_TITLE });
      await editor().locator('mt-console-audit-log').getByText('Package published').waitFor();
    },
  );

  it('shows the published package in Japanese on the public city page', { timeout: 60_000 }, async () => {
    const visitor = await browser.newPage();
    try {
      await visitor.goto(`${stack.publicUrl}/demo/city.html`);
      await visitor.locator('#language').selectOption('ja');
      const list = visitor.locator('mt-package-list');
      await list.getByRole('heading', { name: JA_TITLE }).waitFor();
      expect(await list.locator('article', { hasText: JA_TITLE }).textContent()).toContain('2日間');
    } finally {
      await visitor.close();
    }
  });

  it(
    'works an inquiry: along the pipeline, a note, an e-mail in the patient’s language, lost with a reason',
    { timeout: 120_000 },
    async () => {
      const submitted = await gatewayGraphql<{ submitInquiry: { __typename: string; reference?: string } }>(
        stack.publicUrl,
        `mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename ... on Inquiry { reference } } }`,
        {
          input: {
            packageId,
            contact: {
              name: PATIENT.name,
              email: PATIENT.email,
              phone: '+81 90 1234 5678',
              nationality: 'JP',
              locale: 'JA',
            },
            partySize: 2,
            preferredStart: '2027-04-03',
            locale: 'JA',
            consent: true,
            idempotencyKey: `console-tourism-${SUFFIX}`,
            message: '母と二人で参加したいです。',
          },
        },
      );
      const reference = submitted.data?.submitInquiry.reference ?? '';
      expect(submitted.data?.submitInquiry.__typename).toBe('Inquiry');

      // Leaving the editor with an unsaved change asks first; staying keeps the change, leaving drops it.
      await field('days.1.title.MN').fill('Шинжлэх ухааны өдөр');
      const asked: string[] = [];
      page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.dismiss();
      });
      await editor().getByRole('button', { name: t.backToList }).click();
      await expect.poll(() => asked.length).toBe(1);
      expect(asked[0]).toMatch(/unsaved changes/);
      expect(await field('days.1.title.MN').inputValue()).toBe('Шинжлэх ухааны өдөр');
      page.once('dialog', (dialog) => void dialog.accept());
      await editor().getByRole('button', { name: t.backToList }).click();
      await section().getByRole('button', { name: t.newPackage }).waitFor();
      const panel = await openTab(t.tabs.inquiries);
      await panel.getByRole('button', { name: `Open inquiry ${reference}` }).click();
      const detail = panel.locator('section.detail');
      await detail.getByRole('heading', { name: `Inquiry ${reference}` }).waitFor();
      const shown = await detail.textContent();
      expect(shown).toContain(PATIENT.email);
      expect(shown).toContain('+81 90 1234 5678');
      expect(shown).toContain('Japan');
      expect(shown).toContain('母と二人で参加したいです。');
      expect(shown).toContain(TITLE.EN);
      await expectAxeClean('the inquiry inbox with an inquiry open');

      await panel.getByLabel(labelled(t.moveTo)).selectOption('CONTACTED');
      await panel.getByRole('button', { name: t.move }).click();
      await panel.getByText('Status changed to Contacted.').waitFor();

      await panel.getByLabel(labelled(t.note)).fill('Asked the hospital about an interpreter for the mother.');
      await panel.getByRole('button', { name: t.addNote }).click();
      await panel.getByText(t.noteAdded).waitFor();

      expect(await panel.getByText(/Sent by e-mail in the patient’s language \(Japanese\)/).count()).toBe(1);
      await panel.getByLabel(labelled(t.reply)).fill(REPLY);
      await panel.getByRole('button', { name: t.sendReply }).click();
      await panel.getByText(t.replySent).waitFor();

      const toPatient = () => inbox.received.filter((received) => recipient(received).includes(PATIENT.email));
      const deadline = Date.now() + 15_000;
      while (!toPatient().length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      const mails = toPatient();
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail?.text).toContain(REPLY);
      expect(mail?.text).toContain(JA_TITLE);
      // Framed in the patient's language: the Japanese subject, greeting and closing around the staff's own words.
      expect(mail?.subject).toBe(japaneseReply.subject(JA_TITLE, reference));
      expect(mail?.text).toContain(japaneseReply.greeting(PATIENT.name));
      expect(mail?.text).toContain(japaneseReply.closing);

      // Lost needs a reason: refused beside the input, then accepted.
      await panel.getByLabel(labelled(t.moveTo)).selectOption('LOST');
      await panel.getByRole('button', { name: t.move }).click();
      const reason = panel.getByLabel(labelled(t.reason));
      await panel.locator('[name="reason"][aria-invalid="true"]').waitFor();
      await reason.fill('Chose a clinic in Seoul closer to the airport.');
      await panel.getByRole('button', { name: t.move }).click();
      await panel.getByText('Status changed to Lost.').waitFor();

      const history = await detail.locator('ol.history li').allTextContents();
      expect(history.map((entry) => entry.replace(/\s+/g, ' ').trim().split(' · ')[0])).toEqual([
        'Moved to Contacted',
        'Note',
        expect.stringMatching(/^Reply by e-mail/),
        'Moved to Lost',
      ]);
      expect(history.at(-1)).toContain('Chose a clinic in Seoul closer to the airport.');
      // Still exactly one e-mail: nothing was sent twice.
      expect(toPatient()).toHaveLength(1);
    },
  );

  it('shows the region’s change history, in Korean too', { timeout: 60_000 }, async () => {
    const history = await openTab(t.tabs.history);
    const log = history.locator('mt-console-audit-log');
    await log.getByText('Package created').waitFor();
    expect(await log.getByText('Inquiry note added').count()).toBeGreaterThan(0);
    expect(await log.locator('table').textContent()).not.toContain('Asked the hospital');
    await expectAxeClean('the change history');

    await page.locator('mt-console-app').getByRole('button', { name: '한국어' }).click();
    await section().getByRole('heading', { name: '상품·문의 관리 · 대전' }).waitFor();
    await section().getByRole('tab', { name: '변경 이력' }).waitFor();
    await expectAxeClean('the change history in Korean');
    await page.locator('mt-console-app').getByRole('button', { name: 'English' }).click();
  });

  it('is refused by the API outside Daejeon with the same token', { timeout: 30_000 }, async () => {
    const token = await consoleToken(page);
    const seoul = await gatewayGraphql<{
      packages: { edges: { node: { id: string; slug: string; title: string } }[] };
    }>(stack.publicUrl, `{ packages(filter: { region: SEOUL }, first: 1) { edges { node { id slug title } } } }`, {});
    const target = seoul.data?.packages.edges[0]?.node;
    if (!target) throw new Error('no Seoul package');
    const input = {
      slug: target.slug,
      title: [{ locale: 'EN', text: 'Taken over by Daejeon' }],
      summary: [{ locale: 'EN', text: 'Not theirs to change.' }],
      theme: 'K_BEAUTY',
      segment: 'STANDARD',
      region: 'SEOUL',
      durationDays: 1,
      maxGuardians: 0,
      visa: { recommended: 'K_ETA_EXEMPT' },
      prices: [{ kind: 'TOURISM', label: [{ locale: 'EN', text: 'Tour' }], amountKrw: 1000 }],
      days: [
        {
          title: [{ locale: 'EN', text: 'Day' }],
          steps: [{ kind: 'TOUR', title: [{ locale: 'EN', text: 'Walk' }], category: 'SIGHTSEEING' }],
        },
      ],
    };
    const update = await gatewayGraphql<unknown>(
      stack.publicUrl,
      `mutation($id: ID!, $input: PackageInput!) { updatePackage(id: $id, input: $input) { __typename } }`,
      { id: target.id, input },
      token,
    );
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const inquiries = await gatewayGraphql<unknown>(
      stack.publicUrl,
      `{ regionInquiries(region: SEOUL) { totalCount } }`,
      {},
      token,
    );
    expect(inquiries.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await gatewayGraphql<{ package: { title: string } }>(
      stack.publicUrl,
      `query($id: ID!) { package(id: $id) { title } }`,
      {
        id: target.id,
      },
    );
    expect(after.data?.package.title).toBe(target.title);
  });
});
