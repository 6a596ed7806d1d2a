/**
 * The trainer's preview (`npm run dev`, i.e. `astro dev`): a scenario file written in scenarios/
 * is on the site at once; while it is invalid its diagnostics are printed in the terminal as
 * `file:line:col error CODE …` and its page keeps the last valid version (never a 500 or a stack
 * trace); once fixed, the page follows. The scenario file is a copy of a published one, written
 * before the server starts and removed afterwards, whatever happens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { listScenarioFiles } from '../../src/scenario/check-file';
import { scenarioFrom } from './support/player';

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env['E2E_DEV_PORT'] ?? 4339);
const BASE = `http://127.0.0.1:${PORT}`;
const TAG = `apercu-${process.pid}`;

// A published scenario (the first one: any would do) under a new id, in its theme's folder.
const original = (await listScenarioFiles())[0] as string;
const source = scenarioFrom(original);
const previewId = `${source.id}-${TAG}`;
const previewFile = `scenarios/${source.theme}/${previewId}.yaml`;
const validText = readFileSync(original, 'utf8').replace(
  new RegExp(`^id: ${source.id}$`, 'm'),
  `id: ${previewId}`,
);

let server: ChildProcess | null = null;
let output = '';

function cleanUp(): void {
  rmSync(previewFile, { force: true });
  if (server?.pid !== undefined) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already stopped.
    }
  }
  server = null;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Another server on this port would answer instead of ours: say so rather than test it.
  const busy = await fetch(`${BASE}/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${PORT} already in use: set E2E_DEV_PORT to a free port.`);
  writeFileSync(previewFile, validText);
  process.once('exit', cleanUp);
  server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${BASE}/simulateur/`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 150_000, intervals: [1_000] },
    )
    .toBe(200);
});

test.afterAll(cleanUp);

/**
 * Navigates. Vite may reload the page after a change, aborting the navigation (an error) or taking
 * its place (no response): try again, a few times.
 */
async function gotoSettled(page: Page, url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await page.goto(url);
      if (response !== null || attempt >= 5) return response;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('ERR_ABORTED')) throw error;
    }
    await page.waitForTimeout(1_000);
  }
}

/** The scenario page answers, without an error page or a stack trace, and shows this title. */
async function expectPage(page: Page, id: string, title: string): Promise<void> {
  const response = await gotoSettled(page, `${BASE}/simulateur/${id}/`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\n\s+at \S+ \(|Internal server error|Error: /);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test('a broken scenario file: diagnostics in the terminal, the last valid version online', async ({
  page,
}) => {
  await expectPage(page, previewId, source.title);

  // The trainer renames `title` by mistake: line of the mistake, code and cause in the terminal.
  const lines = validText.split('\n');
  const at = lines.findIndex((l) => l.startsWith('title: '));
  const broken = lines.map((l, i) => (i === at ? l.replace(/^title:/, 'titre:') : l)).join('\n');
  const printed = output.length;
  writeFileSync(previewFile, broken);
  const diagnostic = new RegExp(
    `${previewFile.replace(/[.]/g, '\\.')}:${at + 1}:1 error SCN004 [^\\n]*« titre »`,
  );
  await expect.poll(() => output.slice(printed), { timeout: 60_000 }).toMatch(diagnostic);
  await expectPage(page, previewId, source.title);

  // Fixed, with a new title: the page follows.
  const fixedTitle = `${source.title} (corrigé)`;
  const fixedAt = output.length;
  writeFileSync(
    previewFile,
    lines.map((l, i) => (i === at ? `title: ${JSON.stringify(fixedTitle)}` : l)).join('\n'),
  );
  await expect
    .poll(() => output.slice(fixedAt), { timeout: 60_000 })
    .toMatch(/Scénarios rechargés/);
  await expect
    .poll(
      async () => {
        // Vite may reload the page while the scenarios are rebuilt: an aborted navigation is
        // one more try, not a failure.
        try {
          await page.goto(`${BASE}/simulateur/${previewId}/`);
          return await page.getByRole('heading', { level: 1 }).innerText({ timeout: 5_000 });
        } catch {
          return '';
        }
      },
      { timeout: 60_000 },
    )
    .toBe(fixedTitle);
});
