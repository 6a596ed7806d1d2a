/**
 * The path format (« parcours ») that trainers write, one YAML file per path in parcours/<id>.yaml:
 * a title, its audience, objectives, an ordered list of scenarios (required unless `optional`) and
 * a pass mark. Strict objects and a French `.describe()` on every field, exported as JSON Schema
 * (`npm run schema` writes parcours/parcours.schema.json). Scenario ids are plain strings here and
 * checked afterwards (check.ts), so that a typo gets a « vouliez-vous dire » hint.
 */
import { z } from 'zod';
import { kebabId, text, AUDIENCES, type Audience } from '../scenario/format/base';

const audiences = Object.keys(AUDIENCES) as [Audience, ...Audience[]];

/** First line every path file starts with (editor completion through the JSON Schema). */
export const PARCOURS_SCHEMA_COMMENT = '# yaml-language-server: $schema=parcours.schema.json';

/** Lowest and highest pass mark, in percent of the points of a scenario. */
export const PASS_MARK_RANGE = { min: 1, max: 100 } as const;

/** One scenario of a path, in the order the learner is advised to play it. */
export const parcoursItemSchema = z
  .object({
    scenario: kebabId(
      'Identifiant du scénario (nom de son fichier scenarios/<thème>/<id>.yaml, sans .yaml).',
    ),
    optional: z
      .boolean()
      .optional()
      .describe(
        "true : scénario conseillé mais facultatif (il ne compte pas pour l'attestation). Par défaut : obligatoire.",
      ),
    why: text("Pourquoi ce scénario à cette place (facultatif, affiché à l'apprenant).").optional(),
  })
  .strict()
  .describe('Un scénario du parcours.');

/** A whole path file. */
export const parcoursSchema = z
  .object({
    id: kebabId('Identifiant du parcours, identique au nom du fichier (sans .yaml).'),
    title: text('Titre affiché aux apprenants.'),
    summary: text('Présentation du parcours en une ou deux phrases.'),
    audience: z
      .array(z.enum(audiences).describe('Public visé.'))
      .min(1)
      .describe('Publics visés (mêmes valeurs que les scénarios).'),
    objectives: z
      .array(text("Objectif pédagogique (« L'apprenant sait… »)."))
      .min(1)
      .describe('Objectifs pédagogiques du parcours.'),
    passMark: z
      .number()
      .describe(
        `Score minimal, en pourcentage des points d'un scénario (${PASS_MARK_RANGE.min} à ${PASS_MARK_RANGE.max}), que chaque scénario obligatoire doit atteindre pour l'attestation.`,
      ),
    scenarios: z
      .array(parcoursItemSchema)
      .describe("Scénarios du parcours, dans l'ordre conseillé."),
  })
  .strict()
  .describe('Parcours de formation (simulateur dmp-simulateur). Guide : parcours/README.md.');

/** A parsed, schema-valid path. */
export type Parcours = z.output<typeof parcoursSchema>;

/** One scenario of a path. */
export type ParcoursItem = z.output<typeof parcoursItemSchema>;
