import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { issueStaffToken, serverGraphql } from './tests/support/browser-commands.ts';

/** Debian's Chromium; a test tool's own browser download is not available here. */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'api',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // PGlite instances are memory-hungry WASM; two files at a time match the machine's two cores.
          maxWorkers: 2,
          // The API suites run first, then the browser suites: the two never compete for the two cores.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'widgets',
          include: ['widgets/**/*.test.ts'],
          globalSetup: ['tests/support/widget-stack.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromium,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { serverGraphql, issueStaffToken },
          },
        },
      },
    ],
  },
});
