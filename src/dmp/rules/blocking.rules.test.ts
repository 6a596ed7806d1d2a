import { describe, expect, test } from 'vitest';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { isBlockedFor } from './blocking.rules';

describe(`${isBlockedFor.faq} ${isBlockedFor.id}`, () => {
  const blocked = ProfessionalMother.physiotherapist();
  const other = ProfessionalMother.gp();

  test('R44: one professional blocked by RPPS', () => {
    const patient = PatientMother.blocking([blocked.rpps ?? '']);
    expect(isBlockedFor(patient, blocked)).toBe(true);
    expect(isBlockedFor(patient, other)).toBe(false);
  });
  test('R44: all professionals blocked, including those without RPPS', () => {
    const patient = PatientMother.blockingAll();
    expect(isBlockedFor(patient, other)).toBe(true);
    expect(isBlockedFor(patient, ProfessionalMother.osteopath())).toBe(true);
  });
  test('nobody blocked', () => {
    expect(isBlockedFor(PatientMother.adult(), blocked)).toBe(false);
  });
});
