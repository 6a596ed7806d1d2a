/**
 * The French title of a decision code, for every reader of a decision: the « Pourquoi ? » of the
 * player, the OperationOutcome of the API and its documentation page.
 */
import { DMP_ERROR_CODES } from './errors';
import { ALLOWED_CODES } from './services/decision';

/**
 * French title of a code: a refusal `DMP.*`, an allowed code, or one of the `more` titles an
 * adapter adds for its own codes (the API's `AUTH.*`, the player's `SIM.*`); the code itself when
 * nobody knows it.
 * @param more titles of the caller's own codes
 */
export function codeTitle(code: string, more: Readonly<Record<string, string>> = {}): string {
  for (const titles of [DMP_ERROR_CODES, ALLOWED_CODES, more] as Readonly<Record<string, string>>[])
    if (Object.hasOwn(titles, code)) return titles[code] ?? code;
  return code;
}
