/** Where the Playwright suite finds the built site: `E2E_PORT` (default 4329) on 127.0.0.1. */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4329);

/** The origin of the preview server the suite starts. */
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
