/**
 * FHIR R4 OperationOutcome builders: a refusal becomes one issue carrying the stable code (core
 * `DMP.*` or adapter `API.*`/`AUTH.*`), the French explanation, the rule ids and the FAQ links.
 */
import { codeTitle, faqPath } from '../../dmp/index';
import type { AssumptionId, Decision, FaqId, RuleId } from '../../dmp/index';
import { API_ERROR_CODES, type Refusal } from '../api-errors';
import { SIMULATOR_FHIR_BASE } from '../config';

/** Code system of every decision code (refusals and positive decisions). */
const DECISION_CODE_SYSTEM = `${SIMULATOR_FHIR_BASE}/CodeSystem/decision-dmp`;
/** Extension carrying one rule id (R1–R50). */
const RULE_EXTENSION = `${SIMULATOR_FHIR_BASE}/StructureDefinition/regle`;
/** Extension carrying one simulator assumption the decision rests on (HS1, HS2…). */
export const ASSUMPTION_EXTENSION = `${SIMULATOR_FHIR_BASE}/StructureDefinition/hypothese`;
/** Complex extension carrying one FAQ entry: `id` and `lien` (site path). */
const FAQ_EXTENSION = `${SIMULATOR_FHIR_BASE}/StructureDefinition/faq`;

/** FHIR issue types used by the simulator. */
export type IssueType =
  | 'invalid'
  | 'structure'
  | 'login'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-long'
  | 'business-rule'
  | 'exception'
  | 'transient'
  | 'informational'
  | 'multiple-matches';

/** One extension of an issue. */
type IssueExtension =
  | { readonly url: typeof RULE_EXTENSION; readonly valueCode: string }
  | { readonly url: typeof ASSUMPTION_EXTENSION; readonly valueCode: AssumptionId }
  | {
      readonly url: typeof FAQ_EXTENSION;
      readonly extension: readonly [
        { readonly url: 'id'; readonly valueCode: string },
        { readonly url: 'lien'; readonly valueUri: string },
      ];
    };

/** One OperationOutcome issue. */
interface Issue {
  readonly severity: 'error' | 'warning' | 'information';
  readonly code: IssueType;
  readonly details: {
    readonly coding: readonly [
      { readonly system: string; readonly code: string; readonly display: string },
    ];
    readonly text: string;
  };
  readonly expression?: readonly string[];
  readonly extension?: readonly IssueExtension[];
}

/** A FHIR OperationOutcome. */
interface OperationOutcome {
  readonly resourceType: 'OperationOutcome';
  readonly issue: readonly Issue[];
}

/** The rule, FAQ and assumption extensions of a decision. */
function citations(
  rules: readonly RuleId[],
  faq: readonly FaqId[],
  assumptions: readonly AssumptionId[] = [],
): readonly IssueExtension[] {
  return [
    ...rules.map((r) => ({ url: RULE_EXTENSION, valueCode: r }) as const),
    ...faq.map(
      (id) =>
        ({
          url: FAQ_EXTENSION,
          extension: [
            { url: 'id', valueCode: id },
            { url: 'lien', valueUri: faqPath(id) },
          ],
        }) as const,
    ),
    ...assumptions.map((id) => ({ url: ASSUMPTION_EXTENSION, valueCode: id }) as const),
  ];
}

function issue(
  severity: Issue['severity'],
  type: IssueType,
  code: string,
  text: string,
  extension: readonly IssueExtension[],
  expression?: readonly string[],
): Issue {
  return {
    severity,
    code: type,
    details: {
      coding: [{ system: DECISION_CODE_SYSTEM, code, display: codeTitle(code, API_ERROR_CODES) }],
      text,
    },
    ...(expression === undefined ? {} : { expression }),
    ...(extension.length === 0 ? {} : { extension }),
  };
}

/** The OperationOutcome of a refusal. */
export function refusalOutcome(refusal: Refusal, type: IssueType): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      issue(
        'error',
        type,
        refusal.code,
        refusal.explanation,
        citations(refusal.rules, refusal.faq, 'assumptions' in refusal ? refusal.assumptions : []),
      ),
    ],
  };
}

/** The OperationOutcome of a rejected request shape: one issue per invalid field. */
export function invalidRequestOutcome(
  problems: readonly { readonly expression: string; readonly message: string }[],
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: problems.map((p) =>
      issue('error', 'invalid', 'API.INVALID_REQUEST', p.message, [], [p.expression]),
    ),
  };
}

/** Issue type of a refusal reported in a Bundle, when it is not an access refusal. */
const REPORTED_TYPE: Partial<Record<string, IssueType>> = {
  'DMP.NO_MATCH': 'not-found',
  'DMP.IDENTITY_UNCERTAIN': 'multiple-matches',
};

/**
 * The OperationOutcome of a decision that is reported, not enforced, by the request: the access
 * status of TD0.2 or the decision behind a search bundle (information when allowed, warning when not).
 */
export function decisionOutcome(decision: Decision): OperationOutcome {
  const notices = decision.allowed ? decision.notices : [];
  return {
    resourceType: 'OperationOutcome',
    issue: [
      issue(
        decision.allowed ? 'information' : 'warning',
        decision.allowed ? 'informational' : (REPORTED_TYPE[decision.code] ?? 'forbidden'),
        decision.code,
        decision.explanation,
        citations(decision.rules, decision.faq, decision.assumptions),
      ),
      ...notices.map((notice) => issue('warning', 'informational', decision.code, notice, [])),
    ],
  };
}
