import { defineConfig } from '@playwright/test';
import { chromiumPath } from './test/e2e/support/chromium';
import { E2E_BASE_URL, E2E_PORT as PORT } from './test/e2e/support/server';

const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  // Every test is independent (its own page and world): the workers share them test by test.
  fullyParallel: true,
  // axe on the longest pages and the API walk take more than Playwright's default 30 s when two
  // workers share CI's two cores.
  timeout: 90_000,
  // Two workers on CI's 2 cores (each test has its own browser context and service worker).
  workers: process.env['CI'] ? 2 : 1,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // Serves the already built `dist/` (the test command builds first).
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `${E2E_BASE_URL}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
