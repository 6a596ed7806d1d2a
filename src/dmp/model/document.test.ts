import { describe, expect, test } from 'vitest';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { addDuration } from './clock';
import { announcementStage, isHiddenFromPatientAt } from './document';
import { DOCUMENT_TYPES, documentType, isDocumentTypeCode } from './document-types.data';

describe('announcement timers (CSP R.1111-53, R16)', () => {
  const patient = PatientMother.adult();
  const author = ProfessionalMother.hospitalPhysician();
  const depositedAt = '2025-09-20T10:00:00.000Z';
  const doc = DocumentMother.hiddenFromPatient(patient, author, depositedAt);

  test('pending for two weeks, then the patient is invited to consult, then released at one month', () => {
    expect(announcementStage(doc, addDuration(depositedAt, { days: 13, hours: 23 }))).toBe(
      'pending',
    );
    expect(announcementStage(doc, addDuration(depositedAt, { days: 14 }))).toBe('patient-notified');
    expect(announcementStage(doc, '2025-10-20T09:59:59.000Z')).toBe('patient-notified');
    expect(announcementStage(doc, '2025-10-20T10:00:00.000Z')).toBe('released');
    expect(isHiddenFromPatientAt(doc, '2025-10-20T10:00:00.000Z')).toBe(false);
  });

  test('a visible document has no announcement stage', () => {
    expect(announcementStage(DocumentMother.of(patient, author, '11502-2'), depositedAt)).toBe(
      'not-hidden',
    );
  });
});

describe('document type catalogue', () => {
  test('holds the FAQ types with their class codes', () => {
    expect(documentType('68599-0')).toMatchObject({
      label: 'Synthèse psychiatrique',
      classCode: '11',
    });
    expect(documentType('60591-5').classCode).toBe('11');
    expect(documentType('87273-9').category).toBe('vaccination');
    expect(documentType('DOCPAT01').classCode).toBe('90');
    expect(Object.keys(DOCUMENT_TYPES).length).toBeGreaterThanOrEqual(25);
  });

  test('has no « allergies » type (R10)', () => {
    expect(isDocumentTypeCode('allergies')).toBe(false);
    expect(Object.values(DOCUMENT_TYPES).some((t) => /allerg/i.test(t.label))).toBe(false);
  });
});
