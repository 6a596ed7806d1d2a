/**
 * Visibility rules: combinations of the three flags at deposit, the secret connection of a minor,
 * announcement timers, masking (MASQUE_PS) and documents hidden from legal representatives.
 * Sources: FAQ-DEP-09, FAQ-PAT-04 (representatives), FAQ-CON-02 (secret du mineur); dmp-facts.md §3,
 * §7 (DEVBOX #113, CSP R.1111-49, R.1111-50, R.1111-53).
 */
import type { Instant } from '../model/clock';
import {
  isAuthoredBy,
  isHiddenFromPatientAt,
  type DmpDocument,
  type VisibilityFlags,
} from '../model/document';
import type { Patient } from '../model/patient';
import { holdsMinorSecret } from './consent.rules';
import { isAdultAt } from './majority.rules';
import { defineRule } from './rule';

/**
 * DMP parameter `cumul-invisible_patient-masque_ps`: false in the simulator, so a document cannot
 * be both hidden from the patient and masked from professionals (dmp-facts.md §3, DEVBOX #113).
 */
export const ALLOW_INVISIBLE_PATIENT_AND_MASKED_PS = false;

/** FAQ-DEP-09: a document may be hidden from the patient at deposit, but not also masked from professionals. */
export const isVisibilityCombinationAllowed = defineRule({
  id: 'isVisibilityCombinationAllowed',
  faq: 'FAQ-DEP-09',
  rules: ['R16'],
  summary:
    'Un document peut être rendu invisible au patient, mais pas à la fois invisible au patient et masqué aux professionnels.',
  sources: ['dmp-facts.md §3 (DEVBOX #113)'],
  test: (flags: VisibilityFlags, allowBoth: boolean = ALLOW_INVISIBLE_PATIENT_AND_MASKED_PS) =>
    allowBoth || !(flags.invisibleToPatient && flags.maskedFromProfessionals),
});

/**
 * Under a minor's secret connection, the documents the professional who received the secret
 * deposits for that episode of care are hidden from the legal representatives; another
 * professional, or another episode, is not bound. The source FAQ is silent on the secret
 * connection (FAQ-PAT-04 does not mention it): the sources are dmp-facts.md §3 and §7; FAQ-CON-02
 * is cited because our answer there explains the secret du mineur (CSP L.1111-5, R.1111-50).
 */
export const isSecretConnectionCompliant = defineRule({
  id: 'isSecretConnectionCompliant',
  faq: 'FAQ-CON-02',
  rules: [],
  summary:
    "Connexion secrète d'un mineur : le document que dépose, pour cet épisode de soins, le professionnel qui a reçu la demande de secret est invisible aux représentants légaux.",
  sources: [
    'dmp-facts.md §3 (DEVBOX #113 : dépôt en connexion secrète)',
    'dmp-facts.md §7 (CSP R.1111-50, connexion secrète)',
  ],
  test: (
    patient: Pick<Patient, 'consents' | 'traits'>,
    professionalId: string,
    episodeId: string | undefined,
    flags: VisibilityFlags,
    now: Instant,
  ) =>
    !holdsMinorSecret(patient, professionalId, episodeId) ||
    isAdultAt(patient, now) ||
    flags.invisibleToLegalRepresentatives,
});

/** FAQ-DEP-09: the document is still hidden from the patient (announcement pending: released automatically after 1 month). */
export const isHiddenFromPatient = defineRule({
  id: 'isHiddenFromPatient',
  faq: 'FAQ-DEP-09',
  rules: ['R16'],
  summary:
    "Le document reste invisible au patient en attendant l'annonce ; il devient visible d'office un mois après le dépôt.",
  sources: ['dmp-facts.md §3 (CSP R.1111-53)'],
  test: (doc: DmpDocument, now: Instant) => isHiddenFromPatientAt(doc, now),
});

/** FAQ-DEP-09: a masked document stays open to its author and, if the patient allowed it, in emergencies. */
export const isOpenDespiteMasking = defineRule({
  id: 'isOpenDespiteMasking',
  faq: 'FAQ-DEP-09',
  rules: [],
  summary:
    "Un document masqué aux professionnels reste visible de son auteur et, si le patient l'a permis, en urgence.",
  // Not R16 (hiding from the patient): masking from professionals is outside §14.
  sources: [
    'dmp-facts.md §3 (masquage au dépôt : DEVBOX #113 ; par le patient : CSP R.1111-49), §4 (réglage MASKED)',
  ],
  test: (doc: DmpDocument, professionalId: string, maskedOpenInEmergency: boolean) =>
    !doc.visibility.maskedFromProfessionals ||
    isAuthoredBy(doc, professionalId) ||
    maskedOpenInEmergency,
});

/** FAQ-PAT-04: the legal representatives may see this document (not flagged for them, not pending announcement). */
export const isVisibleToRepresentatives = defineRule({
  id: 'isVisibleToRepresentatives',
  faq: 'FAQ-PAT-04',
  rules: [],
  summary: "Le document n'est ni invisible aux représentants légaux ni en attente d'annonce.",
  sources: ['dmp-facts.md §3, §7 (INVISIBLE_REPRESENTANTS_LEGAUX)'],
  test: (doc: DmpDocument, now: Instant) =>
    !doc.visibility.invisibleToLegalRepresentatives && !isHiddenFromPatientAt(doc, now),
});
