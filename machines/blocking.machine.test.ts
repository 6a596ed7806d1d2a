/**
 * Blocking machine, FAQ-PAT-03 (R44): « accès bloqué », even with a consent.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  SEED_EPISODES as EP,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
  SIMULATION_START,
  type Patient,
  type Professional,
} from '../src/dmp/index';
import { ConsentMother } from '../test/mothers/consent.mother';
import { PatientMother } from '../test/mothers/patient.mother';
import { ProfessionalMother } from '../test/mothers/professional.mother';
import { blockingMachine } from './blocking.machine';
import { seedPatient, seedProfessional } from './model/seed';

const EPISODE = 'ep-test';

function start(patient: Patient, professional: Professional, episodeId = EPISODE) {
  return createActor(blockingMachine, {
    input: { patient, professional, episodeId, now: SIMULATION_START },
  }).start();
}

describe('FAQ-PAT-03 — bloquer un professionnel (R44)', () => {
  test('le kiné bloqué voit « accès bloqué » alors que le patient lui a donné son accord', () => {
    const physio = seedProfessional(PRO.physiotherapistLiberal);
    const actor = start(seedPatient(PAT.blockedOne), physio, EP.generalFollowUp);

    actor.send({ type: 'ps.requestAccess' });

    const { value, context } = actor.getSnapshot();
    expect(value).toBe('blocked');
    expect(context.lastDecision?.code).toBe('DMP.ACCESS_BLOCKED');
    expect(context.lastDecision?.explanation).toContain('Accès bloqué');
    expect(context.lastDecision?.faq).toContain('FAQ-PAT-03');
  });

  test('le médecin traitant du même patient, non bloqué, consulte', () => {
    const actor = start(seedPatient(PAT.blockedOne), seedProfessional(PRO.gp), EP.generalFollowUp);

    actor.send({ type: 'ps.requestAccess' });

    expect(actor.getSnapshot().value).toBe('granted');
  });

  test('un accord donné après le blocage ne lève pas le blocage', () => {
    const gp = ProfessionalMother.gp();
    const actor = start(PatientMother.adult(), gp);

    actor.send({ type: 'patient.blockProfessional' });
    actor.send({ type: 'patient.giveConsent' });
    actor.send({ type: 'ps.requestAccess' });

    expect(actor.getSnapshot().value).toBe('blocked');
  });

  test('« bloquer tous les professionnels » puis lever ce blocage rétablit l’accès', () => {
    const actor = start(seedPatient(PAT.blockedAll), seedProfessional(PRO.gp), EP.generalFollowUp);
    actor.send({ type: 'ps.requestAccess' });
    expect(actor.getSnapshot().value).toBe('blocked');

    actor.send({ type: 'patient.unblockAll' });
    expect(actor.getSnapshot().value).toBe('idle');
    actor.send({ type: 'ps.requestAccess' });

    expect(actor.getSnapshot().value).toBe('granted');
  });

  test('débloquer un professionnel ne lève pas le blocage de tous', () => {
    const gp = ProfessionalMother.gp();
    const patient = PatientMother.adult({ consents: [ConsentMother.for(gp, EPISODE)] });
    const actor = start(patient, gp);

    actor.send({ type: 'patient.blockProfessional' });
    actor.send({ type: 'patient.blockAll' });
    actor.send({ type: 'patient.unblockProfessional' });
    actor.send({ type: 'ps.requestAccess' });

    expect(actor.getSnapshot().value).toBe('blocked');
  });

  test('bloquer pendant une consultation la retire : il faut redemander, et c’est « accès bloqué »', () => {
    const gp = ProfessionalMother.gp();
    const actor = start(PatientMother.adult({ consents: [ConsentMother.for(gp, EPISODE)] }), gp);
    actor.send({ type: 'ps.requestAccess' });
    expect(actor.getSnapshot().value).toBe('granted');

    actor.send({ type: 'patient.blockProfessional' });
    actor.send({ type: 'ps.requestAccess' });

    expect(actor.getSnapshot().value).toBe('blocked');
  });

  test('sans blocage ni consentement, le refus vient du consentement, pas du blocage', () => {
    const actor = start(PatientMother.adult(), ProfessionalMother.midwife());

    actor.send({ type: 'ps.requestAccess' });

    expect(actor.getSnapshot().value).toBe('refused');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CONSENT_REQUIRED');
  });

  test("l'ostéopathe est refusé avant même d'examiner le blocage (R22)", () => {
    const actor = start(PatientMother.adult(), ProfessionalMother.osteopath());

    actor.send({ type: 'ps.requestAccess' });

    expect(actor.getSnapshot().value).toBe('refused');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.PROFESSION_NOT_AUTHORISED');
  });
});
