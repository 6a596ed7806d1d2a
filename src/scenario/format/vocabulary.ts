/**
 * Closed vocabularies of the scenario format, in one module (STYLE §5): audiences, themes, machine
 * ids, consent scopes, opening modes, and the lists re-exported from the DMP core (FAQ ids, rule
 * ids, error codes, document types, seed ids). The schema, the checks, the engine and the trainer
 * guide all read them from here; nothing retypes them. The learner actions are declared one file
 * each in `actions/`, whose registry derives their list.
 */
import {
  ASSUMPTION_IDS,
  DMP_ERROR_CODES,
  DOCUMENT_TYPE_CODES,
  FAQ_IDS,
  FAQ_SECTIONS,
  PROFESSION_CODES,
  RULE_IDS,
  type FaqSectionId,
} from '../../dmp/index';
import { WORLD_FORMER_SPELLINGS } from '../../world/index';

// The core's closed vocabularies, re-exported so that the schema reads every list from here.
export {
  CARD_TYPES,
  CONSENT_FORMS,
  CONSENT_GIVERS,
  DOCUMENT_STATUSES,
  IDENTITY_STATUSES,
} from '../../dmp/index';
export type { CardType } from '../../dmp/index';

/** First line every scenario file starts with (editor completion through the JSON Schema). */
export const SCHEMA_COMMENT = '# yaml-language-server: $schema=../scenario.schema.json';

/** Who a scenario is written for, with French labels. */
export const AUDIENCES = {
  medecin: 'Médecins',
  pharmacien: 'Pharmaciens',
  infirmier: 'Infirmiers',
  'sage-femme': 'Sages-femmes',
  'chirurgien-dentiste': 'Chirurgiens-dentistes',
  paramedical: 'Professions paramédicales',
  secretariat: 'Secrétariats médicaux',
  interne: 'Internes',
  etablissement: "Équipes d'établissement",
  formateur: 'Formateurs',
  tous: 'Tous les publics',
} as const;

/** An audience id. */
export type Audience = keyof typeof AUDIENCES;

/**
 * Themes: the eight sections of the source FAQ, in source order, with their titles (the FAQ registry
 * is the only list). A scenario's theme is the section of the question it mainly teaches, and the
 * folder of `scenarios/<theme>/` it lives in.
 */
export const THEMES = Object.fromEntries(FAQ_SECTIONS.map((s) => [s.id, s.title])) as Readonly<
  Record<FaqSectionId, string>
>;

/** A theme id: a FAQ section id. */
export type Theme = FaqSectionId;

// The ids of the business machines: the machines' own list (no XState behind it).
export { MACHINE_IDS, type MachineId } from '../../../machines/ids';

/** What a consent covers: the professional alone, or the care team. */
export const CONSENT_SCOPES = ['professional', 'care-team'] as const;

/** Modes of `ps.openDmp` (break-glass has its own action). */
export const OPEN_MODES = ['normal', 'regulation-centre'] as const;

/**
 * The former spellings the format still reads, per field, with the value each became (decision
 * 050): the schema reads them as the new value, the checker warns (SCN043).
 */
export const FORMER_SPELLINGS = {
  ...WORLD_FORMER_SPELLINGS,
  mode: { 'centre-de-regulation': 'regulation-centre' },
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Expected results of an action step. */
export const RESULTS = ['allowed', 'refused'] as const;

/** FAQ ids, rule ids, error codes and document types, re-exported from the core. */
export const FAQ_ID_LIST: readonly string[] = FAQ_IDS;
/** Rule ids R1–R50. */
export const RULE_ID_LIST: readonly string[] = RULE_IDS;
/** Ids of the simulator's assumptions HS1… (src/dmp/assumptions.ts), kept as a literal tuple. */
export const ASSUMPTION_ID_LIST = ASSUMPTION_IDS;
/** Refusal codes `DMP.*`. */
export const ERROR_CODE_LIST: readonly string[] = Object.keys(DMP_ERROR_CODES);
/** LOINC / TRE_A05 document type codes the DMP knows. */
export const DOCUMENT_TYPE_LIST: readonly string[] = DOCUMENT_TYPE_CODES;
/** Profession codes (TRE_G15 plus osteopath, secretary, RPPS+ role). */
export const PROFESSION_LIST: readonly string[] = PROFESSION_CODES;
