/** Helpers for the widgets' browser tests (never part of the bundle). */
import { inject } from 'vitest';

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

export function cleanup(): void {
  document.body.replaceChildren();
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

/** Counts the GraphQL operations the page sends, by operation name, while passing them through. */
export function recordOperations(): { counts: Map<string, number>; bodies: unknown[]; restore(): void } {
  const original = window.fetch;
  const counts = new Map<string, number>();
  const bodies: unknown[] = [];
  window.fetch = async (input, init) => {
    if (typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as { query?: string; variables?: unknown };
      bodies.push(body);
      const name = /(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? 'anonymous';
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return original(input, init);
  };
  return { counts, bodies, restore: () => (window.fetch = original) };
}
