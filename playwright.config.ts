import { defineConfig } from '@playwright/test';
import { chromiumPath } from './test/e2e/support/chromium';

const executablePath = chromiumPath();
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  // axe on the longest pages and the API walk take more than Playwright's default 30 s when two
  // workers share CI's two cores.
  timeout: 90_000,
  // Two workers on CI's 2 cores (each test has its own browser context and service worker).
  workers: process.env['CI'] ? 2 : 1,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
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
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
