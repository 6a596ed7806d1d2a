/**
 * The only place that knows HTTP status codes: maps core decisions (`DMP.*`) and adapter errors
 * (`API.*`, `AUTH.*`) to statuses and FHIR issue types, and builds every response of the API.
 * Statuses follow PDSM4DMP where it says something (403 non-author deletion, 404 unknown
 * document, 422 business rule on PATCH, empty Bundle when no active DMP; dmp-facts.md §11.3).
 */
import type { Allowed, DmpErrorCode, StoreResult } from '../dmp/index';
import type { ApiErrorCode, Refusal } from './api-errors';
import { invalidRequestOutcome, refusalOutcome, type IssueType } from './fhir/operation-outcome';

type Status = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 500 | 503;

/** Status of every refusal code; `satisfies` makes a new core code fail the type check. */
export const STATUS_BY_CODE = {
  'DMP.UNKNOWN_PATIENT': 404,
  'DMP.UNKNOWN_PROFESSIONAL': 404,
  'DMP.DMP_CLOSED': 409,
  'DMP.CARD_CANNOT_CONSULT': 403,
  'DMP.CARD_CANNOT_DEPOSIT': 403,
  'DMP.TRAINEE_NOT_AUTHORISED': 403,
  'DMP.PROFESSION_NOT_AUTHORISED': 403,
  'DMP.PROFESSION_UNDOCUMENTED': 403,
  'DMP.INS_NOT_QUALIFIED': 422,
  'DMP.INS_INVALID': 400,
  'DMP.ACCESS_BLOCKED': 403,
  'DMP.OPPOSITION': 403,
  'DMP.CONSENT_REQUIRED': 403,
  'DMP.CONSENT_GIVER_NOT_ENTITLED': 403,
  'DMP.PROTECTOR_NOT_INFORMED': 403,
  'DMP.BREAK_GLASS_MOTIVE_REQUIRED': 422,
  'DMP.BREAK_GLASS_NOT_JUSTIFIED': 403,
  'DMP.BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY': 403,
  'DMP.EMERGENCY_ACCESS_REFUSED': 403,
  'DMP.NOT_A_REGULATOR': 403,
  'DMP.INCONSISTENT_EMERGENCY_SETTINGS': 422,
  'DMP.DOCUMENT_NOT_FOUND': 404,
  'DMP.DOCUMENT_FORBIDDEN_FOR_PROFESSION': 403,
  'DMP.DOCUMENT_MASKED': 403,
  'DMP.CLOCK_SKEW': 422,
  'DMP.DEPOSIT_OPPOSITION': 403,
  'DMP.OPPOSITION_REASON_REQUIRED': 422,
  'DMP.OPPOSITION_NOT_FOUND': 404,
  'DMP.INVALID_RPPS': 400,
  'DMP.UNKNOWN_DOCUMENT_TYPE': 422,
  'DMP.DOCUMENT_TYPE_RESERVED_FOR_PATIENT': 422,
  'DMP.DOCUMENT_TYPE_RESERVED_TO_PHYSICIAN': 403,
  'DMP.PATIENT_DOCUMENT_TYPE_REQUIRED': 422,
  'DMP.VISIBILITY_COMBINATION': 422,
  'DMP.SECRET_CONNECTION_REQUIRES_HIDDEN_FROM_REPRESENTATIVES': 422,
  'DMP.NOT_AUTHOR': 403,
  'DMP.ALREADY_DELETED': 422,
  'DMP.MES_NOT_ACTIVATED': 403,
  'DMP.PROFILE_MANAGED_BY_REPRESENTATIVE': 403,
  'DMP.OWN_ACCOUNT_NOT_ACTIVATED': 403,
  'DMP.PENDING_ANNOUNCEMENT': 403,
  'DMP.HIDDEN_FROM_REPRESENTATIVES': 403,
  'DMP.NOT_A_REPRESENTATIVE': 403,
  'DMP.REPRESENTATIVE_ACCESS_ENDED': 403,
  'DMP.INCOMPLETE_TRAITS': 400,
  'DMP.NO_MATCH': 404,
  'DMP.IDENTITY_UNCERTAIN': 422,
  'DMP.FEATURE_NOT_AVAILABLE': 422,
  'API.INVALID_REQUEST': 400,
  'API.MALFORMED_JSON': 400,
  'API.NOT_FOUND': 404,
  'API.PAYLOAD_TOO_LARGE': 413,
  'API.INTERNAL': 500,
  'API.UNAVAILABLE': 503,
  'AUTH.TOKEN_MISSING': 401,
  'AUTH.TOKEN_INVALID': 401,
  'AUTH.TOKEN_EXPIRED': 401,
  'AUTH.WRONG_AUDIENCE': 403,
  'AUTH.UNKNOWN_USER': 401,
  'AUTH.WRONG_CARD': 401,
} as const satisfies Record<DmpErrorCode | ApiErrorCode, Status>;

const ISSUE_TYPE: Record<Status, IssueType> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-long',
  422: 'business-rule',
  500: 'exception',
  503: 'transient',
};

/** How a success is reported: 200 with a body, or 201 with a `Location`. */
type Success =
  { readonly kind: 'ok' } | { readonly kind: 'created'; readonly location?: string | undefined };

/** 200 OK. */
const OK: Success = { kind: 'ok' };

/** 201 Created (at `location` when the resource can be read back). */
export function created(location?: string): Success {
  return { kind: 'created', location };
}

/** HTTP status of a refusal code. */
export function statusOf(code: DmpErrorCode | ApiErrorCode): Status {
  return STATUS_BY_CODE[code];
}

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  const fhir = typeof body === 'object' && body !== null && 'resourceType' in body;
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': fhir
        ? 'application/fhir+json; charset=utf-8'
        : 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

/** The response of a refusal: an OperationOutcome with the status of its code. */
export function refusalResponse(refusal: Refusal): Response {
  const status = statusOf(refusal.code);
  const headers: Record<string, string> =
    status === 401
      ? { 'WWW-Authenticate': `Bearer realm="dmp-simulateur", error="invalid_token"` }
      : {};
  return json(refusalOutcome(refusal, ISSUE_TYPE[status]), status, headers);
}

/** The 400 response of a request whose shape was rejected (one issue per field). */
export function invalidRequestResponse(
  problems: readonly { readonly expression: string; readonly message: string }[],
): Response {
  return json(invalidRequestOutcome(problems), statusOf('API.INVALID_REQUEST'));
}

/** A successful response. */
export function successResponse(body: unknown, success: Success = OK): Response {
  if (success.kind === 'ok') return json(body, 200);
  return json(body, 201, success.location === undefined ? {} : { Location: success.location });
}

/** Map a store result: refusal → OperationOutcome; allowed → `render(value, decision)`. */
export function toHttp<T>(
  result: StoreResult<T>,
  render: (value: T, decision: Allowed) => unknown,
  success: Success | ((value: T) => Success) = OK,
): Response {
  if (!result.allowed) return refusalResponse(result);
  const how = typeof success === 'function' ? success(result.value) : success;
  return successResponse(render(result.value, result), how);
}

/** Map a decision, or a core result carrying its own value (checks, views, searches). */
export function decisionToHttp<A extends Allowed>(
  decision: A | Refusal,
  render: (decision: A) => unknown,
): Response {
  return decision.allowed ? successResponse(render(decision)) : refusalResponse(decision);
}

/**
 * Map a FHIR search whose subject may be missing: a refusal « no active DMP » (`DMP.NO_MATCH`) is
 * an empty searchset, as TD0.2 answers (PDSM4DMP `transaction_td02.md`); other refusals are errors.
 */
export function searchToHttp<T extends Allowed>(
  result: T | Refusal,
  render: (found: T) => unknown,
  empty: () => unknown,
): Response {
  if (result.allowed) return successResponse(render(result));
  return result.code === 'DMP.NO_MATCH' ? successResponse(empty()) : refusalResponse(result);
}
