/**
 * fast-check arbitraries for professionals, access requests and instants, plus weighting helpers;
 * patient-side arbitraries live in `patient.arbitraries.ts`. All values are synthetic.
 */
import fc from 'fast-check';
import {
  PRACTICE_SETTINGS,
  PROFESSION_CODES,
  SIMULATION_START,
  addDuration,
  luhnCheckDigit,
  type AccessRequest,
  type Card,
  type Professional,
} from '../../src/dmp/index';

/** Care teams shared by the random values, so that they sometimes match. */
export const TEAMS = ['team-a', 'team-b'] as const;
/** Care episodes shared by the random values. */
export const EPISODES = ['ep-1', 'ep-2'] as const;

/** A boolean that is true with probability `p` (out of 10). */
export const likely = (tenths: number): fc.Arbitrary<boolean> =>
  fc.integer({ min: 1, max: 10 }).map((n) => n <= tenths);

/** Pick `a` with weight `wa`, else one of the others. */
export function mostly<T>(a: T, wa: number, ...others: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { arbitrary: fc.constant(a), weight: wa },
    { arbitrary: fc.constantFrom(...others), weight: 10 - wa },
  );
}

/** A fictitious RPPS from a small pool, so that blocked RPPS and professionals collide often. */
export const rpps = fc.integer({ min: 0, max: 5 }).map((n) => {
  const body = `1999700${String(n).padStart(3, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
});

const card: fc.Arbitrary<Card> = fc.oneof(
  { arbitrary: fc.constant<Card>({ type: 'CPS' }), weight: 5 },
  { arbitrary: fc.constant<Card>({ type: 'e-CPS' }), weight: 3 },
  { arbitrary: fc.constant<Card>({ type: 'CPF' }), weight: 1 },
  { arbitrary: fc.boolean().map((nominative): Card => ({ type: 'CPE', nominative })), weight: 1 },
);

/** A random professional (ids are unique per RPPS). */
export const arbProfessional: fc.Arbitrary<Professional> = fc
  .record({
    rpps: fc.option(rpps, { nil: null, freq: 8 }),
    profession: fc.oneof(
      { arbitrary: fc.constant('10' as const), weight: 4 },
      { arbitrary: fc.constantFrom(...PROFESSION_CODES), weight: 6 },
    ),
    setting: fc.constantFrom(...PRACTICE_SETTINGS),
    card,
    isIntern: likely(1),
    orderRegistered: likely(9),
    careTeamIds: fc.subarray([...TEAMS]),
    isRegulator: likely(3),
    establishmentKind: fc.constantFrom('chu', 'mental-health', 'ehpad', 'msp', null),
    n: fc.nat(9999),
  })
  .map(({ n, ...p }) => ({
    ...p,
    id: `pro-${n}`,
    familyName: 'Aléatoire',
    givenName: 'Pro',
    rppsPlusRole: p.profession === 'rpps-plus-role' ? 'care-assistant' : null,
    structureName: null,
  }));

/** A random access request in any of the three modes. */
export const arbAccessRequest: fc.Arbitrary<AccessRequest> = fc.oneof(
  { arbitrary: fc.constant<AccessRequest>({ mode: 'normal' }), weight: 5 },
  {
    arbitrary: fc
      .record({
        motive: mostly('Patient inconscient aux urgences', 8, '', '   '),
        patientUnableToConsent: likely(8),
      })
      .map((r): AccessRequest => ({ mode: 'break-glass', ...r })),
    weight: 3,
  },
  { arbitrary: fc.constant<AccessRequest>({ mode: 'regulation-centre' }), weight: 2 },
);

/** An instant within ±2 years of the simulation start. */
export const arbNow: fc.Arbitrary<string> = fc
  .integer({ min: -730, max: 730 })
  .map((days) => addDuration(SIMULATION_START, { days }));
