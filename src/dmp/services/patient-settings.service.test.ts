import { describe, expect, test } from 'vitest';
import { ConsentMother } from '../../../test/mothers/consent.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { SIMULATION_START as NOW } from '../model/clock';
import { CONSENT_GIVER_CHECKS, CONSENT_RECORD_CHECKS } from './consent-record.checks';
import { decideConsentRecord, decideEmergencySettings } from './patient-settings.service';

const gp = ProfessionalMother.gp();
const own = { kind: 'professional', professionalId: gp.id } as const;

describe('decideConsentRecord', () => {
  test('runs CONSENT_RECORD_CHECKS: the opposition first, then the giver checks, which grant it', () => {
    const opposed = PatientMother.adult({ oppositions: [ConsentMother.consultationOpposition()] });
    const ownByPatient = { givenBy: 'patient', protectorInformed: false, scope: own } as const;
    const giverIds = CONSENT_GIVER_CHECKS.map((c) => c.id);

    expect(CONSENT_RECORD_CHECKS.slice(-giverIds.length).map((c) => c.id)).toEqual(giverIds);
    expect(decideConsentRecord(opposed, gp, ownByPatient, NOW).checks).toEqual({
      decided: [CONSENT_RECORD_CHECKS[0].id],
      passed: [],
    });
    expect(
      decideConsentRecord(PatientMother.minor(), gp, ownByPatient, NOW).checks?.decided,
    ).toEqual([giverIds[0]]);
    expect(decideConsentRecord(PatientMother.adult(), gp, ownByPatient, NOW).checks).toEqual({
      decided: giverIds,
      passed: [CONSENT_RECORD_CHECKS[0].id],
    });
  });

  test('R33: a minor’s consent comes from the legal representative', () => {
    expect(
      decideConsentRecord(
        PatientMother.minor(),
        gp,
        { givenBy: 'patient', protectorInformed: false, scope: own },
        NOW,
      ).code,
    ).toBe('DMP.CONSENT_GIVER_NOT_ENTITLED');
    expect(
      decideConsentRecord(
        PatientMother.minor(),
        gp,
        { givenBy: 'legal-representative', protectorInformed: false, scope: own },
        NOW,
      ).allowed,
    ).toBe(true);
  });
  test('R37: protected adult, the protector must be informed', () => {
    expect(
      decideConsentRecord(
        PatientMother.protectedAdult(),
        gp,
        { givenBy: 'patient', protectorInformed: false, scope: own },
        NOW,
      ).code,
    ).toBe('DMP.PROTECTOR_NOT_INFORMED');
  });
  test('a standing opposition must be lifted first', () => {
    const patient = PatientMother.adult({ oppositions: [ConsentMother.consultationOpposition()] });
    expect(
      decideConsentRecord(
        patient,
        gp,
        { givenBy: 'patient', protectorInformed: false, scope: own },
        NOW,
      ).code,
    ).toBe('DMP.OPPOSITION');
  });
  test('R34: a team consent without telling the patient is accepted with a notice', () => {
    const decision = decideConsentRecord(
      PatientMother.adult(),
      gp,
      {
        givenBy: 'patient',
        protectorInformed: false,
        scope: { kind: 'care-team', teamId: 'msp', informedOfTeamScope: false },
      },
      NOW,
    );
    expect(decision.allowed && decision.notices).toHaveLength(1);
  });
});

describe('decideEmergencySettings', () => {
  test('masked documents in emergency require an emergency access', () => {
    expect(
      decideEmergencySettings({
        allowSamu: false,
        allowOtherProfessionals: false,
        allowMaskedDocumentsInEmergency: true,
      }).code,
    ).toBe('DMP.INCONSISTENT_EMERGENCY_SETTINGS');
    expect(
      decideEmergencySettings({
        allowSamu: false,
        allowOtherProfessionals: true,
        allowMaskedDocumentsInEmergency: true,
      }).allowed,
    ).toBe(true);
  });
});
