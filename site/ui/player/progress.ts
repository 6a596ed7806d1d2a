/**
 * Saved progress of a scenario, in the browser's localStorage: a versioned record of the learner's
 * inputs (actions tried, answers chosen), never of the DMP's state. Resuming replays the inputs
 * against a fresh simulated DMP, so the screens, the score and the DMP's history come back exactly.
 * Anything unreadable — bad JSON, another format version, a scenario changed since the save, an
 * input the schema rejects — is dropped with a French message; loading never throws.
 */
import { z } from 'zod';
import { actionSchema, type StepAction } from '../../../src/scenario/actions/index';
import { MODE_IDS, type PlayMode } from './modes';

/** Current format of a saved record. Bump it when the shape changes, and say so in the message. */
export const PROGRESS_VERSION = 2;

/** Key of a scenario's saved progress. */
export const progressKey = (scenarioId: string) => `dmp-simulateur:progression:${scenarioId}`;

/** One learner input: an action tried at a step, or an answer chosen. */
export type PlayerInput =
  | { readonly type: 'act'; readonly step: string; readonly attempt: StepAction }
  | { readonly type: 'choose'; readonly step: string; readonly option: number };

/** What is stored. */
export interface SavedProgress {
  readonly version: typeof PROGRESS_VERSION;
  readonly scenarioId: string;
  /** Revision of the scenario file the inputs were made on. */
  readonly revision: string;
  readonly savedAt: string;
  /** The mode the learner plays in, and their seed (order of the options). */
  readonly mode: PlayMode;
  readonly seed: string;
  readonly inputs: readonly PlayerInput[];
}

const inputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('act'), step: z.string().min(1), attempt: actionSchema }).strict(),
  z
    .object({ type: z.literal('choose'), step: z.string().min(1), option: z.number().int().min(0) })
    .strict(),
]);

const savedSchema = z
  .object({
    version: z.literal(PROGRESS_VERSION),
    scenarioId: z.string().min(1),
    revision: z.string().min(1),
    savedAt: z.string(),
    mode: z.enum(MODE_IDS as [PlayMode, ...PlayMode[]]),
    seed: z.string().min(1).max(40),
    inputs: z.array(inputSchema).max(1000),
  })
  .strict();

/** The subset of the Web Storage API the player uses (localStorage, or a fake in tests). */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What was found in storage. */
type LoadedProgress =
  | { readonly kind: 'none' }
  | { readonly kind: 'resume'; readonly progress: SavedProgress }
  | { readonly kind: 'recovered'; readonly message: string };

const START_OVER = 'Le scénario reprend au début.';

function read(storage: ProgressStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Forget a scenario's progress (never throws). */
export function clearProgress(storage: ProgressStorage, scenarioId: string): void {
  try {
    storage.removeItem(progressKey(scenarioId));
  } catch {
    // Storage unavailable: nothing to forget.
  }
}

/**
 * Load a scenario's progress. Unusable data is removed and reported as `recovered`, with a French
 * message saying why and that the scenario starts over.
 */
export function loadProgress(
  storage: ProgressStorage,
  scenarioId: string,
  revision: string,
): LoadedProgress {
  const raw = read(storage, progressKey(scenarioId));
  if (raw === null) return { kind: 'none' };
  const recovered = (why: string): LoadedProgress => {
    clearProgress(storage, scenarioId);
    return { kind: 'recovered', message: `${why} ${START_OVER}` };
  };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return recovered('Votre progression enregistrée était illisible (données corrompues).');
  }
  const version =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['version'] : null;
  if (version !== PROGRESS_VERSION)
    return recovered(
      typeof version === 'number' && version < PROGRESS_VERSION
        ? `Votre progression a été enregistrée par une version plus ancienne du simulateur (format ${version}).`
        : 'Votre progression enregistrée est dans un format inconnu.',
    );
  const parsed = savedSchema.safeParse(data);
  if (!parsed.success || parsed.data.scenarioId !== scenarioId)
    return recovered('Votre progression enregistrée était incomplète ou altérée.');
  if (parsed.data.revision !== revision)
    return recovered('Ce scénario a été modifié depuis votre dernière visite.');
  return { kind: 'resume', progress: parsed.data };
}

/** Save a scenario's inputs with its mode and seed; false when the storage refused (full, disabled). */
export function saveProgress(
  storage: ProgressStorage,
  scenarioId: string,
  revision: string,
  run: { readonly mode: PlayMode; readonly seed: string; readonly inputs: readonly PlayerInput[] },
  now: Date = new Date(),
): boolean {
  const record: SavedProgress = {
    version: PROGRESS_VERSION,
    scenarioId,
    revision,
    savedAt: now.toISOString(),
    mode: run.mode,
    seed: run.seed,
    inputs: run.inputs,
  };
  try {
    storage.setItem(progressKey(scenarioId), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** A saved record checked against the format (for the progress export file), or null. */
export function parseSavedProgress(data: unknown): SavedProgress | null {
  const parsed = savedSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/**
 * A scenario's saved record whatever the scenario's revision (« Ma progression » and the export
 * read it without the scenario at hand); null when nothing valid is saved. Never throws, removes
 * nothing: the player decides what to drop when the scenario is opened.
 */
export function peekProgress(storage: ProgressStorage, scenarioId: string): SavedProgress | null {
  const raw = read(storage, progressKey(scenarioId));
  if (raw === null) return null;
  try {
    const saved = parseSavedProgress(JSON.parse(raw));
    return saved?.scenarioId === scenarioId ? saved : null;
  } catch {
    return null;
  }
}
