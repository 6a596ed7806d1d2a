/**
 * Zod building blocks of the world format, shared with the scenario schemas: texts, dates,
 * references to the data set, document type codes and visibility flags. Every field carries a
 * French `.describe()` (help text for trainers in their editor). References are plain strings,
 * checked by the world builder so that a typo gets a hint.
 */
import { z } from 'zod';
import {
  DOCUMENT_TYPE_CODES,
  SEED_DOCUMENT_IDS,
  SEED_PATIENT_IDS,
  SEED_PROFESSIONAL_IDS,
} from '../dmp/index';

/**
 * A closed list that still reads its former spellings (decision 050), as the values they became.
 * Its input, which the JSON Schema shows, lists both; the scenario checker warns about a former
 * spelling (SCN043) and gives the new one.
 */
export function renamedEnum<const V extends readonly [string, ...string[]]>(
  values: V,
  formerly: Readonly<Record<string, V[number]>>,
) {
  const accepted = [...values, ...Object.keys(formerly)] as [string, ...string[]];
  return z.enum(accepted).transform((v): V[number] => formerly[v] ?? v);
}

/** The former spellings of the world format's values, per field (decision 050). */
export const WORLD_FORMER_SPELLINGS = {
  setting: { etablissement: 'establishment' },
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;

/** A non-empty French text. */
export const text = (description: string) =>
  z.string().trim().min(1, { error: 'le texte ne doit pas être vide' }).describe(description);

/** A reference to a patient of the world. */
export const patientRef = (description: string) =>
  z
    .string()
    .min(1)
    .describe(description)
    .meta({ examples: Object.values(SEED_PATIENT_IDS) });

/** A reference to a professional of the world. */
export const professionalRef = (description: string) =>
  z
    .string()
    .min(1)
    .describe(description)
    .meta({ examples: Object.values(SEED_PROFESSIONAL_IDS) });

/** A reference to a document of the world, or an alias given by `as:` on a deposit. */
export const documentRef = (description: string) =>
  z
    .string()
    .min(1)
    .describe(description)
    .meta({ examples: Object.values(SEED_DOCUMENT_IDS) });

/** A document type code (LOINC or TRE_A05), checked against the core catalogue. */
export const documentTypeCode = (description: string) =>
  z
    .string()
    .min(1)
    .describe(description)
    .meta({ enum: [...DOCUMENT_TYPE_CODES] });

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
