/**
 * Machines built from the core's check lists (`src/dmp/services/check-list.ts`, decision 042): one
 * guard per check, named after its rule; its `GUARD_RULES` entry; and, in the list's order, one
 * refusal transition per check with the rule's `meta` and the check's description. The order and
 * the texts of a use case are thus written once, in the core, and drive both the decision and the
 * diagram.
 */
import { and, not, type EventObject, type GuardPredicate, type MachineContext } from 'xstate';
import type { AnyRule, Check } from '../src/dmp/index';
import type { TransitionMeta } from './shared';

/** What a check guard receives: any machine context the check list can read. */
interface CheckGuardArgs<I> {
  readonly context: I;
}

/** The input a check list reads. */
type InputOf<L extends readonly Check<never>[]> = L[number] extends Check<infer I> ? I : never;

/** Guards built from a list, each mapped to the check it comes from (read by machines/meta.test.ts). */
const CHECK_OF_GUARD = new WeakMap<object, Check<never>>();

/** The check a guard was built from, if it was built by `checkGuards`. */
export function checkOfGuard(guard: unknown): Check<never> | undefined {
  return typeof guard === 'function' ? CHECK_OF_GUARD.get(guard) : undefined;
}

/**
 * One guard per check, named after its rule: true when the rule holds (not: when the check passes).
 * The check reads the machine's context, or what `inputOf` makes of the guard's arguments (the
 * access an event requests, added to the context).
 */
export function checkGuards<
  const L extends readonly Check<never>[],
  A extends { readonly context: unknown } = CheckGuardArgs<InputOf<L>>,
>(
  checks: L,
  inputOf: (args: A) => InputOf<L> = (args) => args.context as InputOf<L>,
): { readonly [K in L[number]['id']]: (args: A) => boolean } {
  return Object.fromEntries(
    checks.map((check) => {
      const guard = (args: A): boolean => (check as Check<InputOf<L>>).holds(inputOf(args));
      CHECK_OF_GUARD.set(guard, check);
      return [check.id, guard];
    }),
  ) as { readonly [K in L[number]['id']]: (args: A) => boolean };
}

/**
 * A guard that holds when every check of the list passes, in its order (`and` of check guards),
 * typed with the guard names it refers to, like an `and([...])` written by hand.
 */
export function allPass<const L extends readonly Check<never>[]>(
  checks: L,
): GuardPredicate<
  MachineContext,
  EventObject,
  unknown,
  { type: L[number]['id']; params: unknown }
> {
  const parts = checks.map((check) => (check.passesWhen ? check.id : not(check.id)));
  // xstate types `and` element by element; a mixed array of names and `not()` is what it runs.
  return and(parts as readonly string[]);
}

/** The core rule behind each check guard, for the machine's `GUARD_RULES`. */
export function checkGuardRules<const L extends readonly Check<never>[]>(
  checks: L,
): { readonly [K in L[number]['id']]: AnyRule } {
  return Object.fromEntries(checks.map((check) => [check.id, check.rule])) as {
    readonly [K in L[number]['id']]: AnyRule;
  };
}

/** A refusal transition: the check fails, the action records the decision. */
export interface RefusalTransition<TAction extends string, TTarget extends string> {
  readonly guard: string | ReturnType<typeof not>;
  readonly target?: TTarget;
  readonly actions: TAction;
  readonly meta: TransitionMeta;
  readonly description: string;
}

/** The sources of a rule's transitions: its FAQ id and rules (R1–R50). */
export function ruleMeta(rule: AnyRule): TransitionMeta {
  return { faq: rule.faq, rules: rule.rules };
}

/** The sources of a check's transitions: its rule's FAQ id and rules (R1–R50). */
export function checkMeta(check: Check<never>): TransitionMeta {
  return ruleMeta(check.rule);
}

/**
 * The sources of a list's positive outcome: the rules of the checks that grant it (role `grants`,
 * cited by the core's positive decision), in R order, and the FAQ id of the first of them.
 */
export function grantMeta(checks: readonly Check<never>[]): TransitionMeta {
  const granting = checks.filter((check) => check.role === 'grants');
  const [first] = granting;
  if (first === undefined)
    throw new Error("Aucune vérification de la liste n'accorde la décision.");
  const rules = [...new Set(granting.flatMap((c) => c.rule.rules))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  return { faq: first.rule.faq, rules };
}

/**
 * The refusal transitions of a list, in its order: a check that fails leads to `rejected` (or to its
 * own entry of `targets`), unless the user can correct the request (`correctable`) or no target is
 * given, in which case the machine stays where it is. `descriptions` lets a machine say more about a
 * check in its own context (an assumption that only matters there); `cannotRefuse` names the checks
 * that the state itself settles (a minor's profile in the « adult » state): no transition for them,
 * the others keep the list's order.
 */
export function refusalTransitions<
  const L extends readonly Check<never>[],
  TAction extends string,
  TTarget extends string,
>(
  checks: L,
  options: {
    readonly actions: TAction;
    readonly rejected?: TTarget;
    readonly targets?: { readonly [K in L[number]['id']]?: TTarget };
    readonly descriptions?: { readonly [K in L[number]['id']]?: string };
    readonly cannotRefuse?: readonly L[number]['id'][];
  },
): RefusalTransition<TAction, TTarget>[] {
  const targets: Readonly<Record<string, TTarget | undefined>> = options.targets ?? {};
  const descriptions: Readonly<Record<string, string | undefined>> = options.descriptions ?? {};
  const settled: readonly string[] = options.cannotRefuse ?? [];
  return checks
    .filter((check) => !settled.includes(check.id))
    .map((check) => {
      const target = targets[check.id] ?? (check.correctable ? undefined : options.rejected);
      return {
        guard: check.passesWhen ? not(check.id) : check.id,
        ...(target === undefined ? {} : { target }),
        actions: options.actions,
        meta: checkMeta(check),
        description: descriptions[check.id] ?? check.description,
      };
    });
}

/** A check's diagram sentence as one item of a list: « Refusé : » and the final period dropped. */
function refusalItem(check: Check<never>): string {
  const text = check.description.replace(/^Refusé : /, '').replace(/\.$/, '');
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/**
 * One refusal transition for several checks (a machine that does not tell them apart): taken when
 * any of them fails. It cites the rules of all of them (in R order) and the FAQ id of `about`, the
 * one a page links (a transition links one); its description lists each refusal after `intro`.
 */
export function combinedRefusal<
  const L extends readonly Check<never>[],
  const TAction extends string,
  const TTarget extends string,
>(
  checks: L,
  options: {
    readonly intro: string;
    readonly about: L[number]['id'];
    readonly actions: TAction;
    readonly rejected?: TTarget;
  },
): RefusalTransition<TAction, TTarget> {
  const about = checks.find((c) => c.id === options.about);
  if (about === undefined) throw new Error(`${options.about} n'est pas dans la liste.`);
  const rules = [...new Set(checks.flatMap((c) => c.rule.rules))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  return {
    guard: not(allPass(checks)),
    ...(options.rejected === undefined ? {} : { target: options.rejected }),
    actions: options.actions,
    meta: { faq: about.rule.faq, rules },
    description: `${options.intro} : ${checks.map(refusalItem).join(' ; ')}.`,
  };
}

/**
 * The refusal transitions of a whole list, in its order, its first checks (`combined.checks`, which
 * must begin the list) merged into one `combinedRefusal`: the machine does not repeat the order.
 */
export function chainRefusals<
  const L extends readonly Check<never>[],
  const P extends readonly Check<never>[],
  const TAction extends string,
>(
  checks: L,
  options: {
    readonly combined: {
      readonly checks: P;
      readonly intro: string;
      readonly about: P[number]['id'];
    };
    readonly actions: TAction;
    readonly rejected?: string;
    readonly targets?: { readonly [K in L[number]['id']]?: string };
    readonly descriptions?: { readonly [K in L[number]['id']]?: string };
  },
): RefusalTransition<TAction, string>[] {
  const { checks: first, intro, about } = options.combined;
  if (first.some((check, i) => checks[i] !== check))
    throw new Error('Les vérifications réunies doivent ouvrir la liste, dans son ordre.');
  const { actions, rejected } = options;
  return [
    combinedRefusal(first, {
      intro,
      about,
      actions,
      ...(rejected === undefined ? {} : { rejected }),
    }),
    ...refusalTransitions(checks.slice(first.length), options),
  ];
}

/**
 * The part of a list that a machine decides in one of its states: the checks after `made` (made
 * earlier, which must open the list) and before `later` (decided in a later state, which must end
 * it), in the list's order. A machine that splits a list across its states thus takes each part
 * from the list instead of writing its order again.
 */
export function checksBetween<C extends Check<never>>(
  checks: readonly C[],
  made: readonly Check<never>[],
  later: readonly Check<never>[],
): readonly C[] {
  const end = checks.length - later.length;
  if (made.some((check, i) => checks[i] !== check))
    throw new Error('Les vérifications déjà faites doivent ouvrir la liste, dans son ordre.');
  if (end < made.length || later.some((check, i) => checks[end + i] !== check))
    throw new Error('Les vérifications faites plus tard doivent clore la liste, dans son ordre.');
  return checks.slice(made.length, end);
}
