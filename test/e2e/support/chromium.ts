import { existsSync } from 'node:fs';

/** Candidate Chromium binaries, in order of preference. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Path of the Chromium binary Playwright drives: `CHROMIUM_PATH` when set, otherwise the first
 * system browser found. Returns undefined to let Playwright use its own downloaded browser.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}
