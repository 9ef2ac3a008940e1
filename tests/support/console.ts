import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright';

/**
 * The staff console as staff use it, for the end-to-end suites: sign in through the embedded issuer's pages (its
 * login form, then its consent form), and an axe check of whatever the console shows.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Polls an expression in the page until it is truthy and returns its value. Through page.evaluate (the DevTools
 * protocol), not waitForFunction, whose string predicates the console's Content-Security-Policy refuses to eval.
 */
export async function inPage<T>(page: Page, expression: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate<T>(expression);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`the page never showed ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Opens the console at `gatewayUrl` and signs in with a seeded account (gateway/dev-issuer/accounts.yaml): clicks the
 * console's sign-in button, fills the issuer's login form, accepts its consent page, and waits until the console
 * shows the signed-in staff member (its sign-out button).
 */
export async function signInToConsole(page: Page, gatewayUrl: string, login: string, password: string): Promise<void> {
  await page.goto(`${gatewayUrl}/console/`);
  await page
    .locator('mt-console-app')
    .getByRole('button', { name: /^(Sign in|로그인)$/ })
    .click();
  await page.waitForURL(/\/auth\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname.startsWith('/console/') || url.pathname.includes('/interaction/'));
  if (await page.locator('input[name="prompt"][value="consent"]').count()) {
    await page.locator('button[type="submit"]').click();
  }
  await page.waitForURL((url) => url.pathname === '/console/' && !url.search);
  await page
    .locator('mt-console-app')
    .getByRole('button', { name: /^(Sign out|로그아웃)$/ })
    .waitFor();
}

/** axe-core's serious and critical violations on the page (through every open shadow root), as readable lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const violations = await page.evaluate<{ id: string; impact: string | null; targets: string[] }[]>(`
    axe.run(document, { resultTypes: ['violations'] }).then((results) => results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    })))`);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
}

export interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The access token the console signed in with, from its session: the API then judges what that staff member may do. */
export async function consoleToken(page: Page): Promise<string> {
  const session = await page.evaluate<string | null>(`sessionStorage.getItem('mt-console-session')`);
  return (JSON.parse(session ?? '{}') as { accessToken: string }).accessToken;
}

/** A GraphQL request to the gateway at `gatewayUrl` as a partner's server or a script sends it, with `token` if given. */
export async function gatewayGraphql<T>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphqlAnswer<T>> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer<T>;
}
