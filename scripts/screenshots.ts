import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium';
import { repoPath } from '../core/subgraph-sdl';
import { issueDevToken } from '../core/oidc';
import { startStack } from '../tests/support/stack';
import { testSettings } from '../tests/support/subgraph';
import { buildWidgets } from './build-widgets';

/** Renders the demo host pages in headless Chromium and saves them under docs/ for the README. */
const pages = [
  { file: 'city', lang: 'en' },
  { file: 'hospital', lang: 'ja' },
  { file: 'kculture', lang: 'zh' },
  { file: 'marketing', lang: 'en' },
];
// The marketing page shows results only to signed-in staff: Daejeon Tourism's marketing team here.
const staffToken = await issueDevToken(
  { kind: 'staff', id: 'screenshots', role: 'marketing', organisation: 'daejeon-tourism' },
  { settings: testSettings },
);

await buildWidgets();
const stack = await startStack({ kind: 'memory' });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  mkdirSync(repoPath('docs'), { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript({ content: `sessionStorage.setItem('mt-staff-token', ${JSON.stringify(staffToken)});` });
  for (const { file, lang } of pages) {
    await page.goto(`${stack.gateway.url}/demo/${file}.html`);
    await page.selectOption('#language', lang);
    await page.waitForFunction(() =>
      [
        ...document.querySelectorAll('mt-package-list, mt-availability, mt-campaign-banner, mt-campaign-dashboard'),
      ].every((element) => {
        const state = element.shadowRoot?.querySelector('[part~="root"]')?.getAttribute('data-state');
        return state === 'ready' || state === 'empty';
      }),
    );
    await page.waitForTimeout(500);
    await page.screenshot({ path: repoPath(`docs/${file}.png`), fullPage: true });
    console.log(`docs/${file}.png`);
  }
} finally {
  await browser.close();
  await stack.stop();
}
