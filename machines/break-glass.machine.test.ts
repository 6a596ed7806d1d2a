/**
 * Break-glass machine, FAQ-CON-07 (R38, R39), with the patient's emergency settings, blocking
 * (FAQ-PAT-03) and masked documents (FAQ-DEP-09).
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  SEED_DOCUMENT_IDS as DOC,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
  SIMULATION_START,
  type Patient,
  type Professional,
} from '../src/dmp/index';
import { DocumentMother } from '../test/mothers/document.mother';
import { PatientMother } from '../test/mothers/patient.mother';
import { ProfessionalMother } from '../test/mothers/professional.mother';
import { breakGlassMachine } from './break-glass.machine';
import { seedDocuments, seedPatient, seedProfessional } from './model/seed';

function start(patient: Patient, professional: Professional) {
  return createActor(breakGlassMachine, {
    input: { patient, professional, episodeId: 'ep-urgence', now: SIMULATION_START },
  }).start();
}

const URGENT = {
  type: 'ps.requestBreakGlass',
  motive: 'Patient intubé',
  patientUnableToConsent: true,
} as const;

describe('FAQ-CON-07 — bris de glace (R38)', () => {
  test('sans motif « urgence », le bris de glace est refusé', () => {
    const actor = start(PatientMother.adult(), ProfessionalMother.hospitalPhysician());

    actor.send({ ...URGENT, motive: '  ' });

    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.BREAK_GLASS_MOTIVE_REQUIRED');
  });

  test('un patient capable de consentir : pas de bris de glace, on recueille son consentement', () => {
    const actor = start(PatientMother.adult(), ProfessionalMother.hospitalPhysician());

    actor.send({ ...URGENT, patientUnableToConsent: false });

    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.BREAK_GLASS_NOT_JUSTIFIED');
  });

  test('patient en danger, motif saisi : accès sans consentement, mode affiché jusqu’à la fin', () => {
    const actor = start(PatientMother.adult(), ProfessionalMother.hospitalPhysician());

    actor.send(URGENT);
    expect(actor.getSnapshot().value).toBe('active');
    expect(actor.getSnapshot().context.access).toMatchObject({
      mode: 'break-glass',
      motive: 'Patient intubé',
    });
    expect(actor.getSnapshot().context.notices.join(' ')).toContain('bris de glace');
    actor.send({ ...URGENT, motive: '' });
    actor.send({
      type: 'patient.updateEmergencySettings',
      settings: {
        allowSamu: false,
        allowOtherProfessionals: false,
        allowMaskedDocumentsInEmergency: false,
      },
    });

    expect(actor.getSnapshot().value).toBe('active');
  });

  test('R39 — à la fin de la session, le patient et son médecin traitant sont informés', () => {
    const actor = start(PatientMother.adult(), ProfessionalMother.hospitalPhysician());
    actor.send(URGENT);

    actor.send({ type: 'session.end' });

    expect(actor.getSnapshot().value).toBe('closed');
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.informed).toEqual(['patient', 'treating-doctor']);
  });
});

describe("Réglages d'urgence du patient", () => {
  test("opposition préalable à l'accès en urgence : refus, puis accès une fois le réglage changé", () => {
    const actor = start(seedPatient(PAT.noEmergencyAccess), ProfessionalMother.hospitalPhysician());
    actor.send(URGENT);
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.EMERGENCY_ACCESS_REFUSED');

    actor.send({
      type: 'patient.updateEmergencySettings',
      settings: {
        allowSamu: false,
        allowOtherProfessionals: true,
        allowMaskedDocumentsInEmergency: false,
      },
    });
    actor.send(URGENT);

    expect(actor.getSnapshot().value).toBe('active');
  });

  test('« documents masqués en urgence » sans aucun accès d’urgence permis : réglage refusé', () => {
    const actor = start(PatientMother.adult(), ProfessionalMother.hospitalPhysician());

    actor.send({
      type: 'patient.updateEmergencySettings',
      settings: {
        allowSamu: false,
        allowOtherProfessionals: false,
        allowMaskedDocumentsInEmergency: true,
      },
    });

    expect(actor.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.INCONSISTENT_EMERGENCY_SETTINGS',
    );
    expect(actor.getSnapshot().context.patient.emergency.allowOtherProfessionals).toBe(true);
  });

  test('SAMU – Centre 15 : le régulateur accède, un autre médecin non, et le patient peut le refuser', () => {
    const regulator = start(PatientMother.adult(), seedProfessional(PRO.regulator));
    const other = start(PatientMother.adult(), ProfessionalMother.hospitalPhysician());
    const opposed = start(PatientMother.withoutEmergencyAccess(), seedProfessional(PRO.regulator));

    regulator.send({ type: 'ps.requestRegulation' });
    other.send({ type: 'ps.requestRegulation' });
    opposed.send({ type: 'ps.requestRegulation' });

    expect(regulator.getSnapshot().context.access.mode).toBe('regulation-centre');
    expect(other.getSnapshot().context.lastDecision?.code).toBe('DMP.NOT_A_REGULATOR');
    expect(opposed.getSnapshot().context.lastDecision?.code).toBe('DMP.EMERGENCY_ACCESS_REFUSED');
  });
});

describe('Blocage, profession et documents', () => {
  test('un professionnel bloqué ne peut pas briser la glace (hypothèse du simulateur)', () => {
    const actor = start(seedPatient(PAT.blockedOne), seedProfessional(PRO.physiotherapistLiberal));

    actor.send(URGENT);

    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.ACCESS_BLOCKED');
  });

  test("l'ostéopathe n'a aucun accès, même en urgence : il n'est pas professionnel de santé (R22, R38)", () => {
    const actor = start(PatientMother.adult(), ProfessionalMother.osteopath());

    actor.send(URGENT);

    expect(actor.getSnapshot().value).not.toBe('active');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY',
    );
  });

  test('un professionnel à rôle du RPPS+ ne brise pas la glace (R38, L.1111-17)', () => {
    const actor = start(
      PatientMother.adult(),
      ProfessionalMother.rppsPlusRole({ setting: 'establishment' }),
    );

    actor.send(URGENT);

    expect(actor.getSnapshot().value).not.toBe('active');
    expect(actor.getSnapshot().context.lastDecision?.allowed).toBe(false);
  });

  test('document masqué : fermé en urgence, sauf si le patient a permis les documents masqués', () => {
    const gp = seedProfessional(PRO.gp);
    const masked = seedDocuments(PAT.maskedInEmergency).find((d) => d.id === DOC.maskedInEmergency);
    const adultMasked = seedDocuments(PAT.adult).find((d) => d.id === DOC.adultMaskedPsychiatric);
    if (masked === undefined || adultMasked === undefined) throw new Error('seed');
    const allowed = start(seedPatient(PAT.maskedInEmergency), gp);
    const closed = start(seedPatient(PAT.adult), gp);
    allowed.send(URGENT);
    closed.send(URGENT);

    allowed.send({ type: 'ps.openDocument', document: masked });
    closed.send({ type: 'ps.openDocument', document: adultMasked });

    expect(allowed.getSnapshot().context.openedDocuments).toEqual([masked.id]);
    expect(closed.getSnapshot().context.lastDecision?.code).toBe('DMP.DOCUMENT_MASKED');
    expect(closed.getSnapshot().context.openedDocuments).toEqual([]);
  });

  test("même en urgence, le pharmacien n'ouvre pas la synthèse psychiatrique (R29)", () => {
    const pharmacist = ProfessionalMother.pharmacistInMentalHealth();
    const patient = PatientMother.adult();
    const synthesis = DocumentMother.of(patient, ProfessionalMother.gp(), '68599-0');
    const actor = start(patient, pharmacist);
    actor.send(URGENT);

    actor.send({ type: 'ps.openDocument', document: synthesis });

    expect(actor.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.DOCUMENT_FORBIDDEN_FOR_PROFESSION',
    );
  });
});
