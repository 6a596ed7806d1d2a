import { defineConfig } from '@playwright/test';
import { chromiumPath } from './test/e2e/support/chromium';

const executablePath = chromiumPath();

/**
 * The trainer's preview (`npm run dev`), in Chromium: the specs start `astro dev` themselves, on
 * their own port (`E2E_DEV_PORT`, default 4339), so that they read its terminal output and put the
 * scenario files they write in place before it starts. Kept apart from the built site's suite.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.dev.ts',
  // `astro dev` compiles each page on its first visit: slow on a loaded 2-core machine.
  timeout: 240_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
