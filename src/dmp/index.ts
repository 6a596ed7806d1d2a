/**
 * Public surface of the pure DMP domain: model, rules (predicates with their sources), decisions,
 * in-memory store and seed. Other folders import from here only (no deep imports).
 */
export { codeTitle } from './code-title';
export { DMP_ERROR_CODES, errorTitle, isDmpErrorCode } from './errors';
export type { DmpErrorCode } from './errors';
export { FAQ_ENTRIES, FAQ_IDS, FAQ_SECTIONS, faqEntry, faqPath, isFaqId } from './faq';
export type { FaqId, FaqSectionId } from './faq';
export { breakGlass, NORMAL_ACCESS, REGULATION_ACCESS } from './model/access-request';
export type { AccessRequest } from './model/access-request';
export type { AccessMode } from './model/history';
export {
  addDuration,
  anniversary,
  createClock,
  instantMs,
  isBefore,
  parseInstant,
  SIMULATION_START,
} from './model/clock';
export type { Duration, Instant, IsoDate } from './model/clock';
export { ANNOUNCED_FEATURES } from './model/features';
export type { FeatureSettings } from './model/features';
export {
  CONSENT_FORMS,
  CONSENT_GIVERS,
  OPPOSITION_CHANNELS,
  OPPOSITION_KINDS,
  scopeCovers,
} from './model/consent';
export type {
  ConsentForm,
  ConsentGiver,
  ConsentRecord,
  Opposition,
  OppositionChannel,
} from './model/consent';
export { DOCUMENT_STATUSES, VISIBLE_TO_ALL } from './model/document';
export type { DmpDocument, DocumentAuthor, VisibilityFlags } from './model/document';
export {
  CLASS_CODES,
  DISPLAY_CATEGORIES,
  DOCUMENT_TYPE_CODES,
  DOCUMENT_TYPES,
  documentType,
  isDocumentTypeCode,
} from './model/document-types.data';
export type { ClassCode, DisplayCategory, DocumentTypeCode } from './model/document-types.data';
export { INS_OID_TEST, parseIns, testInsFromNir } from './model/ins';
export type { Ins } from './model/ins';
export {
  BLOCKING_CHANGES,
  DEFAULT_EMERGENCY_SETTINGS,
  IDENTITY_STATUSES,
  LEGAL_RELATIONSHIPS,
  NOBODY_BLOCKED,
  PROTECTION_MEASURES,
} from './model/patient';
export type {
  EmergencySettings,
  LegalRelationship,
  Patient,
  ProtectionMeasure,
  Sex,
} from './model/patient';
export { frenchDate } from './model/french';
export {
  CARD_TYPES,
  ESTABLISHMENT_KINDS,
  luhnCheckDigit,
  PRACTICE_SETTINGS,
  PROFESSION_CODES,
  professionalName,
  professionLabel,
  professionLabelOf,
  RPPS_PLUS_ROLES,
} from './model/professional';
export type {
  Card,
  CardType,
  EstablishmentKind,
  PracticeSetting,
  Professional,
  ProfessionCode,
  RppsPlusRole,
} from './model/professional';
export { documentCell, listMatrixAssumptions, settingCell } from './rules/access-matrix.data';
export { isDocumentTypeOpenToProfession, isProfessionAllowedInSetting } from './rules/access.rules';
export { isBlockedFor } from './rules/blocking.rules';
export {
  areEmergencySettingsConsistent,
  isRegulator,
  requiresPatientInformation,
} from './rules/break-glass.rules';
export { hasConsultingCard, hasDepositingCard, isTraineeAuthorised } from './rules/cards.rules';
export {
  hasOpposedToConsultation,
  hasValidConsent,
  holdsMinorSecret,
  isMinorSecretConsent,
  isCoveredByStayContract,
  isCoveredByTeamConsent,
} from './rules/consent.rules';
export {
  feedsVaccinationBook,
  hasDepositOpposition,
  isClockInSync,
  isPatientInformedOfDeposit,
} from './rules/deposit.rules';
export {
  hasActiveDmp,
  isInsQualified,
  isTraitSearchAvailable,
  isUniqueTraitMatch,
} from './rules/identity.rules';
export {
  hasActivatedOwnAccount,
  isAdultAt,
  isCurrentRepresentative,
  isProfileManagedByRepresentative,
} from './rules/majority.rules';
export type { MatrixCell } from './rules/matrix-cells.data';
export { NON_BEHAVIOURAL_RULES, RULES } from './rules/registry';
export type { AnyRule } from './rules/rule';
export { isRuleId, RULE_IDS, RULE_STATEMENTS } from './rules/rule-ids';
export type { RuleId } from './rules/rule-ids';
export { isOpenDespiteMasking } from './rules/visibility.rules';
export { decideConsultation } from './services/consultation.service';
export type { ConsultationContext } from './services/consultation.service';
export {
  ASSUMPTION_IDS,
  assumptionById,
  assumptionLabel,
  mentionsAssumption,
  type AssumptionId,
} from './assumptions';
export { ALLOWED_CODES, cite, deny, restsOn } from './services/decision';
export type { Allowed, Decision, Denied } from './services/decision';
export { runChecks } from './services/check-list';
export type { Check } from './services/check-list';
export { DEPOSIT_CHECKS, SECRET_CONNECTION_CHECK } from './services/deposit.checks';
export {
  BREAK_GLASS_MODE_CHECKS,
  CONSENT_CHECK,
  CONSULTATION_CHECKS,
  ELIGIBILITY_CHECKS,
  NORMAL_MODE_CHECKS,
  PROFESSIONAL_CHECKS,
  REGULATION_MODE_CHECKS,
} from './services/consultation.checks';
export { CONSENT_GIVER_CHECKS } from './services/consent-record.checks';
export {
  CONSENT_BASES,
  consentBasisOf,
  grantedConsent,
  type ConsentBasis,
} from './services/consent-basis.service';
export { PATIENT_VIEW_CHECKS } from './services/patient-view.checks';
export { CARD_CHECKS } from './services/card-session.checks';
export {
  CARD_SESSION_CITATION,
  cardConsultationRefusal,
  openCardSession,
} from './services/card-session.service';
export type { CardSession } from './services/card-session.service';
export { findDmpByIns } from './services/ins-search.service';
export {
  decideDeposit,
  decideProfileDeposit,
  DEPOSIT_INFORMATION_REMINDER,
  withInformationReminder,
} from './services/deposit.service';
export type { DocumentDraft } from './services/deposit.service';
export { decideDocumentAccess, maskedDocumentsOpen } from './services/document-access.service';
export { decideConsentRecord, decideEmergencySettings } from './services/patient-settings.service';
export {
  decidePatientSideAccess,
  decidePatientView,
  decideRepresentativeAccess,
  documentInSpace,
  entersSpace,
} from './services/patient-view.service';
export type { PatientSideViewer } from './services/patient-view.service';
export { matchesTraits, searchByTraits } from './services/trait-search.service';
export type { TraitQuery, TraitSearchOptions } from './services/trait-search.service';
export {
  DEFAULT_SEED,
  SEED_DOCUMENT_IDS,
  SEED_EPISODES,
  SEED_PATIENT_IDS,
  SEED_PROFESSIONAL_IDS,
  SEED_TEAMS,
} from './seed';
export { createDmpStore } from './store';
export type { DmpStore } from './store';
export type { DepositInput, DocumentActionInput } from './store/document.ops';
export type { HistoryLine } from './store/queries';
export type { DmpSeed, DmpState, StoreResult } from './store/state';
