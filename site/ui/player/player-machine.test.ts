import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { createDmpStore } from '../../../src/dmp/index';
import { checkFile } from '../../../src/scenario/check-file';
import { createCoreDmpPort } from '../../../src/scenario/ports/index';
import { frenchReason, playerMachine } from './player-machine';
import type { PlayMode } from './modes';
import { progressKey, type ProgressStorage } from './progress';
import { createPlaySession } from './session';

const FILE = 'test/fixtures/scenarios/valid/training.yaml';
const { loaded, world } = await checkFile(FILE);
const scenario = loaded.scenario!;

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: ProgressStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return { data, storage };
}

function start(storage: ProgressStorage, failBoot = false, mode?: PlayMode) {
  const actor = createActor(playerMachine, {
    input: {
      scenarioId: scenario.id,
      revision: 'rev1',
      storage,
      ...(mode === undefined ? {} : { mode }),
      createSession: () =>
        failBoot
          ? Promise.reject(new Error('service worker indisponible'))
          : Promise.resolve(
              createPlaySession(scenario, world!, createCoreDmpPort(createDmpStore(world!.seed))),
            ),
    },
  });
  actor.start();
  return actor;
}

const settled = (actor: ReturnType<typeof start>) =>
  waitFor(actor, (s) =>
    (['playing', 'reviewing', 'finished', 'failed'] as const).some((v) => s.matches(v)),
  );

/** Send an input, wait for the review, then continue (the learner presses « Continuer »). */
async function play(actor: ReturnType<typeof start>, event: Parameters<typeof actor.send>[0]) {
  actor.send(event);
  await settled(actor);
  expect(actor.getSnapshot().value).toBe('reviewing');
  actor.send({ type: 'CONTINUE' });
  await settled(actor);
}

describe('player machine', () => {
  it('boots on the first step, saves each input, and resumes it after a « reload »', async () => {
    const { data, storage } = memoryStorage();
    const first = start(storage, false, 'evaluation');
    await settled(first);
    expect(first.getSnapshot().context.view?.step?.id).toBe('connexion');
    expect(first.getSnapshot().context.view?.mode).toBe('evaluation');
    first.send({ type: 'ACT', attempt: { action: 'ps.login', card: 'CPS' } });
    await settled(first);
    // The answer stays on screen until the learner continues.
    expect(first.getSnapshot().value).toBe('reviewing');
    expect(first.getSnapshot().context.view?.review?.entry.stepId).toBe('connexion');
    first.send({ type: 'CONTINUE' });
    await settled(first);
    expect(first.getSnapshot().value).toBe('playing');
    expect(first.getSnapshot().context.view?.step?.id).toBe('recueil');
    const saved = JSON.parse(data.get(progressKey(scenario.id)) ?? '{}') as {
      inputs?: unknown[];
      mode?: string;
      seed?: string;
    };
    expect(saved.inputs).toHaveLength(1);
    expect(saved.mode).toBe('evaluation');
    first.stop();

    const second = start(storage);
    await settled(second);
    const snap = second.getSnapshot();
    expect(snap.context.view?.step?.id).toBe('recueil');
    expect(snap.context.view?.mode).toBe('evaluation');
    expect(snap.context.view?.seed).toBe(saved.seed);
    expect(snap.context.view?.log).toHaveLength(1);
    expect(snap.context.notice?.text).toMatch(/Reprise là où vous en étiez/);
    // The « Reprise » notice goes with the next action.
    await play(second, {
      type: 'ACT',
      attempt: { action: 'ps.recordConsent', form: 'oral' } as never,
    });
    expect(second.getSnapshot().context.notice).toBeNull();
  });

  it('recovers corrupted saved data with a message and starts over', async () => {
    const { data, storage } = memoryStorage({ [progressKey(scenario.id)]: '{not json' });
    const actor = start(storage);
    await settled(actor);
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('playing');
    expect(snap.context.view?.step?.id).toBe('connexion');
    expect(snap.context.notice).toEqual({
      tone: 'warning',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any
      text: expect.stringMatching(/illisible/),
    });
    expect(data.has(progressKey(scenario.id))).toBe(false);
  });

  it('plays to the end, then restarts from scratch and forgets the saved progress', async () => {
    const { data, storage } = memoryStorage();
    const actor = start(storage);
    await settled(actor);
    for (let i = 0; i < 20 && actor.getSnapshot().matches('playing'); i += 1) {
      const step = actor.getSnapshot().context.view?.step;
      if (!step) break;
      await play(
        actor,
        step.kind === 'action'
          ? { type: 'ACT', attempt: step.do }
          : { type: 'CHOOSE', option: step.options.findIndex((o) => o.correct) },
      );
    }
    expect(actor.getSnapshot().value).toBe('finished');
    expect(actor.getSnapshot().context.view?.score).toEqual({ points: 5, played: 5 });
    actor.send({ type: 'RESTART' });
    await settled(actor);
    expect(actor.getSnapshot().context.view?.step?.id).toBe('connexion');
    expect(actor.getSnapshot().context.view?.log).toEqual([]);
    expect(data.has(progressKey(scenario.id))).toBe(false);
  });

  it('changing the mode starts the scenario over in that mode and forgets the progress', async () => {
    const { data, storage } = memoryStorage();
    const actor = start(storage);
    await settled(actor);
    expect(actor.getSnapshot().context.view?.mode).toBe('entrainement');
    await play(actor, { type: 'ACT', attempt: { action: 'ps.login', card: 'CPS' } });
    actor.send({ type: 'SET_MODE', mode: 'decouverte' });
    await settled(actor);
    const view = actor.getSnapshot().context.view;
    expect(view?.mode).toBe('decouverte');
    expect(view?.step?.id).toBe('connexion');
    expect(view?.log).toEqual([]);
    expect(data.has(progressKey(scenario.id))).toBe(false);
  });

  it('reports a simulator that cannot start in French, and retries', async () => {
    const { storage } = memoryStorage();
    const actor = start(storage, true);
    await settled(actor);
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.error).toMatch(
      /n'a pas pu démarrer : service worker indisponible/,
    );
  });
});

describe('player machine: a free look (decision 052)', () => {
  it('goes back to playing the same step, with nothing to review, and saves the look', async () => {
    const file = await checkFile('scenarios/depot/supprimer-ou-masquer-un-document.yaml');
    const patientScenario = file.loaded.scenario!;
    const patientWorld = file.world!;
    const { data, storage } = memoryStorage();
    const actor = createActor(playerMachine, {
      input: {
        scenarioId: patientScenario.id,
        revision: 'rev1',
        storage,
        createSession: () =>
          Promise.resolve(
            createPlaySession(
              patientScenario,
              patientWorld,
              createCoreDmpPort(createDmpStore(patientWorld.seed)),
            ),
          ),
      },
    });
    actor.start();
    await settled(actor);
    const stepId = actor.getSnapshot().context.view?.step?.id;
    actor.send({ type: 'ACT', attempt: { action: 'patient.viewDocuments' } });
    await waitFor(actor, (s) => !s.matches('sending'));
    await settled(actor);
    expect(actor.getSnapshot().value).toBe('playing');
    expect(actor.getSnapshot().context.view?.step?.id).toBe(stepId);
    expect(actor.getSnapshot().context.view?.log).toEqual([]);
    const saved = JSON.parse(data.get(progressKey(patientScenario.id)) ?? '{}') as {
      inputs?: unknown[];
    };
    expect(saved.inputs).toHaveLength(1);
  });
});

describe('frenchReason', () => {
  it("keeps the simulator's own French messages", () => {
    expect(frenchReason(new Error('Réinitialisation du monde refusée par l’API (HTTP 400).'))).toBe(
      'Réinitialisation du monde refusée par l’API (HTTP 400).',
    );
  });
  it.each([
    new TypeError('Failed to fetch'),
    new DOMException('Failed to register a ServiceWorker', 'SecurityError'),
    'oops',
    new Error(''),
  ])('replaces a browser error with a French sentence (%s)', (error) => {
    const reason = frenchReason(error);
    expect(reason).toMatch(/^le navigateur n'a pas pu joindre le DMP simulé/);
    expect(reason).not.toMatch(/Failed|ServiceWorker|oops/);
  });
});
