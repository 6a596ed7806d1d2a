import { describe, expect, it } from 'vitest';
import { createDmpStore } from '../../../src/dmp/index';
import { checkFile } from '../../../src/scenario/check-file';
import { createCoreDmpPort } from '../../../src/scenario/ports/index';
import type { Step } from '../../../src/scenario/format/index';
import type { PlayMode } from './modes';
import { createPlaySession, scoreOf, stepsToEnd, type PlaySession } from './session';

const TRAINING = 'test/fixtures/scenarios/valid/training.yaml';

async function sessionFor(file: string, mode: PlayMode = 'entrainement', seed = 'graine') {
  const { loaded, world } = await checkFile(file);
  if (loaded.scenario === null || world === null) throw new Error(`invalid ${file}`);
  const store = createDmpStore(world.seed);
  const session = createPlaySession(loaded.scenario, world, createCoreDmpPort(store), {
    mode,
    seed,
  });
  return { session, store, scenario: loaded.scenario };
}

const rightAnswer = (step: Step) =>
  step.kind === 'question' ? step.options.findIndex((o) => o.correct) : -1;

/** Play the reference path up to the step `id` (excluded). */
async function playUntil(session: PlaySession, id: string) {
  let view = session.view();
  while (view.step !== null && view.step.id !== id) {
    const step: Step = view.step;
    view =
      step.kind === 'action' ? await session.act(step.do) : await session.choose(rightAnswer(step));
  }
  return view;
}

const documentsOf = (store: ReturnType<typeof createDmpStore>) => store.getState().documents.length;

describe('play session over the core, judged on goals', () => {
  it('plays the reference path to the end; an observation step is not scored', async () => {
    const { session } = await sessionFor(TRAINING);
    await session.start();
    const view = await playUntil(session, '__end__');
    expect(view.run.ending?.kind).toBe('end');
    // connexion, recueil, depot, question, attente: scored; constat is an observation.
    expect(view.score).toEqual({ points: 5, played: 5 });
    expect(view.log.find((e) => e.stepId === 'constat')?.scored).toBe(false);
  });

  it('an action before login sends nothing and tells the learner to log in first', async () => {
    const { session, store } = await sessionFor(TRAINING);
    await session.start();
    const before = store.getState();
    const view = await session.act({ action: 'ps.openDmp', mode: 'normal' });
    const entry = view.log.at(-1);
    expect(entry?.answer).toBeNull();
    expect(entry?.feedback.passed).toBe(false);
    expect(entry?.notSent).toMatch(/pas encore connecté.*« Connexion »/);
    expect(view.step?.id).toBe('connexion');
    expect(store.getState()).toEqual(before);
  });

  it('sends an action that misses a goal parameter, shows the answer, then rewinds the world', async () => {
    const { session, store } = await sessionFor(TRAINING);
    await session.start();
    await playUntil(session, 'depot');
    const before = documentsOf(store);
    let view = await session.act({
      action: 'ps.deposit',
      type: '11488-4',
      visibility: {
        maskedFromProfessionals: false,
        invisibleToPatient: false,
        invisibleToLegalRepresentatives: false,
      },
      clockSkewMinutes: 0,
      patientInformed: true,
    });
    const miss = view.log.at(-1);
    expect(miss?.answer?.verdict.allowed).toBe(true);
    expect(miss?.feedback.passed).toBe(false);
    expect(miss?.rewound).toBe(true);
    expect(view.review?.entry).toBe(miss);
    expect(view.step?.id).toBe('depot');
    expect(documentsOf(store)).toBe(before);
    view = await session.act({
      action: 'ps.deposit',
      type: '11488-4',
      visibility: {
        maskedFromProfessionals: true,
        invisibleToPatient: false,
        invisibleToLegalRepresentatives: false,
      },
      clockSkewMinutes: 0,
      patientInformed: true,
    });
    expect(view.log.at(-1)?.mismatches).toEqual([]);
    expect(view.step?.id).toBe('question');
    expect(documentsOf(store)).toBe(before + 1);
    expect(view.score).toEqual({ points: 2, played: 3 });
  });

  it('rewinds an accepted action of another kind, and keeps the learner on the step', async () => {
    const { session, store } = await sessionFor(TRAINING);
    await session.start();
    await playUntil(session, 'depot');
    const traces = store.history('pat-adult').length;
    const view = await session.act({ action: 'ps.openDmp', mode: 'normal' });
    expect(view.log.at(-1)?.answer?.verdict.allowed).toBe(true);
    expect(view.log.at(-1)?.rewound).toBe(true);
    expect(view.step?.id).toBe('depot');
    expect(store.history('pat-adult').length).toBe(traces);
  });

  it('takes the branch the scenario declares for a DMP answer', async () => {
    const { session } = await sessionFor(TRAINING);
    await session.start();
    await session.act({ action: 'ps.login', card: 'CPS' });
    const view = await session.act({ action: 'ps.openDmp', mode: 'normal' });
    const entry = view.log.at(-1);
    expect(entry?.answer?.verdict.code).toBe('DMP.CONSENT_REQUIRED');
    expect(entry?.rewound).toBe(false);
    expect(entry?.feedback.text).toBe('Le DMP réclame le consentement.');
    expect(view.step?.id).toBe('rappel');
  });

  it('a refused card stays on the step; the right card passes', async () => {
    const { session } = await sessionFor(TRAINING);
    await session.start();
    let view = await session.act({ action: 'ps.login', card: 'e-CPS' });
    expect(view.step?.id).toBe('connexion');
    expect(view.log.at(-1)?.feedback.passed).toBe(false);
    view = await session.act({ action: 'ps.login', card: 'CPS' });
    expect(view.step?.id).toBe('recueil');
  });

  it('judges a time step on the time elapsed: 7 days, then 7 more', async () => {
    const { session } = await sessionFor(TRAINING);
    const start = (await session.start()).now;
    await playUntil(session, 'attente');
    let view = await session.act({ action: 'clock.advance', days: 7 });
    expect(view.step?.id).toBe('attente');
    expect(view.log.at(-1)?.rewound).toBe(false);
    expect(view.log.at(-1)?.feedback.passed).toBe(false);
    view = await session.act({ action: 'clock.advance', days: 7 });
    expect(view.step?.id).toBe('constat');
    const days = (Date.parse(view.now ?? '') - Date.parse(start ?? '')) / 86_400_000;
    expect(days).toBe(14);
  });

  it('rewinds a clock move made at a step that is not about time', async () => {
    const { session } = await sessionFor(TRAINING);
    const start = (await session.start()).now;
    const view = await session.act({ action: 'clock.advance', days: 30 });
    expect(view.log.at(-1)?.rewound).toBe(true);
    expect(view.now).toBe(start);
  });

  it('Évaluation: one try; after a miss the simulator plays the step and moves on', async () => {
    const { session } = await sessionFor(TRAINING, 'evaluation');
    await session.start();
    const view = await session.act({ action: 'ps.login', card: 'e-CPS' });
    expect(view.step?.id).toBe('recueil');
    expect(view.log.map((e) => [e.stepId, e.auto, e.feedback.passed])).toEqual([
      ['connexion', false, false],
      ['connexion', true, true],
    ]);
    expect(view.score).toEqual({ points: 0, played: 1 });
    expect(view.review?.entry.auto).toBe(false);
  });

  it('shows the options in an order of its own, stable for a seed, and answers by file index', async () => {
    const { session, scenario } = await sessionFor(TRAINING, 'entrainement', 'abc');
    const question = scenario.steps.find((s) => s.id === 'question') as Step;
    const order = session.optionOrder(question);
    expect([...order].sort()).toEqual([0, 1, 2]);
    expect(order).not.toEqual([0, 1, 2]);
    expect(session.optionOrder(question)).toEqual(order);
    await session.start();
    await playUntil(session, 'question');
    const view = await session.choose(1);
    expect(view.log.at(-1)?.option).toBe('Vous et la patiente.');
    expect(view.log.at(-1)?.feedback.passed).toBe(true);
  });

  it('replays saved inputs, rewinds included, to the same place, log and DMP state', async () => {
    const a = await sessionFor(TRAINING);
    await a.session.start();
    await a.session.act({ action: 'ps.login', card: 'CPS' });
    await a.session.act({ action: 'ps.recordConsent', form: 'oral' } as never);
    await a.session.act({ action: 'ps.openDmp', mode: 'normal' });
    const before = a.session.view();
    const b = await sessionFor(TRAINING);
    expect(await b.session.replay(before.inputs, { mode: 'entrainement', seed: 'graine' })).toBe(3);
    const after = b.session.view();
    expect(after.step?.id).toBe(before.step?.id);
    expect(after.log.map((e) => [e.stepId, e.feedback.passed, e.rewound])).toEqual(
      before.log.map((e) => [e.stepId, e.feedback.passed, e.rewound]),
    );
    expect(b.store.history('pat-adult').length).toBe(a.store.history('pat-adult').length);
    expect(after.review).toBeNull();
  });

  it('refuses to replay inputs that no longer fit the scenario and starts over', async () => {
    const { session } = await sessionFor(TRAINING);
    expect(await session.replay([{ type: 'choose', step: 'connexion', option: 0 }])).toBeNull();
    expect(session.view().step?.id).toBe('connexion');
    expect(session.view().log).toEqual([]);
  });

  it('lists documents deposited during the session', async () => {
    const { session, scenario } = await sessionFor(TRAINING);
    await session.start();
    const view = await playUntil(session, 'depot');
    const before = view.documents.size;
    const deposit = scenario.steps.find((s) => s.id === 'depot');
    const after = await session.act((deposit as Extract<Step, { do: unknown }>).do);
    expect(after.documents.size).toBe(before + 1);
  });
});

describe("the role's screens in a play session", () => {
  it("list the documents as the DMP answered them, in its order, the deposit's included", async () => {
    const { session, scenario, store } = await sessionFor(TRAINING);
    await session.start();
    await playUntil(session, 'constat');
    const constat = scenario.steps.find((s) => s.id === 'constat') as Extract<
      Step,
      { do: unknown }
    >;
    const view = await session.act(constat.do);
    const entry = view.log.at(-1);
    const screen = view.screens[entry?.roleId ?? ''];
    expect(entry?.answer?.verdict.allowed).toBe(true);
    expect(screen?.listing).toEqual(entry?.answer?.summaries);
    expect(screen?.listing.map((d) => d.id)).toEqual(entry?.answer?.documents);
    expect(screen?.loggedIn).toBe(true);
    expect(screen?.access).toBe('normal');
    // The deposit of the session, as the DMP holds it.
    const deposited = view.log.find((e) => e.stepId === 'depot')?.answer?.documentId;
    const held = store.getState().documents.find((d) => d.id === deposited);
    expect(screen?.listing.find((d) => d.id === deposited)).toMatchObject({
      title: held?.title,
      serviceDate: held?.serviceDate,
    });
    expect(view.documents.get(deposited ?? '')).toEqual(
      screen?.listing.find((d) => d.id === deposited),
    );
  });
});

describe('score and progress', () => {
  it('counts each scored step once, by its first try, without the simulator’s moves', () => {
    const entry = (stepId: string, passed: boolean, more = {}) =>
      ({ stepId, feedback: { passed }, scored: true, auto: false, ...more }) as never;
    expect(
      scoreOf([
        entry('a', false),
        entry('a', true, { auto: true }),
        entry('b', true),
        entry('c', false, { scored: false }),
      ]),
    ).toEqual({ points: 1, played: 2 });
  });

  it('measures the way to an end along the right answers', async () => {
    const { scenario } = await sessionFor(TRAINING);
    expect(stepsToEnd(scenario, 0)).toBe(6);
    expect(
      stepsToEnd(
        scenario,
        scenario.steps.findIndex((s) => s.id === 'constat'),
      ),
    ).toBe(1);
  });
});

describe('time steps with an effect', () => {
  it('a notification expected from two weeks passing counts the whole step (7 then 7 days)', async () => {
    const file = 'scenarios/depot/document-cache-consultation-annonce.yaml';
    const { session, scenario } = await sessionFor(file);
    const step = scenario.steps.find(
      (s) => s.kind === 'action' && s.do.action === 'clock.advance' && s.expect.notified === true,
    ) as Extract<Step, { do: unknown }>;
    const days = step.do.action === 'clock.advance' ? (step.do.days ?? 0) : 0;
    await session.start();
    await playUntil(session, step.id);
    let view = await session.act({ action: 'clock.advance', days: Math.floor(days / 2) });
    expect(view.step?.id).toBe(step.id);
    view = await session.act({ action: 'clock.advance', days: days - Math.floor(days / 2) });
    expect(view.log.at(-1)?.mismatches).toEqual([]);
    expect(view.step?.id).not.toBe(step.id);
  });
});

describe('events of other actors in a play session', () => {
  const EVENTS = 'test/fixtures/scenarios/valid/events.yaml';

  it('knows the documents other actors deposit, and replays the events on reload', async () => {
    const { session, scenario } = await sessionFor(EVENTS, 'decouverte');
    const view = await session.start();
    const first = scenario.steps[0]!;
    const happened = view.run.happened.filter((h) => h.visit === view.run.visited.length - 1);
    expect(happened.map((h) => h.text)).toEqual(first.events!.map((e) => e.text));
    const deposited = happened[0]!.answer!.documentId!;
    expect(view.documents.get(deposited)).toBeDefined();
    // The learner plays on; a reload replays the inputs, and the events with them.
    const played = await session.act((first as Extract<Step, { do: unknown }>).do);
    const again = await sessionFor(EVENTS, 'decouverte');
    expect(await again.session.replay(played.inputs)).toBe(played.inputs.length);
    expect(again.session.view().run.happened.map((h) => h.text)).toEqual(
      played.run.happened.map((h) => h.text),
    );
    expect(again.session.view().documents.get(deposited)).toBeDefined();
  });
});
