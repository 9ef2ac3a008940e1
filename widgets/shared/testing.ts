/** Helpers for the widgets' browser tests (never part of the bundle). */
import { inject } from 'vitest';
import { commands } from 'vitest/browser';
import * as documents from '../generated/graphql';

declare module 'vitest/browser' {
  interface BrowserCommands {
    serverGraphql(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<unknown>;
    issueStaffToken(staff: { kind: 'staff'; id: string; role: string; [scope: string]: string }): Promise<string>;
  }
}

export const gatewayUrl = (): string => inject('gatewayUrl');

/** Puts markup in the page and returns the first element, after it has rendered once. */
export async function mount<E extends HTMLElement>(markup: string): Promise<E> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const element = host.firstElementChild as E;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Empties the page, and the tab's storage where widgets remember a booking, so each test starts as a new visitor. */
export function cleanup(): void {
  document.body.replaceChildren();
  sessionStorage.clear();
}

/** Waits until `probe` returns a value (not null/undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 10_000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${probe.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.tagName} has no open shadow root`);
  return element.shadowRoot;
}

/** The element's rendered state: loading, ready, empty or error. */
export function stateOf(element: Element): string | null {
  return shadow(element).querySelector('[part~="root"]')?.getAttribute('data-state') ?? null;
}

/** Asks the gateway from the test runner, as a partner's server would, to set up or check what a widget shows. */
export async function serverQuery<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const body = (await commands.serverGraphql(gatewayUrl(), query, variables, token)) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Books the clinic's last free time in the next 30 days, as a patient would, for a test that shows a booking. */
export async function bookLastFreeTime(slug: string): Promise<{ reference: string; secret: string }> {
  const from = new Date();
  const to = new Date(from.getTime() + 30 * 86_400_000);
  const data = await serverQuery<{ provider: { availability: { id: string }[] } }>(
    `query ($slug: String, $from: DateTime!, $to: DateTime!) { provider(slug: $slug) { availability(from: $from, to: $to) { id } } }`,
    { slug, from: from.toISOString(), to: to.toISOString() },
  );
  const key = crypto.randomUUID();
  const held = await serverQuery<{ holdSlot: { __typename: string; reference: string; cancelSecret: string } }>(
    `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { __typename ... on Appointment { reference cancelSecret } } }`,
    {
      input: {
        slotId: data.provider.availability.at(-1)?.id,
        partySize: 1,
        consent: true,
        idempotencyKey: `widget-test-${key}`,
        contact: { name: 'Bat Dorj', email: `bat.${key.slice(0, 8)}@example.mn`, nationality: 'MN', locale: 'MN' },
      },
    },
  );
  if (held.holdSlot.__typename !== 'Appointment') throw new Error(`hold failed: ${JSON.stringify(held)}`);
  return { reference: held.holdSlot.reference, secret: held.holdSlot.cancelSecret };
}

/** Operation names by the hash the widgets send instead of the text. */
const OPERATION_NAMES = new Map(
  Object.entries(documents).flatMap(([exported, value]) => {
    const hash: unknown = (value as { __meta__?: { hash?: unknown } } | null)?.__meta__?.hash;
    return typeof hash === 'string' ? [[hash.replace(/^sha256:/, ''), exported.replace(/Document$/, '')]] : [];
  }),
);

export interface SentOperation {
  name: string;
  variables: unknown;
}

/** Records the GraphQL operations the page sends (GET or POST, by hash), by name, while passing them through. */
export function recordOperations(): { counts: Map<string, number>; sent: SentOperation[]; restore(): void } {
  const original = window.fetch;
  const counts = new Map<string, number>();
  const sent: SentOperation[] = [];
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const params: { variables?: unknown; extensions?: { persistedQuery?: { sha256Hash?: string } } } =
      typeof init?.body === 'string'
        ? JSON.parse(init.body)
        : {
            variables: JSON.parse(url.searchParams.get('variables') ?? 'null'),
            extensions: JSON.parse(url.searchParams.get('extensions') ?? 'null') ?? undefined,
          };
    const hash = params.extensions?.persistedQuery?.sha256Hash;
    if (url.pathname.endsWith('/graphql') && hash) {
      const name = OPERATION_NAMES.get(hash) ?? 'unregistered';
      sent.push({ name, variables: params.variables });
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return original(input, init);
  };
  return { counts, sent, restore: () => (window.fetch = original) };
}
