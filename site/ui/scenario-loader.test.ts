/**
 * The scenario loader behind the content collection, with a fake Astro loader context: a build
 * fails on an invalid file, while the dev preview (a watcher is present) keeps the last valid
 * version of a file being edited, its player payload included, and prints the diagnostics instead
 * of failing (the scenario page then never renders a 500 with a stack trace).
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, expect, test, vi } from 'vitest';
import { listScenarioFiles } from '../../src/scenario/check-file';
import { playerPayload } from './player/payload';
import { revisionOf, scenarioLoader } from './scenario-loader';

const SOURCE = 'test/fixtures/scenarios/valid/minimal.yaml';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder holding one valid scenario, as scenarios/<thème>/<id>.yaml. */
function folder(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
  dirs.push(dir);
  const file = join(dir, 'consentement', 'minimal.yaml');
  cpSync(SOURCE, file, { recursive: true });
  return { dir, file };
}

function fakeContext(watch: boolean) {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const ctx = {
    store: {
      clear: () => entries.clear(),
      set: (e: { id: string; data: Record<string, unknown> }) => entries.set(e.id, e),
    },
    parseData: (e: { data: unknown }) => Promise.resolve(e.data),
    logger,
    watcher: watch ? watcher : undefined,
  } as unknown as LoaderContext;
  return { ctx, entries, watcher, logger };
}

const revision = (data: Record<string, unknown> | undefined) =>
  (data?.['player'] as { revision: string } | undefined)?.revision;

test('the revision is the one the player computes, for every scenario', async () => {
  for (const file of await listScenarioFiles())
    expect(revisionOf(readFileSync(file, 'utf8')), file).toBe((await playerPayload(file)).revision);
  // Every scenario is checked (simulation included): the time grows with their number.
}, 120_000);

test('a build fails on an invalid scenario, with its diagnostics', async () => {
  const { dir, file } = folder();
  writeFileSync(file, readFileSync(SOURCE, 'utf8').replace('card: CPS', 'card: CPX'));
  const { ctx } = fakeContext(false);
  await expect(scenarioLoader({ dir }).load(ctx)).rejects.toThrow(/error SCN007/);
});

test('in the dev preview, a file made invalid keeps its last valid version, payload included', async () => {
  const { dir, file } = folder();
  const { ctx, entries, watcher, logger } = fakeContext(true);
  await scenarioLoader({ dir }).load(ctx);
  const before = entries.get('minimal')?.data;
  expect(revision(before)).toBe(revisionOf(readFileSync(file, 'utf8')));
  expect((before?.['player'] as { scenario: { id: string } }).scenario.id).toBe('minimal');

  writeFileSync(
    file,
    readFileSync(SOURCE, 'utf8').replace('    do: { action: ps.openDmp }', '      do: {'),
  );
  watcher.emit('all', 'change', file);
  await vi.waitFor(() => expect(logger.error).toHaveBeenCalled());
  expect(String(logger.error.mock.calls[0]?.[0])).toMatch(
    /la dernière version valide reste affichée[\s\S]*SCN001/,
  );
  expect(revision(entries.get('minimal')?.data)).toBe(revision(before));
});

test('in the dev preview, a file already invalid at start is left out instead of failing', async () => {
  const { dir, file } = folder();
  writeFileSync(file, readFileSync(SOURCE, 'utf8').replace('card: CPS', 'card: CPX'));
  const { ctx, entries, logger } = fakeContext(true);
  await scenarioLoader({ dir }).load(ctx);
  expect(entries.size).toBe(0);
  expect(String(logger.error.mock.calls[0]?.[0])).toMatch(/laissés de côté[\s\S]*SCN007/);
});
