/**
 * Deposit machine: FAQ-CON-08 (R40, R41), FAQ-DEP-01…11, FAQ-CNX-05 (R3, R5, R9), FAQ-PAT-01 (R42).
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  DEPOSIT_INFORMATION_REMINDER,
  SEED_EPISODES,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
  SIMULATION_START,
  VISIBLE_TO_ALL,
  type Patient,
  type Professional,
} from '../src/dmp/index';
import { PatientMother } from '../test/mothers/patient.mother';
import { ProfessionalMother } from '../test/mothers/professional.mother';
import { depositMachine } from './deposit.machine';
import { seedPatient, seedProfessional } from './model/seed';

function start(
  professional: Professional,
  patient: Patient,
  workstationSkewMs = 0,
  episodeId?: string,
) {
  return createActor(depositMachine, {
    input: {
      professional,
      patient,
      now: SIMULATION_START,
      workstationSkewMs,
      ...(episodeId === undefined ? {} : { episodeId }),
    },
  }).start();
}

/** Informs the patient, then submits. */
function informAndSubmit(actor: ReturnType<typeof start>) {
  actor.send({ type: 'ps.informPatient' });
  actor.send({ type: 'ps.submit' });
}

describe('FAQ-CON-08 — information préalable, pas de consentement (R40)', () => {
  test('informé, le document est versé et classé, sans rappel', () => {
    const actor = start(ProfessionalMother.gp(), PatientMother.adult());

    informAndSubmit(actor);

    const { value, context } = actor.getSnapshot();
    expect(value).toBe('deposited');
    expect(context.document).toMatchObject({ typeCode: '11488-4', visibility: VISIBLE_TO_ALL });
    expect(context.lastDecision).toMatchObject({ allowed: true, code: 'DMP.DEPOSIT_ALLOWED' });
    expect(context.lastDecision?.allowed === true && context.lastDecision.notices).not.toContain(
      DEPOSIT_INFORMATION_REMINDER,
    );
  });

  test("case « patient informé » non cochée : jamais un refus du DMP, un rappel du devoir d'informer", () => {
    const actor = start(ProfessionalMother.gp(), PatientMother.adult());

    actor.send({ type: 'ps.submit' });

    const { value, context } = actor.getSnapshot();
    expect(value).toBe('deposited');
    expect(context.lastDecision).toMatchObject({ allowed: true, code: 'DMP.DEPOSIT_ALLOWED' });
    expect(context.lastDecision?.allowed === true && context.lastDecision.notices).toContain(
      DEPOSIT_INFORMATION_REMINDER,
    );
  });

  test('R41 — opposition pour un motif légitime : dépôt refusé ; sans motif, elle ne compte pas', () => {
    const withReason = start(ProfessionalMother.gp(), PatientMother.adult());
    const withoutReason = start(ProfessionalMother.gp(), PatientMother.adult());

    withReason.send({ type: 'patient.opposeDeposit', reason: 'Motif légitime' });
    withoutReason.send({ type: 'patient.opposeDeposit', reason: '  ' });
    informAndSubmit(withReason);
    informAndSubmit(withoutReason);

    expect(withReason.getSnapshot().value).toBe('rejected');
    expect(withReason.getSnapshot().context.lastDecision?.code).toBe('DMP.DEPOSIT_OPPOSITION');
    expect(withoutReason.getSnapshot().value).toBe('deposited');
  });
});

describe('FAQ-DEP-07 / FAQ-DEP-11 — INS qualifiée et horloge (R14, R18)', () => {
  test('identité provisoire : pas d’envoi au DMP', () => {
    const actor = start(ProfessionalMother.gp(), PatientMother.withProvisionalIdentity());

    informAndSubmit(actor);

    expect(actor.getSnapshot().value).toBe('rejected');
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.INS_NOT_QUALIFIED');
  });

  test('horloge décalée : échec ; après synchronisation, le même dépôt réussit', () => {
    const actor = start(ProfessionalMother.gp(), PatientMother.adult(), 20 * 60 * 1000);

    informAndSubmit(actor);
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CLOCK_SKEW');
    actor.send({ type: 'ps.syncClock' });
    actor.send({ type: 'ps.submit' });

    expect(actor.getSnapshot().value).toBe('deposited');
  });

  test("connexion secrète : ni un autre professionnel, ni la même sage-femme dans un autre épisode n'y sont tenus", () => {
    const lea = seedPatient(PAT.minorSecretConnection);
    const byGp = start(seedProfessional(PRO.gp), lea, 0, SEED_EPISODES.secretContraception);
    informAndSubmit(byGp);
    expect(byGp.getSnapshot().value).toBe('deposited');
    const later = start(seedProfessional(PRO.midwife), lea, 0, 'ep-suivi-ulterieur');
    informAndSubmit(later);
    expect(later.getSnapshot().value).toBe('deposited');
  });
});

describe('FAQ-CNX-05 / FAQ-DEP-02 — cartes (R3, R5, R9)', () => {
  test('une secrétaire avec CPE nominative dépose', () => {
    const actor = start(seedProfessional(PRO.secretaryNominativeCpe), seedPatient(PAT.adult));

    informAndSubmit(actor);

    expect(actor.getSnapshot().value).toBe('deposited');
  });

  test('une CPE non nominative ne dépose pas', () => {
    const actor = start(ProfessionalMother.staffWithAnonymousCpe(), PatientMother.adult());

    informAndSubmit(actor);

    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.CARD_CANNOT_DEPOSIT');
  });

  test("l'ostéopathe ne dépose pas (R22) ; l'ergothérapeute libéral, si (R7)", () => {
    const osteopath = start(ProfessionalMother.osteopath(), PatientMother.adult());
    const ot = start(ProfessionalMother.occupationalTherapist('liberal'), PatientMother.adult());

    informAndSubmit(osteopath);
    informAndSubmit(ot);

    expect(osteopath.getSnapshot().value).toBe('rejected');
    expect(ot.getSnapshot().value).toBe('deposited');
  });
});

describe('Types et visibilité (FAQ-DEP-03, FAQ-DEP-06, FAQ-DEP-08, FAQ-DEP-09)', () => {
  test('pas de type « allergies » (R10) ; un type réservé au patient est refusé au professionnel (R13)', () => {
    const actor = start(ProfessionalMother.gp(), PatientMother.adult());
    actor.send({ type: 'ps.informPatient' });

    actor.send({ type: 'ps.chooseType', typeCode: 'allergies' });
    actor.send({ type: 'ps.submit' });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.UNKNOWN_DOCUMENT_TYPE');
    expect(actor.getSnapshot().context.lastDecision?.explanation).toContain('synthèse');
    actor.send({ type: 'ps.chooseType', typeCode: 'DOCPAT01' });
    actor.send({ type: 'ps.submit' });

    expect(actor.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.DOCUMENT_TYPE_RESERVED_FOR_PATIENT',
    );
    expect(actor.getSnapshot().value).toBe('draft');
  });

  test('invisible au patient : permis ; invisible au patient ET masqué aux professionnels : interdit (R16)', () => {
    const actor = start(ProfessionalMother.gp(), PatientMother.adult());
    actor.send({ type: 'ps.informPatient' });

    actor.send({
      type: 'ps.setVisibility',
      visibility: { ...VISIBLE_TO_ALL, invisibleToPatient: true, maskedFromProfessionals: true },
    });
    actor.send({ type: 'ps.submit' });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.VISIBILITY_COMBINATION');
    actor.send({
      type: 'ps.setVisibility',
      visibility: { ...VISIBLE_TO_ALL, invisibleToPatient: true },
    });
    actor.send({ type: 'ps.submit' });

    const decision = actor.getSnapshot().context.lastDecision;
    expect(actor.getSnapshot().value).toBe('deposited');
    expect(decision?.allowed === true ? decision.notices.join(' ') : '').toContain('1 mois');
  });

  test('connexion secrète : le document doit être caché aux représentants légaux', () => {
    const actor = start(
      seedProfessional(PRO.midwife),
      seedPatient(PAT.minorSecretConnection),
      0,
      SEED_EPISODES.secretContraception,
    );

    informAndSubmit(actor);
    expect(actor.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.SECRET_CONNECTION_REQUIRES_HIDDEN_FROM_REPRESENTATIVES',
    );
    actor.send({
      type: 'ps.setVisibility',
      visibility: { ...VISIBLE_TO_ALL, invisibleToLegalRepresentatives: true },
    });
    actor.send({ type: 'ps.submit' });

    expect(actor.getSnapshot().value).toBe('deposited');
  });

  test('R15 — une note de vaccination enrichit le carnet de vaccination', () => {
    const actor = start(ProfessionalMother.nurse(), PatientMother.adult());
    actor.send({ type: 'ps.chooseType', typeCode: '87273-9' });

    informAndSubmit(actor);

    const { context } = actor.getSnapshot();
    expect(context.vaccinationBook).toEqual([context.document?.id]);
  });

  test('un second document décoche la case : sans nouvelle information, le logiciel le rappelle', () => {
    const actor = start(ProfessionalMother.gp(), PatientMother.adult());
    informAndSubmit(actor);

    actor.send({ type: 'ps.newDocument' });
    actor.send({ type: 'ps.submit' });

    const { lastDecision } = actor.getSnapshot().context;
    expect(lastDecision?.code).toBe('DMP.DEPOSIT_ALLOWED');
    expect(lastDecision?.allowed === true && lastDecision.notices).toContain(
      DEPOSIT_INFORMATION_REMINDER,
    );
  });
});

describe('FAQ-PAT-01 — DMP et Mon espace santé (R42)', () => {
  test("le DMP s'alimente même si Mon espace santé n'est pas activé ; un DMP fermé, non", () => {
    const notActivated = start(ProfessionalMother.gp(), PatientMother.withoutMes());
    const closed = start(ProfessionalMother.gp(), PatientMother.adult({ dmpStatus: 'closed' }));

    informAndSubmit(notActivated);
    informAndSubmit(closed);

    expect(notActivated.getSnapshot().value).toBe('deposited');
    expect(closed.getSnapshot().context.lastDecision?.code).toBe('DMP.DMP_CLOSED');
  });
});
