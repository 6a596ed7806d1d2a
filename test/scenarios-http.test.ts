/**
 * Every scenario of scenarios/, played along every branch through the HTTP port: `fetch` is
 * answered by the MSW handlers of the simulated API (`getResponse`, unhandled request = error), and
 * each branch must give the same results as over the core port (same steps, same verdicts, every
 * branch passing). Scenarios that the API cannot express (inline world entries, search by traits)
 * are refused upfront with a French « non pris en charge par l'API » message, never faked.
 */
import { spawnSync } from 'node:child_process';
import { getResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED } from '../src/dmp/index';
import { createHandlers } from '../src/mocks/handlers/index';
import { checkFile, listScenarioFiles } from '../src/scenario/check-file';
import {
  createEngine,
  createHttpDmpPort,
  httpUnsupportedScenario,
  playAllBranches,
  type RunReport,
} from '../src/scenario/index';

const API = 'http://dmp.test';

/** A fetch answered by the handlers over a fresh default store; records every call. */
function mswFetch() {
  const handlers = createHandlers(createDmpStore(DEFAULT_SEED));
  const calls: string[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    calls.push(`${request.method} ${new URL(request.url).pathname}`);
    const response = await getResponse(handlers, request);
    if (response === undefined)
      throw new Error(`Requête non gérée : ${request.method} ${request.url}`);
    return response;
  };
  return { fetch, calls };
}

/** Scenarios whose world or actions the API cannot express (see the report of the port). */
const UNSUPPORTED: Record<string, RegExp> = {
  'scenarios/bris-de-glace/bris-de-glace-urgence.yaml': /professionnel « pro-urgentiste »/,
  'scenarios/bris-de-glace/reglages-urgence-patient.yaml': /professionnel « pro-urgentiste »/,
  'scenarios/droits-acces/pharmacien-synthese-psychiatrique.yaml': /document « doc-synthese-psy »/,
  'scenarios/recherche/recherche-par-traits.yaml': /ps\.searchByTraits/,
};

const outline = (report: RunReport) =>
  report.paths.map((p) => ({
    choices: p.choices.map((c) => c.option),
    steps: p.steps.map((s) => `${s.stepId} : ${s.summary}${s.passed ? '' : ' ÉCHEC'}`),
    ending: p.ending.kind,
    passed: p.passed,
  }));

const scenarioFiles = await listScenarioFiles();

describe.each(scenarioFiles)('%s over HTTP', (file) => {
  test('gives the same results as over the core, every branch passing', async () => {
    const { loaded, world, report } = await checkFile(file);
    const scenario = loaded.scenario;
    expect(scenario).not.toBeNull();
    expect(world).not.toBeNull();
    expect(report?.passed).toBe(true);
    if (scenario === null || world === null || report === null) return;
    const { fetch, calls } = mswFetch();
    const port = createHttpDmpPort({ fetch, baseUrl: API, world });
    const engine = createEngine(scenario, world, port);
    const unsupported = UNSUPPORTED[file];
    if (unsupported !== undefined) {
      const reason = httpUnsupportedScenario(scenario, world);
      expect(reason).toMatch(/non pris(e)? en charge par l'API/);
      expect(reason).toMatch(unsupported);
      await expect(playAllBranches(engine)).rejects.toThrow(/non pris(e)? en charge par l'API/);
      return;
    }
    expect(httpUnsupportedScenario(scenario, world)).toBeNull();
    const overHttp = await playAllBranches(engine);
    expect(outline(overHttp)).toEqual(outline(report));
    expect(overHttp.passed).toBe(true);
    expect(overHttp.truncated).toBe(false);
    expect(calls).toContain('POST /training/reset');
  });
});

test('the HTTP port logs in with the card, maps refusals to the core code and reopens expired sessions', async () => {
  const { fetch, calls } = mswFetch();
  const port = createHttpDmpPort({ fetch, baseUrl: API });
  await port.reset();
  const wrongCard = await port.perform({
    kind: 'ps.login',
    professionalId: 'pro-gp',
    card: 'CPE',
  });
  expect(wrongCard.verdict).toMatchObject({
    allowed: false,
    code: 'DMP.UNKNOWN_PROFESSIONAL',
  });
  const login = await port.perform({
    kind: 'ps.login',
    professionalId: 'pro-gp',
    card: 'CPS',
  });
  expect(login.verdict).toMatchObject({
    allowed: true,
    code: 'PSC.SESSION_OPENED',
  });
  const open = {
    kind: 'ps.openDmp',
    professionalId: 'pro-gp',
    patientId: 'pat-adult',
    episodeId: 'ep-inconnu',
    access: { mode: 'normal' },
  } as const;
  expect((await port.perform(open)).verdict).toMatchObject({
    allowed: false,
    code: 'DMP.CONSENT_REQUIRED',
  });
  await port.perform({ kind: 'clock.advance', by: { days: 2 } });
  const before = calls.filter((c) => c === 'POST /auth/psc/token').length;
  expect((await port.perform(open)).verdict.code).toBe('DMP.CONSENT_REQUIRED');
  expect(calls.filter((c) => c === 'POST /auth/psc/token').length).toBe(before + 1);
});

test('npm run scenarios -- run <file> --http plays over the API and refuses what it cannot express', () => {
  const cli = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/scenario/cli.ts', 'run', ...args, '--http'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  const played = cli('scenarios/blocage/bloquer-un-professionnel.yaml');
  expect(played.status).toBe(0);
  expect(played.stdout).toContain("joué à travers l'API simulée (HTTP)");
  expect(played.stdout).toContain('Résultat : 2/2 chemin(s) réussi(s).');
  const refused = cli('scenarios/recherche/recherche-par-traits.yaml');
  expect(refused.status).toBe(1);
  expect(refused.stdout).toContain("non prise en charge par l'API");
  expect(`${refused.stdout}${refused.stderr}`).not.toMatch(/^\s+at |node:internal/m);
}, 60_000);

test("the world's start is set through /training/clock, and a patient outside the world is refused", async () => {
  const { world } = await checkFile('scenarios/depot/horloge-decalee.yaml');
  expect(world).not.toBeNull();
  if (world === null) return;
  const { fetch } = mswFetch();
  const start = '2026-01-15T08:30:00.000Z';
  const port = createHttpDmpPort({ fetch, baseUrl: API, world: { ...world, start } });
  await port.reset();
  const state = await (await fetch(new Request(`${API}/training/world`))).json();
  expect(Date.parse(state.now)).toBe(Date.parse(start));
  const answer = await port.perform({ kind: 'patient.viewDocuments', patientId: 'pat-absent' });
  expect(answer.verdict).toMatchObject({ allowed: false, code: 'DMP.UNKNOWN_PATIENT' });
});
