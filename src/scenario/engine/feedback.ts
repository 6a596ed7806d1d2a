/**
 * What the learner reads after a step: the trainer's feedback text with its FAQ citations, and the
 * « Pourquoi ? » built from the DMP's own decision (title of the code, explanation, the rules with
 * their French statement, the FAQ questions with their page on the site).
 */
import { codeTitle, faqEntry, faqPath, isFaqId, isRuleId, RULE_STATEMENTS } from '../../dmp/index';
import type { Verdict } from '../ports/index';

/** An FAQ question cited by a feedback or a decision. */
export interface FaqCitation {
  readonly id: string;
  readonly question: string;
  /** Page of the question on the site, e.g. `/faq/consentement/patient-mineur/`. */
  readonly path: string;
}

/** A rule cited by a feedback or a decision. */
interface RuleCitation {
  readonly id: string;
  readonly statement: string;
}

/** « Pourquoi ? »: the DMP's decision, explained. */
interface Why {
  readonly allowed: boolean;
  readonly code: string;
  readonly title: string;
  readonly explanation: string;
  readonly rules: readonly RuleCitation[];
  readonly faq: readonly FaqCitation[];
  readonly notices: readonly string[];
}

/** Feedback shown after a step. */
export interface StepFeedback {
  readonly stepId: string;
  readonly passed: boolean;
  readonly text: string;
  readonly faq: readonly FaqCitation[];
  readonly rules: readonly RuleCitation[];
  /** The DMP decision behind the outcome (null for questions). */
  readonly why: Why | null;
  /** Hints of the step, shown after a failure. */
  readonly hints: readonly string[];
}

/** Titles of the verdicts the scenario ports give for steps the core has no use case for. */
const PORT_CODE_TITLES: Readonly<Record<string, string>> = {
  'PSC.SESSION_OPENED': 'Connexion établie',
  'SIM.CLOCK_ADVANCED': 'Horloge avancée',
};

/** Citations of FAQ ids (unknown ids are dropped: the checker reports them). */
export function faqCitations(ids: string | readonly string[]): FaqCitation[] {
  const list = typeof ids === 'string' ? [ids] : ids;
  return list
    .filter(isFaqId)
    .map((id) => ({ id, question: faqEntry(id).question, path: faqPath(id) }));
}

/** Citations of rule ids. */
export function ruleCitations(ids: readonly string[] | undefined): RuleCitation[] {
  return (ids ?? []).filter(isRuleId).map((id) => ({ id, statement: RULE_STATEMENTS[id] }));
}

/** French title of a verdict code, as the player shows it. */
export function verdictTitle(code: string): string {
  return codeTitle(code, PORT_CODE_TITLES);
}

/** « Pourquoi ? » for a verdict. */
export function whyOf(verdict: Verdict): Why {
  return {
    allowed: verdict.allowed,
    code: verdict.code,
    title: verdictTitle(verdict.code),
    explanation: verdict.explanation,
    rules: ruleCitations(verdict.rules),
    faq: faqCitations(verdict.faq),
    notices: verdict.notices,
  };
}
