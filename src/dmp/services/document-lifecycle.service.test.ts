import { describe, expect, test } from 'vitest';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { SIMULATION_START as NOW } from '../model/clock';
import { VISIBLE_TO_ALL } from '../model/document';
import {
  decideArchiving,
  decideDeletion,
  decideVisibilityChange,
} from './document-lifecycle.service';

const patient = PatientMother.adult();
const author = ProfessionalMother.gp();
const asAuthor = { kind: 'professional', professionalId: author.id } as const;
const asOther = { kind: 'professional', professionalId: 'someone-else' } as const;
const doc = DocumentMother.of(patient, author, '11502-2');

describe('decideDeletion', () => {
  test('only the author deletes, once', () => {
    expect(decideDeletion(asAuthor, doc).allowed).toBe(true);
    expect(decideDeletion(asOther, doc).code).toBe('DMP.NOT_AUTHOR');
    expect(decideDeletion({ kind: 'patient' }, doc).code).toBe('DMP.NOT_AUTHOR');
    expect(decideDeletion(asAuthor, { ...doc, deletedAt: NOW }).code).toBe('DMP.ALREADY_DELETED');
  });
  test('the patient deletes their own documents', () => {
    expect(
      decideDeletion({ kind: 'patient' }, DocumentMother.patientDeposited(patient)).allowed,
    ).toBe(true);
  });
});

describe('decideArchiving', () => {
  test('author only', () => {
    expect(decideArchiving(asAuthor, doc).allowed).toBe(true);
    expect(decideArchiving(asOther, doc).code).toBe('DMP.NOT_AUTHOR');
  });
});

describe('decideVisibilityChange', () => {
  test('the patient masks or unmasks any document (CSP R.1111-49)', () => {
    expect(
      decideVisibilityChange({ kind: 'patient' }, doc, {
        ...VISIBLE_TO_ALL,
        maskedFromProfessionals: true,
      }).allowed,
    ).toBe(true);
  });
  test('the patient cannot change the audience flags set by the professional (an assumption, said so)', () => {
    const refused = decideVisibilityChange({ kind: 'patient' }, doc, {
      ...VISIBLE_TO_ALL,
      invisibleToPatient: true,
    });
    expect(refused.code).toBe('DMP.NOT_AUTHOR');
    expect(refused.explanation).toContain('hypothèse du simulateur');
  });
  test('the author makes a hidden document visible after the announcement; others cannot', () => {
    const hidden = DocumentMother.hiddenFromPatient(patient, author, NOW);
    expect(decideVisibilityChange(asAuthor, hidden, VISIBLE_TO_ALL).allowed).toBe(true);
    expect(decideVisibilityChange(asOther, hidden, VISIBLE_TO_ALL).code).toBe('DMP.NOT_AUTHOR');
  });
  test('the combination rule still applies', () => {
    expect(
      decideVisibilityChange(asAuthor, doc, {
        ...VISIBLE_TO_ALL,
        invisibleToPatient: true,
        maskedFromProfessionals: true,
      }).code,
    ).toBe('DMP.VISIBILITY_COMBINATION');
  });
});
