/**
 * How a professional asks to open a DMP: normal access, break-glass with an « urgence » motive
 * (R38, FAQ-CON-07), or as the regulating physician of a SAMU–Centre 15 (dmp-facts.md §4).
 */

/** A request to open the DMP in one of the three modes. */
export type AccessRequest =
  | { readonly mode: 'normal' }
  | {
      readonly mode: 'break-glass';
      /** The « urgence » motive typed by the professional (mandatory, R38). */
      readonly motive: string;
      /** The professional declares the patient is in danger and cannot express their will. */
      readonly patientUnableToConsent: boolean;
    }
  | { readonly mode: 'regulation-centre' };

/** Normal access. */
export const NORMAL_ACCESS: AccessRequest = { mode: 'normal' };

/** A break-glass request. */
export function breakGlass(motive: string, patientUnableToConsent = true): AccessRequest {
  return { mode: 'break-glass', motive, patientUnableToConsent };
}

/** A SAMU–Centre 15 regulation request. */
export const REGULATION_ACCESS: AccessRequest = { mode: 'regulation-centre' };
