/**
 * Property-based tests of the machines (fast-check): thousands of random patients, professionals,
 * documents and settings (random ones, and seeded ones with random flags), random event sequences
 * sent to real actors, and the invariants of `model/*.model.ts` checked after every event.
 *
 * Events are drawn abstractly and made concrete at send time from the actor's snapshot (a document
 * of the open DMP, the INS of a patient of the directory), as the user interface would.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  createActor,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';
import {
  addDuration,
  anniversary,
  DEFAULT_SEED,
  DOCUMENT_TYPE_CODES,
  PRACTICE_SETTINGS,
  SIMULATION_START,
  type Card,
  type ConsentRecord,
  type DmpDocument,
  type Patient,
  type Professional,
  type VisibilityFlags,
} from '../src/dmp/index';
import { arbNow, arbProfessional, EPISODES, TEAMS } from '../test/mothers/arbitraries';
import { arbDocument, arbPatient } from '../test/mothers/patient.arbitraries';
import { blockingMachine } from './blocking.machine';
import type { BreakGlassEvent } from './break-glass.machine';
import type { ConsentEvent } from './consent.machine';
import type { MajorityEvent } from './majority.machine';
import type { ProSessionEvent } from './pro-session.machine';
import { breakGlassMachine } from './break-glass.machine';
import { consentMachine } from './consent.machine';
import { depositMachine } from './deposit.machine';
import { majorityMachine } from './majority.machine';
import { blockingInvariants } from './model/blocking.model';
import { breakGlassInvariants } from './model/break-glass.model';
import { consentInvariants } from './model/consent.model';
import { depositInvariants } from './model/deposit.model';
import { majorityInvariants } from './model/majority.model';
import { proSessionInvariants } from './model/pro-session.model';
import { proSessionMachine } from './pro-session.machine';

const RUNS = { numRuns: 1000 };

/** How many runs visited each state (so that a property cannot pass by never reaching it). */
const seen = new Map<string, number>();
const reachedIn = (state: string) => seen.get(state) ?? 0;
const EVENTS = { minLength: 1, maxLength: 20 };

// ——— Arbitraries: seeded data with random flags, and random data ———

const arbCard: fc.Arbitrary<Card> = fc.oneof(
  fc.constantFrom<Card>({ type: 'CPS' }, { type: 'e-CPS' }, { type: 'CPF' }),
  fc.boolean().map((nominative): Card => ({ type: 'CPE', nominative })),
);

/** A seeded patient whose settings and identity flags are shuffled. */
const arbSeedPatient: fc.Arbitrary<Patient> = fc
  .record({
    base: fc.constantFrom(...DEFAULT_SEED.patients),
    identityStatus: fc.constantFrom('QUAL', 'QUAL', 'QUAL', 'PROV', 'VALI'),
    dmpStatus: fc.constantFrom('active', 'active', 'active', 'closed'),
    emergency: fc.record({
      allowSamu: fc.boolean(),
      allowOtherProfessionals: fc.boolean(),
      allowMaskedDocumentsInEmergency: fc.boolean(),
    }),
    blockAll: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    blockSeeded: fc.subarray(
      DEFAULT_SEED.professionals.flatMap((p) => (p.rpps === null ? [] : [p.rpps])),
      { maxLength: 2 },
    ),
    mesActivated: fc.boolean(),
  })
  .map(({ base, blockAll, blockSeeded, ...flags }): Patient => ({
    ...base,
    ...flags,
    blocked: { all: blockAll, rpps: blockSeeded },
  }));

/** A seeded professional with a random card and practice setting. */
const arbSeedProfessional: fc.Arbitrary<Professional> = fc
  .record({
    base: fc.constantFrom(...DEFAULT_SEED.professionals),
    card: arbCard,
    setting: fc.constantFrom(...PRACTICE_SETTINGS),
    keep: fc.boolean(),
  })
  .map(({ base, card, setting, keep }) => (keep ? base : { ...base, card, setting }));

const arbAnyProfessional = fc.oneof(arbSeedProfessional, arbProfessional);
const arbAnyPatient = (proIds: readonly string[]) => fc.oneof(arbSeedPatient, arbPatient(proIds));

/** A professional and a patient who may have consented to them. */
/** A patient who, one time in five, blocked this very professional (else: random block list). */
const arbPatientOf = (professional: Professional) =>
  fc
    .tuple(arbAnyPatient([professional.id, 'pro-autre']), fc.integer({ min: 0, max: 4 }))
    .map(([patient, dice]): Patient =>
      dice === 0 && professional.rpps !== null
        ? {
            ...patient,
            blocked: { ...patient.blocked, rpps: [...patient.blocked.rpps, professional.rpps] },
          }
        : patient,
    );

/** A professional and a patient who may have consented to them, or blocked them. */
const arbPair = arbAnyProfessional.chain((professional) =>
  fc.record({ professional: fc.constant(professional), patient: arbPatientOf(professional) }),
);

const arbVisibility: fc.Arbitrary<VisibilityFlags> = fc.record({
  maskedFromProfessionals: fc.boolean(),
  invisibleToPatient: fc.boolean(),
  invisibleToLegalRepresentatives: fc.boolean(),
});

const arbConsentDraft = (teams: readonly string[]) =>
  fc.record({
    givenBy: fc.constantFrom<ConsentRecord['givenBy']>(
      'patient',
      'legal-representative',
      'protector',
    ),
    form: fc.constantFrom<ConsentRecord['form']>('oral', 'written', 'stay-contract-clause'),
    scope: fc.oneof(
      fc.constantFrom('', 'pro-autre').map((professionalId): ConsentRecord['scope'] => ({
        kind: 'professional',
        professionalId,
      })),
      fc.record({
        kind: fc.constant('care-team' as const),
        teamId: fc.constantFrom(...teams, ...TEAMS),
        informedOfTeamScope: fc.boolean(),
      }),
    ),
    traced: fc.boolean(),
    protectorInformed: fc.boolean(),
  });

/** Current documents (not deleted) of a patient, with distinct ids: what a screen can offer. */
const arbDocuments = (patientId: string, authors: readonly Professional[]) =>
  fc
    .array(arbDocument(patientId, authors), { minLength: 1, maxLength: 4 })
    .map((docs) =>
      docs.map((d, i): DmpDocument => ({ ...d, id: `${d.id}-${i}`, deletedAt: null })),
    );

// ——— Driver ———

/**
 * Runs an actor through events (each made concrete from the current snapshot) and returns every
 * invariant violation, prefixed by the step.
 */
function drive<M extends AnyStateMachine, A>(
  machine: M,
  input: InputFrom<M>,
  abstract: readonly A[],
  concrete: (a: A, s: SnapshotFrom<M>) => EventFromLogic<M>,
  invariants: (
    s: SnapshotFrom<M>,
    prev: SnapshotFrom<M> | undefined,
    e: EventFromLogic<M> | undefined,
  ) => readonly string[],
): string[] {
  const actor = createActor(machine, { input });
  actor.start();
  let previous = actor.getSnapshot();
  const visited = new Set([
    `${machine.id}:${JSON.stringify((previous as AnyMachineSnapshot).value)}`,
  ]);
  const found = invariants(previous, undefined, undefined).map((v) => `départ : ${v}`);
  abstract.forEach((a, i) => {
    // A final state ends the actor: the interface sends nothing more.
    if ((actor.getSnapshot() as AnyMachineSnapshot).status !== 'active') return;
    const event = concrete(a, previous);
    actor.send(event);
    const snapshot = actor.getSnapshot();
    visited.add(`${machine.id}:${JSON.stringify((snapshot as AnyMachineSnapshot).value)}`);
    found.push(
      ...invariants(snapshot, previous, event).map((v) => `étape ${i + 1} (${event.type}) : ${v}`),
    );
    previous = snapshot;
  });
  actor.stop();
  for (const state of visited) seen.set(state, reachedIn(state) + 1);
  return found;
}

const identity = <E>(e: E) => e;

/** States the invariants are about: each must be reached by a fair share of the random runs. */
const CONSTRAINED = [
  'consent:"granted"',
  'consent:"opposed"',
  'consent:"required"',
  'blocking:"blocked"',
  'blocking:"granted"',
  'breakGlass:"active"',
  'breakGlass:"closed"',
  'majority:"detached"',
  'deposit:"deposited"',
  'deposit:"rejected"',
  'proSession:{"session":"consulting"}',
  'proSession:{"session":"blocked"}',
  'proSession:"depositOnly"',
];

describe('invariants des machines sous des séquences aléatoires (fast-check)', () => {
  test('consentement : jamais accordé sans consentement valable ni malgré une opposition ; opposition toujours tracée', () => {
    const events = (teams: readonly string[]) =>
      fc.array(
        fc.oneof(
          fc.constant({ type: 'ps.checkConsent' } as const),
          arbConsentDraft(teams).map((consent) => ({ type: 'ps.recordConsent', consent }) as const),
          fc
            .constantFrom('oral', 'letter', 'email', 'mon-espace-sante')
            .map((channel) => ({ type: 'patient.oppose', reason: 'Refus', channel }) as const),
          fc.constant({ type: 'patient.liftOpposition' } as const),
          fc
            .constantFrom(...EPISODES, 'ep-autre')
            .map((episodeId) => ({ type: 'ps.startEpisode', episodeId }) as const),
          fc
            .integer({ min: -400, max: 4000 })
            .map((days) => ({ type: 'clock.advance', days }) as const),
        ),
        EVENTS,
      );
    fc.assert(
      fc.property(
        arbPair.chain((pair) =>
          fc.tuple(
            fc.constant(pair),
            fc.constantFrom(...EPISODES),
            // The generated consents are recorded at the simulation start: the clock starts then or
            // later, never before a consent it finds already recorded.
            fc.integer({ min: 0, max: 730 }).map((days) => addDuration(SIMULATION_START, { days })),
            events(pair.professional.careTeamIds),
          ),
        ),
        ([{ professional, patient }, episodeId, now, evs]) => {
          const violations = drive(
            consentMachine,
            { patient, professional, episodeId, now },
            evs,
            (e, s): ConsentEvent => {
              if (e.type === 'clock.advance')
                return { type: 'clock.advance', now: addDuration(s.context.now, { days: e.days }) };
              return e;
            },
            consentInvariants,
          );
          expect(violations).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  test('blocage : un professionnel bloqué ne consulte jamais, même avec un consentement', () => {
    const events = fc.array(
      fc.constantFrom(
        { type: 'patient.blockProfessional' },
        { type: 'patient.unblockProfessional' },
        { type: 'patient.blockAll' },
        { type: 'patient.unblockAll' },
        { type: 'patient.giveConsent' },
        { type: 'ps.requestAccess' },
        { type: 'ps.requestAccess' },
      ),
      EVENTS,
    );
    fc.assert(
      fc.property(
        arbPair,
        fc.constantFrom(...EPISODES),
        arbNow,
        events,
        ({ professional, patient }, episodeId, now, evs) => {
          expect(
            drive(
              blockingMachine,
              { patient, professional, episodeId, now },
              evs,
              identity,
              blockingInvariants,
            ),
          ).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  test("bris de glace : jamais sans motif, sans urgence vitale, contre le réglage du patient ou pour un bloqué ; mode affiché jusqu'à la fin", () => {
    const anyEvents = fc.array(
      fc.oneof(
        fc
          .record({
            allowSamu: fc.boolean(),
            allowOtherProfessionals: fc.boolean(),
            allowMaskedDocumentsInEmergency: fc.boolean(),
          })
          .map((settings) => ({ type: 'patient.updateEmergencySettings', settings }) as const),
        fc
          .record({
            motive: fc.constantFrom('', '  ', 'Urgence vitale'),
            patientUnableToConsent: fc.boolean(),
          })
          .map((r) => ({ type: 'ps.requestBreakGlass', ...r }) as const),
        fc.constant({ type: 'ps.requestRegulation' } as const),
        fc.nat(10).map((k) => ({ type: 'ps.openDocument', k }) as const),
        fc.constant({ type: 'session.end' } as const),
      ),
      EVENTS,
    );
    // Half of the runs open with a well-formed break-glass request, then go on at random.
    const urgent = {
      type: 'ps.requestBreakGlass',
      motive: 'Urgence vitale',
      patientUnableToConsent: true,
    } as const;
    const events = fc.oneof(
      anyEvents,
      anyEvents.map((tail) => [urgent, ...tail]),
    );
    fc.assert(
      fc.property(
        arbPair.chain((pair) =>
          fc.tuple(
            fc.constant(pair),
            arbDocuments(pair.patient.id, [pair.professional]),
            arbNow,
            events,
          ),
        ),
        ([{ professional, patient }, docs, now, evs]) => {
          const violations = drive(
            breakGlassMachine,
            { patient, professional, episodeId: 'ep-urgence', now },
            evs,
            (e): BreakGlassEvent =>
              e.type === 'ps.openDocument'
                ? { type: 'ps.openDocument', document: docs[e.k % docs.length]! }
                : e,
            breakGlassInvariants,
          );
          expect(violations).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  test('majorité : un représentant ne voit jamais un document qui lui est caché, ni plus rien après les 18 ans', () => {
    const events = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 8000 }).map((days) => ({ type: 'clock.advance', days }) as const),
        fc.nat(10).map((k) => ({ type: 'representative.openDocument', k }) as const),
        fc.nat(10).map((k) => ({ type: 'patient.openDocument', k }) as const),
        fc
          .tuple(fc.nat(2), fc.constantFrom('ep-secret', 'ep-autre'))
          .map(
            ([p, episodeId]) => ({ type: 'minor.requestSecretConnection', p, episodeId }) as const,
          ),
        fc
          .tuple(fc.nat(10), arbVisibility, fc.constantFrom('ep-secret', 'ep-autre'))
          .map(
            ([k, visibility, episodeId]) =>
              ({ type: 'ps.depositDocument', k, visibility, episodeId }) as const,
          ),
      ),
      EVENTS,
    );
    fc.assert(
      fc.property(
        arbAnyPatient(['pro-0']).chain((patient) =>
          fc.tuple(
            fc.constant(patient),
            fc.constantFrom(...patient.legalRepresentatives.map((r) => r.id), 'rep-inconnu'),
            arbDocuments(patient.id, DEFAULT_SEED.professionals.slice(0, 3)),
            events,
          ),
        ),
        ([patient, representativeId, documents, evs]) => {
          const violations = drive(
            majorityMachine,
            { patient, representativeId, documents },
            evs,
            (e, s): MajorityEvent => {
              const docs = s.context.documents;
              const pick = (k: number) => docs[k % docs.length]!;
              switch (e.type) {
                case 'clock.advance':
                  return {
                    type: 'clock.advance',
                    now: addDuration(s.context.now, { days: e.days }),
                  };
                case 'representative.openDocument':
                case 'patient.openDocument':
                  return { type: e.type, document: pick(e.k) };
                case 'minor.requestSecretConnection':
                  return {
                    type: e.type,
                    professionalId: DEFAULT_SEED.professionals[e.p]!.id,
                    episodeId: e.episodeId,
                  };
                case 'ps.depositDocument':
                  return {
                    type: e.type,
                    episodeId: e.episodeId,
                    document: {
                      ...pick(e.k),
                      id: `depot-${docs.length}`,
                      visibility: e.visibility,
                      depositedAt: s.context.now,
                    },
                  };
                default:
                  return e;
              }
            },
            majorityInvariants,
          );
          expect(violations).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  test('dépôt : jamais sans carte qui dépose, INS qualifiée, horloge à l’heure, information du patient, ni malgré une opposition', () => {
    const events = fc.array(
      fc.oneof(
        fc
          .constantFrom(...DOCUMENT_TYPE_CODES, 'allergies', 'convocation')
          .map((typeCode) => ({ type: 'ps.chooseType', typeCode }) as const),
        arbVisibility.map((visibility) => ({ type: 'ps.setVisibility', visibility }) as const),
        fc.constant({ type: 'ps.informPatient' } as const),
        fc.constant({ type: 'ps.syncClock' } as const),
        fc
          .integer({ min: -30, max: 30 })
          .map((min) => ({ type: 'workstation.drift', skewMs: min * 60_000 }) as const),
        fc
          .constantFrom('', 'Motif légitime')
          .map((reason) => ({ type: 'patient.opposeDeposit', reason }) as const),
        fc.constant({ type: 'ps.submit' } as const),
        fc.constant({ type: 'ps.submit' } as const),
        fc.constant({ type: 'ps.newDocument' } as const),
      ),
      EVENTS,
    );
    fc.assert(
      fc.property(
        arbPair,
        arbNow,
        fc.constantFrom(0, 60_000, -20 * 60_000),
        events,
        ({ professional, patient }, now, workstationSkewMs, evs) => {
          expect(
            drive(
              depositMachine,
              { professional, patient, now, workstationSkewMs },
              evs,
              identity,
              depositInvariants,
            ),
          ).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  test('session : pas de consultation sans consentement, bris de glace ni consentement d’équipe ; ni CPE, ni bloqué', () => {
    const anyEvent = fc.array(
      fc.oneof(
        { arbitrary: arbCard.map((card) => ({ type: 'ps.insertCard', card }) as const), weight: 2 },
        { arbitrary: fc.constant({ type: 'ps.removeCard' } as const), weight: 1 },
        { arbitrary: fc.nat(6).map((k) => ({ type: 'ps.searchByIns', k }) as const), weight: 3 },
        { arbitrary: fc.nat(6).map((k) => ({ type: 'ps.searchByTraits', k }) as const), weight: 2 },
        { arbitrary: fc.constant({ type: 'ps.openDmp' } as const), weight: 3 },
        { arbitrary: fc.constant({ type: 'ps.requestAccess' } as const), weight: 3 },
        {
          arbitrary: arbConsentDraft([]).map(
            (consent) => ({ type: 'ps.recordConsent', consent }) as const,
          ),
          weight: 2,
        },
        {
          arbitrary: fc
            .record({
              motive: fc.constantFrom('', 'Urgence vitale'),
              patientUnableToConsent: fc.boolean(),
            })
            .map((r) => ({ type: 'ps.requestBreakGlass', ...r }) as const),
          weight: 2,
        },
        { arbitrary: fc.constant({ type: 'ps.requestRegulation' } as const), weight: 1 },
        { arbitrary: fc.nat(10).map((k) => ({ type: 'ps.openDocument', k }) as const), weight: 3 },
        { arbitrary: fc.constant({ type: 'ps.closePatient' } as const), weight: 1 },
      ),
      { minLength: 1, maxLength: 25 },
    );
    // Random flows would rarely get past the card, the search and the opening: half of the runs
    // start with that prefix (random card, patient and access request), then go on at random.
    const opening = fc
      .tuple(
        arbCard,
        fc.nat(6),
        fc.constantFrom(
          { type: 'ps.requestAccess' } as const,
          {
            type: 'ps.requestBreakGlass',
            motive: 'Urgence vitale',
            patientUnableToConsent: true,
          } as const,
          { type: 'ps.requestRegulation' } as const,
        ),
      )
      .map(([card, k, request]) => [
        { type: 'ps.insertCard', card } as const,
        { type: 'ps.searchByIns', k } as const,
        { type: 'ps.openDmp' } as const,
        request,
      ]);
    const events = fc.oneof(
      anyEvent,
      fc.tuple(opening, anyEvent).map(([head, tail]) => [...head, ...tail]),
    );
    const arbSession = arbAnyProfessional.chain((professional) =>
      fc.tuple(
        fc.constant(professional),
        fc.array(arbPatientOf(professional), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...EPISODES),
        arbNow,
        events,
      ),
    );
    fc.assert(
      fc.property(
        arbSession,
        arbDocuments('x', []),
        ([professional, patients, episodeId, now, evs], docs) => {
          const violations = drive(
            proSessionMachine,
            { professional, patients, episodeId, now },
            evs,
            (e, s): ProSessionEvent => {
              const dir = s.context.directory;
              const at = (k: number) => dir[k % dir.length]!;
              switch (e.type) {
                case 'ps.searchByIns':
                  return { type: e.type, matricule: e.k === 6 ? 'INCONNU' : at(e.k).ins.matricule };
                case 'ps.searchByTraits': {
                  const p = at(e.k);
                  return {
                    type: e.type,
                    query: {
                      familyName: p.traits.birthName,
                      givenName: p.traits.givenNames[0] ?? '',
                      birthDate: p.traits.birthDate,
                      sex: p.traits.sex,
                    },
                  };
                }
                case 'ps.openDocument': {
                  // A document of the open DMP, as the screen lists it.
                  const doc = docs[e.k % docs.length]!;
                  return {
                    type: e.type,
                    document: {
                      ...doc,
                      patientId: s.context.patient?.id ?? 'aucun',
                      deletedAt: null,
                    },
                  };
                }
                default:
                  return e;
              }
            },
            proSessionInvariants,
          );
          expect(violations).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  test('les séquences aléatoires atteignent les états que les propriétés contraignent', () => {
    for (const state of CONSTRAINED)
      expect(reachedIn(state), state).toBeGreaterThan(RUNS.numRuns / 200);
  });

  test('le départ de la majorité est la naissance, quelle que soit la date du jeu d’essai', () => {
    fc.assert(
      fc.property(arbPatient(), (patient) => {
        const actor = createActor(majorityMachine, {
          input: { patient, representativeId: 'rep-0', documents: [] },
        }).start();
        expect(actor.getSnapshot().context.now).toBe(anniversary(patient.traits.birthDate, 0));
        expect(actor.getSnapshot().value).toBe('attached');
        expect(SIMULATION_START > actor.getSnapshot().context.now).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
