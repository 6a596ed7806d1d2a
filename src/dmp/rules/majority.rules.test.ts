import { describe, expect, test } from 'vitest';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { addDuration, SIMULATION_START as NOW } from '../model/clock';
import {
  isAdultAt,
  hasActivatedOwnAccount,
  isCurrentRepresentative,
  isProfileManagedByRepresentative,
} from './majority.rules';

describe(`${isAdultAt.faq} ${isAdultAt.id}`, () => {
  test('R47: adult from the 18th birthday, not the day before', () => {
    const patient = PatientMother.minorTurning18(14);
    expect(isAdultAt(patient, NOW)).toBe(false);
    expect(isAdultAt(patient, addDuration(NOW, { days: 13 }))).toBe(false);
    expect(isAdultAt(patient, addDuration(NOW, { days: 14 }))).toBe(true);
  });
});

describe(`${isProfileManagedByRepresentative.faq} ${isProfileManagedByRepresentative.id}`, () => {
  test("R45: a minor's profile is managed from the representative's account, until 18", () => {
    const patient = PatientMother.minorTurning18(14);
    expect(isProfileManagedByRepresentative(patient, NOW)).toBe(true);
    expect(isProfileManagedByRepresentative(patient, addDuration(NOW, { days: 14 }))).toBe(false);
    expect(isProfileManagedByRepresentative(PatientMother.adult(), NOW)).toBe(false);
  });
});

describe(`${isCurrentRepresentative.faq} ${isCurrentRepresentative.id}`, () => {
  test('R47: the parent loses access at 18', () => {
    const patient = PatientMother.minorTurning18(14);
    const [rep] = patient.legalRepresentatives;
    expect(isCurrentRepresentative(rep?.id ?? '', patient, NOW)).toBe(true);
    expect(isCurrentRepresentative(rep?.id ?? '', patient, addDuration(NOW, { days: 14 }))).toBe(
      false,
    );
  });
  test('someone who is not a representative never is', () => {
    expect(isCurrentRepresentative('stranger', PatientMother.minor(), NOW)).toBe(false);
  });
});

describe(`${hasActivatedOwnAccount.faq} ${hasActivatedOwnAccount.id}`, () => {
  test('R47: a patient who had representatives must activate her own account; others need not', () => {
    const youngAdult = PatientMother.minorTurning18(14, { mesActivated: true });
    expect(hasActivatedOwnAccount(youngAdult)).toBe(false);
    expect(hasActivatedOwnAccount({ ...youngAdult, ownAccountActivated: true })).toBe(true);
    expect(hasActivatedOwnAccount(PatientMother.adult())).toBe(true);
  });
});
