/**
 * Professional session: cards (FAQ-CNX-04/05), search (FAQ-INS-01/02), access decision
 * (FAQ-ACC-01…08, FAQ-CON-01…07, FAQ-PAT-03) and consultation.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  cardConsultationRefusal,
  DEFAULT_SEED,
  hasConsultingCard,
  hasDepositingCard,
  SEED_EPISODES as EP,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
  SIMULATION_START,
  type Card,
  type FeatureSettings,
  type Patient,
  type Professional,
  type TraitQuery,
} from '../src/dmp/index';
import { ConsentMother } from '../test/mothers/consent.mother';
import { DocumentMother } from '../test/mothers/document.mother';
import { PatientMother } from '../test/mothers/patient.mother';
import { ProfessionalMother } from '../test/mothers/professional.mother';
import { seedPatient, seedProfessional } from './model/seed';
import { proSessionMachine } from './pro-session.machine';

const CPS: Card = { type: 'CPS' };

function start(
  professional: Professional,
  patients: readonly Patient[] = DEFAULT_SEED.patients,
  episodeId = 'ep-test',
  features: FeatureSettings = {},
) {
  return createActor(proSessionMachine, {
    input: { professional, patients, episodeId, now: SIMULATION_START, features },
  }).start();
}

/** A session where the announced traits search is switched on (as a scenario may do). */
const withTraitSearch = (professional: Professional) =>
  start(professional, DEFAULT_SEED.patients, 'ep-test', { traitSearch: true });

/** Inserts the card, finds the patient by INS and opens the DMP. */
function open(actor: ReturnType<typeof start>, patient: Patient, card: Card = CPS) {
  actor.send({ type: 'ps.insertCard', card });
  actor.send({ type: 'ps.searchByIns', matricule: patient.ins.matricule });
  actor.send({ type: 'ps.openDmp' });
}

const traits = (p: Patient): TraitQuery => ({
  familyName: p.traits.birthName,
  givenName: p.traits.givenNames[0] ?? '',
  birthDate: p.traits.birthDate,
  sex: p.traits.sex,
});

describe('Carte (FAQ-CNX-04, FAQ-CNX-05, FAQ-ACC-02)', () => {
  test.each<[string, Card]>([
    ['CPS déjà détenue (R1)', { type: 'CPS' }],
    ['e-CPS', { type: 'e-CPS' }],
    ['CPF', { type: 'CPF' }],
  ])('%s : la session de consultation s’ouvre', (_, card) => {
    const actor = start(ProfessionalMother.gp());

    actor.send({ type: 'ps.insertCard', card });

    expect(actor.getSnapshot().value).toEqual({ session: 'search' });
  });

  test('CPE nominative : dépôt seulement, jamais de consultation (R4, R9)', () => {
    const actor = start(seedProfessional(PRO.secretaryNominativeCpe));

    actor.send({ type: 'ps.insertCard', card: { type: 'CPE', nominative: true } });

    expect(actor.getSnapshot().value).toBe('depositOnly');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CARD_CANNOT_CONSULT');
  });

  test('CPE non nominative : ni consultation ni dépôt (R5)', () => {
    const actor = start(seedProfessional(PRO.staffAnonymousCpe));

    actor.send({ type: 'ps.insertCard', card: { type: 'CPE', nominative: false } });

    expect(actor.getSnapshot().value).toBe('rejected');
  });

  test("interne : accès une fois inscrit à l'Ordre, refusé sinon (R21)", () => {
    const registered = start(seedProfessional(PRO.internRegistered));
    const unregistered = start(seedProfessional(PRO.internUnregistered));

    registered.send({ type: 'ps.insertCard', card: { type: 'CPF' } });
    unregistered.send({ type: 'ps.insertCard', card: { type: 'CPF' } });

    expect(registered.getSnapshot().matches('session')).toBe(true);
    expect(unregistered.getSnapshot().value).toBe('rejected');
    expect(unregistered.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.TRAINEE_NOT_AUTHORISED',
    );
  });

  test('chaque carte, pour chaque professionnel du jeu de données : la décision et l’état du cœur', () => {
    const cards: Card[] = [
      { type: 'CPS' },
      { type: 'e-CPS' },
      { type: 'CPF' },
      { type: 'CPE', nominative: true },
      { type: 'CPE', nominative: false },
    ];
    const states = new Set<string>();
    for (const pro of DEFAULT_SEED.professionals)
      for (const card of cards) {
        const actor = start(pro);

        actor.send({ type: 'ps.insertCard', card });

        const refusal = cardConsultationRefusal(pro, card);
        const { value, context } = actor.getSnapshot();
        expect(context.lastDecision, `${pro.id} ${card.type}`).toEqual(refusal);
        const expected =
          refusal === null
            ? { session: 'search' }
            : hasDepositingCard(card) && !hasConsultingCard(card)
              ? 'depositOnly'
              : 'rejected';
        expect(value, `${pro.id} ${card.type}`).toEqual(expected);
        states.add(JSON.stringify(value));
      }
    expect(states.size).toBe(3);
  });

  test('retirer la carte ferme la session', () => {
    const actor = start(ProfessionalMother.gp());
    open(actor, seedPatient(PAT.adult));

    actor.send({ type: 'ps.removeCard' });

    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context.patient).toBeNull();
  });
});

describe('Recherche du patient (FAQ-INS-01, FAQ-INS-02)', () => {
  test('par matricule INS : le DMP est trouvé', () => {
    const actor = start(seedProfessional(PRO.gp));
    actor.send({ type: 'ps.insertCard', card: CPS });

    actor.send({ type: 'ps.searchByIns', matricule: seedPatient(PAT.adult).ins.matricule });

    expect(actor.getSnapshot().value).toEqual({ session: 'selected' });
    expect(actor.getSnapshot().context.patient?.id).toBe(PAT.adult);
  });

  test('un matricule invalide ne trouve rien', () => {
    const actor = start(seedProfessional(PRO.gp));
    actor.send({ type: 'ps.insertCard', card: CPS });

    actor.send({ type: 'ps.searchByIns', matricule: '278044410990100' });

    expect(actor.getSnapshot().value).toEqual({ session: 'search' });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.INS_INVALID');
  });

  test("par traits : fonction seulement annoncée, refusée tant qu'elle n'est pas activée", () => {
    const actor = start(seedProfessional(PRO.gp));
    actor.send({ type: 'ps.insertCard', card: CPS });

    actor.send({ type: 'ps.searchByTraits', query: traits(seedPatient(PAT.adult)) });

    expect(actor.getSnapshot().value).toEqual({ session: 'search' });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.FEATURE_NOT_AVAILABLE');
    expect(actor.getSnapshot().context.lastDecision?.explanation).toMatch(/septembre 2025/);
  });

  test('par traits : une seule identité qualifiée → DMP affiché (R6)', () => {
    const actor = withTraitSearch(seedProfessional(PRO.gp));
    actor.send({ type: 'ps.insertCard', card: CPS });

    actor.send({ type: 'ps.searchByTraits', query: traits(seedPatient(PAT.adult)) });

    expect(actor.getSnapshot().context.patient?.id).toBe(PAT.adult);
  });

  test('par traits : deux homonymes, ou une identité non qualifiée → aucun DMP (R6)', () => {
    const actor = withTraitSearch(seedProfessional(PRO.gp));
    actor.send({ type: 'ps.insertCard', card: CPS });

    actor.send({ type: 'ps.searchByTraits', query: traits(seedPatient(PAT.homonymA)) });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.IDENTITY_UNCERTAIN');
    actor.send({ type: 'ps.searchByTraits', query: traits(seedPatient(PAT.provisionalIdentity)) });

    expect(actor.getSnapshot().value).toEqual({ session: 'search' });
    expect(actor.getSnapshot().context.patient).toBeNull();
  });

  test("trouvé par INS mais identité provisoire : le DMP ne s'ouvre pas (R14)", () => {
    const actor = start(seedProfessional(PRO.gp));

    open(actor, seedPatient(PAT.provisionalIdentity));

    expect(actor.getSnapshot().value).toEqual({ session: 'refused' });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.INS_NOT_QUALIFIED');
  });
});

describe("Droits d'accès par profession (FAQ-ACC-01…08)", () => {
  test("l'ostéopathe n'a aucun accès (R22)", () => {
    const actor = start(seedProfessional(PRO.osteopath));

    open(actor, seedPatient(PAT.adult));

    expect(actor.getSnapshot().value).toEqual({ session: 'refused' });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.PROFESSION_NOT_AUTHORISED');
  });

  test('ergothérapeute : refusé en libéral, admis en structure (R23, R25)', () => {
    const liberal = start(seedProfessional(PRO.occupationalTherapistLiberal));
    const structure = start(seedProfessional(PRO.occupationalTherapistStructure));

    open(liberal, seedPatient(PAT.adult));
    open(structure, seedPatient(PAT.adult));

    expect(liberal.getSnapshot().value).toEqual({ session: 'refused' });
    expect(structure.getSnapshot().value).toEqual({ session: { access: 'choice' } });
  });

  test('pharmacien en santé mentale : ordonnance ouverte, synthèse psychiatrique jamais (R28, R29)', () => {
    const pharmacist = seedProfessional(PRO.pharmacistMentalHealth);
    const patient = PatientMother.adult({ consents: [ConsentMother.for(pharmacist, 'ep-test')] });
    const author = ProfessionalMother.hospitalPhysician();
    const prescription = DocumentMother.of(patient, author, '57833-6');
    const synthesis = DocumentMother.of(patient, author, '68599-0');
    const actor = start(pharmacist, [patient]);
    open(actor, patient);
    actor.send({ type: 'ps.requestAccess' });

    actor.send({ type: 'ps.openDocument', document: prescription });
    actor.send({ type: 'ps.openDocument', document: synthesis });

    expect(actor.getSnapshot().context.openedDocuments).toEqual([prescription.id]);
    expect(actor.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.DOCUMENT_FORBIDDEN_FOR_PROFESSION',
    );
  });
});

describe('Décision d’accès (FAQ-CON-01…07, FAQ-PAT-03)', () => {
  test('le médecin traitant consulte grâce au consentement recueilli pour la MSP', () => {
    const actor = start(seedProfessional(PRO.gp), DEFAULT_SEED.patients, EP.adultFollowUp);
    open(actor, seedPatient(PAT.adult));

    actor.send({ type: 'ps.requestAccess' });

    expect(actor.getSnapshot().value).toEqual({ session: 'consulting' });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CONSULTATION_ALLOWED');
  });

  test('le professionnel bloqué voit « accès bloqué » même avec un consentement (R44)', () => {
    const actor = start(
      seedProfessional(PRO.physiotherapistLiberal),
      DEFAULT_SEED.patients,
      EP.generalFollowUp,
    );

    open(actor, seedPatient(PAT.blockedOne));

    expect(actor.getSnapshot().value).toEqual({ session: 'blocked' });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.ACCESS_BLOCKED');
  });

  test('mineur sans consentement : le représentant légal consent, pas le mineur (R33)', () => {
    const actor = start(
      seedProfessional(PRO.paediatricianECps),
      DEFAULT_SEED.patients,
      'ep-nouveau',
    );
    open(actor, seedPatient(PAT.minorTwoRepresentatives), { type: 'e-CPS' });
    actor.send({ type: 'ps.requestAccess' });
    expect(actor.getSnapshot().value).toEqual({ session: { access: 'consent' } });
    const consent = {
      givenBy: 'patient',
      form: 'oral',
      scope: { kind: 'professional', professionalId: PRO.paediatricianECps },
      traced: false,
      protectorInformed: false,
    } as const;

    actor.send({ type: 'ps.recordConsent', consent });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CONSENT_GIVER_NOT_ENTITLED');
    actor.send({
      type: 'ps.recordConsent',
      consent: { ...consent, givenBy: 'legal-representative' },
    });

    expect(actor.getSnapshot().value).toEqual({ session: 'consulting' });
  });

  test('opposition tracée : pas d’accès normal, mais le bris de glace reste possible (hypothèse)', () => {
    const actor = start(seedProfessional(PRO.gp), DEFAULT_SEED.patients, EP.generalFollowUp);
    open(actor, seedPatient(PAT.opposedToConsultation));

    actor.send({ type: 'ps.requestAccess' });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.OPPOSITION');
    actor.send({ type: 'ps.requestBreakGlass', motive: 'Coma', patientUnableToConsent: true });

    expect(actor.getSnapshot().context.access.mode).toBe('break-glass');
  });

  test('bris de glace sans motif : refusé ; avec motif : consultation, puis information du patient (R38, R39)', () => {
    const actor = start(ProfessionalMother.hospitalPhysician());
    open(actor, seedPatient(PAT.adult));

    actor.send({ type: 'ps.requestBreakGlass', motive: '', patientUnableToConsent: true });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.BREAK_GLASS_MOTIVE_REQUIRED');
    actor.send({
      type: 'ps.requestBreakGlass',
      motive: 'Arrêt cardiaque',
      patientUnableToConsent: true,
    });
    expect(actor.getSnapshot().value).toEqual({ session: 'consulting' });
    actor.send({ type: 'ps.closePatient' });

    expect(actor.getSnapshot().context.notifications).toHaveLength(1);
    expect(actor.getSnapshot().context.notifications[0]).toContain('médecin traitant');
  });

  test('régulation : le régulateur du SAMU accède, sauf opposition préalable du patient', () => {
    const allowed = start(seedProfessional(PRO.regulator));
    const opposed = start(seedProfessional(PRO.regulator));
    open(allowed, seedPatient(PAT.adult), { type: 'e-CPS' });
    open(opposed, seedPatient(PAT.noEmergencyAccess), { type: 'e-CPS' });

    allowed.send({ type: 'ps.requestRegulation' });
    opposed.send({ type: 'ps.requestRegulation' });

    expect(allowed.getSnapshot().context.access.mode).toBe('regulation-centre');
    expect(opposed.getSnapshot().context.lastDecision?.code).toBe('DMP.EMERGENCY_ACCESS_REFUSED');
    expect(opposed.getSnapshot().value).toEqual({ session: { access: 'choice' } });
  });
});
