/** Parameters several actions share: the patient and the care episode they target, a document's name. */
import { z } from 'zod';
import { kebabId, patientRef } from '../format/base';

/** The patient an action targets. */
export const patientParam = patientRef(
  'Patient visé (par défaut : le premier patient de world.patients).',
).optional();

/** The care episode of an action. */
export const episodeParam = z
  .string()
  .min(1)
  .optional()
  .describe('Épisode de soins (par défaut : world.episode).');

/** The name given to a document created by the action. */
export const aliasParam = kebabId(
  'Nom donné au document déposé, pour le citer dans les étapes suivantes.',
).optional();
