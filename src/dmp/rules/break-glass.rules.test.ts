import { describe, expect, test } from 'vitest';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import {
  areEmergencySettingsConsistent,
  hasBreakGlassMotive,
  isBreakGlassAllowedByPatient,
  isBreakGlassSituation,
  isHealthProfessional,
  isRegulationAllowedByPatient,
  isRegulator,
  requiresPatientInformation,
} from './break-glass.rules';

describe(`${isHealthProfessional.faq} ${isHealthProfessional.id}`, () => {
  test('R38: health professions only (RPPS+ roles, secretaries and osteopaths are not)', () => {
    expect(isHealthProfessional('10')).toBe(true);
    expect(isHealthProfessional('60')).toBe(true);
    for (const kind of ['rpps-plus-role', 'secretary', 'osteopath'] as const)
      expect(isHealthProfessional(kind)).toBe(false);
  });
});

describe(`${hasBreakGlassMotive.faq} ${hasBreakGlassMotive.id}`, () => {
  test('R38: the « urgence » motive is mandatory (blank does not count)', () => {
    expect(hasBreakGlassMotive({ motive: 'Patient comateux, antécédents inconnus' })).toBe(true);
    expect(hasBreakGlassMotive({ motive: '' })).toBe(false);
    expect(hasBreakGlassMotive({ motive: '   ' })).toBe(false);
  });
});

describe(`${isBreakGlassSituation.faq} ${isBreakGlassSituation.id}`, () => {
  test('R38: only for a patient who cannot consent', () => {
    expect(isBreakGlassSituation({ patientUnableToConsent: true })).toBe(true);
    expect(isBreakGlassSituation({ patientUnableToConsent: false })).toBe(false);
  });
});

describe(`${isBreakGlassAllowedByPatient.faq} ${isBreakGlassAllowedByPatient.id} / ${isRegulationAllowedByPatient.id}`, () => {
  test('the two emergency settings are independent', () => {
    const samuOnly = PatientMother.adult({
      emergency: {
        allowSamu: true,
        allowOtherProfessionals: false,
        allowMaskedDocumentsInEmergency: false,
      },
    });
    expect(isBreakGlassAllowedByPatient(samuOnly)).toBe(false);
    expect(isRegulationAllowedByPatient(samuOnly)).toBe(true);
    const none = PatientMother.withoutEmergencyAccess();
    expect(isBreakGlassAllowedByPatient(none)).toBe(false);
    expect(isRegulationAllowedByPatient(none)).toBe(false);
  });
});

describe(`${isRegulator.faq} ${isRegulator.id}`, () => {
  test('only a regulating physician', () => {
    expect(isRegulator(ProfessionalMother.regulator())).toBe(true);
    expect(isRegulator(ProfessionalMother.hospitalPhysician())).toBe(false);
    expect(isRegulator(ProfessionalMother.nurse({ isRegulator: true }))).toBe(false);
  });
});

describe(`${requiresPatientInformation.faq} ${requiresPatientInformation.id}`, () => {
  test('R39: the patient is informed after an emergency access, not after a normal one', () => {
    expect(requiresPatientInformation('break-glass')).toBe(true);
    expect(requiresPatientInformation('regulation-centre')).toBe(true);
    expect(requiresPatientInformation('normal')).toBe(false);
  });
});

describe(`${areEmergencySettingsConsistent.faq} ${areEmergencySettingsConsistent.id}`, () => {
  test('masked documents in emergency need at least one emergency access', () => {
    expect(
      areEmergencySettingsConsistent({
        allowSamu: false,
        allowOtherProfessionals: false,
        allowMaskedDocumentsInEmergency: true,
      }),
    ).toBe(false);
    expect(
      areEmergencySettingsConsistent({
        allowSamu: true,
        allowOtherProfessionals: false,
        allowMaskedDocumentsInEmergency: true,
      }),
    ).toBe(true);
    expect(
      areEmergencySettingsConsistent({
        allowSamu: false,
        allowOtherProfessionals: false,
        allowMaskedDocumentsInEmergency: false,
      }),
    ).toBe(true);
  });
});
