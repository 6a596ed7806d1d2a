/**
 * The « Dans le simulateur » block of an FAQ page: the core rules that implement the question, and
 * (later) the training scenarios that play it.
 */
import { RULES, type AnyRule } from '../../src/dmp/index';

/** A rule as listed under an FAQ answer. */
export interface SimulatorRule {
  /** Predicate name in the core (e.g. `isBlockedFor`), for tests and anchors. */
  readonly id: string;
  readonly summary: string;
  readonly rules: readonly string[];
}

/** A link to a training scenario that plays an FAQ question (« Essayer ce cas »). */
export interface ScenarioLink {
  readonly href: string;
  readonly title: string;
}

function concerns(rule: AnyRule, faqId: string, faqRules: readonly string[]): number {
  if (rule.faq === faqId) return 2;
  const cited = rule.sources?.includes(faqId) === true || rule.rules.some((r) => faqRules.includes(r));
  return cited ? 1 : 0;
}

/**
 * Core rules for an FAQ question: those declared for it first, then those citing it as a source or
 * implementing one of its rules R1–R50, each group in registry order.
 * @param faqId the page's `faq.id` (`FAQ-PAT-03`)
 * @param faqRules the page's `faq.rules`
 */
export function simulatorRulesFor(faqId: string, faqRules: readonly string[]): SimulatorRule[] {
  return RULES.map((rule, index) => ({ rule, index, weight: concerns(rule, faqId, faqRules) }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ rule }) => ({ id: rule.id, summary: rule.summary, rules: rule.rules }));
}

/**
 * Training scenarios to try for an FAQ question. None exist yet: the scenario engine will fill this
 * in (TODO: issue « Scénarios de formation »); the block renders nothing while the list is empty.
 */
export function scenariosForFaq(_faqId: string): readonly ScenarioLink[] {
  return [];
}
