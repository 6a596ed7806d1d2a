import { describe, expect, test } from 'vitest';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { hasConsultingCard, hasDepositingCard, isTraineeAuthorised } from './cards.rules';

describe(`${hasConsultingCard.faq} ${hasConsultingCard.id}`, () => {
  test('R1: the CPS already held is enough to consult; e-CPS and CPF too', () => {
    expect(hasConsultingCard({ type: 'CPS' })).toBe(true);
    expect(hasConsultingCard({ type: 'e-CPS' })).toBe(true);
    expect(hasConsultingCard({ type: 'CPF' })).toBe(true);
  });
  test('R4: a CPE never consults, nominative or not', () => {
    expect(hasConsultingCard({ type: 'CPE', nominative: true })).toBe(false);
    expect(hasConsultingCard({ type: 'CPE', nominative: false })).toBe(false);
  });
});

describe(`${hasDepositingCard.faq} ${hasDepositingCard.id}`, () => {
  test('R3, R9: a nominative CPE deposits', () => {
    expect(hasDepositingCard({ type: 'CPE', nominative: true })).toBe(true);
  });
  test('R5: a non-nominative CPE does not deposit', () => {
    expect(hasDepositingCard({ type: 'CPE', nominative: false })).toBe(false);
  });
  test('professional cards deposit', () => {
    expect(hasDepositingCard({ type: 'CPS' })).toBe(true);
    expect(hasDepositingCard({ type: 'e-CPS' })).toBe(true);
  });
});

describe(`${isTraineeAuthorised.faq} ${isTraineeAuthorised.id}`, () => {
  test('R21: a registered intern accesses with a CPF or an e-CPS', () => {
    expect(isTraineeAuthorised(ProfessionalMother.intern(true, { type: 'CPF' }))).toBe(true);
    expect(isTraineeAuthorised(ProfessionalMother.intern(true, { type: 'e-CPS' }))).toBe(true);
  });
  test('R21: an intern not registered with the Order cannot, whatever the card', () => {
    expect(isTraineeAuthorised(ProfessionalMother.intern(false, { type: 'CPF' }))).toBe(false);
    expect(isTraineeAuthorised(ProfessionalMother.intern(false, { type: 'e-CPS' }))).toBe(false);
  });
  test('R21: an intern uses e-CPS or CPF, not a CPS', () => {
    expect(isTraineeAuthorised(ProfessionalMother.intern(true, { type: 'CPS' }))).toBe(false);
  });
  test('non-interns are unaffected, except an unregistered CPF holder', () => {
    expect(isTraineeAuthorised(ProfessionalMother.gp())).toBe(true);
    expect(
      isTraineeAuthorised(ProfessionalMother.gp({ card: { type: 'CPF' }, orderRegistered: false })),
    ).toBe(false);
  });
});
