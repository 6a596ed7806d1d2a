/**
 * Every scenario of scenarios/, played along every branch through the HTTP port: `fetch` is
 * answered by the MSW handlers of the simulated API (`getResponse`, unhandled request = error), and
 * each branch must give the same results as over the core port (same steps, same verdicts, every
 * branch passing). Every world is loaded through `POST /training/reset`, sent as the scenario wrote
 * it (the one world format of `src/world`), and gives the API the very state of the core.
 */
import { spawnSync } from 'node:child_process';
import { getResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED } from '../src/dmp/index';
import { createHandlers } from '../src/mocks/handlers/index';
import { checkFile, listScenarioFiles } from '../src/scenario/check-file';
import { createProblemSink } from '../src/scenario/diagnostics/index';
import { buildWorld } from '../src/scenario/wire/index';
import {
  createCoreDmpPort,
  createEngine,
  createHttpDmpPort,
  playAllBranches,
  type DmpRequest,
  type RunReport,
} from '../src/scenario/index';

const API = 'http://dmp.test';

/** A fetch answered by the handlers over a fresh default store; records every call and reset. */
function mswFetch() {
  const store = createDmpStore(DEFAULT_SEED);
  const handlers = createHandlers(store);
  const calls: string[] = [];
  const resets: unknown[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    calls.push(`${request.method} ${new URL(request.url).pathname}`);
    if (new URL(request.url).pathname === '/training/reset')
      resets.push(await request.clone().json());
    const response = await getResponse(handlers, request);
    if (response === undefined)
      throw new Error(`Requête non gérée : ${request.method} ${request.url}`);
    return response;
  };
  return { fetch, calls, resets, store };
}

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
    const { fetch, calls, store } = mswFetch();
    const port = createHttpDmpPort({ fetch, baseUrl: API, world });
    const engine = createEngine(scenario, world, port);
    const overHttp = await playAllBranches(engine);
    expect(outline(overHttp)).toEqual(outline(report));
    expect(overHttp.passed).toBe(true);
    expect(overHttp.truncated).toBe(false);
    expect(calls).toContain('POST /training/reset');
    // After a reset, the API holds the scenario's world: the core's seed, entity for entity.
    await port.reset();
    const state = store.getState();
    expect(state.patients).toEqual(world.seed.patients);
    expect(state.professionals).toEqual(world.seed.professionals);
    expect(state.documents).toEqual(world.seed.documents);
    expect(state.clock.now).toBe(world.start);
    // The whole state, features and traces included, is the one the core port starts from.
    expect(state).toEqual(createDmpStore(world.seed).getState());
  });
});

test("the scenario's world is sent to /training/reset as the scenario wrote it", async () => {
  for (const file of scenarioFiles) {
    const { world, loaded } = await checkFile(file);
    expect(world, file).not.toBeNull();
    if (world === null || loaded.scenario === null) continue;
    const { fetch, resets } = mswFetch();
    await createHttpDmpPort({ fetch, baseUrl: API, world }).reset();
    const asWritten: unknown = JSON.parse(JSON.stringify(loaded.scenario.world));
    expect(resets, file).toEqual([{ world: asWritten }]);
  }
  const urgence = await checkFile('scenarios/consentement/bris-de-glace-urgence.yaml');
  expect(urgence.world?.spec.professionals).toContainEqual(
    expect.objectContaining({ id: 'pro-urgentiste', careTeams: ['chu-nantes-urgences'] }),
  );
});

test('ps.searchByTraits, only announced, is refused alike over both ports in the default world', async () => {
  const { fetch } = mswFetch();
  const http = createHttpDmpPort({ fetch, baseUrl: API });
  const core = createCoreDmpPort(createDmpStore(DEFAULT_SEED));
  await http.reset();
  const request: DmpRequest = {
    kind: 'ps.searchByTraits',
    professionalId: 'pro-hospital-physician',
    query: { familyName: 'MOREAU', givenName: 'Claire', birthDate: '1978-04-12', sex: 'F' },
  };
  const overHttp = await http.perform(request);
  expect(overHttp).toEqual(core.perform(request));
  expect(overHttp.verdict.code).toBe('DMP.FEATURE_NOT_AVAILABLE');
});

test('ps.searchByTraits gives the very verdicts of the core port (code, explanation, rules, FAQ)', async () => {
  const { fetch } = mswFetch();
  const world = buildWorld(
    { patients: ['pat-adult'], professionals: [], documents: [], features: { traitSearch: true } },
    createProblemSink(),
  );
  const http = createHttpDmpPort({ fetch, baseUrl: API, world });
  const core = createCoreDmpPort(createDmpStore(world.seed));
  await http.reset();
  const queries = [
    { familyName: 'MOREAU', givenName: 'Claire', birthDate: '1978-04-12', sex: 'F' },
    { familyName: 'Martin', givenName: 'Jean', birthDate: '1980-01-01', sex: 'M' },
    { familyName: 'Moreau', givenName: '', birthDate: '1978-04-12', sex: 'F' },
    { familyName: 'Inconnu', givenName: 'Personne', birthDate: '1990-01-01', sex: 'M' },
    { familyName: 'Mercier', givenName: 'Yanis', birthDate: '1999-03-22', sex: 'M' },
    { familyName: 'Moreau', givenName: 'Claire', birthDate: 'pas une date', sex: 'F' },
  ] as const;
  const codes = [];
  for (const query of queries) {
    const request: DmpRequest = {
      kind: 'ps.searchByTraits',
      professionalId: 'pro-hospital-physician',
      query,
    };
    const overHttp = await http.perform(request);
    expect(overHttp).toEqual(core.perform(request));
    codes.push(overHttp.verdict.code);
  }
  expect(codes).toEqual([
    'DMP.IDENTITY_FOUND',
    'DMP.IDENTITY_UNCERTAIN',
    'DMP.INCOMPLETE_TRAITS',
    'DMP.NO_MATCH',
    'DMP.IDENTITY_UNCERTAIN',
    'DMP.NO_MATCH',
  ]);
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

test('npm run scenarios -- run <file> --http plays over the API, inline worlds and search by traits included', () => {
  const cli = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/scenario/cli.ts', 'run', ...args, '--http'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  const played = cli('scenarios/droits-patients/bloquer-un-professionnel.yaml');
  expect(played.status).toBe(0);
  expect(played.stdout).toContain("joué à travers l'API simulée (HTTP)");
  expect(played.stdout).toMatch(/Résultat : (\d+)\/\1 chemin\(s\) réussi\(s\)\./);
  const traits = cli('scenarios/ins/recherche-par-traits.yaml');
  expect(traits.status).toBe(0);
  expect(traits.stdout).toContain("joué à travers l'API simulée (HTTP)");
  expect(traits.stdout).toMatch(/Résultat : (\d+)\/\1 chemin\(s\) réussi\(s\)\./);
  expect(`${traits.stdout}${traits.stderr}`).not.toMatch(/non pris|^\s+at |node:internal/m);
}, 60_000);

test("the world's start is loaded by /training/reset, and a patient outside the world is refused", async () => {
  const { world } = await checkFile('scenarios/depot/horloge-decalee.yaml');
  expect(world).not.toBeNull();
  if (world === null) return;
  const { fetch } = mswFetch();
  const start = '2026-01-15T08:30:00.000Z';
  const port = createHttpDmpPort({
    fetch,
    baseUrl: API,
    world: { ...world, start, spec: { ...world.spec, start } },
  });
  await port.reset();
  const state = (await (await fetch(new Request(`${API}/training/world`))).json()) as {
    now: string;
  };
  expect(Date.parse(state.now)).toBe(Date.parse(start));
  const answer = await port.perform({ kind: 'patient.viewDocuments', patientId: 'pat-absent' });
  expect(answer.verdict).toMatchObject({ allowed: false, code: 'DMP.UNKNOWN_PATIENT' });
});
