/**
 * Small pure queries over a path, shared by the site (path page, progress, attestation) and the
 * packaging of paths for training platforms.
 */
import type { Parcours, ParcoursItem } from './schema';

/** The scenarios a learner must finish for the attestation, in path order. */
export function requiredItems(parcours: Parcours): ParcoursItem[] {
  return parcours.scenarios.filter((item) => item.optional !== true);
}

/** Ids of every scenario of the path, in path order. */
export function scenarioIdsOf(parcours: Parcours): string[] {
  return parcours.scenarios.map((item) => item.scenario);
}

/** Whether a score (points out of played) reaches the path's pass mark (a percentage). */
export function meetsPassMark(
  score: { readonly points: number; readonly played: number },
  passMark: number,
): boolean {
  if (score.played === 0) return true;
  return (score.points / score.played) * 100 >= passMark;
}
