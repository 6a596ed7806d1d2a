/**
 * The « Dans le simulateur » block of an FAQ page: the core rules that implement the question, and
 * the training scenarios that play it (« Essayer ce cas »).
 */
import { RULES, type AnyRule } from '../../src/dmp/index';
import { scenarioPath, type ScenarioSummary } from './scenario-catalogue';

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
  /** The scenario teaches the question (its `faq:` list), rather than citing it on the way. */
  readonly teaches: boolean;
}

/** How many scenarios an FAQ page lists at least, completing those that teach it with those citing it. */
export const MIN_SCENARIO_LINKS = 3;

function concerns(rule: AnyRule, faqId: string, faqRules: readonly string[]): number {
  if (rule.faq === faqId) return 2;
  const cited =
    rule.sources?.includes(faqId) === true || rule.rules.some((r) => faqRules.includes(r));
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
 * Training scenarios to try for an FAQ question: every scenario that teaches it, then scenarios whose
 * feedback cites it, only as many as needed to reach {@link MIN_SCENARIO_LINKS} (the CPS question is
 * cited by nearly every login step). Each group keeps the order of `catalogue`.
 * @param catalogue the scenarios, in catalogue order (the `scenarios` collection's data)
 */
export function scenariosForFaq(
  faqId: string,
  catalogue: readonly ScenarioSummary[],
): ScenarioLink[] {
  const link = (s: ScenarioSummary, teaches: boolean) => ({
    href: scenarioPath(s.id),
    title: s.title,
    teaches,
  });
  const teaching = catalogue.filter((s) => s.faq.includes(faqId)).map((s) => link(s, true));
  const citing = catalogue.filter((s) => s.citedFaq.includes(faqId)).map((s) => link(s, false));
  return [...teaching, ...citing.slice(0, Math.max(0, MIN_SCENARIO_LINKS - teaching.length))];
}
