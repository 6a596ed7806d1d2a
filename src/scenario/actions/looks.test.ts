/**
 * A look only reads the DMP (decision 052): every action whose file says `look: true` leaves the
 * core store exactly as it was — no document, setting or trace changes — on the default world and
 * on the world of every scenario, for every role of the scenario that may play it.
 */
import { describe, expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED } from '../../dmp/index';
import { checkFile, listScenarioFiles } from '../check-file';
import {
  ACTION_NAMES,
  ACTIONS,
  isLook,
  performOnCore,
  resolveRequest,
  type DmpRequest,
  type StepAction,
} from './index';

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

  test('leaves the world of every scenario unchanged, for each role that plays it', () => {
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
        played += 1;
      }
    }
    expect(played).toBeGreaterThan(0);
  });
});
