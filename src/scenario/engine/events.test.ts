/**
 * The format's world-changing steps: events played by another actor on entering a step, through
 * the same port as the learner's actions (over the core and over HTTP alike), and the patient's
 * own actions in Mon espace santé; the trainer's notes kept from the learners; tags.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createDmpStore, SEED_PATIENT_IDS } from '../../dmp/index';
import { createCoreDmpPort, type DmpPort } from '../ports/index';
import { createEngine, type RunState, type ScenarioEngine } from './engine';
import type { StepAction } from '../actions/index';
import { createInProcessHttpPort, loadScenario } from '../check/index';
import { createProblemSink } from '../diagnostics/index';
import { scenarioSchema, type Scenario } from '../format/index';
import { forLearners, formatScenarioSheet } from './sheet';
import { buildWorld, type World } from '../wire/index';

const FILE = 'test/fixtures/scenarios/valid/events.yaml';

function fixture(): { scenario: Scenario; world: World } {
  const loaded = loadScenario(readFileSync(FILE, 'utf8'), FILE);
  if (loaded.scenario === null) throw new Error(`${FILE} ne se charge pas`);
  return {
    scenario: loaded.scenario,
    world: buildWorld(loaded.scenario.world, createProblemSink()),
  };
}

const PORTS: Record<string, (world: World) => DmpPort> = {
  core: (world) => createCoreDmpPort(createDmpStore(world.seed)),
  http: (world) => createInProcessHttpPort(world),
};

/** Play the scripted path (right answers) to the end, returning every state entered. */
async function playScript(engine: ScenarioEngine): Promise<RunState[]> {
  const states = [await engine.start()];
  for (let state = states[0]!; state.current !== null; states.push(state)) {
    const step = engine.step(state)!;
    state =
      step.kind === 'action'
        ? (await engine.act(state)).state
        : (
            await engine.choose(
              state,
              step.options.findIndex((o) => o.correct),
            )
          ).state;
  }
  return states;
}

describe.each(Object.keys(PORTS))('events and patient actions over the %s port', (kind) => {
  test('an event is played on entering its step, without the learner, and recorded', async () => {
    const { scenario, world } = fixture();
    const engine = createEngine(scenario, world, PORTS[kind]!(world));
    const state = await engine.start();
    const first = scenario.steps[0]!;
    const event = first.events![0]!;
    expect(state.happened).toHaveLength(1);
    const [h] = state.happened;
    expect(h).toMatchObject({ stepId: first.id, by: event.by, text: event.text, visit: 0 });
    expect(h!.answer?.verdict.allowed).toBe(true);
    expect(h!.mismatches).toEqual([]);
    expect(h!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The document the actor deposited is known to the next steps by its alias.
    const alias = (event.do as Extract<StepAction, { action: 'ps.deposit' }>).as!;
    expect(state.aliases[alias]?.id).toBe(h!.answer?.documentId);
  });

  test('the scripted path passes, and the refused event after the opposition is recorded', async () => {
    const { scenario, world } = fixture();
    const states = await playScript(createEngine(scenario, world, PORTS[kind]!(world)));
    const last = states.at(-1)!;
    expect(last.ending?.kind).toBe('end');
    const refusedEvent = scenario.steps
      .flatMap((s) => s.events ?? [])
      .find((e) => e.expect?.result === 'refused')!;
    const h = last.happened.find((x) => x.text === refusedEvent.text)!;
    expect(h.answer?.verdict).toMatchObject({ allowed: false, code: refusedEvent.expect?.code });
    expect(h.mismatches).toEqual([]);
  });
});

test('the events are traced in the patient history under their actor, like learner actions', async () => {
  const { scenario, world } = fixture();
  const store = createDmpStore(world.seed);
  const engine = createEngine(scenario, world, createCoreDmpPort(store));
  await engine.start();
  const patient = scenario.roles.find((r) => r.kind === 'patient')!;
  const actor = scenario.roles.find((r) => r.id === scenario.steps[0]!.events![0]!.by)!;
  if (patient.kind !== 'patient' || actor.kind !== 'professional') throw new Error('roles');
  const deposits = store
    .getState()
    .history.filter((e) => e.patientId === patient.patient && e.action === 'document-deposit');
  expect(deposits).toHaveLength(1);
  expect(deposits[0]?.actor).toMatchObject({
    kind: 'professional',
    rpps: world.professionals.get(actor.professional)?.rpps,
  });
});

describe('patient actions of Mon espace santé, core and HTTP alike', () => {
  const patientId = SEED_PATIENT_IDS.mesNotActivated;
  const ask = async (port: DmpPort, request: Parameters<DmpPort['perform']>[0]) =>
    (await port.perform(request)).verdict;

  test.each(Object.keys(PORTS))(
    '%s: nothing before activation, then masking and opposing',
    async (kind) => {
      const { world } = fixture();
      const port = PORTS[kind]!(world);
      await port.reset();
      const documents = await port.perform({ kind: 'patient.viewDocuments', patientId });
      expect(documents.verdict).toMatchObject({ allowed: false, code: 'DMP.MES_NOT_ACTIVATED' });
      expect(
        await ask(port, {
          kind: 'patient.opposeDeposit',
          patientId,
          reason: 'motif',
          professionalId: null,
        }),
      ).toMatchObject({ allowed: false, code: 'DMP.MES_NOT_ACTIVATED' });
      expect(await ask(port, { kind: 'patient.activateSpace', patientId })).toMatchObject({
        allowed: true,
      });
      const listed = await port.perform({ kind: 'patient.viewDocuments', patientId });
      const documentId = listed.documents![0]!;
      expect(
        await ask(port, { kind: 'patient.maskDocument', patientId, documentId, masked: true }),
      ).toMatchObject({ allowed: true, code: 'DMP.DOCUMENT_CHANGE_ALLOWED' });
      expect(
        await ask(port, {
          kind: 'patient.maskDocument',
          patientId,
          documentId: 'doc-inconnu',
          masked: true,
        }),
      ).toMatchObject({ allowed: false, code: 'DMP.DOCUMENT_NOT_FOUND' });
      expect(
        await ask(port, {
          kind: 'patient.opposeDeposit',
          patientId,
          reason: ' ',
          professionalId: null,
        }),
      ).toMatchObject({ allowed: false, code: 'DMP.OPPOSITION_REASON_REQUIRED' });
      const opposed = await ask(port, {
        kind: 'patient.opposeDeposit',
        patientId,
        reason: 'motif légitime',
        professionalId: null,
      });
      expect(opposed.allowed).toBe(true);
      expect(opposed.rules).toContain('R41');
    },
  );
});

test('the learner never receives the debrief notes; the trainer sheet prints them', () => {
  const { scenario } = fixture();
  const notes = scenario.steps.flatMap((s) => (s.debrief === undefined ? [] : [s.debrief]));
  expect(notes.length).toBeGreaterThan(0);
  const sent = JSON.stringify(forLearners(scenario));
  for (const note of notes) expect(sent).not.toContain(note);
  const sheet = formatScenarioSheet(scenario).join('\n');
  for (const note of notes) expect(sheet).toContain(note);
  for (const event of scenario.steps.flatMap((s) => s.events ?? []))
    expect(sheet).toContain(event.text);
});

test('tags: short lower-case words joined by hyphens, each once', () => {
  const { scenario } = fixture();
  // The file's data again: a parsed step carries its `kind`, which a scenario file never writes.
  const steps = scenario.steps.map(({ kind: _kind, ...step }) => step);
  const tagged = (tags: unknown) => scenarioSchema.safeParse({ ...scenario, steps, tags }).success;
  expect(tagged(['soins-à-domicile', 'ehpad', 'r41'])).toBe(true);
  expect(tagged(['Urgence'])).toBe(false);
  expect(tagged(['soins à domicile'])).toBe(false);
  expect(tagged(['ehpad', 'ehpad'])).toBe(false);
  expect(tagged([])).toBe(false);
  expect(tagged(['x'.repeat(31)])).toBe(false);
});
