/**
 * Small Zod building blocks shared by the scenario schemas: identifiers, references to the world,
 * FAQ and rule citations, durations, visibility flags. Every field carries a French `.describe()`
 * (help text for trainers in their editor); closed lists come from `vocabulary.ts`. References are
 * plain strings here, checked afterwards by `check.ts` so that a typo gets a "did you mean" hint.
 */
import { z } from 'zod';
import {
  DOCUMENT_TYPE_LIST,
  ERROR_CODE_LIST,
  FAQ_ID_LIST,
  NAMED_SEED_IDS,
  RULE_ID_LIST,
} from './vocabulary';

/** kebab-case: lowercase letters and digits separated by single hyphens. */
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A kebab-case identifier. */
export const kebabId = (description: string) =>
  z
    .string()
    .regex(KEBAB_CASE, {
      error:
        'identifiant attendu en kebab-case (minuscules, chiffres et tirets, ex. « ouvrir-dmp »)',
    })
    .describe(description);

/** A non-empty French text. */
export const text = (description: string) =>
  z.string().trim().min(1, { error: 'le texte ne doit pas être vide' }).describe(description);

/** A reference to a patient of the world. */
export const patientRef = (description: string) =>
  z.string().min(1).describe(description).meta({ examples: NAMED_SEED_IDS.patients });

/** A reference to a professional of the world. */
export const professionalRef = (description: string) =>
  z.string().min(1).describe(description).meta({ examples: NAMED_SEED_IDS.professionals });

/** A reference to a document of the world, or an alias given by `as:` on a deposit. */
export const documentRef = (description: string) =>
  z.string().min(1).describe(description).meta({ examples: NAMED_SEED_IDS.documents });

/** A document type code (LOINC or TRE_A05), checked against the core catalogue. */
export const documentTypeCode = (description: string) =>
  z.string().min(1).describe(description).meta({ enum: DOCUMENT_TYPE_LIST });

/** A refusal code `DMP.*`, checked against the core. */
export const errorCode = z
  .string()
  .min(1)
  .describe('Code de refus attendu (ex. DMP.ACCESS_BLOCKED), tel que défini par le cœur du DMP.')
  .meta({ enum: ERROR_CODE_LIST });

/** One FAQ id (FAQ-XXX-00). */
export const faqId = z
  .string()
  .min(1)
  .describe('Identifiant de question de la FAQ (ex. FAQ-CON-07).')
  .meta({ enum: FAQ_ID_LIST });

/** One or several FAQ ids. */
const faqIds = z
  .union([faqId, z.array(faqId).min(1)])
  .describe('Question(s) de la FAQ citée(s) : un identifiant, ou une liste.');

/** One rule id R1–R50. */
export const ruleId = z
  .string()
  .min(1)
  .describe('Règle de la FAQ (R1 à R50, voir src/dmp/rules/rule-ids.ts).')
  .meta({ enum: RULE_ID_LIST });

/** A feedback text with its citations. */
export const citation = z
  .object({
    text: text("Texte affiché à l'apprenant, en français."),
    faq: faqIds,
    rules: z.array(ruleId).optional().describe('Règles R1–R50 citées (facultatif).'),
  })
  .strict()
  .describe('Retour affiché, avec la question de la FAQ qui le justifie.');

const amount = (unit: string) =>
  z.number().int().min(0).max(1200).optional().describe(`Nombre de ${unit}.`);

/** A calendar duration (all parts optional, at least one non-zero). */
export const durationFields = {
  years: amount('ans'),
  months: amount('mois'),
  days: amount('jours'),
  hours: amount('heures'),
  minutes: amount('minutes'),
};

/** A duration object, e.g. `{ days: 14 }`. */
export const duration = z
  .object(durationFields)
  .strict()
  .refine((d) => Object.values(d).some((v) => (v ?? 0) > 0), {
    error: 'durée nulle : indiquez au moins une valeur (ex. days: 14)',
  })
  .describe("Durée dont avance l'horloge simulée (ex. { days: 14 } ou { years: 1 }).");

/** The three visibility flags of a document (all false by default). */
export const visibility = z
  .object({
    maskedFromProfessionals: z
      .boolean()
      .default(false)
      .describe(
        "Masqué aux professionnels (sauf l'auteur, et en urgence si le patient l'autorise).",
      ),
    invisibleToPatient: z
      .boolean()
      .default(false)
      .describe("Invisible au patient, en attendant une consultation d'annonce."),
    invisibleToLegalRepresentatives: z
      .boolean()
      .default(false)
      .describe('Invisible aux représentants légaux (secret du mineur).'),
  })
  .strict()
  .describe('Visibilité du document (par défaut : visible de tous ceux que la matrice autorise).');

/** An ISO date `YYYY-MM-DD`. */
export const isoDate = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date attendue au format AAAA-MM-JJ (ex. 2025-10-01)' })
    .describe(description);
