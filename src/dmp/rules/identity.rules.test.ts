import { describe, expect, test } from 'vitest';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { hasActiveDmp, isInsQualified, isUniqueTraitMatch } from './identity.rules';

describe(`${isInsQualified.faq} ${isInsQualified.id}`, () => {
  test('R14: only the QUAL status qualifies the INS', () => {
    expect(isInsQualified({ identityStatus: 'QUAL' })).toBe(true);
    for (const status of ['PROV', 'RECUP', 'VALI'] as const)
      expect(isInsQualified({ identityStatus: status })).toBe(false);
  });
});

describe(`${hasActiveDmp.faq} ${hasActiveDmp.id}`, () => {
  test('R42: the DMP is active even when Mon espace santé was never activated', () => {
    expect(hasActiveDmp(PatientMother.withoutMes())).toBe(true);
    expect(hasActiveDmp(PatientMother.adult({ dmpStatus: 'closed' }))).toBe(false);
  });
});

describe(`${isUniqueTraitMatch.faq} ${isUniqueTraitMatch.id}`, () => {
  test('R6: exactly one match', () => {
    expect(isUniqueTraitMatch([1])).toBe(true);
    expect(isUniqueTraitMatch([])).toBe(false);
    expect(isUniqueTraitMatch([1, 2])).toBe(false);
  });
});
