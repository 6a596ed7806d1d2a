/**
 * Which FAQ rules (R1–R50) the machines decide through a guard, and which behavioural rules live
 * only in the core decisions, with the reason (checked by machines/meta.test.ts).
 */
import { NON_BEHAVIOURAL_RULES, RULE_IDS, type AnyRule, type RuleId } from '../src/dmp/index';

/** Behavioural rules no machine guard decides, and why (French, shown on the site). */
export const NOT_IN_MACHINES: Readonly<Partial<Record<RuleId, string>>> = {
  R8: "Dépôt obligatoire (arrêté du 26 avril 2022) : le cœur l'indique comme un avis dans la décision de dépôt ; l'obligation ne change ni l'acceptation ni le refus, aucune transition n'en dépend.",
  R30: "Classement par catégorie puis par date : c'est un tri d'affichage (sortForDisplay) appliqué aux listes, pas une transition d'état.",
  R43: "La trace nominative de chaque consultation est écrite dans l'historique par le magasin du DMP simulé (store) ; les machines ne tiennent pas l'historique d'activité du patient.",
};

/** Rules (R1–R50) decided by at least one guard, given the guard → rule maps of the machines. */
export function rulesInGuards(
  guardRules: readonly Readonly<Record<string, AnyRule>>[],
): Set<RuleId> {
  return new Set(guardRules.flatMap((map) => Object.values(map).flatMap((rule) => rule.rules)));
}

/** Behavioural rules (not in NON_BEHAVIOURAL_RULES) that no guard decides. */
export function behaviouralRulesOutsideGuards(
  guardRules: readonly Readonly<Record<string, AnyRule>>[],
): RuleId[] {
  const inGuards = rulesInGuards(guardRules);
  return RULE_IDS.filter((id) => !Object.hasOwn(NON_BEHAVIOURAL_RULES, id) && !inGuards.has(id));
}
