/**
 * Small Zod building blocks shared by the scenario schemas: identifiers, references to the world,
 * FAQ and rule citations, durations (the world's own blocks come from `src/world`). Every field carries a French `.describe()`
 * (help text for trainers in their editor); closed lists come from `vocabulary.ts`. References are
 * plain strings here, checked afterwards by `check.ts` so that a typo gets a "did you mean" hint.
 */
import { z } from 'zod';
import { text } from '../../world/index';
import { ERROR_CODE_LIST, FAQ_ID_LIST, RULE_ID_LIST } from './vocabulary';

// The world's building blocks (texts, dates, references, visibility) live with the world format.
export {
  documentRef,
  documentTypeCode,
  isoDate,
  patientRef,
  professionalRef,
  text,
  visibility,
} from '../../world/index';

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
