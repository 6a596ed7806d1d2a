import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { createDmpStore } from '../../dmp/index';
import { createCoreDmpPort, type DmpPort } from '../ports/index';
import { createEngine } from './engine';
import { playAllBranches } from './explore';
import { createCoreEngine } from './headless';
import { loadScenario } from '../check/index';
import { createProblemSink } from '../diagnostics/index';
import type { Scenario } from '../format/index';
import { buildWorld, type World } from '../wire/index';

function fixture(file: string): { scenario: Scenario; world: World } {
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (loaded.scenario === null) throw new Error(`${file} ne se charge pas`);
  return {
    scenario: loaded.scenario,
    world: buildWorld(loaded.scenario.world, createProblemSink()),
  };
}

const minimal = () => fixture('test/fixtures/scenarios/valid/minimal.yaml');
const branches = () => fixture('test/fixtures/scenarios/valid/branches.yaml');

test('start resets the DMP and enters the first step', async () => {
  const { scenario, world } = minimal();
  const engine = createCoreEngine(scenario, world);

  const state = await engine.start();

  expect(engine.step(state)?.id).toBe('connexion');
  expect(state.visited).toEqual(['connexion']);
  expect(state.ending).toBeNull();
});

test('the scripted action meets its expectation, gives the success feedback and moves on', async () => {
  const { scenario, world } = minimal();
  const engine = createCoreEngine(scenario, world);

  const outcome = await engine.act(await engine.start());

  expect(outcome.feedback).toMatchObject({
    stepId: 'connexion',
    passed: true,
    text: 'Connexion réussie.',
  });
  expect(outcome.feedback.faq[0]).toMatchObject({
    id: 'FAQ-CNX-04',
    path: '/faq/connexion/cps-existante-suffit/',
  });
  expect(engine.step(outcome.state)?.id).toBe('recueil');
});

test('another action than the expected one fails, keeps the step and shows the hints', async () => {
  const { scenario, world } = minimal();
  const engine = createCoreEngine(scenario, world);
  const logged = (await engine.act(await engine.start())).state;

  const outcome = await engine.act(logged, { action: 'ps.openDmp', mode: 'normal' });

  expect(outcome.feedback.passed).toBe(false);
  expect(outcome.feedback.text).toBe('Recueillez le consentement.');
  expect(outcome.mismatches[0]?.path).toEqual(['do', 'action']);
  expect(engine.step(outcome.state)?.id).toBe('recueil');
});

test('« Pourquoi ? » explains the refusal with the core decision, its rules and FAQ entries', async () => {
  const { scenario, world } = minimal();
  const engine = createCoreEngine(scenario, world);
  const logged = (await engine.act(await engine.start())).state;

  const { feedback } = await engine.act(logged, { action: 'ps.openDmp', mode: 'normal' });

  expect(feedback.why).toMatchObject({
    allowed: false,
    code: 'DMP.CONSENT_REQUIRED',
    title: 'Consentement requis',
  });
  expect(feedback.why?.rules.map((r) => r.id)).toContain('R32');
  expect(feedback.why?.faq.map((f) => f.id)).toContain('FAQ-CON-01');
});

test('a professional who has not logged in gets a scenario problem, not a DMP answer', async () => {
  const { scenario, world } = minimal();
  const engine = createCoreEngine(scenario, { ...world });
  const state = await engine.start();

  const outcome = await engine.act({ ...state, current: 1 });

  expect(outcome.problem?.code).toBe('SCN028');
  expect(outcome.answer).toBeNull();
});

test('an answer is scored and follows its goto; an end stops the run with its message', async () => {
  const { scenario, world } = branches();
  const engine = createCoreEngine(scenario, world);
  const atQuestion = (await engine.act(await engine.start())).state;

  const wrong = await engine.choose(atQuestion, 1);
  const stop = await engine.choose(wrong.state, 2);

  expect(wrong).toMatchObject({
    correct: false,
    feedback: { passed: false, hints: ['Relisez la question FAQ-CON-08.'] },
  });
  expect(engine.step(wrong.state)?.id).toBe('question');
  expect(stop.state.score).toEqual({ correct: 0, answered: 2 });
  expect(stop.state.ending).toEqual({ kind: 'end', text: 'Branche terminée sans dépôt.' });
  expect(engine.step(stop.state)).toBeNull();
});

test('a deposit named with `as` is cited by later steps, after a role switch and a clock move', async () => {
  const { scenario, world } = branches();
  const engine = createCoreEngine(scenario, world);
  let state = (await engine.act(await engine.start())).state;
  state = (await engine.choose(state, 0)).state;

  const deposit = await engine.act(state);
  const view = await engine.act(deposit.state);

  expect(deposit.state.aliases['resultat']?.id).toBe(deposit.answer?.documentId);
  expect(view.feedback.passed).toBe(true);
  expect(view.answer?.documents).not.toContain(deposit.answer?.documentId);
  expect(view.state.ending).toEqual({ kind: 'end', text: 'Terminé.' });
});

test('a break-glass access stays in force for the documents opened next', async () => {
  const { scenario, world } = fixture('scenarios/consentement/bris-de-glace-urgence.yaml');
  const engine = createCoreEngine(scenario, world);
  let state = await engine.start();
  state = (await engine.act(state)).state; // connexion
  const open = await engine.act(state); // accès en bris de glace, avec motif
  const question = engine.step(open.state);
  const right =
    question !== null && question.kind === 'question'
      ? question.options.findIndex((o) => o.correct)
      : -1;
  state = (await engine.choose(open.state, right)).state;

  const synthesis = await engine.act(state);

  expect(open.feedback.why?.notices.length).toBeGreaterThan(0);
  expect(synthesis.feedback.passed).toBe(true);
  expect(synthesis.feedback.why?.code).toBe('DMP.DOCUMENT_ALLOWED');
});

test('the engine works the same over a port that answers with promises', async () => {
  const { scenario, world } = branches();
  const core = createCoreDmpPort(createDmpStore(world.seed));
  const asyncPort: DmpPort = {
    reset: async () => core.reset(),
    perform: async (request) => core.perform(request),
    observe: async (patientId) => core.observe(patientId),
    now: async () => core.now(),
  };

  const report = await playAllBranches(createEngine(scenario, world, asyncPort));

  expect(report.passed).toBe(true);
  expect(report.paths.map((p) => p.ending.kind)).toEqual(['end', 'loop', 'end']);
});

test('every branch is replayed from a fresh DMP', async () => {
  const { scenario, world } = branches();

  const report = await playAllBranches(createCoreEngine(scenario, world));

  expect(report.paths.map((p) => p.choices.map((c) => c.option))).toEqual([[0], [1], [2]]);
  expect(report.paths[0]?.steps.map((s) => s.stepId)).toEqual([
    'connexion',
    'question',
    'depot',
    'vue',
  ]);
});

test('the number of paths is capped', async () => {
  const { scenario, world } = branches();

  const report = await playAllBranches(createCoreEngine(scenario, world), 2);

  expect(report.paths).toHaveLength(2);
  expect(report.truncated).toBe(true);
});

test('with routesOnly, answers leading to the same step are played once, other routes still are', async () => {
  const { scenario, world } = branches();
  // The third answer falls through to « depot » like the first: same route, same requests.
  const sameRoute: Scenario = {
    ...scenario,
    steps: scenario.steps.map((step) =>
      step.kind === 'question'
        ? { ...step, options: step.options.map(({ end: _end, ...option }) => option) }
        : step,
    ),
  };

  const all = await playAllBranches(createCoreEngine(sameRoute, world));
  const routes = await playAllBranches(createCoreEngine(sameRoute, world), undefined, {
    routesOnly: true,
  });

  expect(all.paths.map((p) => p.choices.map((c) => c.option))).toEqual([[0], [1], [2]]);
  expect(routes.paths.map((p) => p.choices.map((c) => c.option))).toEqual([[0], [1]]);
  expect(routes.paths.map((p) => p.ending.kind)).toEqual(['end', 'loop']);
});
