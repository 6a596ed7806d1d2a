import { describe, expect, test } from 'vitest';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { breakGlass } from '../model/access-request';
import { SIMULATION_START as NOW } from '../model/clock';
import { RULES } from '../rules/registry';
import { hasDepositOpposition } from '../rules/deposit.rules';
import { hasActiveDmp, isInsQualified } from '../rules/identity.rules';
import { allowAfter, defineCheck, runChecks } from './check-list';
import { CONSULTATION_CHECKS } from './consultation.checks';
import { decideConsultation } from './consultation.service';
import { DEPOSIT_CHECKS, type DepositCheckInput } from './deposit.checks';
import { decideDeposit } from './deposit.service';

interface Input {
  readonly active: boolean;
  readonly qualified: boolean;
  readonly opposed: boolean;
}

const CHECKS = [
  defineCheck({
    rule: hasActiveDmp,
    holds: (i: Input) => i.active,
    code: 'DMP.DMP_CLOSED',
    explanation: 'fermé',
    description: 'Refusé : DMP fermé.',
    role: 'grants',
  }),
  defineCheck({
    rule: isInsQualified,
    holds: (i: Input) => i.qualified,
    code: 'DMP.INS_NOT_QUALIFIED',
    explanation: (i: Input) => `qualifiée : ${String(i.qualified)}`,
    description: 'Refusé : INS non qualifiée.',
  }),
  defineCheck({
    rule: hasDepositOpposition,
    holds: (i: Input) => i.opposed,
    passesWhen: false,
    code: 'DMP.DEPOSIT_OPPOSITION',
    explanation: 'opposition',
    description: 'Refusé : opposition.',
    role: 'silent',
  }),
];

const input = (o: Partial<Input> = {}): Input => ({
  active: true,
  qualified: true,
  opposed: false,
  ...o,
});

describe('runChecks', () => {
  test('the first refusal wins and says which check decided and which passed', () => {
    const run = runChecks(CHECKS, input({ qualified: false, opposed: true }));

    expect(run).toEqual({
      refused: true,
      decision: {
        allowed: false,
        code: 'DMP.INS_NOT_QUALIFIED',
        explanation: 'qualifiée : false',
        rules: ['R14'],
        faq: ['FAQ-DEP-07'],
        checks: { decided: ['isInsQualified'], passed: ['hasActiveDmp'] },
      },
    });
  });

  test('a check whose rule names the obstacle refuses when the rule holds', () => {
    const run = runChecks(CHECKS, input({ opposed: true }));

    expect(run.refused && run.decision.code).toBe('DMP.DEPOSIT_OPPOSITION');
  });

  test('every check passed: a positive decision cites the granting checks, lists the others', () => {
    const run = runChecks(CHECKS, input());
    if (run.refused) throw new Error('refused');

    const decision = allowAfter(run.passed, 'DMP.DEPOSIT_ALLOWED', 'ok');

    expect(decision).toMatchObject({
      rules: ['R42'],
      checked: ['R14'],
      checks: { decided: ['hasActiveDmp'], passed: ['isInsQualified', 'hasDepositOpposition'] },
    });
  });
});

describe('allowAfter', () => {
  test('cites `citedFirst`, then the granting checks, then `cited`', () => {
    const run = runChecks(CHECKS, input());
    if (run.refused) throw new Error('refused');

    const decision = allowAfter(run.passed, 'DMP.DEPOSIT_ALLOWED', 'ok', {
      citedFirst: [isInsQualified],
      cited: [hasDepositOpposition],
    });

    expect(decision.rules).toEqual([
      ...isInsQualified.rules,
      ...hasActiveDmp.rules,
      ...hasDepositOpposition.rules,
    ]);
    expect(decision.faq).toEqual([isInsQualified.faq, hasActiveDmp.faq, hasDepositOpposition.faq]);
  });
});

describe('DEPOSIT_CHECKS', () => {
  const deposit = (o: Partial<DepositCheckInput> = {}) =>
    decideDeposit(
      {
        professional: ProfessionalMother.gp(),
        patient: PatientMother.adult(),
        now: NOW,
        workstationSkewMs: 0,
        ...o,
      },
      DocumentMother.draft(),
    );

  test('each check is a registered rule, named once, with a French description', () => {
    const ids = DEPOSIT_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of DEPOSIT_CHECKS) {
      expect(RULES).toContain(check.rule);
      expect(check.description.length).toBeGreaterThan(20);
    }
  });

  test('a refused deposit names the check that decided, after those that passed', () => {
    const decision = deposit({ workstationSkewMs: 20 * 60 * 1000 });

    expect(decision.checks).toEqual({
      decided: ['isClockInSync'],
      passed: [
        'hasActiveDmp',
        'hasDepositingCard',
        'isTraineeAuthorised',
        'isProfessionAllowedToDeposit',
        'isInsQualified',
      ],
    });
  });

  test('an accepted deposit names the checks that granted it, apart from the others', () => {
    const decision = deposit();

    expect(decision.checks?.decided).toEqual([
      'hasDepositingCard',
      'isProfessionAllowedToDeposit',
      'isDmpDocumentType',
      'isVisibilityCombinationAllowed',
      'isProfessionAllowedToDepositType',
    ]);
    expect(decision.checks?.passed).toHaveLength(DEPOSIT_CHECKS.length - 5);
  });
});

describe('CONSULTATION_CHECKS', () => {
  test('each mode has its own order: break-glass checks the profession is a health one first', () => {
    const ids = (mode: keyof typeof CONSULTATION_CHECKS) =>
      CONSULTATION_CHECKS[mode].map((c) => c.id);

    expect(ids('break-glass').slice(0, 5)).toEqual([
      'hasActiveDmp',
      'hasConsultingCard',
      'isTraineeAuthorised',
      'isHealthProfessional',
      'isProfessionAllowedInSetting',
    ]);
    expect(ids('normal')).not.toContain('isHealthProfessional');
    expect(ids('regulation-centre').at(-1)).toBe('isRegulationAllowedByPatient');
  });

  test('a blocked professional in break-glass: blocking decided, after the checks that passed', () => {
    const decision = decideConsultation({
      professional: ProfessionalMother.gp(),
      patient: PatientMother.blockingAll(),
      now: NOW,
      episodeId: 'ep-1',
      access: breakGlass('urgence vitale'),
    });

    expect(decision).toMatchObject({ code: 'DMP.ACCESS_BLOCKED', assumptions: ['HS6'] });
    expect(decision.checks).toEqual({
      decided: ['isBlockedFor'],
      passed: [
        'hasActiveDmp',
        'hasConsultingCard',
        'isTraineeAuthorised',
        'isHealthProfessional',
        'isProfessionAllowedInSetting',
        'isInsQualified',
      ],
    });
  });
});
