/**
 * Majority machine, FAQ-PAT-04 (R45, R47): profile attached from birth, documents hidden from the
 * representatives (secret connection), detachment at 18 and loss of access of the representative.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  decideDeposit,
  SEED_DOCUMENT_IDS as DOC,
  SEED_EPISODES,
  SEED_PATIENT_IDS as PAT,
  SIMULATION_START,
  VISIBLE_TO_ALL,
  type DmpDocument,
  type Patient,
} from '../src/dmp/index';
import { DocumentMother } from '../test/mothers/document.mother';
import { PatientMother } from '../test/mothers/patient.mother';
import { ProfessionalMother } from '../test/mothers/professional.mother';
import { majorityMachine } from './majority.machine';
import { seedDocuments, seedPatient } from './model/seed';

function start(
  patient: Patient,
  representativeId: string,
  documents: readonly DmpDocument[] = seedDocuments(patient.id),
) {
  return createActor(majorityMachine, { input: { patient, representativeId, documents } }).start();
}

const doc = (id: string): DmpDocument => {
  const found = [
    ...seedDocuments(PAT.minorTurning18),
    ...seedDocuments(PAT.minorSecretConnection),
  ].find((d) => d.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

const SECRET = SEED_EPISODES.secretContraception;
const TURNING_18 = '2025-10-15T00:00:00.000Z';

describe('FAQ-PAT-04 — profil de l’enfant rattaché au représentant légal (R45)', () => {
  test('le profil existe dès la naissance, rattaché au compte du représentant', () => {
    const patient = seedPatient(PAT.minorTwoRepresentatives);

    const actor = start(patient, 'rep-bernard-sophie');

    expect(actor.getSnapshot().value).toBe('attached');
    expect(actor.getSnapshot().context.now.slice(0, 10)).toBe(patient.traits.birthDate);
  });

  test('le représentant voit les documents ordinaires, jamais ceux qui lui sont cachés', () => {
    const actor = start(seedPatient(PAT.minorTurning18), 'rep-petit-nadia');
    actor.send({ type: 'clock.advance', now: SIMULATION_START });

    actor.send({ type: 'representative.openDocument', document: doc('doc-turning-18-biology') });
    actor.send({
      type: 'representative.openDocument',
      document: doc(DOC.turning18HiddenFromRepresentatives),
    });

    const { context } = actor.getSnapshot();
    expect(context.shownToRepresentative).toEqual(['doc-turning-18-biology']);
    expect(context.lastDecision?.code).toBe('DMP.HIDDEN_FROM_REPRESENTATIVES');
  });

  test('le mineur ne se connecte pas lui-même : son profil est géré par le représentant', () => {
    const actor = start(seedPatient(PAT.minorTurning18), 'rep-petit-nadia');
    actor.send({ type: 'clock.advance', now: SIMULATION_START });

    actor.send({ type: 'patient.openDocument', document: doc('doc-turning-18-biology') });

    expect(actor.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.PROFILE_MANAGED_BY_REPRESENTATIVE',
    );
  });

  test("une personne qui n'est pas représentant légal n'a pas accès", () => {
    const actor = start(seedPatient(PAT.minorTurning18), 'rep-inconnu');

    actor.send({ type: 'representative.openDocument', document: doc('doc-turning-18-biology') });

    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.NOT_A_REPRESENTATIVE');
  });
});

describe('FAQ-PAT-04 — majorité (R47)', () => {
  test("à 18 ans le profil se détache, le jeune reçoit ses codes et le parent perd l'accès", () => {
    const actor = start(seedPatient(PAT.minorTurning18), 'rep-petit-nadia');
    actor.send({ type: 'clock.advance', now: SIMULATION_START });
    actor.send({ type: 'representative.openDocument', document: doc('doc-turning-18-biology') });

    actor.send({ type: 'clock.advance', now: TURNING_18 });
    expect(actor.getSnapshot().value).toBe('detached');
    expect(actor.getSnapshot().context.ownCodes).toBe(true);
    actor.send({ type: 'representative.openDocument', document: doc('doc-turning-18-biology') });

    const { context } = actor.getSnapshot();
    expect(context.lastDecision?.code).toBe('DMP.REPRESENTATIVE_ACCESS_ENDED');
    expect(context.shownToRepresentative).toEqual(['doc-turning-18-biology']);
  });

  test('le jeune majeur ne voit rien tant qu’il n’a pas activé son propre compte', () => {
    const actor = start(seedPatient(PAT.minorTurning18), 'rep-petit-nadia');
    actor.send({ type: 'clock.advance', now: TURNING_18 });

    actor.send({ type: 'patient.openDocument', document: doc('doc-turning-18-biology') });

    const { context } = actor.getSnapshot();
    expect(context.lastDecision?.code).toBe('DMP.OWN_ACCOUNT_NOT_ACTIVATED');
    expect(context.shownToPatient).toEqual([]);
  });

  test('le jeune majeur voit ses documents, y compris ceux cachés à ses représentants', () => {
    const actor = start(seedPatient(PAT.minorTurning18), 'rep-petit-nadia');
    actor.send({ type: 'clock.advance', now: TURNING_18 });
    actor.send({ type: 'patient.activateOwnAccount' });

    actor.send({
      type: 'patient.openDocument',
      document: doc(DOC.turning18HiddenFromRepresentatives),
    });

    expect(actor.getSnapshot().context.shownToPatient).toEqual([
      DOC.turning18HiddenFromRepresentatives,
    ]);
  });

  test("la veille de ses 18 ans, le profil est encore rattaché ; l'horloge ne recule pas", () => {
    const actor = start(seedPatient(PAT.minorTurning18), 'rep-petit-nadia');

    actor.send({ type: 'clock.advance', now: '2025-10-14T23:59:59.000Z' });
    expect(actor.getSnapshot().value).toBe('attached');
    actor.send({ type: 'clock.advance', now: SIMULATION_START });

    expect(actor.getSnapshot().context.now).toBe('2025-10-14T23:59:59.000Z');
  });

  test("un document en attente d'annonce reste caché au jeune majeur", () => {
    const patient = PatientMother.minorTurning18(14);
    const pending = DocumentMother.hiddenFromPatient(
      patient,
      ProfessionalMother.hospitalPhysician(),
      SIMULATION_START,
    );
    const actor = start(patient, 'rep-1', [pending]);
    actor.send({ type: 'clock.advance', now: '2025-10-20T00:00:00.000Z' });
    actor.send({ type: 'patient.activateOwnAccount' });

    actor.send({ type: 'patient.openDocument', document: pending });

    expect(actor.getSnapshot().context.lastDecision?.code).toBe('DMP.PENDING_ANNOUNCEMENT');
  });
});

describe('Connexion secrète du mineur', () => {
  test('en connexion secrète, un dépôt visible des représentants est refusé ; caché, il est versé', () => {
    const patient = seedPatient(PAT.minorSecretConnection);
    const visible = {
      ...doc(DOC.secretHiddenFromRepresentatives),
      id: 'doc-nouveau',
      visibility: VISIBLE_TO_ALL,
    };
    const hidden = {
      ...visible,
      id: 'doc-nouveau-cache',
      visibility: { ...VISIBLE_TO_ALL, invisibleToLegalRepresentatives: true },
    };
    const actor = start(patient, 'rep-fontaine-marc');
    actor.send({ type: 'clock.advance', now: SIMULATION_START });

    actor.send({ type: 'ps.depositDocument', document: visible, episodeId: SECRET });
    expect(actor.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.SECRET_CONNECTION_REQUIRES_HIDDEN_FROM_REPRESENTATIVES',
    );
    actor.send({ type: 'ps.depositDocument', document: hidden, episodeId: SECRET });

    expect(actor.getSnapshot().context.documents.map((d) => d.id)).toContain('doc-nouveau-cache');
    expect(actor.getSnapshot().context.documents.map((d) => d.id)).not.toContain('doc-nouveau');
  });

  test('le mineur demande le secret à la sage-femme : ses dépôts de cet épisode doivent être cachés aux représentants', () => {
    const patient = PatientMother.minor();
    const midwife = ProfessionalMother.midwife();
    const report = DocumentMother.of(patient, midwife, '11488-4');
    const actor = start(patient, 'rep-1', []);

    actor.send({
      type: 'minor.requestSecretConnection',
      professionalId: midwife.id,
      episodeId: 'ep-1',
    });
    actor.send({ type: 'ps.depositDocument', document: report, episodeId: 'ep-1' });

    expect(actor.getSnapshot().context.documents).toEqual([]);
    expect(actor.getSnapshot().context.lastDecision?.code).toBe(
      'DMP.SECRET_CONNECTION_REQUIRES_HIDDEN_FROM_REPRESENTATIVES',
    );
  });

  test('le secret ne lie ni un autre professionnel, ni un autre épisode de soins', () => {
    const patient = PatientMother.minor();
    const midwife = ProfessionalMother.midwife();
    const gp = ProfessionalMother.gp();
    const actor = start(patient, 'rep-1', []);
    actor.send({
      type: 'minor.requestSecretConnection',
      professionalId: midwife.id,
      episodeId: 'ep-1',
    });

    const byGp = { ...DocumentMother.of(patient, gp, '11488-4'), id: 'doc-gp' };
    actor.send({ type: 'ps.depositDocument', document: byGp, episodeId: 'ep-1' });
    const later = { ...DocumentMother.of(patient, midwife, '11488-4'), id: 'doc-later' };
    actor.send({ type: 'ps.depositDocument', document: later, episodeId: 'ep-2' });

    expect(actor.getSnapshot().context.documents.map((d) => d.id)).toEqual(['doc-gp', 'doc-later']);
  });
});

describe('dépôt accepté : la décision du cœur', () => {
  // The machine knows neither card nor profession: it cites what decideDeposit cites beyond them.
  test('code, explication et avis de decideDeposit, et une partie de ses sources', () => {
    const patient = PatientMother.minor();
    const midwife = ProfessionalMother.midwife();
    const report = DocumentMother.of(patient, midwife, '11488-4');
    const actor = start(patient, 'rep-1', []);

    actor.send({ type: 'ps.depositDocument', document: report, episodeId: 'ep-1' });

    const { lastDecision, now } = actor.getSnapshot().context;
    const context = {
      professional: midwife,
      patient,
      now,
      workstationSkewMs: 0,
      episodeId: 'ep-1',
    };
    const core = decideDeposit(context, report);
    expect(core.allowed).toBe(true);
    const { code, explanation } = core;
    expect(lastDecision).toMatchObject({ allowed: true, code, explanation });
    if (core.allowed) expect(lastDecision).toMatchObject({ notices: core.notices });
    expect(lastDecision?.rules.length).toBeGreaterThan(0);
    expect(core.rules).toEqual(expect.arrayContaining([...(lastDecision?.rules ?? [])]));
    expect(core.faq).toEqual(expect.arrayContaining([...(lastDecision?.faq ?? [])]));
  });
});
