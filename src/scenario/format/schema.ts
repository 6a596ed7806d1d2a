/**
 * The scenario format: one YAML file per scenario, validated by this Zod schema (strict objects,
 * a French `.describe()` on every field) and exported as JSON Schema for editor completion
 * (`npm run schema` writes scenarios/scenario.schema.json). Areas live in `fields.schema.ts`,
 * `world.schema.ts` (roles), `actions/` (one file per action) and `steps.schema.ts`; the world is
 * the shared world format of `src/world`.
 */
import { z } from 'zod';
import { worldSchema } from '../../world/index';
import { faqId, kebabId, text } from './fields.schema';
import { stepSchema } from './steps.schema';
import { AUDIENCES, THEMES, type Audience, type Theme } from './vocabulary';
import { roleSchema } from './world.schema';

const audiences = Object.keys(AUDIENCES) as [Audience, ...Audience[]];
const themes = Object.keys(THEMES) as [Theme, ...Theme[]];

/** Lower-case French words joined by hyphens, accents allowed (« soins-à-domicile »). */
const TAG_PATTERN = /^[a-zà-öø-ÿœ0-9]+(?:-[a-zà-öø-ÿœ0-9]+)*$/;

const tag = z
  .string()
  .max(30, { error: 'étiquette trop longue : 30 caractères au plus' })
  .regex(TAG_PATTERN, {
    error:
      'étiquette attendue en minuscules, mots reliés par des tirets, sans espace (ex. « soins-a-domicile », « ehpad »)',
  })
  .describe('Étiquette libre.');

/** A whole scenario file. */
export const scenarioSchema = z
  .object({
    id: kebabId('Identifiant du scénario, identique au nom du fichier (sans .yaml).'),
    title: text('Titre affiché aux apprenants.'),
    teaser: text(
      "Présentation publique : la situation et ce qu'on y apprend, jamais le déroulé (catalogue, page du scénario).",
    ).optional(),
    summary: text(
      'Déroulé pour le formateur, en une ou deux phrases (jamais montré aux apprenants).',
    ).optional(),
    audience: z.array(z.enum(audiences).describe('Public visé.')).min(1).describe('Publics visés.'),
    duration: z.number().int().min(1).max(240).describe('Durée estimée, en minutes.'),
    theme: z
      .enum(themes)
      .describe(
        'Thème : la section de la FAQ que le scénario enseigne surtout, identique au dossier scenarios/<thème>/.',
      ),
    objectives: z
      .array(text("Objectif pédagogique (« L'apprenant sait… »)."))
      .min(1)
      .describe('Objectifs pédagogiques.'),
    faq: z.array(faqId).min(1).describe('Questions de la FAQ que le scénario enseigne.'),
    tags: z
      .array(tag)
      .min(1)
      .max(8)
      .refine((tags) => new Set(tags).size === tags.length, {
        error: 'étiquette en double : écrivez chaque étiquette une seule fois',
      })
      .optional()
      .describe(
        'Étiquettes libres (1 à 8), en minuscules, mots reliés par des tirets : cherchées par le filtre du catalogue (ex. urgence, ehpad, soins-a-domicile).',
      ),
    world: worldSchema,
    roles: z
      .array(roleSchema)
      .min(1)
      .describe("Rôles joués par l'apprenant ; le premier est le rôle de départ."),
    start: kebabId('Première étape (par défaut : la première de la liste).').optional(),
    steps: z.array(stepSchema).min(1).describe("Étapes du scénario, dans l'ordre du fichier."),
  })
  .strict()
  .describe(
    'Scénario de formation au DMP (simulateur dmp-simulateur). Guide : scenarios/README.md.',
  );

/** A parsed, schema-valid scenario. */
export type Scenario = z.output<typeof scenarioSchema>;
