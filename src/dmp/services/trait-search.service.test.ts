import { describe, expect, test } from 'vitest';
import { PatientMother } from '../../../test/mothers/patient.mother';
import type { Patient } from '../model/patient';
import { ANNOUNCED_FEATURES } from '../model/features';
import {
  normaliseName,
  searchByTraits as searchWithOptions,
  type TraitQuery,
} from './trait-search.service';

/** The search with the announced feature switched on, as a scenario that plays it does. */
const ON = { features: { traitSearch: true } } as const;
const searchByTraits = (patients: readonly Patient[], q: TraitQuery) =>
  searchWithOptions(patients, q, ON);

const traits = (o: Partial<Patient['traits']> = {}): Patient['traits'] => ({
  birthName: 'LEFÈVRE',
  givenNames: ['Anne-Sophie', 'Marie'],
  birthDate: '1978-04-12',
  sex: 'F',
  birthPlaceCode: '44109',
  ...o,
});
const query: TraitQuery = {
  familyName: 'lefevre',
  givenName: 'Marie',
  birthDate: '1978-04-12',
  sex: 'F',
};

describe('traits search: an announced feature, off unless switched on (FAQ-INS-02)', () => {
  const patients = [PatientMother.adult({ traits: traits() })];

  test('off by default at the simulated date: refused, and the answer says it is announced', () => {
    const result = searchWithOptions(patients, query, { now: '2025-10-01T09:00:00.000Z' });
    expect(result).toMatchObject({ allowed: false, code: 'DMP.FEATURE_NOT_AVAILABLE' });
    expect(result.explanation).toContain('annoncée en septembre 2025');
    expect(result.explanation).toContain('matricule INS');
  });

  test('the announcement is dated and has no date of service', () => {
    expect(ANNOUNCED_FEATURES.traitSearch).toMatchObject({
      announcedOn: '2025-09-18',
      availableFrom: null,
      faq: 'FAQ-INS-02',
    });
  });

  test('explicitly off stays off; switched on, every answer carries the caveat', () => {
    expect(searchWithOptions(patients, query, { features: { traitSearch: false } }).code).toBe(
      'DMP.FEATURE_NOT_AVAILABLE',
    );
    const found = searchByTraits(patients, query);
    expect(found.allowed && found.notices).toContain(ANNOUNCED_FEATURES.traitSearch.caveat);
    const missing = searchByTraits(patients, { ...query, sex: 'M' });
    expect(missing.explanation).toContain(ANNOUNCED_FEATURES.traitSearch.caveat);
  });
});

describe('searchByTraits (R6, FAQ-INS-02)', () => {
  test('returns the DMP when exactly one qualified identity matches (accents and case ignored)', () => {
    const target = PatientMother.adult({ traits: traits() });
    const result = searchByTraits([PatientMother.adult(), target], query);
    expect(result).toMatchObject({
      allowed: true,
      code: 'DMP.IDENTITY_FOUND',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any
      rules: expect.arrayContaining(['R6']),
    });
    expect(result.allowed && result.patient.id).toBe(target.id);
  });

  test('two homonyms: no DMP is shown', () => {
    const result = searchByTraits(
      [
        PatientMother.adult({ traits: traits() }),
        PatientMother.adult({ traits: traits({ birthPlaceCode: '49007' }) }),
      ],
      query,
    );
    expect(result).toMatchObject({ allowed: false, code: 'DMP.IDENTITY_UNCERTAIN' });
  });

  test('a single but unqualified identity is not certain', () => {
    expect(
      searchByTraits([PatientMother.withProvisionalIdentity({ traits: traits() })], query).code,
    ).toBe('DMP.IDENTITY_UNCERTAIN');
  });

  test('no match, wrong sex or birth date, incomplete query', () => {
    const patients = [PatientMother.adult({ traits: traits() })];
    expect(searchByTraits(patients, { ...query, sex: 'M' }).code).toBe('DMP.NO_MATCH');
    expect(searchByTraits(patients, { ...query, birthDate: '1978-04-13' }).code).toBe(
      'DMP.NO_MATCH',
    );
    expect(searchByTraits(patients, { ...query, givenName: ' ' }).code).toBe(
      'DMP.INCOMPLETE_TRAITS',
    );
    expect(searchByTraits(patients, { ...query, sex: null }).code).toBe('DMP.INCOMPLETE_TRAITS');
  });

  test('closed DMPs are not searched', () => {
    expect(
      searchByTraits([PatientMother.adult({ traits: traits(), dmpStatus: 'closed' })], query).code,
    ).toBe('DMP.NO_MATCH');
  });

  test('name normalisation', () => {
    expect(normaliseName("  d'Arc-Lefèvre ")).toBe('D ARC LEFEVRE');
  });
});
