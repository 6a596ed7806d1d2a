import { describe, expect, it } from 'vitest';
import { createDmpStore } from '../../../src/dmp/index';
import { checkFile } from '../../../src/scenario/check-file';
import { createCoreDmpPort } from '../../../src/scenario/core-port';
import type { ActionStep } from '../../../src/scenario/steps.schema';
import { createPlaySession, scoreOf, stepsToEnd } from './session';

async function sessionFor(file: string) {
  const { loaded, world } = await checkFile(file);
  if (loaded.scenario === null || world === null) throw new Error(`invalid ${file}`);
  return createPlaySession(loaded.scenario, world, createCoreDmpPort(createDmpStore(world.seed)));
}

const BREAK_GLASS = 'scenarios/bris-de-glace/bris-de-glace-urgence.yaml';

describe('play session over the core', () => {
  it('plays the scripted actions and right answers to the end with a full score', async () => {
    const session = await sessionFor(BREAK_GLASS);
    let view = await session.start();
    expect(view.progress).toEqual({ done: 0, total: 8 });
    while (view.step !== null) {
      const step = view.step;
      view =
        'do' in step
          ? await session.act(step.do)
          : await session.choose(step.options.findIndex((o) => o.correct));
    }
    expect(view.run.ending?.kind).toBe('end');
    expect(view.score).toEqual({ points: 8, played: 8 });
    expect(view.progress).toEqual({ done: 8, total: 8 });
    const history = view.screens['patiente']?.['patient.viewHistory']?.answer.lines ?? [];
    expect(history.join('\n')).toMatch(/bris de glace/i);
  });

  it('does not send an action of another screen to the DMP, and keeps the learner on the step', async () => {
    const session = await sessionFor(BREAK_GLASS);
    await session.start();
    const view = await session.act({ action: 'ps.openDmp', mode: 'normal' });
    expect(view.step?.id).toBe('connexion');
    const last = view.log.at(-1);
    expect(last?.offScript).toBe(true);
    expect(last?.answer).toBeNull();
    expect(last?.feedback.passed).toBe(false);
    expect(last?.feedback.text).toMatch(/Ouvrir le DMP du patient/);
    expect(view.screens).toEqual({});
  });

  it('keeps a refused attempt on the step, with the DMP decision as « Pourquoi ? », and scores the step as missed', async () => {
    const session = await sessionFor(BREAK_GLASS);
    await session.start();
    await session.act({ action: 'ps.login', card: 'CPS' });
    await session.act({ action: 'ps.openDmp', mode: 'normal' });
    let view = await session.choose(0);
    expect(view.step?.id).toBe('bris-sans-motif');
    view = await session.act((view.step as ActionStep).do);
    // Giving a motive at the "no motive" step: allowed, but the step expects a refusal.
    expect(view.step?.id).toBe('bris-avec-motif');
    view = await session.act({ action: 'ps.breakGlass', motive: '', patientUnableToConsent: true });
    const missed = view.log.at(-1);
    expect(missed?.feedback.passed).toBe(false);
    expect(missed?.feedback.why?.code).toBe('DMP.BREAK_GLASS_MOTIVE_REQUIRED');
    expect(missed?.mismatches.length).toBeGreaterThan(0);
    expect(view.step?.id).toBe('bris-avec-motif');
    view = await session.act({
      action: 'ps.breakGlass',
      motive: 'Patiente inconsciente',
      patientUnableToConsent: true,
    });
    expect(view.step?.id).toBe('synthese');
    expect(view.score).toEqual({ points: 4, played: 5 });
  });

  it('replays saved inputs to the same place, log and DMP state', async () => {
    const a = await sessionFor(BREAK_GLASS);
    await a.start();
    await a.act({ action: 'ps.login', card: 'CPS' });
    await a.act({ action: 'ps.openDmp', mode: 'normal' });
    await a.choose(1);
    const before = a.view();
    const b = await sessionFor(BREAK_GLASS);
    expect(await b.replay(before.inputs)).toBe(3);
    const after = b.view();
    expect(after.step?.id).toBe(before.step?.id);
    expect(after.log.map((e) => [e.stepId, e.feedback.passed])).toEqual(
      before.log.map((e) => [e.stepId, e.feedback.passed]),
    );
    expect(after.score).toEqual(before.score);
  });

  it('refuses to replay inputs that no longer fit the scenario and starts over', async () => {
    const session = await sessionFor(BREAK_GLASS);
    expect(await session.replay([{ type: 'choose', step: 'connexion', option: 0 }])).toBeNull();
    expect(session.view().step?.id).toBe('connexion');
    expect(session.view().log).toEqual([]);
  });

  it('lists documents deposited during the session', async () => {
    const session = await sessionFor('scenarios/depot/note-de-vaccination.yaml');
    let view = await session.start();
    while (view.step !== null && !('do' in view.step && view.step.do.action === 'ps.deposit')) {
      const step = view.step;
      view =
        'do' in step
          ? await session.act(step.do)
          : await session.choose(step.options.findIndex((o) => o.correct));
    }
    const before = view.documents.size;
    view = await session.act((view.step as ActionStep).do);
    expect(view.documents.size).toBe(before + 1);
  });
});

describe('score and progress', () => {
  it('counts each step once, by its first try', () => {
    const entry = (stepId: string, passed: boolean) => ({ stepId, feedback: { passed } }) as never;
    expect(scoreOf([entry('a', false), entry('a', true), entry('b', true)])).toEqual({
      points: 1,
      played: 2,
    });
  });

  it('measures the shortest way to an end', async () => {
    const { loaded } = await checkFile(BREAK_GLASS);
    const scenario = loaded.scenario!;
    expect(stepsToEnd(scenario, 0)).toBe(8);
    expect(
      stepsToEnd(
        scenario,
        scenario.steps.findIndex((s) => s.id === 'historique'),
      ),
    ).toBe(1);
  });
});
