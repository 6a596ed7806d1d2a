import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ConsentMother } from '../../../test/mothers/consent.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { CLOCK_SKEW_TOLERANCE_MS } from '../model/clock';
import {
  feedsVaccinationBook,
  hasDepositOpposition,
  isClockInSync,
  isDmpDocumentType,
  isMandatoryDepositType,
  isPatientDepositType,
  isPatientInformedOfDeposit,
  isProfessionAllowedToDeposit,
  isProfessionAllowedToDepositType,
  MANDATORY_DEPOSITS,
} from './deposit.rules';

describe(`${isProfessionAllowedToDeposit.faq} ${isProfessionAllowedToDeposit.id}`, () => {
  test('R7: any professional deposits, including liberal occupational therapists and secretaries; R22: not osteopaths', () => {
    expect(isProfessionAllowedToDeposit('10')).toBe(true);
    expect(isProfessionAllowedToDeposit('94')).toBe(true);
    expect(isProfessionAllowedToDeposit('secretary')).toBe(true);
    expect(isProfessionAllowedToDeposit('osteopath')).toBe(false);
  });
});

describe(`${isDmpDocumentType.faq} ${isDmpDocumentType.id}`, () => {
  test('R10: there is no « allergies » type; R17: no convocation either', () => {
    expect(isDmpDocumentType('allergies')).toBe(false);
    expect(isDmpDocumentType('convocation')).toBe(false);
    expect(isDmpDocumentType('60591-5')).toBe(true);
  });
});

describe(`${isClockInSync.faq} ${isClockInSync.id}`, () => {
  test('R18: a skew beyond the tolerance fails, within it succeeds, both directions', () => {
    expect(isClockInSync(0)).toBe(true);
    expect(isClockInSync(CLOCK_SKEW_TOLERANCE_MS)).toBe(true);
    expect(isClockInSync(CLOCK_SKEW_TOLERANCE_MS + 1)).toBe(false);
    expect(isClockInSync(-(CLOCK_SKEW_TOLERANCE_MS + 1))).toBe(false);
  });
  test('the tolerance is a parameter', () => {
    expect(isClockInSync(60_000, 30_000)).toBe(false);
    expect(isClockInSync(60_000, 120_000)).toBe(true);
  });
});

describe(`${hasDepositOpposition.faq} ${hasDepositOpposition.id}`, () => {
  const gp = ProfessionalMother.gp();
  test('R41: an opposition with a legitimate reason blocks deposits', () => {
    expect(
      hasDepositOpposition(
        PatientMother.adult({ oppositions: [ConsentMother.depositOpposition()] }),
        gp,
      ),
    ).toBe(true);
  });
  test('without a reason, or a consultation opposition, it does not', () => {
    expect(
      hasDepositOpposition(
        PatientMother.adult({ oppositions: [ConsentMother.depositOpposition({ reason: ' ' })] }),
        gp,
      ),
    ).toBe(false);
    expect(
      hasDepositOpposition(
        PatientMother.adult({ oppositions: [ConsentMother.consultationOpposition()] }),
        gp,
      ),
    ).toBe(false);
  });
});

describe(`${isPatientInformedOfDeposit.faq} ${isPatientInformedOfDeposit.id}`, () => {
  test('R40: information, not consent', () => {
    expect(isPatientInformedOfDeposit({ patientInformed: true })).toBe(true);
    expect(isPatientInformedOfDeposit({ patientInformed: false })).toBe(false);
  });
});

describe(`${isMandatoryDepositType.faq} ${isMandatoryDepositType.id}`, () => {
  test('R8: biology and imaging from 31/12/2022; operative report from 31/12/2023', () => {
    expect(isMandatoryDepositType('11502-2', '2022-06-01T00:00:00.000Z')).toBe(false);
    expect(isMandatoryDepositType('11502-2', '2023-01-01T00:00:00.000Z')).toBe(true);
    expect(isMandatoryDepositType('18748-4', '2022-06-01T00:00:00.000Z')).toBe(false);
    expect(isMandatoryDepositType('18748-4', '2023-01-01T00:00:00.000Z')).toBe(true);
    expect(isMandatoryDepositType('34874-8', '2023-06-01T00:00:00.000Z')).toBe(false);
    expect(isMandatoryDepositType('34874-8', '2025-10-01T00:00:00.000Z')).toBe(true);
    expect(isMandatoryDepositType('68599-0', '2025-10-01T00:00:00.000Z')).toBe(false);
  });
});

describe(`${isPatientDepositType.faq} ${isPatientDepositType.id}`, () => {
  test('R13: patient documents are class 90', () => {
    expect(isPatientDepositType('DOCPAT01')).toBe(true);
    expect(isPatientDepositType('11502-2')).toBe(false);
  });
});

describe(`${feedsVaccinationBook.faq} ${feedsVaccinationBook.id}`, () => {
  test('R15: a vaccination note feeds the vaccination book', () => {
    expect(feedsVaccinationBook('87273-9')).toBe(true);
    expect(feedsVaccinationBook('11502-2')).toBe(false);
  });
});

describe('MANDATORY_DEPOSITS agrees with the FAQ answer (issue 15)', () => {
  const answer = readFileSync(
    new URL('../../../site/content/docs/faq/depot/deposer-des-documents.mdx', import.meta.url),
    'utf8',
  ).replace(/\s+/g, ' ');
  test('the types the answer says are mandatory since 31/12/2022 have that date in the core', () => {
    expect(answer).toMatch(/depuis le 31 décembre 2022, les comptes rendus de biologie/);
    const since = (code: keyof typeof MANDATORY_DEPOSITS) => MANDATORY_DEPOSITS[code];
    expect(since('11502-2')).toBe('2022-12-31T00:00:00.000Z');
    expect(since('18748-4')).toBe('2022-12-31T00:00:00.000Z');
  });
});

describe(`${isProfessionAllowedToDepositType.faq} ${isProfessionAllowedToDepositType.id}`, () => {
  test('the VSM is deposited by a physician only; other types by any profession', () => {
    expect(isProfessionAllowedToDepositType('10', '60591-5')).toBe(true);
    expect(isProfessionAllowedToDepositType('70', '60591-5')).toBe(false);
    expect(isProfessionAllowedToDepositType('60', '60591-5')).toBe(false);
    expect(isProfessionAllowedToDepositType('70', '11488-4')).toBe(true);
  });
});
