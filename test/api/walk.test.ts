/**
 * The documented walk (consent, break-glass, blocking, a minor's majority), step by step, exactly
 * as the /api/ page shows it: the same `WALK_STEPS` through msw/node, then the very curl script the
 * page renders, run with bash against `npm run dmp:serve`'s server.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDmpServer, type RunningDmpServer } from '../../src/server/dmp-server';
import { runStep, walkScript, WALK_STEPS, type WalkTokens } from '../../src/mocks/walk/index';
import { API, useMswDmp } from '../setup/msw';
import { expectDocumented } from './support';

describe('walk through msw/node', () => {
  useMswDmp();

  test('every step gives the documented status and decision, with documented shapes', async () => {
    const tokens: WalkTokens = new Map();
    for (const step of WALK_STEPS) {
      const run = await runStep(step, { base: API, tokens });
      expect({ step: step.id, status: run.status }).toEqual({
        step: step.id,
        status: step.expect.status,
      });
      if (step.expect.code !== undefined) expect(run.code, step.id).toBe(step.expect.code);
      expectDocumented(step.request.method, step.request.path, run.status, run.body);
    }
  }, 30_000);

  test('the history shows the break-glass access by name, with its motive', async () => {
    const tokens: WalkTokens = new Map();
    for (const step of WALK_STEPS.slice(
      0,
      WALK_STEPS.findIndex((s) => s.id === 'paul-historique') + 1,
    )) {
      const run = await runStep(step, { base: API, tokens });
      if (step.id === 'paul-historique') {
        const entries = (run.body as { entries: { text: string; motive?: string }[] }).entries;
        expect(entries[0]?.text).toMatch(
          /Antoine LAMBERT \(médecin\) a consulté votre dossier en mode bris de glace/,
        );
        expect(entries[0]?.motive).toBe('Patient inconscient admis aux urgences');
      }
    }
  });
});

const hasTools = ['curl', 'jq', 'bash'].every((tool) => spawnSync('which', [tool]).status === 0);

describe.skipIf(!hasTools)('walk as the documented curl script against the Node server', () => {
  let server: RunningDmpServer;
  beforeAll(async () => {
    server = await startDmpServer({ port: 0 });
  });
  afterAll(() => server.close());

  test('each curl command prints the documented status', async () => {
    // Asynchronous: the server runs in this process and must keep answering.
    const result = await promisify(execFile)('bash', ['-c', walkScript(WALK_STEPS, server.url)], {
      encoding: 'utf8',
      env: { ...process.env, DMP: server.url },
      timeout: 30_000,
    });
    expect(result.stderr).toBe('');
    const printed = [...result.stdout.matchAll(/^HTTP (\d{3})$/gm)].map((m) => Number(m[1]));
    const expected = WALK_STEPS.filter((s) => s.saveToken === undefined).map(
      (s) => s.expect.status,
    );
    expect(printed).toEqual(expected);
  }, 60_000);
});
