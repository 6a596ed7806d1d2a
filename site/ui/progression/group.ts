/**
 * The trainer's group report (« Bilan de groupe »): several learners' progress files, read in the
 * browser, summed up per scenario and per step, with the most frequent wrong answers. A learner's
 * best counted run of a scenario gives their score and their steps; every wrong first try of every
 * counted run feeds the wrong answers, each counted once per learner.
 */
import { bestAttempt, countsAsDone, type Attempt } from './record';
import type { ProgressFile } from './transfer';

/** One learner's file. */
export interface LearnerFile {
  /** The file's name (or the learner's name written in it). */
  readonly label: string;
  readonly file: ProgressFile;
}

/** A wrong answer and how many learners gave it. */
interface WrongAnswer {
  readonly answer: string;
  readonly learners: number;
}

/** One step of a scenario across the group. */
interface GroupStep {
  readonly step: string;
  /** Learners whose best run reached the step. */
  readonly learners: number;
  /** Of them, those who passed it at the first try. */
  readonly passedFirst: number;
  /** Most frequent wrong answers first (at most {@link MAX_WRONG_ANSWERS}). */
  readonly wrongAnswers: readonly WrongAnswer[];
}

/** One scenario across the group. */
interface GroupScenario {
  readonly scenarioId: string;
  readonly title: string;
  /** Learners who finished it (Entraînement or Évaluation). */
  readonly learners: number;
  /** Mean of their best scores, in whole percent. */
  readonly meanPercent: number;
  readonly steps: readonly GroupStep[];
}

/** Wrong answers listed per step. */
const MAX_WRONG_ANSWERS = 3;

const percentOf = (a: Attempt) => (a.played === 0 ? 100 : (a.points / a.played) * 100);

/** The group's results, scenarios in the order given (those nobody finished are left out). */
export function groupReport(
  learners: readonly LearnerFile[],
  scenarios: readonly { readonly id: string; readonly title: string }[],
): GroupScenario[] {
  const known = new Map(scenarios.map((s) => [s.id, s.title]));
  const ids = [
    ...scenarios.map((s) => s.id),
    ...new Set(
      learners
        .flatMap((l) => l.file.record.attempts.map((a) => a.scenarioId))
        .filter((id) => !known.has(id)),
    ),
  ];
  return ids.flatMap((id): GroupScenario[] => {
    const runs = learners.map((l) =>
      l.file.record.attempts.filter((a) => a.scenarioId === id && countsAsDone(a)),
    );
    const bests = runs.map((r) => bestAttempt(r)).filter((a): a is Attempt => a !== null);
    if (bests.length === 0) return [];
    const order: string[] = [];
    for (const best of bests)
      for (const s of best.steps) if (!order.includes(s.step)) order.push(s.step);
    const steps = order.map((step): GroupStep => {
      const reached = bests.flatMap((b) => b.steps.filter((s) => s.step === step));
      const counts = new Map<string, number>();
      for (const learnerRuns of runs) {
        const wrong = new Set(
          learnerRuns.flatMap((a) =>
            a.steps.filter((s) => s.step === step && !s.passed).map((s) => s.answer),
          ),
        );
        for (const answer of wrong) counts.set(answer, (counts.get(answer) ?? 0) + 1);
      }
      const wrongAnswers = [...counts]
        .map(([answer, n]) => ({ answer, learners: n }))
        .sort((a, b) => b.learners - a.learners || a.answer.localeCompare(b.answer, 'fr'))
        .slice(0, MAX_WRONG_ANSWERS);
      return {
        step,
        learners: reached.length,
        passedFirst: reached.filter((s) => s.passed).length,
        wrongAnswers,
      };
    });
    const mean = bests.reduce((sum, b) => sum + percentOf(b), 0) / bests.length;
    return [
      {
        scenarioId: id,
        title: known.get(id) ?? id,
        learners: bests.length,
        meanPercent: Math.round(mean),
        steps,
      },
    ];
  });
}
