/**
 * Error codes of the API adapter itself (request shape, authentication, routing). Refusals of the
 * DMP rules keep the core's `DMP.*` codes; these `API.*` and `AUTH.*` codes never carry a rule.
 */
import type { Denied } from '../dmp/index';

/** Adapter error codes with their French titles. */
export const API_ERROR_CODES = {
  'API.INVALID_REQUEST': 'Requête invalide',
  'API.MALFORMED_JSON': 'JSON mal formé',
  'API.NOT_FOUND': 'Ressource ou route inconnue',
  'API.PAYLOAD_TOO_LARGE': 'Requête trop volumineuse',
  'API.INTERNAL': 'Erreur interne du simulateur',
  'API.UNAVAILABLE': 'DMP indisponible (panne simulée)',
  'AUTH.TOKEN_MISSING': "Jeton d'accès manquant",
  'AUTH.TOKEN_INVALID': "Jeton d'accès invalide",
  'AUTH.TOKEN_EXPIRED': "Jeton d'accès expiré",
  'AUTH.WRONG_AUDIENCE': "Jeton d'accès d'un autre espace",
  'AUTH.UNKNOWN_USER': 'Utilisateur inconnu',
  'AUTH.WRONG_CARD': 'Carte non reconnue pour ce professionnel',
} as const;

/** An adapter error code. */
export type ApiErrorCode = keyof typeof API_ERROR_CODES;

/** An adapter refusal: same shape as a core `Denied`, without rules. */
export interface ApiError {
  readonly allowed: false;
  readonly code: ApiErrorCode;
  readonly explanation: string;
  readonly rules: readonly [];
  readonly faq: readonly [];
}

/** Build an adapter refusal with a French explanation. */
export function apiError(code: ApiErrorCode, explanation: string): ApiError {
  return { allowed: false, code, explanation, rules: [], faq: [] };
}

/** Any refusal the API reports: a core decision or an adapter error. */
export type Refusal = Denied | ApiError;
