import { describe, expect, test } from 'vitest';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import {
  cardLoginRefusal,
  cardsHeldBy,
  G15_PROFESSIONS,
  isLuhnValid,
  isRppsFormat,
  luhnCheckDigit,
  professionLabel,
} from './professional';

describe('professions and RPPS', () => {
  test('TRE_G15: 95 is diététicien and 96 psychomotricien', () => {
    expect(G15_PROFESSIONS['95']).toBe('Diététicien');
    expect(G15_PROFESSIONS['96']).toBe('Psychomotricien');
    expect(professionLabel('osteopath')).toBe('Ostéopathe');
  });

  test('Luhn: computes and checks the key (known realistic RPPS 10005173140)', () => {
    expect(isLuhnValid('10005173140')).toBe(true);
    expect(isLuhnValid('10101201234')).toBe(false);
    expect(luhnCheckDigit('1000517314')).toBe('0');
  });

  test('RPPS format is 11 digits; the Luhn key is not required', () => {
    expect(isRppsFormat('10101201234')).toBe(true);
    expect(isRppsFormat('1010120123')).toBe(false);
    expect(isRppsFormat('1010120123a')).toBe(false);
  });
});

describe('cards held (issue 15)', () => {
  test('a CPS holder may log in with the e-CPS too; an e-CPS holder with the e-CPS only', () => {
    const gp = ProfessionalMother.gp();
    expect(cardLoginRefusal(gp, 'CPS')).toBeNull();
    expect(cardLoginRefusal(gp, 'e-CPS')).toBeNull();
    expect(cardLoginRefusal(gp, 'CPE')).toMatch(/détient : CPS, e-CPS/);
    expect(cardsHeldBy(ProfessionalMother.gp({ card: { type: 'e-CPS' } }))).toEqual(['e-CPS']);
  });

  test('an osteopath holds no card and is told why (not in the RPPS, no CPS)', () => {
    const osteopath = ProfessionalMother.gp({ profession: 'osteopath', rpps: null });
    expect(cardsHeldBy(osteopath)).toEqual([]);
    for (const card of ['CPS', 'e-CPS'] as const)
      expect(cardLoginRefusal(osteopath, card)).toMatch(
        /ostéopathes ne sont pas enregistrés au RPPS/,
      );
  });
});
