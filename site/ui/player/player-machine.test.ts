import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { createDmpStore } from '../../../src/dmp/index';
import { checkFile } from '../../../src/scenario/check-file';
import { createCoreDmpPort } from '../../../src/scenario/core-port';
import { frenchReason, playerMachine } from './player-machine';
import { progressKey, type ProgressStorage } from './progress';
import { createPlaySession } from './session';

const FILE = 'scenarios/bris-de-glace/bris-de-glace-urgence.yaml';
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

function start(storage: ProgressStorage, failBoot = false) {
  const actor = createActor(playerMachine, {
    input: {
      scenarioId: scenario.id,
      revision: 'rev1',
      storage,
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
  waitFor(actor, (s) => (['playing', 'finished', 'failed'] as const).some((v) => s.matches(v)));

describe('player machine', () => {
  it('boots on the first step, saves each input, and resumes it after a « reload »', async () => {
    const { data, storage } = memoryStorage();
    const first = start(storage);
    await settled(first);
    expect(first.getSnapshot().context.view?.step?.id).toBe('connexion');
    first.send({ type: 'ACT', attempt: { action: 'ps.login', card: 'CPS' } });
    await settled(first);
    expect(first.getSnapshot().context.view?.step?.id).toBe('ouverture-normale');
    const saved = JSON.parse(data.get(progressKey(scenario.id)) ?? '{}') as { inputs?: unknown[] };
    expect(saved.inputs).toHaveLength(1);
    first.stop();

    const second = start(storage);
    await settled(second);
    const snap = second.getSnapshot();
    expect(snap.context.view?.step?.id).toBe('ouverture-normale');
    expect(snap.context.view?.log).toHaveLength(1);
    expect(snap.context.notice?.text).toMatch(/Reprise là où vous en étiez/);
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
      actor.send(
        'do' in step
          ? { type: 'ACT', attempt: step.do }
          : { type: 'CHOOSE', option: step.options.findIndex((o) => o.correct) },
      );
      await settled(actor);
    }
    expect(actor.getSnapshot().value).toBe('finished');
    expect(actor.getSnapshot().context.view?.score).toEqual({ points: 8, played: 8 });
    actor.send({ type: 'RESTART' });
    await settled(actor);
    expect(actor.getSnapshot().context.view?.step?.id).toBe('connexion');
    expect(actor.getSnapshot().context.view?.log).toEqual([]);
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
