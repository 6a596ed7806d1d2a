/**
 * Small pure queries over a path, shared by the site (path page, progress, attestation) and the
 * packaging of paths for training platforms.
 */
import type { Parcours, ParcoursItem } from './schema';

/** The scenarios a learner must finish for the attestation, in path order. */
export function requiredItems(parcours: Parcours): ParcoursItem[] {
  return parcours.scenarios.filter((item) => item.optional !== true);
}
