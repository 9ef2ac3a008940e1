import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, gatewayUrl, mount, recordOperations, serverQuery, shadow, stateOf, waitFor } from '../shared/testing';
import './inquiry-form';
import type { MtInquiryForm } from './inquiry-form.component';

const FESTIVAL_SLUG = 'daejeon-science-festival-checkup';
const REFERENCE = /^MTQ-[2-9A-Z]{6}$/;

async function packageId(slug: string): Promise<string> {
  return (await serverQuery<{ package: { id: string } }>(`{ package(slug: "${slug}") { id } }`)).package.id;
}

let festival = '';
beforeAll(async () => {
  festival = await packageId(FESTIVAL_SLUG);
});

const form = (attributes = '') =>
  mount<MtInquiryForm>(
    `<mt-inquiry-form site-key="demo-site" endpoint="${gatewayUrl()}" package="${festival}" ${attributes}></mt-inquiry-form>`,
  );

async function ready(element: MtInquiryForm) {
  await waitFor(() => stateOf(element) !== 'loading' && stateOf(element));
  return shadow(element);
}

function control<E extends HTMLElement = HTMLInputElement>(root: ShadowRoot, name: string): E {
  const found = root.querySelector<E>(`[name="${name}"]`);
  if (!found) throw new Error(`no field named ${name}`);
  return found;
}

function type(root: ShadowRoot, name: string, value: string) {
  const field = control<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(root, name);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

let visitors = 0;

/**
 * A visitor from Japan filling in everything the form asks for. Each is a different person (their own e-mail),
 * as the API limits how often one contact may ask about one package.
 */
function fillIn(root: ShadowRoot, overrides: Partial<Record<string, string>> = {}, consent = true) {
  const values = {
    name: 'Sato Hanako',
    email: `hanako.sato.${(visitors += 1)}@example.jp`,
    nationality: 'JP',
    partySize: '2',
    ...overrides,
  };
  for (const [name, value] of Object.entries(values)) type(root, name, value ?? '');
  control(root, 'consent').checked = consent;
}

const submitButton = (root: ShadowRoot) =>
  root.querySelector<HTMLButtonElement>('[part="submit"]') as HTMLButtonElement;
const fieldMessage = (root: ShadowRoot, name: string) => {
  const ids = control(root, name).getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
};

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('<mt-inquiry-form>', () => {
  it('sends the inquiry and shows its reference, telling the host page', async () => {
    const element = await form();
    const root = await ready(element);
    expect(root.querySelector('[part="package"]')?.textContent).toContain('Daejeon Science & Bread Festa Check-up');
    expect(control(root, 'consent').checked).toBe(false);
    const submitted = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('mt-inquiry-submitted', resolve, { once: true }),
    );
    fillIn(root);
    submitButton(root).click();
    const event = await submitted;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail.reference).toMatch(REFERENCE);
    expect(event.detail).toMatchObject({ packageId: festival, campaignCode: null });
    await waitFor(() => root.querySelector('[part="confirmation"]'));
    expect(root.querySelector('[part="confirmation"]')?.textContent).toContain(event.detail.reference);
    expect(root.activeElement).toBe(root.querySelector('[part="confirmation"]'));
  });

  it('sends one inquiry when the button is clicked twice', async () => {
    const operations = recordOperations();
    try {
      const root = await ready(await form());
      fillIn(root);
      const button = submitButton(root);
      button.click();
      button.click();
      await (root.host as MtInquiryForm).updateComplete;
      expect(button.disabled).toBe(true);
      expect(button.textContent?.trim()).toBe('Sending…');
      await waitFor(() => root.querySelector('[part="confirmation"]'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(operations.counts.get('SubmitInquiry')).toBe(1);
    } finally {
      operations.restore();
    }
  });

  it('reuses the same key when the visitor retries after the answer was lost, so one inquiry is recorded', async () => {
    const original = window.fetch;
    const keys: string[] = [];
    let lostReference: string | null = null;
    // The request reaches the real API and is recorded; only the answer never makes it back to the page.
    window.fetch = async (input, init) => {
      const body =
        typeof init?.body === 'string'
          ? (JSON.parse(init.body) as { variables: { input?: { idempotencyKey?: string } } })
          : null;
      // The widget's only POST with an idempotency key is SubmitInquiry.
      if (!body?.variables.input?.idempotencyKey) return original(input, init);
      keys.push(body.variables.input?.idempotencyKey ?? '');
      const response = await original(input, init);
      if (keys.length > 1) return response;
      lostReference = ((await response.json()) as { data: { submitInquiry: { reference: string } } }).data.submitInquiry
        .reference;
      throw new TypeError('Failed to fetch');
    };
    try {
      const root = await ready(await form());
      fillIn(root);
      submitButton(root).click();
      const failure = await waitFor(() => root.querySelector('form [part="error"]'));
      expect(failure.textContent).toContain('could not reach');
      failure.querySelector('button')?.click();
      await waitFor(() => root.querySelector('[part="confirmation"]'));
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^inquiry-/);
      expect(keys[1]).toBe(keys[0]);
      expect(lostReference).toMatch(REFERENCE);
      expect(root.querySelector('[part="confirmation"]')?.textContent).toContain(lostReference);
    } finally {
      window.fetch = original;
    }
  });

  it('explains an invalid email and missing consent next to the fields and sends nothing', async () => {
    const operations = recordOperations();
    try {
      const root = await ready(await form());
      fillIn(root, { email: 'hanako.example.jp' }, false);
      submitButton(root).click();
      await waitFor(() => control(root, 'email').getAttribute('aria-invalid') === 'true');
      expect(fieldMessage(root, 'email')).toBe('Please enter a valid email address.');
      expect(control(root, 'consent').getAttribute('aria-invalid')).toBe('true');
      expect(fieldMessage(root, 'consent')).toBe('Please agree so we can answer you.');
      expect(control(root, 'name').getAttribute('aria-invalid')).toBe('false');
      expect(root.activeElement).toBe(control(root, 'email'));
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('Please correct the highlighted fields.');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(operations.counts.get('SubmitInquiry') ?? 0).toBe(0);
    } finally {
      operations.restore();
    }
  });

  it('keeps Send where it was when its errors appear, so a double click on it never ticks the consent box', async () => {
    const root = await ready(await form());
    // Everything left empty: the most messages at once, each above the button.
    const before = submitButton(root).getBoundingClientRect();
    await userEvent.dblClick(submitButton(root));
    await waitFor(() => control(root, 'consent').getAttribute('aria-invalid') === 'true');
    expect(fieldMessage(root, 'name')).toBe('Please fill this in.');
    const after = submitButton(root).getBoundingClientRect();
    expect({ top: after.top, left: after.left }).toEqual({ top: before.top, left: before.left });
    expect(control(root, 'consent').checked).toBe(false);
  });

  it('counts only the first click of a double click on consent, so the second never undoes or redoes it', async () => {
    const root = await ready(await form());
    const label = root.querySelector('label[for="mt-consent"]') as HTMLLabelElement;
    await userEvent.dblClick(label);
    expect(control(root, 'consent').checked).toBe(true);
    await userEvent.dblClick(control(root, 'consent'));
    expect(control(root, 'consent').checked).toBe(false);
    await userEvent.click(label);
    expect(control(root, 'consent').checked).toBe(true);
  });

  it('refuses more people than the patient and the package’s companions', async () => {
    const operations = recordOperations();
    try {
      const root = await ready(await form());
      expect(control(root, 'partySize').max).toBe('2');
      fillIn(root, { partySize: '3' });
      submitButton(root).click();
      await waitFor(() => control(root, 'partySize').getAttribute('aria-invalid') === 'true');
      expect(fieldMessage(root, 'partySize')).toContain('Please enter a number from 1 to 2.');
      expect(root.activeElement).toBe(control(root, 'partySize'));
      expect(operations.counts.get('SubmitInquiry') ?? 0).toBe(0);
    } finally {
      operations.restore();
    }
  });

  it('shows the API’s own message next to the field it refused', async () => {
    const root = await ready(await form());
    // Plausible enough for the form, but the API does not accept an underscore in a domain.
    fillIn(root, { email: 'hanako@mail_server.jp' });
    submitButton(root).click();
    await waitFor(() => control(root, 'email').getAttribute('aria-invalid') === 'true');
    expect(fieldMessage(root, 'email')).toBe('is not an email address');
    expect(root.activeElement).toBe(control(root, 'email'));
    expect(root.querySelector('[part="confirmation"]')).toBeNull();
  });

  it('carries the campaign the visitor came through', async () => {
    sessionStorage.setItem('mt-campaign-code', 'KPOPJP');
    const operations = recordOperations();
    try {
      const root = await ready(await form());
      const submitted = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('mt-inquiry-submitted', resolve, { once: true }),
      );
      fillIn(root);
      submitButton(root).click();
      const event = await submitted;
      expect(event.detail.campaignCode).toBe('KPOPJP');
      const sent = operations.sent.find((operation) => operation.name === 'SubmitInquiry');
      expect(sent).toMatchObject({
        variables: {
          input: { campaignCode: 'KPOPJP', packageId: festival, partySize: 2, consent: true, siteKey: 'demo-site' },
        },
      });
    } finally {
      operations.restore();
    }
  });

  it('tells a visitor who has asked too often when to try again, in their language, and keeps the form', async () => {
    const email = `asked.often.${crypto.randomUUID().slice(0, 8)}@example.jp`;
    // The same person already asked three times about this package today, from a partner's server.
    for (let i = 0; i < 3; i += 1) {
      const earlier = await serverQuery<{ submitInquiry: { __typename: string } }>(
        `mutation ($input: SubmitInquiryInput!) { submitInquiry(input: $input) { __typename } }`,
        {
          input: {
            packageId: festival,
            contact: { name: 'Sato Hanako', email, nationality: 'JP', locale: 'JA' },
            partySize: 1,
            locale: 'JA',
            consent: true,
            idempotencyKey: `earlier-${crypto.randomUUID()}`,
          },
        },
      );
      expect(earlier.submitInquiry.__typename).toBe('Inquiry');
    }
    const expected: [string, string][] = [
      ['', 'You have sent several requests in a short time. Please try again in 24 hours.'],
      ['lang="ja"', '短時間に何度も送信されました。24 時間後にもう一度お試しください。'],
    ];
    for (const [attributes, text] of expected) {
      const root = await ready(await form(attributes));
      let told = false;
      document.addEventListener('mt-inquiry-submitted', () => (told = true), { once: true });
      fillIn(root, { email });
      submitButton(root).click();
      const message = await waitFor(() => root.querySelector('form [role="alert"]'));
      expect(message.textContent?.trim()).toBe(text);
      expect(root.querySelector('[part="confirmation"]')).toBeNull();
      expect(control(root, 'email').value).toBe(email);
      expect(submitButton(root).disabled).toBe(false);
      expect(told).toBe(false);
      cleanup();
    }
  });

  it('lays itself out right to left in Arabic, with the package title in Arabic', async () => {
    const element = await form('lang="ar"');
    const root = await ready(element);
    const frame = root.querySelector('[part~="root"]') as HTMLElement;
    expect(frame.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(frame).direction).toBe('rtl');
    expect(root.querySelector('[part="package"]')?.textContent).toContain('فحص صحي ومهرجان العلوم والخبز في دايجون');
    const countries = [...control<HTMLSelectElement>(root, 'nationality').options].map((option) => option.textContent);
    expect(countries).toContain('اليابان');
  });

  it('says so when the package does not exist', async () => {
    const element = await mount<MtInquiryForm>(
      `<mt-inquiry-form site-key="demo-site" endpoint="${gatewayUrl()}" package="00000000-0000-4000-8000-000000000000"></mt-inquiry-form>`,
    );
    const root = await ready(element);
    expect(stateOf(element)).toBe('empty');
    expect(root.textContent).toContain('This package is no longer available.');
    expect(root.querySelector('form')).toBeNull();
  });

  it('says the service is unreachable when the API is down, and offers to try again', async () => {
    const element = await mount<MtInquiryForm>(
      `<mt-inquiry-form site-key="demo-site" endpoint="http://127.0.0.1:9/graphql" package="${festival}"></mt-inquiry-form>`,
    );
    const root = await ready(element);
    expect(stateOf(element)).toBe('error');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('could not reach');
    expect(root.querySelector('[role="alert"] button')?.textContent).toContain('Try again');
    element.endpoint = gatewayUrl();
    await waitFor(() => stateOf(element) === 'ready');
    expect(root.querySelector('form')).not.toBeNull();
  });

  it('has no serious or critical accessibility violations, also while showing errors', async () => {
    const element = await form();
    const root = await ready(element);
    submitButton(root).click();
    await waitFor(() => control(root, 'name').getAttribute('aria-invalid') === 'true');
    const results = await axe.run(element);
    const serious = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
