/**
 * The ordered checks of « see a document in Mon espace santé », written once: the service runs the
 * list of the viewer (first refusal wins) and the majority machine builds its guards and refusal
 * transitions from it (decision 042). The representative must still represent the patient; the
 * holder must manage their own profile, with their own account once adult; then the document must
 * not await an announcement, nor, for a representative, be hidden by the minor's secret. Whether
 * Mon espace santé is activated and whether the document belongs to this DMP are looked up before
 * (no rule names them). Sources: FAQ-PAT-04, FAQ-DEP-09, FAQ-CON-02; dmp-facts.md §3, §7.
 */
import { assumptionLabel } from '../assumptions';
import type { Instant } from '../model/clock';
import type { DmpDocument } from '../model/document';
import type { Patient } from '../model/patient';
import {
  hasActivatedOwnAccount,
  isCurrentRepresentative,
  isProfileManagedByRepresentative,
} from '../rules/majority.rules';
import { isHiddenFromPatient, isVisibleToRepresentatives } from '../rules/visibility.rules';
import { defineCheck } from './check-list';
import { restsOn } from './decision';

/** Who looks at Mon espace santé: the holder, or a legal representative. */
export type PatientSideViewer =
  | { readonly kind: 'patient' }
  | { readonly kind: 'representative'; readonly representativeId: string };

/** What the checks of entering Mon espace santé read. */
export interface PatientSideCheckInput {
  readonly viewer: PatientSideViewer;
  readonly patient: Patient;
  readonly now: Instant;
}

/** What the checks of seeing a document read: the document as well. */
export interface PatientViewCheckInput extends PatientSideCheckInput {
  readonly document: DmpDocument;
}

const representativeIdOf = (viewer: PatientSideViewer): string =>
  viewer.kind === 'representative' ? viewer.representativeId : '';

/** Whether the viewer was ever a legal representative of the patient (else: never was). */
const wasRepresentative = ({ viewer, patient }: PatientSideCheckInput): boolean =>
  patient.legalRepresentatives.some((r) => r.id === representativeIdOf(viewer));

/** A representative: still the patient's legal representative (the patient is a minor, R47). */
const REPRESENTATIVE_CHECK = defineCheck({
  rule: isCurrentRepresentative,
  holds: (i: PatientSideCheckInput) =>
    isCurrentRepresentative(representativeIdOf(i.viewer), i.patient, i.now),
  code: (i: PatientSideCheckInput) =>
    wasRepresentative(i) ? 'DMP.REPRESENTATIVE_ACCESS_ENDED' : 'DMP.NOT_A_REPRESENTATIVE',
  explanation: (i: PatientSideCheckInput) =>
    wasRepresentative(i)
      ? "Le patient est majeur : son profil s'est détaché du compte de son représentant légal, qui n'y a plus accès."
      : "Cette personne n'est pas représentant légal du patient.",
  description: "Refusé : cette personne n'est pas représentant légal du patient.",
});

/** The holder's checks: a minor's profile is managed by the representative; then the own account. */
const HOLDER_CHECKS = [
  defineCheck({
    rule: isProfileManagedByRepresentative,
    holds: (i: PatientSideCheckInput) => isProfileManagedByRepresentative(i.patient, i.now),
    passesWhen: false,
    code: 'DMP.PROFILE_MANAGED_BY_REPRESENTATIVE',
    explanation:
      "Jusqu'à 18 ans, le profil est rattaché au compte du représentant légal ; le jeune reçoit ses propres codes à sa majorité.",
    description: "Jusqu'à 18 ans, le profil est géré depuis le compte du représentant légal.",
  }),
  defineCheck({
    rule: hasActivatedOwnAccount,
    holds: (i: PatientSideCheckInput) => hasActivatedOwnAccount(i.patient),
    code: 'DMP.OWN_ACCOUNT_NOT_ACTIVATED',
    explanation:
      "Majeur, le jeune a reçu ses propres codes : il voit son profil une fois qu'il a activé avec eux son propre compte Mon espace santé (l'activation faite par son représentant légal ne vaut pas pour lui).",
    description: "Refusé : le jeune majeur n'a pas encore activé son propre compte avec ses codes.",
  }),
] as const;

/** Who may enter Mon espace santé once it is activated, for each viewer. */
export const PATIENT_SIDE_CHECKS = {
  representative: [REPRESENTATIVE_CHECK],
  patient: HOLDER_CHECKS,
} as const;

/** A document awaiting its announcement consultation is hidden from everyone on the patient's side. */
const PENDING_ANNOUNCEMENT_CHECK = defineCheck({
  rule: isHiddenFromPatient,
  holds: (i: PatientViewCheckInput) => isHiddenFromPatient(i.document, i.now),
  passesWhen: false,
  code: 'DMP.PENDING_ANNOUNCEMENT',
  explanation: ({ viewer }: PatientViewCheckInput) =>
    viewer.kind === 'representative'
      ? `Ce document attend une consultation d'annonce avec un professionnel ; il deviendra visible au plus tard un mois après son dépôt. Il est caché aussi aux représentants légaux (${assumptionLabel('HS12')} : les sources ne détaillent pas ce cas).`
      : "Ce document attend une consultation d'annonce avec un professionnel ; il deviendra visible au plus tard un mois après son dépôt.",
  alsoCites: ({ viewer }: PatientViewCheckInput) =>
    viewer.kind === 'representative' ? [restsOn('HS12')] : [],
  description: "Document en attente de consultation d'annonce.",
});

/** The checks of seeing a document, for each viewer, once in the space. */
export const DOCUMENT_VIEW_CHECKS = {
  representative: [
    PENDING_ANNOUNCEMENT_CHECK,
    defineCheck({
      rule: isVisibleToRepresentatives,
      holds: (i: PatientViewCheckInput) => isVisibleToRepresentatives(i.document, i.now),
      code: 'DMP.HIDDEN_FROM_REPRESENTATIVES',
      explanation: 'Ce document a été rendu invisible aux représentants légaux (secret du mineur).',
      description: 'Document caché aux représentants légaux (secret du mineur).',
    }),
  ],
  patient: [PENDING_ANNOUNCEMENT_CHECK],
} as const;

/** The ordered checks of seeing a document in Mon espace santé, for each viewer. */
export const PATIENT_VIEW_CHECKS = {
  representative: [...PATIENT_SIDE_CHECKS.representative, ...DOCUMENT_VIEW_CHECKS.representative],
  patient: [...PATIENT_SIDE_CHECKS.patient, ...DOCUMENT_VIEW_CHECKS.patient],
} as const;
