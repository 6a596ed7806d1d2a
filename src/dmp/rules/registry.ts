/**
 * Registry of every rule predicate, and of the FAQ rules (R1–R50) that are deliberately not
 * behavioural, with the reason. `coverage.test.ts` checks that together they cover R1–R50.
 */
import type { AnyRule } from './rule';
import type { RuleId } from './rule-ids';
import { isDocumentTypeOpenToProfession, isProfessionAllowedInSetting } from './access.rules';
import {
  areEmergencySettingsConsistent,
  hasBreakGlassMotive,
  isHealthProfessional,
  isBreakGlassAllowedByPatient,
  isBreakGlassSituation,
  isRegulationAllowedByPatient,
  isRegulator,
  requiresPatientInformation,
} from './break-glass.rules';
import { isBlockedFor } from './blocking.rules';
import { hasConsultingCard, hasDepositingCard, isTraineeAuthorised } from './cards.rules';
import {
  hasOpposedToConsultation,
  hasValidConsent,
  isConsentGivenByEntitledPerson,
  isCoveredByStayContract,
  isCoveredByTeamConsent,
  isProtectorInformed,
} from './consent.rules';
import {
  feedsVaccinationBook,
  hasDepositOpposition,
  isClockInSync,
  isDmpDocumentType,
  isMandatoryDepositType,
  isPatientDepositType,
  isPatientInformedOfDeposit,
  isProfessionAllowedToDeposit,
  isProfessionAllowedToDepositType,
} from './deposit.rules';
import { isListedBefore } from './display.rules';
import { isNominativeConsultationTrace } from './history.rules';
import { isDocumentAuthor } from './lifecycle.rules';
import {
  hasActiveDmp,
  isInsQualified,
  isTraitSearchAvailable,
  isUniqueTraitMatch,
} from './identity.rules';
import {
  hasActivatedOwnAccount,
  isAdultAt,
  isCurrentRepresentative,
  isProfileManagedByRepresentative,
} from './majority.rules';
import {
  isHiddenFromPatient,
  isOpenDespiteMasking,
  isSecretConnectionCompliant,
  isVisibilityCombinationAllowed,
  isVisibleToRepresentatives,
} from './visibility.rules';

/** Every rule predicate of the domain, grouped by topic. */
export const RULES: readonly AnyRule[] = [
  // cards
  hasConsultingCard,
  hasDepositingCard,
  isTraineeAuthorised,
  // identity
  isInsQualified,
  hasActiveDmp,
  isTraitSearchAvailable,
  isUniqueTraitMatch,
  // access matrix
  isProfessionAllowedInSetting,
  isDocumentTypeOpenToProfession,
  // consent
  hasValidConsent,
  isConsentGivenByEntitledPerson,
  isCoveredByTeamConsent,
  isCoveredByStayContract,
  isProtectorInformed,
  hasOpposedToConsultation,
  // break-glass and regulation
  isHealthProfessional,
  hasBreakGlassMotive,
  isBreakGlassSituation,
  isBreakGlassAllowedByPatient,
  isRegulationAllowedByPatient,
  isRegulator,
  requiresPatientInformation,
  areEmergencySettingsConsistent,
  // blocking
  isBlockedFor,
  // majority
  isAdultAt,
  isProfileManagedByRepresentative,
  isCurrentRepresentative,
  hasActivatedOwnAccount,
  // deposit
  isProfessionAllowedToDeposit,
  isProfessionAllowedToDepositType,
  isDmpDocumentType,
  isClockInSync,
  hasDepositOpposition,
  isPatientInformedOfDeposit,
  isMandatoryDepositType,
  isPatientDepositType,
  feedsVaccinationBook,
  // lifecycle and history
  isDocumentAuthor,
  isNominativeConsultationTrace,
  // visibility and display
  isVisibilityCombinationAllowed,
  isSecretConnectionCompliant,
  isHiddenFromPatient,
  isOpenDespiteMasking,
  isVisibleToRepresentatives,
  isListedBefore,
];

/** FAQ rules with nothing to decide in the simulator, and why (kept short and honest). */
export const NON_BEHAVIOURAL_RULES: Readonly<Partial<Record<RuleId, string>>> = {
  R2: "Information sur la disponibilité de l'application e-CPS (Android et iOS) : aucune décision à simuler ; l'e-CPS est modélisée comme une carte qui consulte.",
  R11: "Feuille de route (expérimentation en établissement courant 2026) ; aucun type « accident du travail » n'est modélisé.",
  R12: 'Feuille de route des téléservices en établissement, hors du DMP simulé.',
  R19: 'Calendrier du Ségur pour les paramédicaux : information datée, sans effet sur les droits.',
  R31: "Absence de restriction : il n'y a rien à contrôler. Un test vérifie que la région du patient ne change aucune décision.",
  R48: "Évolution annoncée (intégration au logiciel métier), sans effet sur les règles d'accès actuelles.",
  R50: 'Démarches de support (formulaire de perte, portail ma-cps.esante.gouv.fr), hors du DMP.',
};
