/**
 * Schema of the learner's roles in a scenario. The world itself (patients, professionals,
 * documents, start date) has its own format, shared with the training API: `src/world`.
 */
import { z } from 'zod';
import { kebabId, patientRef, professionalRef, text } from './fields.schema';

/** A role the learner plays. */
export const roleSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('professional').describe('Un professionnel.'),
        id: kebabId('Nom du rôle, cité par `role:` dans les étapes.'),
        professional: professionalRef('Professionnel incarné (déclaré dans world.professionals).'),
        label: text("Présentation du rôle à l'apprenant.").optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('patient').describe('Le patient, dans Mon espace santé.'),
        id: kebabId('Nom du rôle, cité par `role:` dans les étapes.'),
        patient: patientRef('Patient incarné (déclaré dans world.patients).'),
        label: text("Présentation du rôle à l'apprenant.").optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('representative').describe("Un représentant légal d'un mineur."),
        id: kebabId('Nom du rôle, cité par `role:` dans les étapes.'),
        patient: patientRef("L'enfant (déclaré dans world.patients)."),
        representative: z
          .string()
          .min(1)
          .describe(
            'Identifiant du représentant légal dans le jeu de données (ex. rep-petit-nadia).',
          ),
        label: text("Présentation du rôle à l'apprenant.").optional(),
      })
      .strict(),
  ])
  .describe("Rôle joué par l'apprenant : professional, patient ou representative.");

/** Parsed role. */
export type RoleSpec = z.output<typeof roleSchema>;
