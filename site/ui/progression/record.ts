/**
 * The learner's record of finished scenarios (« Ma progression »), in the browser's localStorage
 * next to the player's saved inputs (player/progress.ts), with the same habits: a versioned format,
 * validated on every read, and unusable data dropped with a French message; never throws.
 *
 * The player's saved inputs say where a learner is in a scenario (« en cours »); this record keeps
 * one line per finished run: when, in which mode, the score, and each step's first try (passed or
 * not, and what the learner did), which the group report (bilan de groupe) reads. Decision 030.
 */
import { z } from 'zod';
import { MODE_IDS, type PlayMode } from '../player/modes';
import type { ProgressStorage } from '../player/progress';

/** Current format of the record. Bump it when the shape changes. */
export const RECORD_VERSION = 1;

/** Key of the record in localStorage. */
export const RECORD_KEY = 'dmp-simulateur:suivi';

/** Finished runs kept per scenario (the oldest go first; the best is always kept). */
export const MAX_ATTEMPTS_PER_SCENARIO = 20;

/** The first try of one step of a finished run. */
export interface StepResult {
  readonly step: string;
  readonly passed: boolean;
  /** What the learner did at the first try: the answer's text, or the action's label. */
  readonly answer: string;
  /** Whether the step counts in the score. */
  readonly scored: boolean;
}

/** One finished run of a scenario. */
export interface Attempt {
  readonly scenarioId: string;
  /** Revision of the scenario file it was played on. */
  readonly revision: string;
  readonly mode: PlayMode;
  readonly finishedAt: string;
  /** Scored steps passed at the first try, out of the scored steps played. */
  readonly points: number;
  readonly played: number;
  readonly steps: readonly StepResult[];
  /** FAQ entries cited by the feedback of the run, in order of first citation. */
  readonly faq: readonly string[];
}

/** What is stored. */
export interface LearningRecord {
  readonly version: typeof RECORD_VERSION;
  /** The learner's name as last typed on an attestation (optional, never sent anywhere). */
  readonly learnerName?: string | undefined;
  readonly attempts: readonly Attempt[];
}

const stepSchema = z
  .object({
    step: z.string().min(1).max(200),
    passed: z.boolean(),
    answer: z.string().max(2000),
    scored: z.boolean(),
  })
  .strict();

/** The schema of one finished run (shared with the export file). */
export const attemptSchema = z
  .object({
    scenarioId: z.string().min(1).max(200),
    revision: z.string().min(1).max(100),
    mode: z.enum(MODE_IDS as [PlayMode, ...PlayMode[]]),
    finishedAt: z.iso.datetime(),
    points: z.number().int().min(0),
    played: z.number().int().min(0),
    steps: z.array(stepSchema).max(500),
    faq: z.array(z.string().max(40)).max(200),
  })
  .strict()
  .refine((a) => a.points <= a.played, { error: "plus de points que d'étapes notées" });

/** The schema of the stored record. */
const recordSchema = z
  .object({
    version: z.literal(RECORD_VERSION),
    learnerName: z.string().max(200).optional(),
    attempts: z.array(attemptSchema).max(5000),
  })
  .strict();

/** An empty record. */
export const emptyRecord = (): LearningRecord => ({ version: RECORD_VERSION, attempts: [] });

/** What was found in storage: the record, and a French message when unusable data was dropped. */
interface LoadedRecord {
  readonly record: LearningRecord;
  readonly message: string | null;
}

/** Read the record; corrupted or unknown data is removed and reported (never throws). */
export function loadRecord(storage: ProgressStorage): LoadedRecord {
  let raw: string | null;
  try {
    raw = storage.getItem(RECORD_KEY);
  } catch {
    return { record: emptyRecord(), message: null };
  }
  if (raw === null) return { record: emptyRecord(), message: null };
  const drop = (why: string): LoadedRecord => {
    try {
      storage.removeItem(RECORD_KEY);
    } catch {
      // Storage unavailable: nothing to remove.
    }
    return {
      record: emptyRecord(),
      message: `${why} Votre suivi repart de zéro ; si vous aviez exporté votre progression, importez le fichier.`,
    };
  };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return drop('Le suivi enregistré dans ce navigateur était illisible (données corrompues).');
  }
  const parsed = recordSchema.safeParse(data);
  if (!parsed.success)
    return drop(
      typeof data === 'object' &&
        data !== null &&
        (data as { version?: unknown }).version !== RECORD_VERSION
        ? 'Le suivi enregistré dans ce navigateur est dans un format inconnu.'
        : 'Le suivi enregistré dans ce navigateur était incomplet ou altéré.',
    );
  return { record: parsed.data, message: null };
}

/** Save the record; false when the storage refused (full, disabled). */
export function saveRecord(storage: ProgressStorage, record: LearningRecord): boolean {
  try {
    storage.setItem(RECORD_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

const attemptKey = (a: Attempt) => `${a.scenarioId}|${a.mode}|${a.finishedAt}`;

const percent = (a: { points: number; played: number }) =>
  a.played === 0 ? 100 : (a.points / a.played) * 100;

/** Runs that count towards « terminé » and the best score: Entraînement and Évaluation. */
export const countsAsDone = (a: Attempt): boolean => a.mode !== 'decouverte';

/** The best of several runs: highest percentage, then Évaluation, then the earliest. */
export function bestAttempt(attempts: readonly Attempt[]): Attempt | null {
  let best: Attempt | null = null;
  for (const a of attempts.filter(countsAsDone)) {
    if (best === null) best = a;
    else {
      const diff = percent(a) - percent(best);
      const evaluation = Number(a.mode === 'evaluation') - Number(best.mode === 'evaluation');
      if (
        diff > 0 ||
        (diff === 0 && (evaluation > 0 || (evaluation === 0 && a.finishedAt < best.finishedAt)))
      )
        best = a;
    }
  }
  return best;
}

/** Keep at most {@link MAX_ATTEMPTS_PER_SCENARIO} runs per scenario: the best and the latest. */
function prune(attempts: readonly Attempt[]): Attempt[] {
  const byScenario = new Map<string, Attempt[]>();
  for (const a of attempts)
    byScenario.set(a.scenarioId, [...(byScenario.get(a.scenarioId) ?? []), a]);
  const kept: Attempt[] = [];
  for (const list of byScenario.values()) {
    const sorted = [...list].sort((x, y) => x.finishedAt.localeCompare(y.finishedAt));
    if (sorted.length <= MAX_ATTEMPTS_PER_SCENARIO) kept.push(...sorted);
    else {
      const best = bestAttempt(sorted);
      const latest = sorted.slice(-MAX_ATTEMPTS_PER_SCENARIO);
      kept.push(...(best !== null && !latest.includes(best) ? [best, ...latest.slice(1)] : latest));
    }
  }
  return kept.sort((x, y) => x.finishedAt.localeCompare(y.finishedAt));
}

/** The record with one more finished run. */
export function addAttempt(record: LearningRecord, attempt: Attempt): LearningRecord {
  return mergeRecords(record, { version: RECORD_VERSION, attempts: [attempt] });
}

/**
 * Two records merged (another device's export into this browser): every run of both, once
 * (same scenario, mode and end time = same run), in time order; the name typed here wins, else
 * the other's. Merging is commutative on the runs and idempotent.
 */
export function mergeRecords(local: LearningRecord, other: LearningRecord): LearningRecord {
  const runs = new Map<string, Attempt>();
  for (const a of [...local.attempts, ...other.attempts])
    if (!runs.has(attemptKey(a))) runs.set(attemptKey(a), a);
  const learnerName = local.learnerName ?? other.learnerName;
  const attempts = prune([...runs.values()]);
  return learnerName === undefined
    ? { version: RECORD_VERSION, attempts }
    : { version: RECORD_VERSION, learnerName, attempts };
}

/** Where a learner stands on a scenario. */
type ScenarioState = 'not-started' | 'in-progress' | 'done';

/** A scenario's status for « Ma progression », the catalogue marks and the attestation. */
export interface ScenarioStatus {
  readonly state: ScenarioState;
  /** The best counted run (Entraînement or Évaluation), when done. */
  readonly best: Attempt | null;
  /** Score of the best run, in whole percent. */
  readonly percent: number | null;
  /** Only Découverte was finished: the scenario is still to be played on one's own. */
  readonly discoveredOnly: boolean;
}

/**
 * The status of one scenario: done when a run was finished in Entraînement or Évaluation; in
 * progress when inputs are saved after the last finished run, or when only Découverte was finished.
 * @param savedAt when the player last saved inputs for it (null: nothing saved)
 */
export function scenarioStatus(
  record: LearningRecord,
  scenarioId: string,
  savedAt: string | null,
): ScenarioStatus {
  const runs = record.attempts.filter((a) => a.scenarioId === scenarioId);
  const best = bestAttempt(runs);
  const lastEnd = runs.reduce<string | null>(
    (m, a) => (m === null || a.finishedAt > m ? a.finishedAt : m),
    null,
  );
  const unfinished = savedAt !== null && (lastEnd === null || savedAt > lastEnd);
  const discoveredOnly = best === null && runs.length > 0;
  const state: ScenarioState =
    best !== null ? 'done' : unfinished || discoveredOnly ? 'in-progress' : 'not-started';
  return { state, best, percent: best === null ? null : Math.round(percent(best)), discoveredOnly };
}

/** French label of a state. */
export const STATE_LABELS: Readonly<Record<ScenarioState, string>> = {
  'not-started': 'Pas commencé',
  'in-progress': 'En cours',
  done: 'Terminé',
};
