/**
 * The part of the core that the « Ai-je accès ? » island ships to the browser, imported module by
 * module instead of through src/dmp/index.ts. Why: Rollup cannot prove that the seed and the rule
 * registry reached through the index are free of side effects, so importing the index bundles the
 * whole fictitious data set (about 5 KB gzip) into the island. Server-side code keeps using the
 * index. TODO(lead): once src/dmp marks `defineRule` and its seed as side-effect free
 * (a `@__NO_SIDE_EFFECTS__` annotation or package.json `sideEffects`), import the index again.
 */
export { errorTitle } from '../../src/dmp/errors';
export type { AccessRequest } from '../../src/dmp/model/access-request';
export { addDuration, SIMULATION_START } from '../../src/dmp/model/clock';
export type { ConsentRecord, Opposition } from '../../src/dmp/model/consent';
export { VISIBLE_TO_ALL, type DmpDocument } from '../../src/dmp/model/document';
export {
  DISPLAY_CATEGORIES,
  DOCUMENT_TYPES,
  documentType,
  type DisplayCategory,
  type DocumentTypeCode,
} from '../../src/dmp/model/document-types.data';
export { testInsFromNir } from '../../src/dmp/model/ins';
export type { Patient } from '../../src/dmp/model/patient';
export {
  G15_PROFESSIONS,
  luhnCheckDigit,
  NON_G15_PROFESSIONS,
  type Card,
  type CardType,
  type G15Code,
  type PracticeSetting,
  type Professional,
  type ProfessionCode,
} from '../../src/dmp/model/professional';
export type { RuleId } from '../../src/dmp/rules/rule-ids';
export {
  decideConsultation,
  type ConsultationContext,
} from '../../src/dmp/services/consultation.service';
export { assumptionById } from '../../src/dmp/assumptions';
export { ALLOWED_CODES, type Decision } from '../../src/dmp/services/decision';
export {
  decideDeposit,
  withInformationReminder,
  type DepositContext,
  type DocumentDraft,
} from '../../src/dmp/services/deposit.service';
export { decideDocumentAccess } from '../../src/dmp/services/document-access.service';
export { decideRepresentativeAccess } from '../../src/dmp/services/patient-view.service';
