/**
 * Machines built from the core's check lists (decision 042): guards named after the rules, their
 * GUARD_RULES entries, and refusal transitions in the core's order with the rule's sources.
 */
import { describe, expect, test } from 'vitest';
import {
  CONSULTATION_CHECKS,
  DEPOSIT_CHECKS,
  ELIGIBILITY_CHECKS,
  hasDepositOpposition,
  isClockInSync,
  SIMULATION_START,
  VISIBLE_TO_ALL,
} from '../src/dmp/index';
import { PatientMother } from '../test/mothers/patient.mother';
import { ProfessionalMother } from '../test/mothers/professional.mother';
import {
  chainRefusals,
  checkGuardRules,
  checkGuards,
  checkMeta,
  checkOfGuard,
  checksBetween,
  combinedRefusal,
  refusalTransitions,
} from './checks';

const context = {
  professional: ProfessionalMother.gp(),
  patient: PatientMother.adult(),
  now: SIMULATION_START,
  workstationSkewMs: 20 * 60 * 1000,
  draft: {
    typeCode: '11488-4',
    title: '',
    serviceDate: '2025-10-01',
    visibility: VISIBLE_TO_ALL,
    summary: '',
  },
};

describe('checkGuards', () => {
  test('each guard holds when its rule holds, and knows the check it comes from', () => {
    const guards = checkGuards(DEPOSIT_CHECKS);

    expect(guards.isClockInSync({ context })).toBe(false);
    expect(guards.hasDepositOpposition({ context })).toBe(false);
    expect(checkOfGuard(guards.isClockInSync)?.rule).toBe(isClockInSync);
    expect(checkOfGuard(() => true)).toBeUndefined();
    expect(checkGuardRules(DEPOSIT_CHECKS).hasDepositOpposition).toBe(hasDepositOpposition);
  });
});

describe('refusalTransitions', () => {
  const transitions = refusalTransitions(DEPOSIT_CHECKS, {
    actions: 'refuse',
    rejected: 'rejected',
  });

  test('one transition per check, in the core order, citing the rule', () => {
    expect(transitions.map((t) => t.description)).toEqual(DEPOSIT_CHECKS.map((c) => c.description));
    expect(transitions[1]?.meta).toEqual({ faq: 'FAQ-CNX-05', rules: ['R3', 'R5', 'R9'] });
  });

  test('a rule naming the obstacle guards as itself; a correctable refusal stays put', () => {
    const opposition =
      transitions[DEPOSIT_CHECKS.findIndex((c) => c.id === 'hasDepositOpposition')];
    const clock = transitions[DEPOSIT_CHECKS.findIndex((c) => c.id === 'isClockInSync')];

    expect(opposition).toMatchObject({ guard: 'hasDepositOpposition', target: 'rejected' });
    expect(clock).not.toHaveProperty('target');
    expect(clock?.guard).not.toBe('isClockInSync');
  });

  test('a check given its own target goes there, even a correctable one', () => {
    const clockCheck = DEPOSIT_CHECKS.find((c) => c.id === 'isClockInSync');
    const checks = DEPOSIT_CHECKS.filter((c) => c.id === 'isClockInSync' || c.correctable);
    const all = refusalTransitions(checks, {
      actions: 'refuse',
      targets: { isClockInSync: 'clock' },
    });

    expect(clockCheck?.correctable).toBe(true);
    expect(all.filter((t) => t.target === 'clock')).toEqual([
      expect.objectContaining({ meta: clockCheck && checkMeta(clockCheck) }),
    ]);
    expect(all.filter((t) => t.target === undefined)).toHaveLength(checks.length - 1);
  });
});

describe('combinedRefusal', () => {
  const checks = ELIGIBILITY_CHECKS['break-glass'];
  const transition = combinedRefusal(checks, {
    intro: 'Refusé',
    about: 'isInsQualified',
    actions: 'refuse',
    rejected: 'refused',
  });

  test('cites every rule of the checks, once, in R order, and the FAQ id of `about`', () => {
    const rules = transition.meta.rules.map((r) => Number(r.slice(1)));

    expect(new Set(transition.meta.rules)).toEqual(new Set(checks.flatMap((c) => c.rule.rules)));
    expect(rules).toEqual([...rules].sort((a, b) => a - b));
    expect(new Set(rules).size).toBe(rules.length);
    expect(transition.meta.faq).toBe(checks.find((c) => c.id === 'isInsQualified')?.rule.faq);
    expect(transition.target).toBe('refused');
  });

  test('its description lists each refusal, in the list order', () => {
    const items = transition.description
      .replace(/^Refusé : /, '')
      .replace(/\.$/, '')
      .split(' ; ');

    expect(items).toHaveLength(checks.length);
    checks.forEach((check, i) =>
      expect(check.description.toLowerCase()).toContain(items[i]?.toLowerCase()),
    );
  });

  test("is taken when any check fails, through the checks' own guards", () => {
    expect(guardIds(transition.guard)).toEqual(checks.map((c) => c.id));
    expect(() =>
      combinedRefusal(checks, { intro: 'Refusé', about: 'isBlockedFor' as never, actions: 'a' }),
    ).toThrow(/isBlockedFor/);
  });
});

describe('chainRefusals', () => {
  const list = CONSULTATION_CHECKS.normal;
  const first = ELIGIBILITY_CHECKS.normal;
  const combined = { checks: first, intro: 'Refusé', about: 'isInsQualified' } as const;

  test('the first checks make one combined refusal, the others one refusal each, in order', () => {
    const transitions = chainRefusals(list, {
      combined,
      actions: 'decide',
      rejected: 'refused',
      targets: { isBlockedFor: 'blocked' },
      descriptions: { hasValidConsent: 'À recueillir.' },
    });

    expect(transitions).toHaveLength(list.length - first.length + 1);
    expect(guardIds(transitions[0]?.guard)).toEqual(first.map((c) => c.id));
    expect(transitions.slice(1).map((t) => t.meta)).toEqual(
      list.slice(first.length).map(checkMeta),
    );
    expect(transitions.find((t) => t.meta.faq === 'FAQ-PAT-03')?.target).toBe('blocked');
    expect(transitions.at(-1)).toMatchObject({ target: 'refused', description: 'À recueillir.' });
  });

  test('the combined checks must open the list', () => {
    expect(() =>
      chainRefusals(list, {
        combined: { ...combined, checks: first.slice(1) },
        actions: 'decide',
      }),
    ).toThrow(/ouvrir la liste/);
  });
});

/** The guard names inside a `not(and([...]))`. */
function guardIds(guard: unknown): string[] {
  if (typeof guard === 'string') return [guard];
  if (typeof guard === 'function' && 'guards' in guard)
    return (guard as { guards: unknown[] }).guards.flatMap(guardIds);
  return [];
}

describe('checksBetween', () => {
  const list = CONSULTATION_CHECKS.normal;
  const made = ELIGIBILITY_CHECKS.normal.slice(0, 2);
  const later = list.slice(-2);

  test('the checks between those made earlier and those made later, in the list order', () => {
    expect(checksBetween(list, made, later)).toEqual(list.slice(2, -2));
    expect(checksBetween(list, [], [])).toEqual(list);
  });

  test('refuses parts that do not open or close the list', () => {
    expect(() => checksBetween(list, later, [])).toThrow(/ouvrir/);
    expect(() => checksBetween(list, [], made)).toThrow(/clore/);
    expect(() => checksBetween(list.slice(0, 2), made, later)).toThrow(/clore/);
  });
});

describe('refusalTransitions — cannotRefuse', () => {
  test('leaves out the checks the state settles, the others in the list order', () => {
    const [first, second, ...rest] = DEPOSIT_CHECKS;
    const transitions = refusalTransitions(DEPOSIT_CHECKS, {
      actions: 'refuse',
      cannotRefuse: [second.id],
    });

    expect(transitions.map((t) => t.description)).toEqual(
      [first, ...rest].map((c) => c.description),
    );
  });
});
