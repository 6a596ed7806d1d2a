import { describe, expect, test } from 'vitest';
import { ConsentMother } from '../../../test/mothers/consent.mother';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { breakGlass, NORMAL_ACCESS, type AccessRequest } from '../model/access-request';
import { SIMULATION_START as NOW } from '../model/clock';
import type { DmpDocument } from '../model/document';
import type { Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import { decideDocumentAccess } from './document-access.service';

const EP = 'ep-1';
const open = (
  professional: Professional,
  patient: Patient,
  doc: DmpDocument,
  access: AccessRequest = NORMAL_ACCESS,
) => decideDocumentAccess({ professional, patient, now: NOW, episodeId: EP, access }, doc);

describe('decideDocumentAccess', () => {
  const author = ProfessionalMother.hospitalPhysician();
  const gp = ProfessionalMother.gp();
  const pharmacist = ProfessionalMother.pharmacistInMentalHealth();

  test('R29: a pharmacist in a mental health establishment does not open the psychiatric synthesis', () => {
    const patient = PatientMother.adult({ consents: [ConsentMother.for(pharmacist, EP)] });
    const decision = open(pharmacist, patient, DocumentMother.of(patient, author, '68599-0'));
    expect(decision).toMatchObject({
      allowed: false,
      code: 'DMP.DOCUMENT_FORBIDDEN_FOR_PROFESSION',
      rules: ['R28', 'R29'],
      faq: ['FAQ-ACC-08'],
    });
    expect(decision.explanation).toContain('Synthèse psychiatrique');
    expect(open(pharmacist, patient, DocumentMother.of(patient, author, '57833-6')).allowed).toBe(
      true,
    );
  });

  test('the DMP must be open first: refusals of decideConsultation come through', () => {
    expect(
      open(gp, PatientMother.adult(), DocumentMother.of(PatientMother.adult(), author, '11502-2'))
        .code,
    ).toBe('DMP.CONSENT_REQUIRED');
  });

  test('masked documents: refused to others, open to the author, warned', () => {
    const patient = PatientMother.adult({
      consents: [ConsentMother.for(gp, EP), ConsentMother.for(author, EP)],
    });
    const masked = DocumentMother.masked(patient, author);
    expect(open(gp, patient, masked).code).toBe('DMP.DOCUMENT_MASKED');
    const byAuthor = open(author, patient, masked);
    expect(byAuthor.allowed && byAuthor.notices.join(' ')).toContain('auteur');
  });

  test('a masked document is not said to be masked by the patient (its author may mask it at deposit)', () => {
    const patient = PatientMother.adult({ consents: [ConsentMother.for(gp, EP)] });
    const refused = open(gp, patient, DocumentMother.masked(patient, author));
    expect(refused.explanation).not.toMatch(/Le patient a masqué/);
    expect(refused.explanation).toMatch(/auteur au dépôt/);
    expect(refused.rules).not.toContain('R16');
  });

  test('masked documents in emergency follow the patient setting', () => {
    const allowing = PatientMother.adult({
      emergency: {
        allowSamu: true,
        allowOtherProfessionals: true,
        allowMaskedDocumentsInEmergency: true,
      },
    });
    const refusing = PatientMother.adult();
    expect(
      open(gp, allowing, DocumentMother.masked(allowing, author), breakGlass('Urgence')).allowed,
    ).toBe(true);
    expect(
      open(gp, refusing, DocumentMother.masked(refusing, author), breakGlass('Urgence')).code,
    ).toBe('DMP.DOCUMENT_MASKED');
  });

  test('documents hidden from the patient or the representatives open with a warning (DEVBOX #147)', () => {
    const patient = PatientMother.minor({
      consents: [ConsentMother.for(gp, EP, { givenBy: 'legal-representative' })],
    });
    const pending = open(
      gp,
      patient,
      DocumentMother.hiddenFromPatient(patient, author, '2025-09-28T00:00:00.000Z'),
    );
    expect(pending.allowed && pending.notices.join(' ')).toContain('non visible par le patient');
    const secret = open(gp, patient, DocumentMother.hiddenFromRepresentatives(patient, author));
    expect(secret.allowed && secret.notices.join(' ')).toContain('représentants légaux');
  });

  test('deleted documents and documents of another patient are not found', () => {
    const patient = PatientMother.adult({ consents: [ConsentMother.for(gp, EP)] });
    expect(
      open(gp, patient, DocumentMother.of(patient, author, '11502-2', { deletedAt: NOW })).code,
    ).toBe('DMP.DOCUMENT_NOT_FOUND');
    expect(
      open(gp, patient, DocumentMother.of(PatientMother.adult(), author, '11502-2')).code,
    ).toBe('DMP.DOCUMENT_NOT_FOUND');
  });

  test('R27: RPPS+ role access is planned, not in effect at the FAQ date: no document opens', () => {
    const role = ProfessionalMother.rppsPlusRole();
    const patient = PatientMother.adult({ consents: [ConsentMother.for(role, EP)] });
    for (const type of ['80788-3', '11502-2'] as const) {
      const decision = open(role, patient, DocumentMother.of(patient, author, type));
      expect(decision.code).toBe('DMP.PROFESSION_NOT_AUTHORISED');
      expect(decision.explanation).toMatch(/prévu, non effectif à la date de la FAQ/);
    }
  });
});
