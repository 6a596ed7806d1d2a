/**
 * A finished run of the player turned into a line of the learner's record: the score, each step's
 * first try (what the learner did, passed or not) and the FAQ entries its feedback cited.
 */
import { ACTIONS, type StepAction } from '../../../src/scenario/actions/index';
import type { LogEntry, SessionView } from '../player/session';
import type { Attempt, StepResult } from './record';

/** The values an action was tried with, shortly: `CPE`, `INS 1 85 …`. */
function values(action: StepAction): string[] {
  return Object.entries(action)
    .filter(([key]) => key !== 'action')
    .flatMap(([, value]) =>
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? [String(value)]
        : [],
    );
}

/** What the learner did at a step, in French: the answer's text, or the action and its values. */
function answerOf(entry: LogEntry): string {
  if (entry.option !== null) return entry.option;
  if (entry.action === null) return '';
  const label: string = ACTIONS[entry.action.action].label;
  const shown = values(entry.action);
  return shown.length === 0 ? label : `${label} — ${shown.join(', ')}`;
}

/** The record line of a finished run (the learner's own first tries; the simulator's are skipped). */
export function attemptFromView(
  scenarioId: string,
  revision: string,
  view: SessionView,
  now: Date = new Date(),
): Attempt {
  const first = new Map<string, LogEntry>();
  for (const entry of view.log)
    if (!entry.auto && !first.has(entry.stepId)) first.set(entry.stepId, entry);
  const steps: StepResult[] = [...first.values()].map((e) => ({
    step: e.stepId,
    passed: e.feedback.passed,
    answer: answerOf(e),
    scored: e.scored,
  }));
  const faq = [...new Set(view.log.flatMap((e) => e.feedback.faq.map((f) => f.id)))];
  return {
    scenarioId,
    revision,
    mode: view.mode,
    finishedAt: now.toISOString(),
    points: view.score.points,
    played: view.score.played,
    steps,
    faq,
  };
}
