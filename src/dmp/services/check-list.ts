/**
 * `defineCheck`: one step of a use case's ordered list of checks. A check is a rule declared with
 * `defineRule` (its FAQ id and R-ids), how to read it on the use case's input, the refusal code and
 * the French explanation, written once. The service decides by running the list (`runChecks`, first
 * refusal wins) and the machines build their guards and refusal transitions from the same list, so
 * the order of a decision is known in one place (decision 042).
 */
import type { DmpErrorCode } from '../errors';
import type { AnyRule, Rule } from '../rules/rule';
import {
  allow,
  deny,
  type Allowed,
  type AllowedCode,
  type CheckTrace,
  type Citation,
  type Denied,
} from './decision';

/** What a check's rule means for a positive decision once the check has passed. */
export type CheckRole =
  /** The rule grants the decision: cited in its `rules` and `faq` (« Pourquoi ? »). */
  | 'grants'
  /** A condition met on the way: listed in the decision's `checked`. */
  | 'passes'
  /** Checked, but neither cited nor listed in `checked`. */
  | 'silent';

/** A check as declared: the rule, how to read it on input `I`, and the refusal. */
export interface CheckDefinition<I, Args extends readonly unknown[], Id extends string> {
  /** The rule; its id names the check and the machine guard. */
  readonly rule: Rule<Args, Id>;
  /** Whether the rule holds for this input (one call of `rule`, with the input's fields). */
  readonly holds: (input: I) => boolean;
  /** The value the rule must have for the check to pass; `true` unless the rule names the obstacle. */
  readonly passesWhen?: boolean;
  /** Stable code of the refusal, fixed or read from the input. */
  readonly code: DmpErrorCode | ((input: I) => DmpErrorCode);
  /** The French explanation of the refusal, fixed or read from the input. */
  readonly explanation: string | ((input: I) => string);
  /** What the refusal cites in place of the rule (an access-matrix cell); the rule by default. */
  readonly cites?: (input: I) => Citation;
  /** Other citations of the refusal (a simulator assumption, `restsOn('HS18')`). */
  readonly alsoCites?: readonly Citation[] | ((input: I) => readonly Citation[]);
  /** A short French sentence for the diagram's refusal transition. */
  readonly description: string;
  /** Whether the user can correct the request and try again (the machine stays where it is). */
  readonly correctable?: boolean;
  /** Its role in a positive decision; `'passes'` by default. */
  readonly role?: CheckRole;
}

/** A declared check: its definition with defaults, named after its rule. */
export interface Check<I, Id extends string = string> {
  readonly id: Id;
  readonly rule: AnyRule & { readonly id: Id };
  readonly holds: (input: I) => boolean;
  readonly passesWhen: boolean;
  readonly code: (input: I) => DmpErrorCode;
  readonly explanation: (input: I) => string;
  readonly cites: (input: I) => Citation;
  readonly alsoCites: (input: I) => readonly Citation[];
  readonly description: string;
  readonly correctable: boolean;
  readonly role: CheckRole;
}

/** Declare a check of a use case whose input is `I`. */
export function defineCheck<I, Args extends readonly unknown[], const Id extends string>(
  definition: CheckDefinition<I, Args, Id>,
): Check<I, Id> {
  const { code, explanation, alsoCites = [] } = definition;
  // A rule of any arguments: the check calls it through `holds`, the list cites its metadata.
  const rule = definition.rule as unknown as Check<I, Id>['rule'];
  return Object.freeze({
    id: definition.rule.id,
    rule,
    holds: definition.holds,
    passesWhen: definition.passesWhen ?? true,
    code: typeof code === 'string' ? () => code : code,
    explanation: typeof explanation === 'string' ? () => explanation : explanation,
    cites: definition.cites ?? (() => rule),
    alsoCites: typeof alsoCites === 'function' ? alsoCites : () => alsoCites,
    description: definition.description,
    correctable: definition.correctable ?? false,
    role: definition.role ?? 'passes',
  });
}

/** The outcome of running a list: the checks that passed and, if one refused, its refusal. */
export type CheckRun<I> =
  | { readonly refused: true; readonly decision: Denied & { readonly checks: CheckTrace } }
  | { readonly refused: false; readonly passed: readonly Check<I>[] };

/** Whether an input passes a check. */
export function passes<I>(check: Check<I>, input: I): boolean {
  return check.holds(input) === check.passesWhen;
}

/** Run the checks in order: the first refusal wins, and the decision says which check decided. */
export function runChecks<I>(checks: readonly Check<I>[], input: I): CheckRun<I> {
  const passed: Check<I>[] = [];
  for (const check of checks) {
    if (!passes(check, input)) {
      const refusal = deny(
        check.code(input),
        check.explanation(input),
        check.cites(input),
        ...check.alsoCites(input),
      );
      const checks = { decided: [check.id], passed: passed.map((c) => c.id) };
      return { refused: true, decision: { ...refusal, checks } };
    }
    passed.push(check);
  }
  return { refused: false, passed };
}

/**
 * The positive decision after every check passed: `citedFirst`, the checks that grant it, then
 * `cited`; the other passed checks are listed in `checked`, then `passed`.
 */
export function allowAfter<I>(
  passedChecks: readonly Check<I>[],
  code: AllowedCode,
  explanation: string,
  extra: {
    readonly citedFirst?: readonly Citation[];
    readonly cited?: readonly Citation[];
    readonly notices?: readonly string[];
    readonly passed?: readonly Citation[];
  } = {},
): Allowed & { readonly checks: CheckTrace } {
  const granting = passedChecks.filter((c) => c.role === 'grants');
  const decision = allow(
    code,
    explanation,
    [...(extra.citedFirst ?? []), ...granting.map((c) => c.rule), ...(extra.cited ?? [])],
    extra.notices ?? [],
    [
      ...passedChecks.filter((c) => c.role === 'passes').map((c) => c.rule),
      ...(extra.passed ?? []),
    ],
  );
  const checks = {
    decided: granting.map((c) => c.id),
    passed: passedChecks.filter((c) => c.role !== 'grants').map((c) => c.id),
  };
  return { ...decision, checks };
}
