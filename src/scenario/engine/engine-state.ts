/**
 * The run state of the engine and its pure transitions: what a DMP answer changes in the learner's
 * sessions (logged in, access mode in force) and in the documents named by `as:`, and the feedback
 * built from a step's texts and the DMP's decision.
 */
import { sessionAfter, type Resolved, type StepAction } from '../actions/index';
import type { Mismatch } from './expect';
import { faqCitations, ruleCitations, whyOf, type StepFeedback } from './feedback';
import type { DmpAnswer, PatientObservation } from '../ports/index';
import type { Problem } from '../diagnostics/index';
import type { Aliases, Session } from '../wire/index';
import type { ActionStep, AnswerBranch } from '../format/index';

/** How a run (or a branch) ended. */
type Ending =
  | { readonly kind: 'end'; readonly text: string }
  | { readonly kind: 'dead-end'; readonly after: string };

/**
 * What another actor did when the run entered a step (`events:`), played by the simulator: the
 * learner's screens show it as a fact, with the simulated date; the checks read its answer.
 */
export interface Happening {
  /** The step entered. */
  readonly stepId: string;
  /** Index of the step in the file, and of the event in its `events:`. */
  readonly index: number;
  readonly event: number;
  /** Position in `visited` of the entry into the step (a step entered twice has two). */
  readonly visit: number;
  /** Role of the actor, and the text the learner reads. */
  readonly by: string;
  readonly text: string;
  readonly action: StepAction;
  /** The DMP's answer (null when the event could not be played: `problem`). */
  readonly answer: DmpAnswer | null;
  /** Patient concerned. */
  readonly subject: string | null;
  /** Simulated date and time after the event (ISO 8601). */
  readonly at: string;
  /** Differences with the event's `expect:` (paths relative to the event). */
  readonly mismatches: readonly Mismatch[];
  readonly problem: Problem | null;
}

/** The state of one run: where the learner is, what they did, their score. */
export interface RunState {
  /** Index of the current step, or null once ended. */
  readonly current: number | null;
  readonly ending: Ending | null;
  readonly sessions: Readonly<Record<string, Session>>;
  readonly aliases: Aliases;
  /** Step ids entered, in order (a step entered twice appears twice). */
  readonly visited: readonly string[];
  readonly score: { readonly correct: number; readonly answered: number };
  /** Minutes the clock was moved by the learner since the current step began (time steps). */
  readonly elapsed: number;
  /** The patient as observed before the first clock move of a time step (its effects add up). */
  readonly baseline?: PatientObservation | null;
  /** What other actors did on the way (`events:`), in order. */
  readonly happened: readonly Happening[];
}

/** The result of an action step. */
export interface ActOutcome {
  readonly state: RunState;
  readonly feedback: StepFeedback;
  readonly answer: DmpAnswer | null;
  readonly mismatches: readonly Mismatch[];
  /** A problem of the scenario itself (role, login, alias), relative to the step. */
  readonly problem: Problem | null;
  /** The action reached the step's goal. */
  readonly reached: boolean;
  /**
   * The DMP accepted an action that does not reach the goal and no branch takes it: the world must
   * be put back as it was before it (the session replays its inputs without it).
   */
  readonly rewind: boolean;
  /** The branch on the DMP's answer that the action took, if any. */
  readonly branch: AnswerBranch | null;
}

/** The state before the first step. */
export const INITIAL_RUN_STATE: RunState = {
  current: null,
  ending: null,
  sessions: {},
  aliases: {},
  visited: [],
  score: { correct: 0, answered: 0 },
  elapsed: 0,
  happened: [],
};

/** The state after the DMP answered an action: sessions and named documents updated. */
export function afterAnswer(
  state: RunState,
  roleId: string,
  action: StepAction,
  resolved: Resolved,
  answer: DmpAnswer,
): RunState {
  if (!answer.verdict.allowed) return state;
  const session = sessionAfter(state.sessions[roleId], resolved.request);
  const sessions =
    session === undefined ? state.sessions : { ...state.sessions, [roleId]: session };
  const alias = 'as' in action ? action.as : undefined;
  const created = answer.documentId;
  const aliases =
    alias === undefined || created === undefined
      ? state.aliases
      : { ...state.aliases, [alias]: { id: created, patientId: resolved.subject } };
  return { ...state, sessions, aliases };
}

/** Feedback of an action step: the trainer's text and citations, and « Pourquoi ? » from the DMP. */
export function actionFeedback(
  step: ActionStep,
  passed: boolean,
  answer: DmpAnswer | null,
  branch: AnswerBranch | null = null,
): StepFeedback {
  const cite = branch?.feedback ?? (passed ? step.feedback.success : step.feedback.failure);
  return {
    stepId: step.id,
    passed,
    text: cite.text,
    faq: faqCitations(cite.faq),
    rules: ruleCitations(cite.rules),
    why: answer === null ? null : whyOf(answer.verdict),
    hints: passed ? [] : (step.hints ?? []),
  };
}
