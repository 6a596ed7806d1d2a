/**
 * Public surface of the pure DMP domain: model, rules (predicates with their sources), decisions,
 * in-memory store and seed. Other folders import from here only (no deep imports).
 */
export { DMP_ERROR_CODES, errorTitle, isDmpErrorCode } from './errors';
export type { DmpErrorCode } from './errors';
export { FAQ_ENTRIES, FAQ_IDS, FAQ_SECTIONS, FAQ_SOURCE, faqEntry, faqPath, isFaqId } from './faq';
export type { FaqEntryRef, FaqId, FaqSectionId } from './faq';
export {
  breakGlass,
  isEmergencyMode,
  NORMAL_ACCESS,
  REGULATION_ACCESS,
} from './model/access-request';
export type { AccessRequest } from './model/access-request';
export {
  addDuration,
  advanceClock,
  ageAt,
  anniversary,
  CLOCK_SKEW_TOLERANCE_MS,
  createClock,
  instantMs,
  isBefore,
  parseInstant,
  setClock,
  SIMULATION_START,
  workstationTime,
} from './model/clock';
export type { Duration, Instant, IsoDate, SimClock } from './model/clock';
export {
  ANNOUNCED_FEATURES,
  FEATURE_IDS,
  isFeatureOn,
  NO_FEATURE_SETTINGS,
} from './model/features';
export type { AnnouncedFeature, FeatureId, FeatureSettings } from './model/features';
export { scopeCovers } from './model/consent';
export type {
  ConsentForm,
  ConsentGiver,
  ConsentRecord,
  ConsentScope,
  Opposition,
  OppositionKind,
  OppositionScope,
} from './model/consent';
export {
  ANNOUNCEMENT_NOTIFICATION_DELAY,
  ANNOUNCEMENT_RELEASE_DELAY,
  announcementStage,
  documentTypeLabel,
  isAuthoredBy,
  isDeleted,
  isHiddenFromPatientAt,
  isPatientDeposited,
  VISIBLE_TO_ALL,
} from './model/document';
export type {
  AnnouncementStage,
  DmpDocument,
  DocumentAuthor,
  DocumentStatus,
  VisibilityFlags,
} from './model/document';
export {
  CLASS_CODES,
  DISPLAY_CATEGORIES,
  DOCUMENT_TYPE_CODES,
  DOCUMENT_TYPES,
  documentType,
  isDocumentTypeCode,
  isPatientClassType,
} from './model/document-types.data';
export type {
  ClassCode,
  DisplayCategory,
  DocumentTypeCode,
  DocumentTypeInfo,
} from './model/document-types.data';
export { CONSULTATION_ACTIONS, describeHistoryEntry, professionalActor } from './model/history';
export type { AccessMode, HistoryAction, HistoryActor, HistoryEntry } from './model/history';
export {
  computeNirKey,
  INS_OID_DEMONSTRATION,
  INS_OID_NIA_PRODUCTION,
  INS_OID_PRODUCTION,
  INS_OID_TEST,
  isNirFormat,
  isValidNirKey,
  parseIns,
  patientMailboxAddress,
  testInsFromNir,
} from './model/ins';
export type { Ins, InsErrorCode, InsParseResult } from './model/ins';
export {
  BLOCKING_CHANGES,
  DEFAULT_EMERGENCY_SETTINGS,
  NOBODY_BLOCKED,
  representativeName,
} from './model/patient';
export type {
  BlockList,
  EmergencySettings,
  IdentityStatus,
  IdentityTraits,
  LegalProtection,
  LegalRepresentative,
  Patient,
  Sex,
  TrustedPerson,
} from './model/patient';
export { agreed, de, startsWithVowelSound } from './model/french';
export {
  FEMININE_PROFESSION_LABELS,
  G15_PROFESSIONS,
  isG15Code,
  isLuhnValid,
  isRppsFormat,
  cardLoginRefusal,
  cardsHeldBy,
  luhnCheckDigit,
  NON_G15_PROFESSIONS,
  PRACTICE_SETTINGS,
  PROFESSION_CODES,
  professionalName,
  professionLabel,
  professionLabelOf,
  RPPS_PLUS_ROLES,
} from './model/professional';
export type {
  Card,
  EstablishmentKind,
  G15Code,
  Gender,
  NonG15Kind,
  PracticeSetting,
  Professional,
  ProfessionCode,
  RppsPlusRole,
} from './model/professional';
export {
  ACCESS_MATRIX,
  documentCell,
  listMatrixAssumptions,
  settingCell,
} from './rules/access-matrix.data';
export type { MatrixAssumption } from './rules/access-matrix.data';
export { isDocumentTypeOpenToProfession, isProfessionAllowedInSetting } from './rules/access.rules';
export { isBlockedFor } from './rules/blocking.rules';
export {
  areEmergencySettingsConsistent,
  hasBreakGlassMotive,
  isHealthProfessional,
  isBreakGlassAllowedByPatient,
  isBreakGlassSituation,
  isRegulationAllowedByPatient,
  isRegulator,
  requiresPatientInformation,
} from './rules/break-glass.rules';
export { hasConsultingCard, hasDepositingCard, isTraineeAuthorised } from './rules/cards.rules';
export {
  hasOpposedToConsultation,
  hasValidConsent,
  holdsMinorSecret,
  isConsentGivenByEntitledPerson,
  isMinorSecretConsent,
  isCoveredByStayContract,
  isCoveredByTeamConsent,
  isProtectorInformed,
} from './rules/consent.rules';
export {
  feedsVaccinationBook,
  hasDepositOpposition,
  isClockInSync,
  isDmpDocumentType,
  isMandatoryDepositType,
  isPatientDepositType,
  isPatientInformedOfDeposit,
  isProfessionAllowedToDeposit,
  isProfessionAllowedToDepositType,
  MEDICAL_SYNTHESIS_TYPE,
  MANDATORY_DEPOSITS,
} from './rules/deposit.rules';
export { isListedBefore, sortForDisplay } from './rules/display.rules';
export { isNominativeConsultationTrace } from './rules/history.rules';
export {
  hasActiveDmp,
  isInsQualified,
  isTraitSearchAvailable,
  isUniqueTraitMatch,
} from './rules/identity.rules';
export { isDocumentAuthor } from './rules/lifecycle.rules';
export type { DocumentActor } from './rules/lifecycle.rules';
export {
  AGE_OF_MAJORITY,
  hasActivatedOwnAccount,
  isAdultAt,
  isCurrentRepresentative,
  isProfileManagedByRepresentative,
} from './rules/majority.rules';
export {
  assumed,
  CLOSED_BY_DEFAULT,
  everywhere,
  LISTED,
  NOT_IN_SOURCES_ROW,
  OCCUPATIONAL_THERAPIST_ROW,
  OCCUPATIONAL_THERAPIST_STRUCTURE,
  OPEN_BY_DEFAULT,
  overrides,
  paramedicalRow,
  PSY_SYNTHESIS_PHARMACIST,
  SENSITIVE_TYPES,
  sourced,
  STRUCTURE_ONLY_ROW,
  undocumented,
} from './rules/matrix-cells.data';
export type { AccessMatrixRow, MatrixCell } from './rules/matrix-cells.data';
export { NON_BEHAVIOURAL_RULES, ruleById, RULES } from './rules/registry';
export { defineRule } from './rules/rule';
export type { AnyRule, Rule, RuleMeta } from './rules/rule';
export { isRuleId, RULE_IDS, RULE_STATEMENTS } from './rules/rule-ids';
export type { RuleId } from './rules/rule-ids';
export {
  ALLOW_INVISIBLE_PATIENT_AND_MASKED_PS,
  isHiddenFromPatient,
  isOpenDespiteMasking,
  isSecretConnectionCompliant,
  isVisibilityCombinationAllowed,
  isVisibleToRepresentatives,
} from './rules/visibility.rules';
export {
  BLOCKING_IN_EMERGENCY_ASSUMPTION,
  decideConsultation,
} from './services/consultation.service';
export type { ConsultationContext } from './services/consultation.service';
export {
  ASSUMPTION_IDS,
  ASSUMPTIONS,
  assumptionById,
  assumptionLabel,
  mentionsAssumption,
  type Assumption,
  type AssumptionId,
} from './assumptions';
export { allow, ALLOWED_CODES, cite, deny, restsOn } from './services/decision';
export type {
  Allowed,
  AllowedCode,
  CheckTrace,
  Citation,
  Decision,
  Denied,
} from './services/decision';
export { allowAfter, defineCheck, passes, runChecks } from './services/check-list';
export type { Check, CheckDefinition, CheckRole, CheckRun } from './services/check-list';
export { DEPOSIT_CHECKS } from './services/deposit.checks';
export {
  BLOCKING_CHECK,
  BREAK_GLASS_MODE_CHECKS,
  CONSULTATION_CHECKS,
  ELIGIBILITY_CHECKS,
  NORMAL_MODE_CHECKS,
  PATIENT_CHECKS,
  REGULATION_MODE_CHECKS,
} from './services/consultation.checks';
export type { ConsultationCheckInput } from './services/consultation.checks';
export type { DepositCheckInput } from './services/deposit.checks';
export { findDmpByIns } from './services/ins-search.service';
export type { InsSearchResult } from './services/ins-search.service';
export {
  decideDeposit,
  decidePatientDeposit,
  DEPOSIT_INFORMATION_REMINDER,
  withInformationReminder,
} from './services/deposit.service';
export type { DepositContext, DocumentDraft } from './services/deposit.service';
export { decideDocumentAccess, maskedDocumentsOpen } from './services/document-access.service';
export {
  decideArchiving,
  decideDeletion,
  decideVisibilityChange,
} from './services/document-lifecycle.service';
export { decideConsentRecord, decideEmergencySettings } from './services/patient-settings.service';
export {
  awaitsActivation,
  decidePatientSideAccess,
  decidePatientView,
  decideRepresentativeAccess,
} from './services/patient-view.service';
export type { PatientSideViewer } from './services/patient-view.service';
export { matchesTraits, normaliseName, searchByTraits } from './services/trait-search.service';
export type {
  TraitQuery,
  TraitSearchOptions,
  TraitSearchResult,
} from './services/trait-search.service';
export {
  DEFAULT_SEED,
  SEED_DOCUMENT_IDS,
  SEED_EPISODES,
  SEED_PATIENT_IDS,
  SEED_PROFESSIONAL_IDS,
  SEED_TEAMS,
} from './seed';
export { createDmpStore } from './store';
export type { BreakGlassInput, DmpStore } from './store';
export type { ConsultInput, ConsultView } from './store/consultation.ops';
export type { DepositInput, DocumentActionInput, PatientDepositInput } from './store/document.ops';
export type { RecordConsentInput, RecordOppositionInput } from './store/consent.ops';
export type { QualifyIdentityInput } from './store/identity.ops';
export type { HistoryLine } from './store/queries';
export type { DmpSeed, DmpState, OpOutcome, PatientNotification, StoreResult } from './store/state';
