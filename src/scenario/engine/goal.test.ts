import { describe, expect, it } from 'vitest';
import { branchFor, durationMinutes, unmetParameters } from './goal';
import type { ActionStep } from '../format/index';

const step = (over: Partial<ActionStep>): ActionStep => ({
  kind: 'action',
  id: 's',
  do: { action: 'ps.login', card: 'CPS' },
  expect: { result: 'allowed' },
  feedback: {
    success: { text: 'ok', faq: 'FAQ-CNX-04' },
    failure: { text: 'non', faq: 'FAQ-CNX-04' },
  },
  ...over,
});

const answer = (allowed: boolean, code: string) =>
  ({ verdict: { allowed, code, explanation: '', rules: [], faq: [], notices: [] } }) as never;

describe('goal of a step', () => {
  it('checks only the parameters the step names in `with`', () => {
    const s = step({ with: ['card'] });
    expect(unmetParameters(s, { action: 'ps.login', card: 'CPS' })).toEqual([]);
    expect(unmetParameters(s, { action: 'ps.login', card: 'e-CPS' })).toEqual(['card']);
    expect(unmetParameters(step({}), { action: 'ps.login', card: 'e-CPS' })).toEqual([]);
  });

  it('compares nested flags, a missing flag counting as false', () => {
    const s = step({
      do: { action: 'ps.deposit', type: '11488-4', visibility: { maskedFromProfessionals: true } },
      with: ['visibility.maskedFromProfessionals', 'visibility.invisibleToPatient'],
    } as never);
    const deposit = (masked: boolean, invisible: boolean) =>
      ({
        action: 'ps.deposit',
        type: '11488-4',
        visibility: { maskedFromProfessionals: masked, invisibleToPatient: invisible },
      }) as never;
    expect(unmetParameters(s, deposit(true, false))).toEqual([]);
    expect(unmetParameters(s, deposit(false, false))).toEqual([
      'visibility.maskedFromProfessionals',
    ]);
    expect(unmetParameters(s, deposit(true, true))).toEqual(['visibility.invisibleToPatient']);
  });

  it('takes any non-empty motive for a non-empty reference motive', () => {
    const s = step({
      do: {
        action: 'ps.breakGlass',
        motive: 'Patiente inconsciente',
        patientUnableToConsent: true,
      },
      with: ['motive'],
    } as never);
    const glass = (motive: string) =>
      ({ action: 'ps.breakGlass', motive, patientUnableToConsent: true }) as never;
    expect(unmetParameters(s, glass('Coma'))).toEqual([]);
    expect(unmetParameters(s, glass('   '))).toEqual(['motive']);
  });

  it('ignores the parameters of an action of another kind (the kind itself decides)', () => {
    expect(
      unmetParameters(step({ with: ['card'] }), { action: 'ps.openDmp', mode: 'normal' } as never),
    ).toEqual([]);
  });

  it('finds the branch that matches the action, the result and the code', () => {
    const s = step({
      branches: [
        {
          when: { action: 'ps.openDmp', result: 'refused', code: 'DMP.CONSENT_REQUIRED' },
          feedback: { text: 'a', faq: 'FAQ-CON-01' },
          goto: 'x',
        },
        { when: { result: 'allowed' }, feedback: { text: 'b', faq: 'FAQ-CON-01' }, goto: 'y' },
      ],
    } as never);
    const open = { action: 'ps.openDmp', mode: 'normal' } as never;
    expect(branchFor(s, open, answer(false, 'DMP.CONSENT_REQUIRED'))?.goto).toBe('x');
    expect(branchFor(s, open, answer(false, 'DMP.ACCESS_BLOCKED'))).toBeNull();
    expect(branchFor(s, open, answer(true, 'DMP.CONSULTATION_ALLOWED'))?.goto).toBe('y');
    expect(branchFor(step({}), open, answer(true, 'X'))).toBeNull();
  });

  it('measures durations in minutes to compare them', () => {
    expect(durationMinutes({ days: 14 })).toBe(14 * 1440);
    expect(durationMinutes({ hours: 1, minutes: 30 })).toBe(90);
    expect(durationMinutes({ years: 1 })).toBeGreaterThan(durationMinutes({ months: 11 }));
  });
});
