import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../core/http';
import { startGatewayAlone } from './support/stack';

describe('the booking page the e-mails link to', () => {
  let gateway: RunningServer;
  // The page is a static file: no subgraph is asked for it.
  beforeAll(async () => {
    gateway = await startGatewayAlone();
  });
  afterAll(() => gateway?.close());

  it('answers /booking/ with the page, a strict CSP and no referrer', async () => {
    const response = await fetch(`${gateway.url}/booking/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; img-src 'self' data:; style-src 'self'",
    );
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const page = await response.text();
    expect(page).toContain('<mt-booking></mt-booking>');
    expect(page).toContain('<script type="module" src="/widgets/widgets.js"></script>');
    // The CSP allows no inline script, so the page has none.
    expect(page.match(/<script[^>]*>/g)?.every((tag) => / src="[^"]+"/.test(tag))).toBe(true);
  });

  it("serves the page's script with the same headers, and nothing outside its folder", async () => {
    const script = await fetch(`${gateway.url}/booking/booking-page.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await script.text()).toContain("window.addEventListener('hashchange', applyLanguage)");
    expect((await fetch(`${gateway.url}/booking/..%2f..%2fpackage.json`)).status).toBe(404);
    const bare = await fetch(`${gateway.url}/booking`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/booking/');
  });
});
