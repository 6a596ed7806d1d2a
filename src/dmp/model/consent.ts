/**
 * Consent to consultation and oppositions (consultation or deposit), as recorded for a patient.
 * Sources: FAQ-CON-01…08, FAQ-PAT-06; dmp-facts.md §5.
 */
import type { Instant } from './clock';

/** Who the consent covers: one professional, or a whole care team (MSP, unit, EHPAD). */
export type ConsentScope =
  | { readonly kind: 'professional'; readonly professionalId: string }
  | {
      readonly kind: 'care-team';
      readonly teamId: string;
      /** The patient was told the consent covers the whole team (R34). */
      readonly informedOfTeamScope: boolean;
    };

/** Who can give the consent. */
export const CONSENT_GIVERS = ['patient', 'legal-representative', 'protector'] as const;

/** Who gave the consent. */
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** How a consent is expressed: oral is enough (R36); a stay-contract clause is accepted (R49). */
export const CONSENT_FORMS = ['oral', 'written', 'stay-contract-clause'] as const;

/** How the consent was expressed. */
export type ConsentForm = (typeof CONSENT_FORMS)[number];

/** One consent to consult the DMP, valid for one care episode (R32). */
export interface ConsentRecord {
  readonly id: string;
  readonly episodeId: string;
  readonly scope: ConsentScope;
  readonly givenBy: ConsentGiver;
  readonly form: ConsentForm;
  /** Written in the professional's software: recommended, not required (R35). */
  readonly traced: boolean;
  /** For a protected adult, the person in charge of the measure was informed too (R37). */
  readonly protectorInformed: boolean;
  readonly recordedAt: Instant;
  /** Professional who collected it. */
  readonly recordedBy: string;
  /**
   * A minor consenting alone asked this professional for the secret (secret du mineur, CSP
   * L.1111-5; « connexion secrète », dmp-facts.md §3, §7): for this episode only.
   */
  readonly minorSecret?: boolean | undefined;
}

/** Who an opposition targets. */
export type OppositionScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'professional'; readonly professionalId: string }
  | { readonly kind: 'care-team'; readonly teamId: string };

/** What a patient may oppose: consulting the DMP (R35), or depositing for a legitimate reason (R41). */
export const OPPOSITION_KINDS = ['consultation', 'deposit'] as const;

/** What the patient opposes. */
export type OppositionKind = (typeof OPPOSITION_KINDS)[number];

/** How an opposition reaches the DMP. */
export const OPPOSITION_CHANNELS = ['oral', 'letter', 'email', 'mon-espace-sante'] as const;

/** A channel of an opposition (Mon espace santé keeps its name: it is the service's). */
export type OppositionChannel = (typeof OPPOSITION_CHANNELS)[number];

/** An opposition, always traced (date and recorder are mandatory, R35, R49). */
export interface Opposition {
  readonly id: string;
  readonly kind: OppositionKind;
  readonly scope: OppositionScope;
  /** Free text; for a deposit opposition, the legitimate reason (R41). */
  readonly reason: string;
  readonly channel: OppositionChannel;
  readonly tracedAt: Instant;
  /** Professional who traced it in the software, or null when expressed in Mon espace santé. */
  readonly tracedBy: string | null;
}

/** Whether a scope covers a professional (directly or through one of their teams). */
export function scopeCovers(
  scope: ConsentScope | OppositionScope,
  professional: { readonly id: string; readonly careTeamIds: readonly string[] },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'professional':
      return scope.professionalId === professional.id;
    case 'care-team':
      return professional.careTeamIds.includes(scope.teamId);
  }
}
