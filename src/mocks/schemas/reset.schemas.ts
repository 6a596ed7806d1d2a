/**
 * The body of `POST /training/reset` as the browser loads it: a world in the format of the
 * scenarios (`src/world`), checked in full. The deprecated shape (whole entities) is checked by
 * `world.schemas.ts`, which the handler loads on demand and the OpenAPI document describes.
 */
import { z } from 'zod';
import { worldSchema } from '../../world/index';

/** The keys of the deprecated shape, which a world in the scenario format holds itself. */
const DEPRECATED_KEYS: readonly string[] = [
  'start',
  'features',
  'patients',
  'professionals',
  'documents',
];

/** Any JSON object: the handler tells the world format from the deprecated shape. */
export const resetBody = z.looseObject({});

/** A body in the scenario format: `world: { … }` and nothing else. */
export const formatReset = z.looseObject({ world: worldSchema }).superRefine((body, ctx) => {
  for (const key of Object.keys(body).filter((k) => k !== 'world'))
    ctx.addIssue({
      code: 'custom',
      path: [key],
      message: DEPRECATED_KEYS.includes(key)
        ? `Champ « ${key} » en trop : avec un monde au format des scénarios (world: { … }), il se met dans world.`
        : `Clé non reconnue : ${key}. Avec un monde au format des scénarios (world: { … }), le corps ne contient que world.`,
    });
});
