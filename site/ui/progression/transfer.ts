/**
 * The progress file a learner exports (to carry their progress to another device, or to send it to
 * their trainer for the group report) and imports. A JSON file: a format name and version, the
 * record of finished runs, and the player's saved inputs of the scenarios in progress. Reading a
 * file never throws: a bad file gets a French message and changes nothing. Decision 030.
 */
import { z } from 'zod';
import {
  parseSavedProgress,
  peekProgress,
  progressKey,
  type ProgressStorage,
  type SavedProgress,
} from '../player/progress';
import {
  attemptSchema,
  loadRecord,
  mergeRecords,
  RECORD_VERSION,
  saveRecord,
  type LearningRecord,
} from './record';

/** The format name written in every exported file. */
export const EXPORT_FORMAT = 'dmp-simulateur/progression';

/** Current version of the exported file. */
export const EXPORT_VERSION = 1;

/** Largest file read (the record is capped far below it). */
const MAX_IMPORT_BYTES = 5_000_000;

/** The exported file. */
export interface ProgressFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exportedAt: string;
  readonly learnerName?: string | undefined;
  readonly record: LearningRecord;
  /** The player's saved inputs, for the scenarios in progress. */
  readonly inProgress: readonly SavedProgress[];
}

const fileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime(),
    learnerName: z.string().max(200).optional(),
    record: z
      .object({
        version: z.literal(RECORD_VERSION),
        learnerName: z.string().max(200).optional(),
        attempts: z.array(attemptSchema).max(5000),
      })
      .strict(),
    inProgress: z.array(z.unknown()).max(1000),
  })
  .strict();

/** The file for this browser's progress. */
export function buildProgressFile(
  storage: ProgressStorage,
  scenarioIds: readonly string[],
  now: Date = new Date(),
): ProgressFile {
  const { record } = loadRecord(storage);
  const inProgress = scenarioIds
    .map((id) => peekProgress(storage, id))
    .filter((s): s is SavedProgress => s !== null && s.inputs.length > 0);
  const base = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    record,
    inProgress,
  } as const;
  return record.learnerName === undefined ? base : { ...base, learnerName: record.learnerName };
}

/** The name of the exported file, dated: `progression-dmp-2026-12-03.json`. */
export const exportFileName = (now: Date = new Date()) =>
  `progression-dmp-${now.toISOString().slice(0, 10)}.json`;

/** A file read: the progress, or a French message saying why it cannot be used. */
type ReadFile =
  | { readonly ok: true; readonly file: ProgressFile }
  | { readonly ok: false; readonly message: string };

/** Read an exported file's text (never throws). */
export function readProgressFile(text: string): ReadFile {
  if (text.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      message: 'Ce fichier est trop volumineux pour être un fichier de progression.',
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message:
        "Ce fichier n'est pas un fichier de progression lisible (il n'est pas au format JSON, ou il est abîmé).",
    };
  }
  const format = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (format['format'] !== EXPORT_FORMAT)
    return {
      ok: false,
      message:
        "Ce fichier n'a pas été exporté depuis « Ma progression » du simulateur DMP (format non reconnu).",
    };
  if (format['version'] !== EXPORT_VERSION)
    return {
      ok: false,
      message: `Ce fichier de progression est d'une version que ce site ne lit pas (version ${String(format['version'])}).`,
    };
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      message: 'Ce fichier de progression est incomplet ou a été modifié : il ne peut pas être lu.',
    };
  const inProgress = parsed.data.inProgress
    .map(parseSavedProgress)
    .filter((s): s is SavedProgress => s !== null);
  return { ok: true, file: { ...parsed.data, inProgress } };
}

/** What an import changed, for the French confirmation. */
interface ImportSummary {
  readonly added: number;
  readonly resumed: number;
}

/**
 * Merge an exported file into this browser: its finished runs are added (none is lost, none is
 * doubled), and a scenario in progress there is taken when nothing newer is saved here.
 * Returns null when the browser refused to save (nothing changed then).
 */
export function importProgressFile(
  storage: ProgressStorage,
  file: ProgressFile,
): ImportSummary | null {
  const { record } = loadRecord(storage);
  const merged = mergeRecords(
    record,
    file.learnerName === undefined
      ? file.record
      : { ...file.record, learnerName: file.learnerName },
  );
  const writes = file.inProgress.filter((saved) => {
    const here = peekProgress(storage, saved.scenarioId);
    return here === null || here.savedAt < saved.savedAt;
  });
  if (!saveRecord(storage, merged)) return null;
  let resumed = 0;
  for (const saved of writes) {
    try {
      storage.setItem(progressKey(saved.scenarioId), JSON.stringify(saved));
      resumed += 1;
    } catch {
      // Storage full: the finished runs are in; this scenario will start over.
    }
  }
  return { added: merged.attempts.length - record.attempts.length, resumed };
}
