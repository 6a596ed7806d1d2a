/**
 * The goal of an action step, and whether a learner's action reaches it. A step states its goal as
 * the reference action (`do`), the DMP outcome it needs (`expect`) and the parameters of `do` the
 * learner must reproduce (`with`); every other parameter is the learner's to choose. An action of
 * the same kind whose answer matches `expect` and whose `with` parameters agree reaches the goal,
 * however the learner got there (PEDAGOGY.md: judge the practice, not the path).
 */
import type { Duration } from '../../dmp/index';
import type { StepAction } from '../actions/index';
import type { AnswerBranch, ActionStep } from '../format/index';
import type { DmpAnswer } from '../ports/index';

/** Free-text parameters: any non-empty text matches a non-empty reference (a motive, a reason typed). */
const FREE_TEXT: ReadonlySet<string> = new Set(['motive', 'title', 'reason']);

function valueAt(action: StepAction, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object'
          ? (value as Record<string, unknown>)[key]
          : undefined,
      action,
    );
}

const normalise = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);

/** Whether one parameter of the attempt agrees with the reference action. */
function agrees(path: string, reference: StepAction, attempt: StepAction): boolean {
  const want = valueAt(reference, path);
  const got = valueAt(attempt, path);
  const last = path.split('.').at(-1) ?? path;
  if (FREE_TEXT.has(last) && typeof want === 'string') {
    const typed = typeof got === 'string' ? got.trim() : '';
    return want.trim() === '' ? typed === '' : typed !== '';
  }
  // A flag left out by the reference means "false" (the schema's default for visibility flags).
  if (typeof want === 'boolean' || typeof got === 'boolean')
    return (want ?? false) === (got ?? false);
  return JSON.stringify(normalise(want)) === JSON.stringify(normalise(got));
}

/** The `with` parameters of a step that the attempt does not reproduce (empty: all agree). */
export function unmetParameters(step: ActionStep, attempt: StepAction): string[] {
  if (attempt.action !== step.do.action) return [];
  return (step.with ?? []).filter((path) => !agrees(path, step.do, attempt));
}

/** Minutes in a calendar duration, months of 30 days and years of 365 (to compare durations). */
export function durationMinutes(d: Duration): number {
  return (
    (d.years ?? 0) * 365 * 1440 +
    (d.months ?? 0) * 30 * 1440 +
    (d.days ?? 0) * 1440 +
    (d.hours ?? 0) * 60 +
    (d.minutes ?? 0)
  );
}

/** Whether a step is a time step: its goal is a point in time, reached by advancing the clock. */
export const isTimeStep = (step: ActionStep): boolean => step.do.action === 'clock.advance';

/** The branch of a step that the DMP's answer to the attempt triggers, if any. */
export function branchFor(
  step: ActionStep,
  attempt: StepAction,
  answer: DmpAnswer,
): AnswerBranch | null {
  return (
    (step.branches ?? []).find(
      (b) =>
        (b.when.action === undefined || b.when.action === attempt.action) &&
        (b.when.result === 'allowed') === answer.verdict.allowed &&
        (b.when.code === undefined || b.when.code === answer.verdict.code),
    ) ?? null
  );
}
