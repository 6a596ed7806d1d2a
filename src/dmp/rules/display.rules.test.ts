import { describe, expect, test } from 'vitest';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { isListedBefore, sortForDisplay } from './display.rules';

describe(`${isListedBefore.faq} ${isListedBefore.id}`, () => {
  const patient = PatientMother.adult();
  const author = ProfessionalMother.gp();
  const synthesis = DocumentMother.of(patient, author, '60591-5', { serviceDate: '2020-01-01' });
  const oldBiology = DocumentMother.of(patient, author, '11502-2', { serviceDate: '2024-01-01' });
  const newBiology = DocumentMother.of(patient, author, '11502-2', { serviceDate: '2025-09-01' });
  const imaging = DocumentMother.of(patient, author, '18748-4', { serviceDate: '2025-09-30' });

  test('R30: by category first, even when the date is older', () => {
    expect(isListedBefore(synthesis, imaging)).toBe(true);
    expect(isListedBefore(imaging, synthesis)).toBe(false);
  });
  test('R30: then by date, most recent first', () => {
    expect(isListedBefore(newBiology, oldBiology)).toBe(true);
    expect(sortForDisplay([imaging, oldBiology, synthesis, newBiology]).map((d) => d.id)).toEqual([
      synthesis.id,
      newBiology.id,
      oldBiology.id,
      imaging.id,
    ]);
  });
});
