/**
 * Consent machine, FAQ case by FAQ case (Arrange / Act / Assert).
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  addDuration,
  CONSENT_BASES,
  consentBasisOf,
  decideConsultation,
  grantedConsent,
  NORMAL_ACCESS,
  SEED_EPISODES as EP,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
  SEED_TEAMS,
  SIMULATION_START,
  type Patient,
  type Professional,
} from '../src/dmp/index';
import { ConsentMother } from '../test/mothers/consent.mother';
import { PatientMother } from '../test/mothers/patient.mother';
import { ProfessionalMother } from '../test/mothers/professional.mother';
import { consentMachine, type ConsentDraft } from './consent.machine';
import { seedPatient, seedProfessional } from './model/seed';

const EPISODE = 'ep-test';

function start(
  patient: Patient,
  professional: Professional,
  episodeId = EPISODE,
  now = SIMULATION_START,
) {
  return createActor(consentMachine, { input: { patient, professional, episodeId, now } }).start();
}

const draft = (pro: Professional, o: Partial<ConsentDraft> = {}): ConsentDraft => ({
  givenBy: 'patient',
  form: 'oral',
  scope: { kind: 'professional', professionalId: pro.id },
  traced: false,
  protectorInformed: false,
  ...o,
});

describe('FAQ-CON-01 — un consentement par épisode de soins (R32, R36)', () => {
  test('un accord oral, non tracé, couvre l’épisode ; un nouvel épisode demande un nouveau recueil', () => {
    const gp = ProfessionalMother.gp();
    const actor = start(PatientMother.adult(), gp);

    actor.send({ type: 'ps.checkConsent' });
    expect(actor.getSnapshot().value).toBe('required');
    actor.send({ type: 'ps.recordConsent', consent: draft(gp) });
    expect(actor.getSnapshot().value).toBe('granted');
    expect(actor.getSnapshot().context.basis).toBe('own');
    actor.send({ type: 'ps.startEpisode', episodeId: 'ep-suivant' });
    actor.send({ type: 'ps.checkConsent' });

    expect(actor.getSnapshot().value).toBe('required');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CONSENT_REQUIRED');
  });

  test('le consentement enregistré porte l’épisode, la date et le professionnel', () => {
    const gp = ProfessionalMother.gp();
    const actor = start(PatientMother.adult(), gp);

    actor.send({ type: 'ps.checkConsent' });
    actor.send({ type: 'ps.recordConsent', consent: draft(gp) });

    const [record] = actor.getSnapshot().context.patient.consents;
    expect(record).toMatchObject({
      episodeId: EPISODE,
      recordedAt: SIMULATION_START,
      recordedBy: gp.id,
    });
  });
});

describe('FAQ-CON-02 — patient mineur (R33)', () => {
  test('le consentement du mineur seul est refusé ; celui du représentant légal est enregistré', () => {
    const paediatrician = ProfessionalMother.gp();
    const actor = start(PatientMother.minor(), paediatrician);
    actor.send({ type: 'ps.checkConsent' });

    actor.send({ type: 'ps.recordConsent', consent: draft(paediatrician) });
    expect(actor.getSnapshot().value).toBe('required');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CONSENT_GIVER_NOT_ENTITLED');
    actor.send({
      type: 'ps.recordConsent',
      consent: draft(paediatrician, { givenBy: 'legal-representative' }),
    });

    expect(actor.getSnapshot().value).toBe('granted');
  });

  test('sous connexion secrète, le mineur consent seul (hypothèse du simulateur)', () => {
    const midwife = seedProfessional(PRO.midwife);
    const actor = start(seedPatient(PAT.minorSecretConnection), midwife, EP.secretContraception);

    actor.send({ type: 'ps.checkConsent' });

    expect(actor.getSnapshot().value).toBe('granted');
  });

  test('à 18 ans, le consentement du représentant ne vaut plus : le jeune majeur consent lui-même', () => {
    const gp = seedProfessional(PRO.gp);
    const actor = start(seedPatient(PAT.minorTurning18), gp, EP.turning18FollowUp);
    actor.send({ type: 'ps.checkConsent' });
    expect(actor.getSnapshot().value).toBe('granted');

    actor.send({ type: 'clock.advance', now: '2025-10-15T00:00:00.000Z' });
    expect(actor.getSnapshot().value).toBe('required');
    // The core's answer at the new date: the consent came from the representative.
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CONSENT_GIVER_NOT_ENTITLED');
    actor.send({ type: 'ps.recordConsent', consent: draft(gp) });

    expect(actor.getSnapshot().value).toBe('granted');
  });

  test("l'accord d'un mineur seul, sans demande de secret, est refusé et ne devient pas valable à 18 ans", () => {
    const gp = seedProfessional(PRO.gp);
    const actor = start(seedPatient(PAT.minorTurning18), gp, 'ep-nouvel-episode');
    actor.send({ type: 'ps.checkConsent' });
    actor.send({ type: 'ps.recordConsent', consent: draft(gp) });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CONSENT_GIVER_NOT_ENTITLED');

    actor.send({ type: 'clock.advance', now: '2025-10-16T00:00:00.000Z' });
    expect(actor.getSnapshot().value).toBe('required');
    actor.send({ type: 'ps.checkConsent' });
    expect(actor.getSnapshot().value).toBe('required');
  });

  test('secret du mineur : le mineur consent seul auprès de ce professionnel, pour cet épisode', () => {
    const gp = seedProfessional(PRO.gp);
    const actor = start(PatientMother.minor(), gp, 'ep-1');
    actor.send({ type: 'ps.checkConsent' });
    actor.send({ type: 'ps.recordConsent', consent: { ...draft(gp), minorSecret: true } });
    expect(actor.getSnapshot().value).toBe('granted');
    actor.send({ type: 'ps.startEpisode', episodeId: 'ep-2' });
    actor.send({ type: 'ps.checkConsent' });
    expect(actor.getSnapshot().value).toBe('required');
  });

  test("l'horloge n'avance que vers le futur", () => {
    const actor = start(PatientMother.adult(), ProfessionalMother.gp());

    actor.send({ type: 'clock.advance', now: addDuration(SIMULATION_START, { days: -10 }) });

    expect(actor.getSnapshot().context.now).toBe(SIMULATION_START);
  });
});

describe('FAQ-CON-03 — consentement d’équipe en MSP (R34)', () => {
  test("l'infirmière de la MSP est couverte par le consentement recueilli par le médecin au nom de l'équipe", () => {
    const actor = start(
      seedPatient(PAT.adult),
      seedProfessional(PRO.nurseLiberal),
      EP.adultFollowUp,
    );

    actor.send({ type: 'ps.checkConsent' });

    expect(actor.getSnapshot().value).toBe('granted');
    expect(actor.getSnapshot().context.basis).toBe('team');
  });

  test("sans que le patient sache que l'accord vaut pour l'équipe, il ne couvre que celui qui l'a recueilli", () => {
    const gp = ProfessionalMother.gp({ careTeamIds: ['msp-a'] });
    const nurse = ProfessionalMother.nurse({ careTeamIds: ['msp-a'] });
    const notTold = ConsentMother.forTeam(gp, 'msp-a', EPISODE, {
      scope: { kind: 'care-team', teamId: 'msp-a', informedOfTeamScope: false },
    });
    const patient = PatientMother.adult({ consents: [notTold] });

    const forNurse = start(patient, nurse);
    forNurse.send({ type: 'ps.checkConsent' });
    const forGp = start(patient, gp);
    forGp.send({ type: 'ps.checkConsent' });

    expect(forNurse.getSnapshot().value).toBe('required');
    expect(forGp.getSnapshot().value).toBe('granted');
  });
});

describe('FAQ-CON-04 — opposition obligatoirement tracée (R35)', () => {
  test("l'opposition est tracée (date, professionnel) et empêche le consentement jusqu'à sa levée", () => {
    const gp = ProfessionalMother.gp();
    const actor = start(PatientMother.adult(), gp);
    actor.send({ type: 'ps.checkConsent' });

    actor.send({ type: 'patient.oppose', reason: 'Refus oral', channel: 'oral' });

    const { value, context } = actor.getSnapshot();
    expect(value).toBe('opposed');
    expect(context.patient.oppositions[0]).toMatchObject({
      kind: 'consultation',
      tracedAt: SIMULATION_START,
      tracedBy: gp.id,
    });
    actor.send({ type: 'ps.recordConsent', consent: draft(gp) });
    expect(actor.getSnapshot().value).toBe('opposed');
    actor.send({ type: 'patient.liftOpposition' });
    actor.send({ type: 'ps.checkConsent' });
    expect(actor.getSnapshot().value).toBe('required');
  });

  test("une opposition déjà tracée l'emporte sur un consentement", () => {
    const actor = start(
      seedPatient(PAT.opposedToConsultation),
      seedProfessional(PRO.gp),
      EP.generalFollowUp,
    );

    actor.send({ type: 'ps.checkConsent' });

    expect(actor.getSnapshot().value).toBe('opposed');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.OPPOSITION');
  });
});

describe('FAQ-CON-06 — majeur protégé (R37)', () => {
  test('la personne chargée de la mesure doit aussi être informée', () => {
    const physician = ProfessionalMother.hospitalPhysician();
    const actor = start(PatientMother.protectedAdult(), physician);
    actor.send({ type: 'ps.checkConsent' });

    actor.send({ type: 'ps.recordConsent', consent: draft(physician) });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.PROTECTOR_NOT_INFORMED');
    actor.send({
      type: 'ps.recordConsent',
      consent: draft(physician, { protectorInformed: true }),
    });

    expect(actor.getSnapshot().value).toBe('granted');
  });
});

describe('FAQ-PAT-06 — clause du contrat de séjour (R49)', () => {
  test("la clause vaut consentement pour l'équipe de l'EHPAD ; une opposition écrite est tracée", () => {
    const worker = seedProfessional(PRO.rppsPlusSocialWorker);
    const actor = start(seedPatient(PAT.ehpadResident), worker, EP.ehpadStay);

    actor.send({ type: 'ps.checkConsent' });
    expect(actor.getSnapshot().context.basis).toBe('stay-contract');
    actor.send({ type: 'patient.oppose', reason: 'Opposition par courrier', channel: 'letter' });

    expect(actor.getSnapshot().value).toBe('opposed');
    expect(actor.getSnapshot().context.patient.oppositions.at(-1)?.tracedBy).toBe(worker.id);
  });

  test("une clause recueillie à l'admission, au nom de l'équipe, est enregistrée comme telle", () => {
    const physician = ProfessionalMother.gp({ careTeamIds: [SEED_TEAMS.ehpad] });
    const actor = start(PatientMother.adult(), physician);
    actor.send({ type: 'ps.checkConsent' });

    actor.send({
      type: 'ps.recordConsent',
      consent: draft(physician, {
        form: 'stay-contract-clause',
        scope: { kind: 'care-team', teamId: SEED_TEAMS.ehpad, informedOfTeamScope: true },
      }),
    });

    expect(actor.getSnapshot().context.basis).toBe('stay-contract');
  });
});

describe('les refus de la vérification sont ceux du cœur', () => {
  const cases = [
    ['aucun consentement', PatientMother.adult(), false],
    ['patient mineur sans consentement', PatientMother.minor(), false],
    ['opposition tracée', PatientMother.adult(), true],
  ] as const;

  test.each(cases)('%s : même code, même explication que decideConsultation', (_, base, oppose) => {
    const gp = ProfessionalMother.gp();
    const actor = start(base, gp);
    actor.send({ type: 'ps.checkConsent' });
    if (oppose) actor.send({ type: 'patient.oppose', reason: 'Refus oral', channel: 'oral' });

    const { patient, professional, episodeId, now, lastDecision } = actor.getSnapshot().context;
    const core = decideConsultation({
      patient,
      professional,
      episodeId,
      now,
      access: NORMAL_ACCESS,
    });
    expect(actor.getSnapshot().value).toBe(oppose ? 'opposed' : 'required');
    expect(core.allowed).toBe(false);
    expect(lastDecision).toMatchObject({ code: core.code, explanation: core.explanation });
  });
});

describe('les accords de la vérification sont ceux du cœur (CONSENT_BASES)', () => {
  const gp = ProfessionalMother.gp();
  const own = { ...PatientMother.adult(), consents: [ConsentMother.for(gp, EPISODE)] };
  const cases = [
    ['consentement propre', own, gp, EPISODE],
    [
      'équipe de la MSP',
      seedPatient(PAT.adult),
      seedProfessional(PRO.nurseLiberal),
      EP.adultFollowUp,
    ],
    [
      'contrat de séjour',
      seedPatient(PAT.ehpadResident),
      seedProfessional(PRO.rppsPlusSocialWorker),
      EP.ehpadStay,
    ],
  ] as const;

  test.each(cases)('%s : la base et la décision du cœur', (_, patient, pro, episodeId) => {
    const actor = start(patient, pro, episodeId);

    actor.send({ type: 'ps.checkConsent' });

    const { basis, lastDecision } = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('granted');
    expect(basis).toBe(consentBasisOf(episodeConsents(patient, episodeId), pro));
    if (basis !== null) expect(lastDecision).toEqual(grantedConsent(basis));
  });

  test('les trois bases sont atteintes par ces cas', () => {
    const bases = cases.map(([, patient, pro, episodeId]) =>
      consentBasisOf(episodeConsents(patient, episodeId), pro),
    );
    expect(new Set(bases)).toEqual(new Set(CONSENT_BASES.map((b) => b.basis)));
  });
});

function episodeConsents(patient: Patient, episodeId: string) {
  return patient.consents.filter((c) => c.episodeId === episodeId);
}
