/**
 * A look only reads the DMP (decision 052): every action whose file says `look: true` leaves the
 * core store exactly as it was — no document, setting or trace changes — on the default world and
 * on the world of every scenario, for every role of the scenario that may play it, over the core
 * and over the simulated API.
 */
import { getResponse, type RequestHandler } from 'msw';
import { describe, expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED } from '../../dmp/index';
import { createHandlers } from '../../mocks/handlers/index';
import { checkFile, listScenarioFiles } from '../check-file';
import { createHttpDmpPort } from '../ports/index';
import {
  ACTION_NAMES,
  ACTIONS,
  isLook,
  performOnCore,
  resolveRequest,
  type DmpRequest,
  type StepAction,
} from './index';

const API = 'http://dmp.test';
const fetchOf =
  (handlers: RequestHandler[]) =>
  async (request: Request): Promise<Response> => {
    const response = await getResponse(handlers, request);
    if (response === undefined) throw new Error(`Requête non gérée : ${request.url}`);
    return response;
  };

const LOOKS = ACTION_NAMES.filter((name) => isLook({ action: name }));
const files = await listScenarioFiles();
const loaded = await Promise.all(files.map((f) => checkFile(f)));

test('the looks are the reading actions of Mon espace santé, never a traced consultation', () => {
  expect(LOOKS.length).toBeGreaterThan(0);
  for (const name of LOOKS) expect(ACTIONS[name].actor, name).not.toBe('professional');
});

describe.each(LOOKS)('%s', (name) => {
  test('leaves every patient’s DMP of the default world unchanged', () => {
    if (ACTIONS[name].actor !== 'patient') return;
    const store = createDmpStore(DEFAULT_SEED);
    for (const patient of DEFAULT_SEED.patients) {
      const before = structuredClone(store.getState());
      const request = { kind: name, patientId: patient.id } as DmpRequest;
      const answer = performOnCore(store, request);
      expect(answer.verdict.code, patient.id).not.toBe('');
      expect(store.getState(), patient.id).toEqual(before);
    }
  });

  test('leaves the world of every scenario unchanged, for each role that plays it', async () => {
    let played = 0;
    for (const { loaded: file, world } of loaded) {
      const scenario = file.scenario;
      if (scenario === null || world === null) continue;
      for (const role of scenario.roles) {
        if (role.kind !== ACTIONS[name].actor) continue;
        const resolved = resolveRequest({ action: name } as StepAction, {
          world,
          role,
          roleId: role.id,
          session: undefined,
          aliases: {},
        });
        if ('problem' in resolved) throw new Error(`${scenario.id}: ${resolved.problem.message}`);
        const store = createDmpStore(world.seed);
        const before = structuredClone(store.getState());
        performOnCore(store, resolved.request);
        expect(store.getState(), `${scenario.id} / ${role.id}`).toEqual(before);
        // Over the simulated API too: the handlers' store is left as it was.
        const served = createDmpStore(world.seed);
        const handlers = createHandlers(served);
        const port = createHttpDmpPort({ world, baseUrl: API, fetch: fetchOf(handlers) });
        const answer = await port.perform(resolved.request);
        expect(answer.verdict.code, `${scenario.id} / ${role.id}`).not.toBe('');
        expect(served.getState(), `${scenario.id} / ${role.id} (API)`).toEqual(before);
        played += 1;
      }
    }
    expect(played).toBeGreaterThan(0);
  });
});
