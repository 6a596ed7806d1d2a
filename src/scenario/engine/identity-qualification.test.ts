/**
 * `ps.qualifyIdentity`, the identity becoming qualified in the professional's software (HS17): as a
 * learner step and as an event, over the core and over HTTP alike; refusals change nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  createDmpStore,
  SEED_PATIENT_IDS,
  SEED_PROFESSIONAL_IDS,
  VISIBLE_TO_ALL,
} from '../../dmp/index';
import { createCoreDmpPort, type DmpPort } from '../ports/index';
import { createEngine, type RunState } from './engine';
import { createInProcessHttpPort, loadScenario } from '../check/index';
import { createProblemSink } from '../diagnostics/index';
import { buildWorld, type World } from '../wire/index';

const FILE = 'test/fixtures/scenarios/valid/identity-qualification.yaml';

function fixture() {
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

describe.each(Object.keys(PORTS))('ps.qualifyIdentity over the %s port', (kind) => {
  test('refused deposit, qualification as an event, then as a learner step: every step passes', async () => {
    const { scenario, world } = fixture();
    const engine = createEngine(scenario, world, PORTS[kind]!(world));
    let last: RunState = await engine.start();
    const reached: boolean[] = [];
    while (last.current !== null) {
      const outcome = await engine.act(last);
      reached.push(outcome.reached && outcome.feedback.passed);
      last = outcome.state;
    }
    expect(last.ending?.kind).toBe('end');
    expect(reached).toEqual([true, true, true, true, true]);
    const event = last.happened.find((h) => h.by === 'secretaire')!;
    expect(event.answer?.verdict).toMatchObject({
      allowed: true,
      code: 'DMP.IDENTITY_QUALIFIED',
      faq: ['FAQ-DEP-07', 'FAQ-INS-01'],
    });
    expect(event.answer?.verdict.explanation).toContain('PROV → QUAL');
    expect(event.mismatches).toEqual([]);
  });

  test('unknown patient: a French refusal, and the identity of the others does not change', async () => {
    const { world } = fixture();
    const port = PORTS[kind]!(world);
    await port.reset();
    const professionalId = SEED_PROFESSIONAL_IDS.gp;
    const unknown = await port.perform({
      kind: 'ps.qualifyIdentity',
      professionalId,
      patientId: 'pat-inconnu',
    });
    expect(unknown.verdict).toMatchObject({ allowed: false, code: 'DMP.UNKNOWN_PATIENT' });
    expect(unknown.verdict.explanation).toContain('inconnu');
    const deposit = await port.perform({
      kind: 'ps.deposit',
      professionalId,
      patientId: SEED_PATIENT_IDS.provisionalIdentity,
      draft: {
        typeCode: '11502-2',
        title: 'Bilan',
        serviceDate: '2025-10-01',
        visibility: VISIBLE_TO_ALL,
        summary: 'Fictif.',
      },
      workstationSkewMs: 0,
      episodeId: '',
      patientInformed: true,
    });
    expect(deposit.verdict.code).toBe('DMP.INS_NOT_QUALIFIED');
  });
});
