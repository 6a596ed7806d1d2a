/**
 * Patients: INS and identity status, traits, minors and their legal representatives, legal
 * protection, trusted person, Mon espace santé settings (emergency access, blocking), consents and
 * oppositions. Sources: dmp-facts.md §4, §6, §7, §8; FAQ-PAT-01…06, FAQ-CON-02/06/07.
 */
import type { IsoDate } from './clock';
import type { ConsentRecord, Opposition } from './consent';
import type { Ins } from './ins';

/** RNIV identity statuses: provisional, retrieved (INSi), validated (ID document), qualified (both). */
export const IDENTITY_STATUSES = ['PROV', 'RECUP', 'VALI', 'QUAL'] as const;

/** An RNIV identity status. */
type IdentityStatus = (typeof IDENTITY_STATUSES)[number];

/** Administrative sex as carried by the INS traits. */
export type Sex = 'M' | 'F';

/** The five INS traits (birth name, birth given names, birth date, sex, COG of the birth place). */
interface IdentityTraits {
  readonly birthName: string;
  readonly givenNames: readonly string[];
  readonly birthDate: IsoDate;
  readonly sex: Sex;
  /** INSEE COG code of the birth place (5 characters, 2A/2B for Corsica, 99xxx abroad). */
  readonly birthPlaceCode: string;
}

/** Who a minor's legal representative is: the mother, the father or a guardian (tuteur). */
export const LEGAL_RELATIONSHIPS = ['mother', 'father', 'guardian'] as const;

/** A legal representative's relationship to the minor. */
export type LegalRelationship = (typeof LEGAL_RELATIONSHIPS)[number];

/**
 * Legal protection measures of an adult: tutelle, curatelle, habilitation familiale, mandat de
 * protection future.
 */
export const PROTECTION_MEASURES = [
  'guardianship',
  'curatorship',
  'family-authorisation',
  'future-protection-mandate',
] as const;

/** A legal protection measure. */
export type ProtectionMeasure = (typeof PROTECTION_MEASURES)[number];

/** A legal representative of a minor (parent or guardian). */
interface LegalRepresentative {
  readonly id: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly relationship: LegalRelationship;
}

/** A legal protection measure for an adult (R37). */
interface LegalProtection {
  readonly measure: ProtectionMeasure;
  /** The measure includes representation relating to the person: the protector must be informed. */
  readonly representationRelatingToPerson: boolean;
  readonly protectorName: string;
}

/** The trusted person (personne de confiance); informative, gives no DMP right. */
interface TrustedPerson {
  readonly name: string;
  readonly relationship: string;
}

/**
 * The three independent emergency settings of Mon espace santé (dmp-facts.md §4): SAMU–Centre 15
 * regulation (ETREAT), other professionals in break-glass (BTG), masked documents in emergency
 * (MASKED; only meaningful when one of the two others is allowed).
 */
export interface EmergencySettings {
  readonly allowSamu: boolean;
  readonly allowOtherProfessionals: boolean;
  readonly allowMaskedDocumentsInEmergency: boolean;
}

/** Default emergency settings: everything allowed (no prior express opposition). */
export const DEFAULT_EMERGENCY_SETTINGS: EmergencySettings = {
  allowSamu: true,
  allowOtherProfessionals: true,
  allowMaskedDocumentsInEmergency: false,
};

/** Professionals blocked by the patient: some RPPS numbers, and/or everybody (R44). */
export interface BlockList {
  /** « Bloquer tous les professionnels ». */
  readonly all: boolean;
  /** Individually blocked professionals, by RPPS. */
  readonly rpps: readonly string[];
}

/** Nobody blocked. */
export const NOBODY_BLOCKED: BlockList = { all: false, rpps: [] };

/**
 * The changes Mon espace santé makes to a block list (R44): block or unblock one professional by
 * RPPS, set or lift the general block (individual blocks stay). Shared by the store and the screens.
 */
export const BLOCKING_CHANGES = {
  block: (b: BlockList, rpps: string): BlockList =>
    b.rpps.includes(rpps) ? b : { ...b, rpps: [...b.rpps, rpps] },
  unblock: (b: BlockList, rpps: string): BlockList => ({
    ...b,
    rpps: b.rpps.filter((r) => r !== rpps),
  }),
  blockAll: (b: BlockList, all: boolean): BlockList => ({ ...b, all }),
} as const;

/** A patient and their DMP settings. */
export interface Patient {
  readonly id: string;
  readonly ins: Ins;
  readonly identityStatus: IdentityStatus;
  readonly traits: IdentityTraits;
  /** Usual given name and family name for display (may differ from birth traits). */
  readonly displayName: string;
  readonly legalRepresentatives: readonly LegalRepresentative[];
  readonly legalProtection: LegalProtection | null;
  readonly trustedPerson: TrustedPerson | null;
  /** Mon espace santé activated; the DMP exists and can be fed either way (R42). */
  readonly mesActivated: boolean;
  /**
   * The holder activated her own account with the codes received at 18 (FAQ-PAT-04, R47). Only
   * read for a patient who had legal representatives: the activation they made does not count for
   * the young adult. Absent: not activated.
   */
  readonly ownAccountActivated?: boolean | undefined;
  readonly dmpStatus: 'active' | 'closed';
  readonly emergency: EmergencySettings;
  readonly blocked: BlockList;
  readonly oppositions: readonly Opposition[];
  readonly consents: readonly ConsentRecord[];
  /** Region of residence, informative only: the DMP is national (R31). */
  readonly residenceRegion: string;
}
