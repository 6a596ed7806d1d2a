/**
 * Low entry of the scenario format: the field schemas, the role schema and the closed
 * vocabularies. `actions/` and `wire/` import this entry, never `format/index.ts`, which builds the
 * step schema from `actions/index.ts`: that is why the format has two entries and no cycle
 * (decision 053).
 */
export {
  documentRef,
  documentTypeCode,
  durationFields,
  isoDate,
  kebabId,
  patientRef,
  professionalRef,
  text,
  visibility,
} from './fields.schema';
export {
  AUDIENCES,
  CARD_TYPES,
  CONSENT_FORMS,
  CONSENT_GIVERS,
  CONSENT_SCOPES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPE_LIST,
  ERROR_CODE_LIST,
  FAQ_ID_LIST,
  FORMER_SPELLINGS,
  IDENTITY_STATUSES,
  MACHINE_IDS,
  OPEN_MODES,
  RESULTS,
  RULE_ID_LIST,
  SCHEMA_COMMENT,
  THEMES,
} from './vocabulary';
export type { Audience, CardType, MachineId, Theme } from './vocabulary';
export type { RoleSpec } from './world.schema';
