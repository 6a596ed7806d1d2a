/**
 * A look is free (decision 052): an action that only reads the DMP, off the step's goal, shows its
 * answer on the role's screens but is no attempt. Played over the core on « Supprimer ou masquer un
 * document », whose first step asks the patient to delete a document she added.
 */
import { describe, expect, it } from 'vitest';
import { createDmpStore } from '../../../src/dmp/index';
import { isLook, type StepAction } from '../../../src/scenario/actions/index';
import { checkFile } from '../../../src/scenario/check-file';
import { createCoreDmpPort } from '../../../src/scenario/ports/index';
import type { Step } from '../../../src/scenario/format/index';
import type { PlayMode } from './modes';
import { createPlaySession, type PlaySession, type SessionView } from './session';

const FILE = 'scenarios/depot/supprimer-ou-masquer-un-document.yaml';
const { loaded, world } = await checkFile(FILE);
const scenario = loaded.scenario!;
const [first] = scenario.steps;
const goal = first?.kind === 'action' ? first.do : undefined;
const role = scenario.roles[0]!.id;
const look: StepAction = { action: 'patient.viewDocuments' };

async function sessionIn(mode: PlayMode) {
  const store = createDmpStore(world!.seed);
  const session = createPlaySession(scenario, world!, createCoreDmpPort(store), {
    mode,
    seed: 'graine',
  });
  await session.start();
  return { session, store };
}

const rightAnswer = (step: Step) =>
  step.kind === 'question' ? step.options.findIndex((o) => o.correct) : -1;

/** Play the reference path to the end. */
async function playToEnd(session: PlaySession): Promise<SessionView> {
  let view = session.view();
  while (view.step !== null) {
    const step: Step = view.step;
    view =
      step.kind === 'action' ? await session.act(step.do) : await session.choose(rightAnswer(step));
  }
  return view;
}

describe('a look is free', () => {
  it('the scenario fits the test: its first step asks for something else than a look', () => {
    expect(goal).toBeDefined();
    expect(isLook(goal!)).toBe(false);
    expect(isLook(look)).toBe(true);
  });

  it('in Évaluation, a look then the right action passes, at the first try, with a full score', async () => {
    const { session } = await sessionIn('evaluation');
    const looked = await session.act(look);
    expect(looked.log).toEqual([]);
    expect(looked.step?.id).toBe(first?.id);
    expect(looked.review).toBeNull();
    await session.act(goal!);
    const end = await playToEnd(session);
    const entries = end.log.filter((e) => e.stepId === first?.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ attempt: 1, auto: false, rewound: false });
    expect(entries[0]?.feedback.passed).toBe(true);
    expect(end.log.some((e) => e.auto)).toBe(false);
    expect(end.score.points).toBe(end.score.played);
    expect(end.score.played).toBeGreaterThan(0);
  });

  it('in Évaluation, an off-goal action that changes the DMP is still a miss, then auto-played', async () => {
    const { session } = await sessionIn('evaluation');
    const view = await session.act({ action: 'patient.blockAll', all: true });
    expect(view.log.map((e) => [e.stepId, e.auto])).toEqual([
      [first?.id, false],
      [first?.id, true],
    ]);
    expect(view.score).toEqual({ points: 0, played: 1 });
  });

  it('in Entraînement, an off-goal look is no miss, and its list stays on screen', async () => {
    const { session, store } = await sessionIn('entrainement');
    const before = store.getState();
    const view = await session.act(look);
    expect(view.log).toEqual([]);
    expect(view.score).toEqual({ points: 0, played: 0 });
    expect(view.step?.id).toBe(first?.id);
    expect(view.inputs).toEqual([{ type: 'act', step: first?.id, attempt: look }]);
    const panel = view.screens[role]?.panels['patient.viewDocuments'];
    expect(panel?.answer.verdict.allowed).toBe(true);
    const listed = panel?.answer.summaries ?? [];
    expect(listed.length).toBeGreaterThan(0);
    expect(view.screens[role]?.spaceDocuments).toEqual(listed);
    // No rewind: the DMP was not reset (a reset builds a new state).
    expect(store.getState()).toBe(before);
    // The step's document is among those offered once the list is shown.
    expect(listed.map((d) => d.id)).toContain(
      goal?.action === 'patient.deleteDocument' ? goal.document : '',
    );
  });

  it('a look is kept across a rebuild after a later action the session undoes', async () => {
    const { session } = await sessionIn('entrainement');
    const looked = await session.act(look);
    const listed = looked.screens[role]?.spaceDocuments;
    expect(listed?.length).toBeGreaterThan(0);
    const missed = await session.act({ action: 'patient.blockAll', all: true });
    const miss = missed.log.at(-1);
    expect(miss?.rewound).toBe(true);
    expect(miss?.feedback.passed).toBe(false);
    // The world was rebuilt from the kept inputs: the look's list is still on screen.
    expect(missed.screens[role]?.spaceDocuments).toEqual(listed);
    expect(missed.screens[role]?.panels['patient.viewDocuments']).toEqual(
      looked.screens[role]?.panels['patient.viewDocuments'],
    );
    expect(missed.screens[role]?.panels.blocking).toBeUndefined();
  });

  it('a resumed session replays the saved inputs, looks included, to the same screens', async () => {
    const { session } = await sessionIn('entrainement');
    await session.act(look);
    await session.act(goal!);
    await session.act(look); // the next step's goal: judged
    const played = await session.act({ action: 'patient.viewHistory' }); // free
    expect(played.log.map((e) => e.action?.action)).toEqual([goal?.action, look.action]);
    expect(played.screens[role]?.panels['patient.viewHistory']?.answer.verdict.allowed).toBe(true);
    const { session: resumed } = await sessionIn('entrainement');
    expect(await resumed.replay(played.inputs)).toBe(played.inputs.length);
    const again = resumed.view();
    expect(again.screens).toEqual(played.screens);
    expect(again.log).toEqual(played.log);
    expect(again.step?.id).toBe(played.step?.id);
    // After the deletion and the new look, the deleted document is no longer offered.
    const deleted = goal?.action === 'patient.deleteDocument' ? goal.document : '';
    expect(again.screens[role]?.spaceDocuments?.length).toBeGreaterThan(0);
    expect(again.screens[role]?.spaceDocuments?.map((d) => d.id)).not.toContain(deleted);
  });

  it('when the look is the step’s goal, it is judged as before', async () => {
    const { session } = await sessionIn('entrainement');
    await session.act(goal!);
    const view = await session.act(look);
    const entry = view.log.at(-1);
    expect(entry?.action).toEqual(look);
    expect(entry?.feedback.passed).toBe(true);
    expect(view.review?.entry).toEqual(entry);
  });
});
