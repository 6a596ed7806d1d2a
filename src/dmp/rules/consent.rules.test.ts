import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ConsentMother } from '../../../test/mothers/consent.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { SIMULATION_START as NOW } from '../model/clock';
import {
  hasOpposedToConsultation,
  hasValidConsent,
  holdsMinorSecret,
  isConsentGivenByEntitledPerson,
  isCoveredByStayContract,
  isCoveredByTeamConsent,
  isProtectorInformed,
} from './consent.rules';

const gp = ProfessionalMother.gp({ careTeamIds: ['msp'] });
const nurse = ProfessionalMother.nurse({ careTeamIds: ['msp'] });
const outsider = ProfessionalMother.physiotherapist();
const own = { kind: 'professional', professionalId: gp.id } as const;
const team = { kind: 'care-team', teamId: 'msp', informedOfTeamScope: true } as const;

describe(`${hasValidConsent.faq} ${hasValidConsent.id}`, () => {
  test('R32: a consent covers its care episode only', () => {
    const patient = PatientMother.adult({ consents: [ConsentMother.for(gp, 'ep-1')] });
    expect(hasValidConsent(patient, gp, 'ep-1', NOW)).toBe(true);
    expect(hasValidConsent(patient, gp, 'ep-2', NOW)).toBe(false);
  });
  test('R35, R36: an oral consent that was not traced is enough', () => {
    const patient = PatientMother.adult({
      consents: [ConsentMother.for(gp, 'ep-1', { form: 'oral', traced: false })],
    });
    expect(hasValidConsent(patient, gp, 'ep-1', NOW)).toBe(true);
  });
  test('a consent given to one professional does not cover another', () => {
    const patient = PatientMother.adult({ consents: [ConsentMother.for(gp, 'ep-1')] });
    expect(hasValidConsent(patient, outsider, 'ep-1', NOW)).toBe(false);
  });
  test('no consent at all: not valid', () => {
    expect(hasValidConsent(PatientMother.adult(), gp, 'ep-1', NOW)).toBe(false);
  });
});

describe(`${isCoveredByTeamConsent.faq} ${isCoveredByTeamConsent.id}`, () => {
  test('R34: a team consent, the patient being told of its scope, covers every member', () => {
    const record = ConsentMother.forTeam(gp, 'msp', 'ep-1');
    expect(isCoveredByTeamConsent(record, nurse)).toBe(true);
    expect(isCoveredByTeamConsent(record, outsider)).toBe(false);
    expect(hasValidConsent(PatientMother.adult({ consents: [record] }), nurse, 'ep-1', NOW)).toBe(
      true,
    );
  });
  test('R34: if the patient was not told, other members are not covered (only the collector is)', () => {
    const record = ConsentMother.for(gp, 'ep-1', {
      scope: { kind: 'care-team', teamId: 'msp', informedOfTeamScope: false },
    });
    const patient = PatientMother.adult({ consents: [record] });
    expect(isCoveredByTeamConsent(record, nurse)).toBe(false);
    expect(hasValidConsent(patient, nurse, 'ep-1', NOW)).toBe(false);
    expect(hasValidConsent(patient, gp, 'ep-1', NOW)).toBe(true);
  });
});

describe(`${isConsentGivenByEntitledPerson.faq} ${isConsentGivenByEntitledPerson.id}`, () => {
  test('R33, R46: for a minor, the legal representative consents, and the consultation is then possible', () => {
    const minor = PatientMother.minor({
      consents: [ConsentMother.for(gp, 'ep-1', { givenBy: 'legal-representative' })],
    });
    expect(
      isConsentGivenByEntitledPerson(minor, { givenBy: 'legal-representative', scope: own }, NOW),
    ).toBe(true);
    expect(isConsentGivenByEntitledPerson(minor, { givenBy: 'patient', scope: team }, NOW)).toBe(
      false,
    );
    expect(hasValidConsent(minor, gp, 'ep-1', NOW)).toBe(true);
  });
  test('secret du mineur: the minor consents alone, for the professional who receives it and this episode only', () => {
    const minor = PatientMother.minorWithSecretConnection(gp.id, 'ep-1');
    expect(
      isConsentGivenByEntitledPerson(
        minor,
        { givenBy: 'patient', scope: own, minorSecret: true },
        NOW,
      ),
    ).toBe(true);
    // Not for a whole team: another professional does not inherit the secret.
    expect(isConsentGivenByEntitledPerson(minor, { givenBy: 'patient', scope: team }, NOW)).toBe(
      false,
    );
    expect(hasValidConsent(minor, gp, 'ep-1', NOW)).toBe(true);
    expect(hasValidConsent(minor, nurse, 'ep-1', NOW)).toBe(false);
    expect(hasValidConsent(minor, gp, 'ep-2', NOW)).toBe(false);
    expect(holdsMinorSecret(minor, gp.id, 'ep-1')).toBe(true);
    expect(holdsMinorSecret(minor, nurse.id, 'ep-1')).toBe(false);
    expect(holdsMinorSecret(minor, gp.id, 'ep-2')).toBe(false);
  });
  test('a consent the minor could not give alone (team scope) does not become valid at 18', () => {
    const patient = PatientMother.minorTurning18(10, {
      consents: [
        ConsentMother.for(gp, 'ep-1', {
          givenBy: 'patient',
          scope: team,
          recordedAt: NOW,
        }),
      ],
    });
    expect(hasValidConsent(patient, gp, 'ep-1', NOW)).toBe(false);
    expect(hasValidConsent(patient, gp, 'ep-1', '2025-10-20T09:00:00.000Z')).toBe(false);
  });
  test('an adult consents himself; a representative no longer can', () => {
    const adult = PatientMother.adult();
    expect(isConsentGivenByEntitledPerson(adult, { givenBy: 'patient', scope: team }, NOW)).toBe(
      true,
    );
    expect(
      isConsentGivenByEntitledPerson(adult, { givenBy: 'legal-representative', scope: own }, NOW),
    ).toBe(false);
    expect(isConsentGivenByEntitledPerson(adult, { givenBy: 'protector', scope: own }, NOW)).toBe(
      false,
    );
  });
  test('R47: a representative consent stops being valid once the patient turns 18', () => {
    const patient = PatientMother.minorTurning18(10, {
      consents: [ConsentMother.for(gp, 'ep-1', { givenBy: 'legal-representative' })],
    });
    expect(hasValidConsent(patient, gp, 'ep-1', NOW)).toBe(true);
    expect(hasValidConsent(patient, gp, 'ep-1', '2025-10-11T09:00:00.000Z')).toBe(false);
  });
});

describe(`${isProtectorInformed.faq} ${isProtectorInformed.id}`, () => {
  test('R37: with representation relating to the person, the protector must be informed too', () => {
    const patient = PatientMother.protectedAdult();
    expect(isProtectorInformed(patient, { protectorInformed: false, givenBy: 'patient' })).toBe(
      false,
    );
    expect(isProtectorInformed(patient, { protectorInformed: true, givenBy: 'patient' })).toBe(
      true,
    );
    expect(
      hasValidConsent({ ...patient, consents: [ConsentMother.for(gp, 'ep-1')] }, gp, 'ep-1', NOW),
    ).toBe(false);
    expect(
      hasValidConsent(
        { ...patient, consents: [ConsentMother.for(gp, 'ep-1', { protectorInformed: true })] },
        gp,
        'ep-1',
        NOW,
      ),
    ).toBe(true);
  });
  test('without representation relating to the person, nothing more is required', () => {
    const patient = PatientMother.protectedAdult({
      legalProtection: {
        measure: 'curatorship',
        representationRelatingToPerson: false,
        protectorName: 'X',
      },
    });
    expect(isProtectorInformed(patient, { protectorInformed: false, givenBy: 'patient' })).toBe(
      true,
    );
  });
});

describe(`${isCoveredByStayContract.faq} ${isCoveredByStayContract.id}`, () => {
  const doctor = ProfessionalMother.of('10', 'structure', { careTeamIds: ['ehpad'] });
  const record = ConsentMother.for(doctor, 'stay-1', {
    form: 'stay-contract-clause',
    scope: { kind: 'care-team', teamId: 'ehpad', informedOfTeamScope: false },
  });
  test('R49: the stay-contract clause covers the establishment team for the stay', () => {
    expect(
      isCoveredByStayContract(record, ProfessionalMother.nurse({ careTeamIds: ['ehpad'] })),
    ).toBe(true);
    expect(isCoveredByStayContract(record, outsider)).toBe(false);
    expect(
      hasValidConsent(
        PatientMother.adult({ consents: [record] }),
        ProfessionalMother.nurse({ careTeamIds: ['ehpad'] }),
        'stay-1',
        NOW,
      ),
    ).toBe(true);
  });
  test('an oral team consent is not a stay contract', () => {
    expect(isCoveredByStayContract({ ...record, form: 'oral' }, doctor)).toBe(false);
  });
});

describe(`${hasOpposedToConsultation.faq} ${hasOpposedToConsultation.id}`, () => {
  test('R35: a traced opposition covering everybody, a team or one professional', () => {
    expect(
      hasOpposedToConsultation(
        PatientMother.adult({ oppositions: [ConsentMother.consultationOpposition()] }),
        gp,
      ),
    ).toBe(true);
    const teamOnly = PatientMother.adult({
      oppositions: [
        ConsentMother.consultationOpposition({ scope: { kind: 'care-team', teamId: 'msp' } }),
      ],
    });
    expect(hasOpposedToConsultation(teamOnly, nurse)).toBe(true);
    expect(hasOpposedToConsultation(teamOnly, outsider)).toBe(false);
  });
  test('a deposit opposition is not an opposition to consultation', () => {
    expect(
      hasOpposedToConsultation(
        PatientMother.adult({ oppositions: [ConsentMother.depositOpposition()] }),
        gp,
      ),
    ).toBe(false);
  });
});

describe('assumptions of isConsentGivenByEntitledPerson are listed', () => {
  test('the protector as consent giver is in the README list of assumptions (the FAQ only says: inform)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const assumptions = readme.slice(readme.indexOf('## Assumptions'));
    expect(assumptions).toMatch(/legal protection measure[^\n]*consent/);
    expect(assumptions).toContain("givenBy: 'protector'");
  });
});
