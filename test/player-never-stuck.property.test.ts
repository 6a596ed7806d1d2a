/**
 * « Never locked in » (PEDAGOGY.md rule 5), as a property: on every scenario, a learner makes random
 * inputs — actions of any screen with random values, wrong or right answers, clock moves, reloads
 * (replaying the saved inputs) — and then plays what each step's goal asks. Whatever came before,
 * the scenario must still reach its end, and no input may throw (the player would show an internal
 * error). Played over the core port in every mode; the HTTP port is the same session code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDmpStore, SEED_DOCUMENT_IDS } from '../src/dmp/index';
import type { StepAction } from '../src/scenario/actions/index';
import { checkFile, listScenarioFiles } from '../src/scenario/check-file';
import { createCoreDmpPort } from '../src/scenario/ports/index';
import type { Scenario, Step } from '../src/scenario/format/index';
import type { World } from '../src/scenario/wire/index';
import { MODE_IDS, type PlayMode } from '../site/ui/player/modes';
import { createPlaySession, type PlaySession } from '../site/ui/player/session';

const files = await listScenarioFiles();
const loaded = await Promise.all(files.map((f) => checkFile(f)));

/** Random actions a learner could make from any screen of the player. */
function anyAction(scenario: Scenario, world: World): fc.Arbitrary<StepAction> {
  const pros = [...world.professionals.keys()];
  const docs = [...world.documents.keys(), ...Object.values(SEED_DOCUMENT_IDS).slice(0, 3)];
  const flag = fc.boolean();
  const references = scenario.steps.flatMap((s) => (s.kind === 'action' ? [s.do] : []));
  return fc.oneof(
    // A quiz has no reference action: random actions only.
    ...(references.length > 0 ? [fc.constantFrom(...references)] : []),
    fc.record({
      action: fc.constant('ps.login' as const),
      card: fc.constantFrom('CPS', 'e-CPS', 'CPE', 'CPF'),
    }),
    fc.record({
      action: fc.constant('ps.openDmp' as const),
      mode: fc.constantFrom('normal', 'regulation-centre'),
    }),
    fc.record({
      action: fc.constant('ps.breakGlass' as const),
      motive: fc.constantFrom('', 'Urgence vitale'),
      patientUnableToConsent: flag,
    }),
    fc.record({
      action: fc.constant('ps.recordConsent' as const),
      givenBy: fc.constantFrom('patient', 'legal-representative', 'protector'),
      form: fc.constantFrom('oral', 'written', 'stay-contract-clause'),
      scope: fc.constantFrom('professional', 'care-team'),
      informedOfTeamScope: flag,
      traced: flag,
      protectorInformed: flag,
    }),
    fc.record({
      action: fc.constant('ps.openDocument' as const),
      document: fc.constantFrom(...docs),
    }),
    fc.record({
      action: fc.constant('ps.deposit' as const),
      type: fc.constantFrom('11488-4', '87273-9', '34133-9'),
      visibility: fc.record({
        maskedFromProfessionals: flag,
        invisibleToPatient: flag,
        invisibleToLegalRepresentatives: flag,
      }),
      clockSkewMinutes: fc.constantFrom(0, 90),
      patientInformed: flag,
    }),
    fc.record({
      action: fc.constant('patient.block' as const),
      professional: fc.constantFrom(...pros),
    }),
    fc.record({
      action: fc.constant('patient.unblock' as const),
      professional: fc.constantFrom(...pros),
    }),
    fc.record({ action: fc.constant('patient.blockAll' as const), all: flag }),
    fc.record({
      action: fc.constant('patient.setEmergencySettings' as const),
      allowSamu: flag,
      allowOtherProfessionals: flag,
      allowMaskedDocumentsInEmergency: flag,
    }),
    fc.constantFrom(
      { action: 'patient.viewHistory' as const },
      { action: 'patient.viewDocuments' as const },
      { action: 'representative.viewDocuments' as const },
    ),
    fc.record({
      action: fc.constant('clock.advance' as const),
      days: fc.integer({ min: 1, max: 40 }),
    }),
  );
}

type Move =
  | { readonly kind: 'act'; readonly action: StepAction }
  | { readonly kind: 'choose'; readonly pick: number }
  | { readonly kind: 'reload' };

const rightAnswer = (step: Step) =>
  step.kind === 'question'
    ? Math.max(
        0,
        step.options.findIndex((o) => o.correct),
      )
    : 0;

/** Play each step's goal until the end; false when the scenario cannot be finished. */
async function finish(session: PlaySession, limit: number): Promise<boolean> {
  for (let i = 0; i < limit; i += 1) {
    const step = session.view().step;
    if (step === null) return true;
    if (step.kind === 'action') await session.act(step.do);
    else await session.choose(rightAnswer(step));
  }
  return session.view().step === null;
}

async function playRandomly(
  scenario: Scenario,
  world: World,
  mode: PlayMode,
  moves: readonly Move[],
): Promise<void> {
  const port = () => createCoreDmpPort(createDmpStore(world.seed));
  let session = createPlaySession(scenario, world, port(), { mode, seed: 's' });
  await session.start();
  for (const move of moves) {
    const step = session.view().step;
    if (step === null) break;
    if (move.kind === 'reload') {
      const saved = session.view().inputs;
      session = createPlaySession(scenario, world, port(), { mode, seed: 's' });
      expect(await session.replay(saved, { mode, seed: 's' })).toBe(saved.length);
    } else if (step.kind === 'question')
      await session.choose(move.kind === 'choose' ? move.pick % step.options.length : 0);
    else if (move.kind === 'act') await session.act(move.action);
  }
  // Questions may loop back; the goals of the steps must still lead to an end.
  expect(await finish(session, scenario.steps.length * 3 + 5)).toBe(true);
}

describe('a learner can never be locked in', () => {
  for (const { loaded: l, world } of loaded) {
    const scenario = l.scenario;
    if (scenario === null || world === null) continue;
    it(`${scenario.id}: random inputs, reloads and modes, then the goals reach the end`, async () => {
      const move: fc.Arbitrary<Move> = fc.oneof(
        {
          weight: 6,
          arbitrary: anyAction(scenario, world).map((action) => ({ kind: 'act' as const, action })),
        },
        { weight: 2, arbitrary: fc.nat(3).map((pick) => ({ kind: 'choose' as const, pick })) },
        { weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...MODE_IDS),
          fc.array(move, { maxLength: 12 }),
          (mode, moves) => playRandomly(scenario, world, mode, moves),
        ),
        { numRuns: 12, seed: 20251001 },
      );
    }, 120_000);
  }
});
