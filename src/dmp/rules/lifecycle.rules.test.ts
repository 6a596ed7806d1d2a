import { describe, expect, test } from 'vitest';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { isDocumentAuthor } from './lifecycle.rules';

describe(`${isDocumentAuthor.faq} ${isDocumentAuthor.id}`, () => {
  const patient = PatientMother.adult();
  const author = ProfessionalMother.gp();
  test('the professional author, and only them', () => {
    const doc = DocumentMother.of(patient, author, '11502-2');
    expect(isDocumentAuthor(doc, { kind: 'professional', professionalId: author.id })).toBe(true);
    expect(isDocumentAuthor(doc, { kind: 'professional', professionalId: 'other' })).toBe(false);
    expect(isDocumentAuthor(doc, { kind: 'patient' })).toBe(false);
  });
  test('the patient for their own documents', () => {
    expect(isDocumentAuthor(DocumentMother.patientDeposited(patient), { kind: 'patient' })).toBe(
      true,
    );
  });
});
