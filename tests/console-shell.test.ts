import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDevToken } from '../core/oidc';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { inPage, seriousAxeViolations, signInToConsole } from './support/console';
import { startStackAtPublicUrl, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

/**
 * The console's shell: its files and settings from the gateway, who a token signs in as, and, in real Chromium,
 * signing in through the embedded issuer, the work area of the role, Korean and English, and signing out (of the
 * issuer too, so the next person at a hospital's shared computer must sign in again).
 */
describe('the staff console shell', () => {
  let stack: Stack & { publicUrl: string };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    stack = await startStackAtPublicUrl({ kind: 'memory' });
    browser = await chromium.launch(chromiumLaunchOptions);
    context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Europe/Berlin' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('is served at /console/ with a strict Content-Security-Policy, and says which issuer and client sign staff in', async () => {
    const pageResponse = await fetch(`${stack.publicUrl}/console/`);
    expect(pageResponse.status).toBe(200);
    expect(await pageResponse.text()).toContain('<mt-console-app>');
    const policy = pageResponse.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`connect-src 'self' ${stack.publicUrl}`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(pageResponse.headers.get('referrer-policy')).toBe('no-referrer');
    const config = await fetch(`${stack.publicUrl}/console/config.json`);
    expect(config.headers.get('cache-control')).toBe('no-store');
    expect(await config.json()).toEqual({
      issuer: `${stack.publicUrl}/auth`,
      clientId: 'console',
      scope: 'openid profile email',
    });
  });

  it('says whom a token signs in as, verified as /graphql verifies it, and refuses anything else with 401', async () => {
    const settings = { ...testSettings, PUBLIC_URL: stack.publicUrl };
    const token = await issueDevToken(
      { kind: 'staff', id: 'daejeon@staff.test', role: 'tourism-admin', region: 'DAEJEON' },
      { settings, lifetimeSeconds: 600 },
    );
    const session = (authorization?: string) =>
      fetch(`${stack.publicUrl}/console/session`, { headers: authorization ? { authorization } : {} });
    const signedIn = await session(`Bearer ${token}`);
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toEqual({
      staff: { kind: 'staff', id: 'daejeon@staff.test', role: 'tourism-admin', region: 'DAEJEON' },
    });
    // Signed for another issuer (the test settings' PUBLIC_URL is another origin).
    const foreign = await issueDevToken(
      { kind: 'staff', id: 'admin@staff.test', role: 'platform-admin' },
      { settings: testSettings, lifetimeSeconds: 600 },
    );
    for (const [authorization, reason] of [
      [undefined, 'Send the access token as a bearer token'],
      ['Bearer not.a.token', 'Sign-in is not valid'],
      [`Bearer ${foreign}`, 'Sign-in is not valid'],
      [`Basic ${Buffer.from('a:b').toString('base64')}`, 'Send the access token as a bearer token'],
    ] as const) {
      const refused = await session(authorization);
      expect(refused.status, String(authorization)).toBe(401);
      expect(await refused.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining(reason) });
    }
  });

  it('greets in the browser’s language, with nothing signed in and nothing for axe to object to', async () => {
    await page.goto(`${stack.publicUrl}/console/`);
    const app = page.locator('mt-console-app');
    await app.getByRole('heading', { name: '직원 콘솔 로그인' }).waitFor();
    expect(await app.getByRole('button', { name: '로그인' }).isEnabled()).toBe(true);
    expect(await page.evaluate('document.documentElement.lang')).toBe('ko');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await app.getByRole('button', { name: 'English' }).click();
    await app.getByRole('heading', { name: 'Sign in to the staff console' }).waitFor();
    expect(await app.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
  });

  it('refuses a wrong password at the issuer, then signs a platform admin in with the code and PKCE', async () => {
    await page.goto(`${stack.publicUrl}/console/`);
    await page.locator('mt-console-app').getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/auth\/interaction\//);
    await page.locator('input[name="login"]').fill('admin@staff.test');
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.locator('button[type="submit"]').click();
    await page.getByText('do not match a development account').waitFor();

    await signInToConsole(page, stack.publicUrl, 'admin@staff.test', 'admin-dev-password');
    const app = page.locator('mt-console-app');
    // The code and state left the address bar; the token stayed in this tab's sessionStorage only.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate('localStorage.getItem("mt-console-session")')).toBeNull();
    const kept = await page.evaluate<string>('sessionStorage.getItem("mt-console-session")');
    expect(JSON.parse(kept)).toMatchObject({ staff: { id: 'admin@staff.test', role: 'platform-admin' } });
    await app.getByText('Platform administrator').waitFor();
    const tabs = app.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(
      ['Hospital', 'Tourism', 'Marketing'].map((name) => expect.stringContaining(name)),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('lets a platform admin pick whose work area to open, by keyboard among the tabs', async () => {
    const app = page.locator('mt-console-app');
    await app.getByRole('tab', { name: 'Hospital' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await app.getByRole('tab', { name: 'Tourism' }).getAttribute('aria-selected')).toBe('true');
    await app.getByLabel('Region').selectOption('DAEJEON');
    expect(await app.locator('mt-console-tourism').getAttribute('region')).toBe('DAEJEON');
    await page.keyboard.press('ArrowLeft');
    await app.getByRole('tab', { name: 'Hospital' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await app.getByRole('tab', { name: 'Marketing' }).getAttribute('aria-selected')).toBe('true');
  });

  it('signs out here and at the issuer: the next sign-in asks for the password again', async () => {
    const app = page.locator('mt-console-app');
    await app.getByRole('button', { name: 'Sign out' }).click();
    // oidc-provider asks to confirm ending its session, then comes back to the console.
    await page.waitForURL(/\/auth\/session\/end/);
    await page.locator('button[autofocus], button[type="submit"]').first().click();
    await page.waitForURL((url) => url.pathname === '/console/');
    await app.getByRole('heading', { name: 'Sign in to the staff console' }).waitFor();
    expect(await page.evaluate('sessionStorage.getItem("mt-console-session")')).toBeNull();
    await app.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/auth\/interaction\//);
    expect(await page.locator('input[name="password"]').count()).toBe(1);
  });

  it('offers to sign in again when the API no longer accepts the session', async () => {
    await signInToConsole(page, stack.publicUrl, 'admin@staff.test', 'admin-dev-password');
    await page.evaluate(`(() => {
      const session = JSON.parse(sessionStorage.getItem('mt-console-session'));
      sessionStorage.setItem('mt-console-session', JSON.stringify({ ...session, accessToken: 'expired.or.revoked' }));
    })()`);
    // The next request the console sends (the admin's list of clinics, on this reload) is refused.
    await page.reload();
    await inPage(
      page,
      `document.querySelector('mt-console-app').shadowRoot.textContent.includes('Your session has ended')`,
    );
    await page.locator('mt-console-app').getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
