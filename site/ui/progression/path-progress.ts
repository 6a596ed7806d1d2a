/**
 * A learner's progress in a path (« parcours »), the next scenario to play and the data of the
 * attestation. Pure: the pages give the record, the saved inputs' dates and the scenario titles.
 * Decision 031 (what « terminé », the best score and the next scenario mean).
 */
import { FAQ_ENTRIES, faqPath, isFaqId } from '../../../src/dmp/faq';
import type { Parcours, ParcoursItem } from '../../../src/parcours/index';
import { scenarioStatus, type LearningRecord, type ScenarioStatus } from './record';

/** When the player last saved inputs for a scenario (null: nothing saved). */
type SavedAt = (scenarioId: string) => string | null;

/** One scenario of a path with the learner's status. */
interface PathItemProgress {
  readonly item: ParcoursItem;
  readonly status: ScenarioStatus;
  /** Done with a best score at or above the pass mark. */
  readonly passed: boolean;
}

/** A learner's progress in a path. */
interface PathProgress {
  readonly parcours: Parcours;
  readonly items: readonly PathItemProgress[];
  readonly requiredPassed: number;
  readonly requiredTotal: number;
  /** Every required scenario passed: the attestation can be printed. */
  readonly complete: boolean;
}

/** The learner's progress in a path. */
export function pathProgress(
  parcours: Parcours,
  record: LearningRecord,
  savedAt: SavedAt,
): PathProgress {
  const items = parcours.scenarios.map((item) => {
    const status = scenarioStatus(record, item.scenario, savedAt(item.scenario));
    return {
      item,
      status,
      passed: status.state === 'done' && (status.percent ?? 0) >= parcours.passMark,
    };
  });
  const required = items.filter((i) => i.item.optional !== true);
  const requiredPassed = required.filter((i) => i.passed).length;
  return {
    parcours,
    items,
    requiredPassed,
    requiredTotal: required.length,
    complete: requiredPassed === required.length,
  };
}

/**
 * The next scenario to play: a scenario of the path the last positioning recommended and not done
 * yet; else, in
 * the path, the first required scenario not passed (one in progress first), then the first optional
 * one not done; null when all is done.
 */
export function nextScenario(
  progress: PathProgress,
  recommended: readonly string[] = [],
): string | null {
  const notDone = (id: string) =>
    progress.items.some((i) => i.item.scenario === id && i.status.state !== 'done');
  const fromQuiz = recommended.find(notDone);
  if (fromQuiz !== undefined) return fromQuiz;
  const required = progress.items.filter((i) => i.item.optional !== true && !i.passed);
  const started = required.find((i) => i.status.state === 'in-progress');
  const next =
    started ??
    required[0] ??
    progress.items.find((i) => i.item.optional === true && i.status.state !== 'done');
  return next?.item.scenario ?? null;
}

/** One line of the attestation. */
interface AttestationLine {
  readonly scenarioId: string;
  readonly title: string;
  readonly optional: boolean;
  readonly finishedAt: string;
  readonly percent: number;
  readonly mode: string;
}

/** What the attestation shows. */
interface AttestationData {
  readonly learnerName: string;
  readonly parcoursTitle: string;
  readonly passMark: number;
  readonly issuedAt: string;
  /** The scenarios done, in path order (optional ones included when done). */
  readonly lines: readonly AttestationLine[];
  /** FAQ entries covered by the runs, in the FAQ's order. */
  readonly faq: readonly {
    readonly id: string;
    readonly question: string;
    readonly path: string;
  }[];
}

/** The attestation of a complete path, or null while it is not complete. */
export function attestationData(
  progress: PathProgress,
  titles: Readonly<Record<string, string>>,
  learnerName: string,
  now: Date = new Date(),
): AttestationData | null {
  if (!progress.complete) return null;
  const lines = progress.items.flatMap((i): AttestationLine[] => {
    const best = i.status.best;
    if (best === null) return [];
    return [
      {
        scenarioId: i.item.scenario,
        title: titles[i.item.scenario] ?? i.item.scenario,
        optional: i.item.optional === true,
        finishedAt: best.finishedAt,
        percent: i.status.percent ?? 0,
        mode: best.mode,
      },
    ];
  });
  const covered = new Set(
    progress.items.flatMap((i) => (i.status.best === null ? [] : i.status.best.faq)),
  );
  const faq = FAQ_ENTRIES.filter((e) => covered.has(e.id) && isFaqId(e.id)).map((e) => ({
    id: e.id,
    question: e.question,
    path: faqPath(e.id),
  }));
  return {
    learnerName: learnerName.trim(),
    parcoursTitle: progress.parcours.title,
    passMark: progress.parcours.passMark,
    issuedAt: now.toISOString(),
    lines,
    faq,
  };
}
