/**
 * Typed decisions returned by every use case: never a bare boolean, always a stable code, a short
 * French explanation, and the rules (R1–R50) and FAQ entries it rests on.
 */
import type { AssumptionId } from '../assumptions';
import type { DmpErrorCode } from '../errors';
import type { FaqId } from '../faq';
import type { RuleMeta } from '../rules/rule';
import type { RuleId } from '../rules/rule-ids';

/** Codes of positive decisions, with their French titles. */
export const ALLOWED_CODES = {
  'DMP.CONSULTATION_ALLOWED': 'Consultation autorisée',
  'DMP.BREAK_GLASS_ALLOWED': 'Accès en bris de glace autorisé',
  'DMP.REGULATION_ALLOWED': 'Accès du centre de régulation autorisé',
  'DMP.DOCUMENT_ALLOWED': 'Document consultable',
  'DMP.DEPOSIT_ALLOWED': 'Dépôt accepté',
  'DMP.PATIENT_VIEW_ALLOWED': 'Document visible',
  'DMP.REPRESENTATIVE_ACCESS_ALLOWED': 'Accès du représentant légal',
  'DMP.IDENTITY_FOUND': 'Identité trouvée avec certitude',
  'DMP.IDENTITY_QUALIFIED': 'Identité qualifiée (dans le logiciel du professionnel)',
  'DMP.CONSENT_ACCEPTED': 'Consentement enregistré',
  'DMP.SETTINGS_ACCEPTED': 'Réglages enregistrés',
  'DMP.DOCUMENT_CHANGE_ALLOWED': 'Modification autorisée',
} as const;

/**
 * Which checks of a use case's list decided, and which merely passed, by id in the list's order
 * (`check-list.ts`): « Pourquoi ? » can cite only what decided.
 */
export interface CheckTrace {
  /** The check that refused, or the checks whose rules grant a positive decision. */
  readonly decided: readonly string[];
  /** The checks that passed before the decision (or, when allowed, without granting it). */
  readonly passed: readonly string[];
}

/** A positive decision code. */
export type AllowedCode = keyof typeof ALLOWED_CODES;

/**
 * A positive decision. `rules` and `faq` are what granted it; `checked`, the rules of the checks that
 * merely passed on the way (not blocked, DMP active…). `notices` are warnings to show (e.g. document
 * hidden from the patient).
 */
export interface Allowed {
  readonly allowed: true;
  readonly code: AllowedCode;
  readonly explanation: string;
  readonly rules: readonly RuleId[];
  readonly checked: readonly RuleId[];
  readonly faq: readonly FaqId[];
  readonly notices: readonly string[];
  /** Simulator assumptions the decision rests on (absent when none); its text names each. */
  readonly assumptions?: readonly AssumptionId[];
  /** The checks of the use case's list, when it decides with one. */
  readonly checks?: CheckTrace;
}

/** A refusal, with its stable error code. */
export interface Denied {
  readonly allowed: false;
  readonly code: DmpErrorCode;
  readonly explanation: string;
  readonly rules: readonly RuleId[];
  readonly faq: readonly FaqId[];
  /** Simulator assumptions the decision rests on (absent when none); its text names each. */
  readonly assumptions?: readonly AssumptionId[];
  /** The checks of the use case's list, when it decides with one. */
  readonly checks?: CheckTrace;
}

/** The result of every use case. */
export type Decision = Allowed | Denied;

/** What a decision cites: a rule declared with `defineRule`, or another decision. */
export type Citation = Pick<RuleMeta, 'rules'> & {
  readonly faq: FaqId | readonly FaqId[];
  readonly assumptions?: readonly AssumptionId[];
};

function merge(cited: readonly Citation[]): {
  rules: RuleId[];
  faq: FaqId[];
  assumptions?: AssumptionId[];
} {
  const rules = [...new Set(cited.flatMap((c) => c.rules))];
  const faq = [
    ...new Set(
      cited.flatMap((c): readonly FaqId[] => (typeof c.faq === 'string' ? [c.faq] : c.faq)),
    ),
  ];
  const assumptions = [...new Set(cited.flatMap((c) => c.assumptions ?? []))];
  return { rules, faq, ...(assumptions.length > 0 ? { assumptions } : {}) };
}

/** A citation of a simulator assumption (src/dmp/assumptions.ts): the decision's text must name it. */
export function restsOn(...assumptions: AssumptionId[]): Citation {
  return { faq: [], rules: [], assumptions };
}

/** A refusal citing the rules that refused. */
export function deny(
  code: DmpErrorCode,
  explanation: string,
  ...cited: readonly Citation[]
): Denied {
  return { allowed: false, code, explanation, ...merge(cited) };
}

/**
 * A positive decision citing the rules that granted it (`cited`) and, apart, those of the checks
 * that merely passed (`passed`): « Pourquoi ? » explains the first, never the second.
 */
export function allow(
  code: AllowedCode,
  explanation: string,
  cited: readonly Citation[],
  notices: readonly string[] = [],
  passed: readonly Citation[] = [],
): Allowed {
  const decided = merge(cited);
  // Assumptions of checks that merely passed do not decide: only the cited ones are kept.
  const checked = merge(passed).rules.filter((r) => !decided.rules.includes(r));
  return { allowed: true, code, explanation, notices, ...decided, checked };
}

/** A citation for an FAQ entry alone (no predicate), e.g. for unknown ids. */
export function cite(faq: FaqId, ...rules: RuleId[]): Citation {
  return { faq, rules };
}

/** The citation of an access-matrix cell: its own FAQ id and rules, else those of the rule that read it. */
export function citeCell(
  cell: {
    readonly faq: FaqId | null;
    readonly rules: readonly RuleId[];
    readonly assumption?: boolean;
  },
  rule: Citation,
): Citation {
  return {
    faq: cell.faq ?? rule.faq,
    rules: cell.rules.length > 0 ? cell.rules : rule.rules,
    // A cell no source states rests on the matrix assumption (HS1).
    ...(cell.assumption === true ? { assumptions: ['HS1'] as const } : {}),
  };
}
