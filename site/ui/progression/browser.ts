/**
 * Browser glue shared by the progress pages' scripts: the storage (localStorage, or memory when the
 * browser refuses it), the JSON the page inlined at build time, a scenario's status and its French
 * wording. Nothing here sends anything anywhere.
 */
import { MODES } from '../player/modes';
import { peekProgress, type ProgressStorage } from '../player/progress';
import {
  loadRecord,
  scenarioStatus,
  STATE_LABELS,
  type LearningRecord,
  type ScenarioStatus,
} from './record';

/** localStorage, or an in-memory stand-in when it is unavailable (private mode, disabled). */
export function browserStorage(): ProgressStorage {
  try {
    const probe = 'dmp-simulateur:test';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const data = new Map<string, string>();
    return {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
  }
}

/** The JSON a page inlined in `<script type="application/json" id="…">`. */
export function inlined<T>(id: string): T {
  return JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T;
}

/** When the player last saved inputs for a scenario. */
export const savedAtIn = (storage: ProgressStorage) => (id: string) =>
  peekProgress(storage, id)?.savedAt ?? null;

/** The record and the status of each scenario. */
export function readStatuses(
  storage: ProgressStorage,
  ids: readonly string[],
): { record: LearningRecord; message: string | null; statuses: Map<string, ScenarioStatus> } {
  const { record, message } = loadRecord(storage);
  const savedAt = savedAtIn(storage);
  return {
    record,
    message,
    statuses: new Map(ids.map((id) => [id, scenarioStatus(record, id, savedAt(id))])),
  };
}

/** A date in French: « 3 décembre 2026 ». */
export const frenchLongDate = (iso: string) =>
  new Date(iso).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

/** A status in French: « Terminé — meilleur score 75 % (Évaluation), le 3 décembre 2026 ». */
export function statusText(status: ScenarioStatus): string {
  if (status.state === 'done' && status.best !== null)
    return `${STATE_LABELS.done} — meilleur score ${status.percent ?? 0} % (${MODES[status.best.mode].label}), le ${frenchLongDate(status.best.finishedAt)}`;
  if (status.discoveredOnly)
    return `${STATE_LABELS['in-progress']} — découverte faite, à jouer en Entraînement ou en Évaluation`;
  return STATE_LABELS[status.state];
}
