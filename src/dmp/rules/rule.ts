/**
 * `defineRule`: a business predicate declared together with its sources (FAQ id, rule ids of
 * dmp-facts.md §14). The result is callable like the predicate and carries its metadata, so a
 * machine guard can call `isBlockedFor(patient, pro)` and a meta-test can read `isBlockedFor.faq`.
 */
import type { FaqId } from '../faq';
import type { RuleId } from './rule-ids';

/** Metadata every rule declares. */
export interface RuleMeta {
  /** Identifier, equal to the exported predicate name (positive, e.g. `isBlockedFor`). */
  readonly id: string;
  /** The FAQ entry the rule comes from. */
  readonly faq: FaqId;
  /** Rules of dmp-facts.md §14 the predicate implements (may be empty for facts outside §14). */
  readonly rules: readonly RuleId[];
  /** One French sentence saying what the rule checks. */
  readonly summary: string;
  /** Other sources (dmp-facts.md sections, CSP articles) when the FAQ alone is not enough. */
  readonly sources?: readonly string[];
}

/**
 * A declared rule: the predicate itself, plus its metadata and its raw `test`. `Id` keeps the
 * literal id, so that a check list can name machine guards after its rules with type checking.
 */
export type Rule<Args extends readonly unknown[], Id extends string = string> = ((
  ...args: Args
) => boolean) &
  RuleMeta & { readonly id: Id; readonly test: (...args: Args) => boolean };

/** Any rule, whatever its arguments (for registries). */
export type AnyRule = RuleMeta & { readonly test: (...args: never[]) => boolean };

/** Declare a rule; the returned function is the predicate, frozen, with the metadata attached. */
export function defineRule<Args extends readonly unknown[], const Id extends string>(
  definition: RuleMeta & { readonly id: Id; readonly test: (...args: Args) => boolean },
): Rule<Args, Id> {
  const predicate = (...args: Args): boolean => definition.test(...args);
  const meta: RuleMeta & { id: Id; test: (...args: Args) => boolean } = {
    id: definition.id,
    faq: definition.faq,
    rules: definition.rules,
    summary: definition.summary,
    test: definition.test,
    ...(definition.sources ? { sources: definition.sources } : {}),
  };
  return Object.freeze(Object.assign(predicate, meta));
}
