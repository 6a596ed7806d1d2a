/**
 * From HTTP answers of the simulated API to the port's verdicts: an OperationOutcome (refusal, or
 * the decision reported in a searchset Bundle) or a `decision` object gives the core's stable code,
 * explanation, rules and FAQ; a success reported by its status only gets the core's positive code.
 */
import type { FaqId, RuleId } from '../../dmp/index';
import type { DmpAnswer, Verdict } from './answer';

/** Base of the simulator's FHIR extensions (see src/mocks/config.ts). */
const FHIR_BASE = 'https://dmp-simulateur.example/fhir';
const RULE_EXTENSION = `${FHIR_BASE}/StructureDefinition/regle`;
const FAQ_EXTENSION = `${FHIR_BASE}/StructureDefinition/faq`;

/** A JSON object of the API. */
export type Json = Record<string, unknown>;

/** An API answer: its status and its JSON body (empty object when none). */
export interface Reply {
  readonly status: number;
  readonly body: Json;
}

/** An array of JSON objects, or none. */
export const asArray = (v: unknown): readonly Json[] => (Array.isArray(v) ? (v as Json[]) : []);
/** A string, or empty. */
export const asString = (v: unknown): string => (typeof v === 'string' ? v : '');

/** UTF-8 text in base64 (attachments). */
export function textToBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The verdict of one OperationOutcome issue list (first issue: the decision; then notices). */
export function verdictOfOutcome(outcome: Json, allowed: boolean): Verdict {
  const issues = asArray(outcome['issue']);
  const first = issues[0] ?? {};
  const details = (first['details'] ?? {}) as Json;
  const coding = asArray(details['coding'])[0] ?? {};
  const extensions = asArray(first['extension']);
  const rules = extensions
    .filter((e) => e['url'] === RULE_EXTENSION)
    .map((e) => asString(e['valueCode']) as RuleId);
  const faq = extensions
    .filter((e) => e['url'] === FAQ_EXTENSION)
    .map((e) => asString(asArray(e['extension']).find((x) => x['url'] === 'id')?.['valueCode']))
    .map((id) => id as FaqId);
  return {
    allowed,
    code: asString(coding['code']),
    explanation: asString(details['text']),
    rules,
    faq,
    notices: allowed ? issues.slice(1).map((i) => asString((i['details'] as Json)['text'])) : [],
  };
}

/** The verdict of a `decision` object (consent, settings). */
export function verdictOfDecision(decision: Json): Verdict {
  return {
    allowed: true,
    code: asString(decision['code']),
    explanation: asString(decision['explanation']),
    rules: asArray(decision['rules']) as unknown as RuleId[],
    faq: asArray(decision['faq']).map((f) => asString(f['id']) as FaqId),
    notices: (Array.isArray(decision['notices']) ? decision['notices'] : []) as string[],
  };
}

/** Whether the API refused (4xx, 5xx). */
export const isRefusal = (reply: Reply) => reply.status >= 400;

/** The answer of a refusal (OperationOutcome with the stable code). */
export function refusal(reply: Reply): DmpAnswer {
  if (reply.body['resourceType'] !== 'OperationOutcome')
    return {
      verdict: {
        allowed: false,
        code: 'API.INTERNAL',
        explanation: `Réponse HTTP ${reply.status} inattendue de l'API.`,
        rules: [],
        faq: [],
        notices: [],
      },
    };
  const verdict = verdictOfOutcome(reply.body, false);
  // The simulated Pro Santé Connect refuses with AUTH.*; the port speaks of the professional.
  return verdict.code === 'AUTH.WRONG_CARD' || verdict.code === 'AUTH.UNKNOWN_USER'
    ? { verdict: { ...verdict, code: 'DMP.UNKNOWN_PROFESSIONAL' } }
    : { verdict };
}

/** A positive verdict the API reports by its status only (201, Binary). */
export function allowedVerdict(code: string, explanation: string): Verdict {
  return { allowed: true, code, explanation, rules: [], faq: [], notices: [] };
}

/** Resources of a searchset Bundle in `match` mode, and the decision of its `outcome` entry. */
export function bundleOf(body: Json): { matches: Json[]; outcome: Json | null } {
  const entries = asArray(body['entry']);
  const mode = (e: Json) => asString((e['search'] as Json | undefined)?.['mode']);
  return {
    matches: entries.filter((e) => mode(e) === 'match').map((e) => e['resource'] as Json),
    outcome: (entries.find((e) => mode(e) === 'outcome')?.['resource'] as Json) ?? null,
  };
}

/** The decision reported in a searchset Bundle, or `fallback`. */
export function bundleVerdict(body: Json, fallback: Verdict): Verdict {
  const { outcome } = bundleOf(body);
  return outcome === null ? fallback : verdictOfOutcome(outcome, true);
}

/** A refusal the port reports itself (no API answer to map). */
export function refusedVerdict(code: string, explanation: string): Verdict {
  return { allowed: false, code, explanation, rules: [], faq: [], notices: [] };
}

/** Whether the API refused the token as expired (8 hours of simulated time). */
export function isExpired(reply: Reply): boolean {
  return (
    reply.status === 401 &&
    asArray(reply.body['issue']).some(
      (i) =>
        asArray((i['details'] as Json | undefined)?.['coding'])[0]?.['code'] ===
        'AUTH.TOKEN_EXPIRED',
    )
  );
}

/** The answer of a request naming a patient absent from the scenario's world. */
export function unknownPatientAnswer(patientId: string): DmpAnswer {
  const explanation = `Patient « ${patientId} » inconnu du monde du scénario : son INS n'est pas connue.`;
  return { verdict: refusedVerdict('DMP.UNKNOWN_PATIENT', explanation) };
}
