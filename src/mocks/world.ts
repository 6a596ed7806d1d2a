/**
 * The seed of a training world (`POST /training/reset` with a body): the store's seed, where each
 * entity of the body replaces the one of the same id (in place) or is added (at the end), and the
 * start date. References that would dangle (a document's patient or author) are reported as
 * request problems, so that a bad world is refused before anything changes.
 */
import { createClock, type DmpSeed } from '../dmp/index';
import type { WorldReset } from './schemas/world.schemas';

/** A problem of the request body, for `invalidRequestResponse`. */
export interface WorldProblem {
  readonly expression: string;
  readonly message: string;
}

/** The seed of a world, or what is wrong with it. */
export type WorldSeedResult =
  | { readonly ok: true; readonly seed: DmpSeed }
  | { readonly ok: false; readonly problems: readonly WorldProblem[] };

function upsert<T extends { readonly id: string }>(
  base: readonly T[],
  entries: readonly T[] = [],
): T[] {
  const replaced = new Map(entries.map((e) => [e.id, e]));
  const kept = base.map((x) => replaced.get(x.id) ?? x);
  const known = new Set(base.map((x) => x.id));
  return [...kept, ...entries.filter((e) => !known.has(e.id))];
}

/** The seed of `body` over `base`, or the references it breaks. */
export function worldSeed(base: DmpSeed, body: WorldReset): WorldSeedResult {
  const patients = upsert(base.patients, body.patients);
  const professionals = upsert(base.professionals, body.professionals);
  const documents = upsert(base.documents, body.documents);
  const patientIds = new Set(patients.map((p) => p.id));
  const professionalIds = new Set(professionals.map((p) => p.id));
  const problems: WorldProblem[] = [];
  (body.documents ?? []).forEach((doc, i) => {
    if (!patientIds.has(doc.patientId))
      problems.push({
        expression: `body.documents.${i}.patientId`,
        message: `Patient « ${doc.patientId} » inconnu : ni dans le jeu de données, ni dans patients.`,
      });
    if (doc.author.kind === 'professional' && !professionalIds.has(doc.author.professionalId))
      problems.push({
        expression: `body.documents.${i}.author.professionalId`,
        message: `Professionnel « ${doc.author.professionalId} » inconnu : ni dans le jeu de données, ni dans professionals.`,
      });
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  return {
    ok: true,
    seed: {
      ...base,
      clock: body.start === undefined ? base.clock : createClock(body.start),
      patients,
      professionals,
      documents,
      features: body.features ?? {},
    },
  };
}
