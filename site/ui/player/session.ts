/**
 * A learner's play session: the scenario engine over a DMP port (HTTP through the MSW worker in the
 * browser, the core in unit tests), the log of what happened, the inputs to save, the score and the
 * progress. Pure orchestration: every verdict comes from the DMP, every step rule from the engine.
 *
 * Every action the learner makes is sent to the DMP (PEDAGOGY.md: let mistakes happen and show
 * their consequence). When it does not reach the step's goal and no branch takes it, an accepted
 * action is undone: the session resets the DMP and replays the inputs it kept, so the world is as it
 * was before. In Évaluation mode a miss is not retried: the simulator plays the step's reference
 * action and moves on.
 *
 * A look is free (decision 052): an action that only reads the DMP (`isLook`), off the step's goal
 * and taking no branch, shows its answer on the role's screens but is no attempt — no log entry, no
 * score, no rewind, no auto-play; the step stays open. It is kept among the inputs, so that a
 * rebuild and a resumed session show the same screens.
 */
import { isLook, type StepAction } from '../../../src/scenario/actions/index';
import { documentSummary, type DocumentSummary } from '../../../src/scenario/wire/index';
import {
  createEngine,
  INITIAL_RUN_STATE,
  type RunState,
  type StepFeedback,
  roleIdOf,
  stepsToEnd,
} from '../../../src/scenario/engine/index';
import type { DmpAnswer, DmpPort } from '../../../src/scenario/ports/index';
import type { Problem } from '../../../src/scenario/diagnostics/index';
import type { Scenario, Step } from '../../../src/scenario/format/index';
import type { World } from '../../../src/scenario/wire/index';
import { DEFAULT_MODE, MODES, newSeed, optionOrder, type PlayMode } from './modes';
import type { PlayerInput } from './progress';
import { EMPTY_SCREEN, nextScreen, type RoleScreen } from './role-screen';
import { matchStep } from '../../../src/scenario/format/kinds';

/** One line of the session log: a step tried or answered. */
/**
 * Why the professional software did not reach the DMP, said to the learner: without a card session
 * nothing is sent (as in a real software, which asks for the card first); any other problem of the
 * scenario is a trainer's matter, kept for the technical details.
 */
function notSentReason(problem: Problem): string {
  return problem.code === 'SCN028'
    ? "vous n'êtes pas encore connecté : le logiciel ne peut pas joindre le DMP sans une session ouverte avec votre carte. Commencez par l'écran « Connexion »."
    : "le logiciel n'a pas pu transmettre cette action au DMP simulé (voir les détails techniques).";
}

export interface LogEntry {
  readonly stepId: string;
  readonly kind: 'action' | 'question';
  /** 1 for the first try of this step, 2 for the second… */
  readonly attempt: number;
  readonly feedback: StepFeedback;
  /** The DMP's answer (null for questions and scenario problems). */
  readonly answer: DmpAnswer | null;
  /** The action tried (actions only). */
  readonly action: StepAction | null;
  /** The answer chosen (questions only). */
  readonly option: string | null;
  /** Why the outcome differs from the step's goal (actions only). */
  readonly mismatches: readonly string[];
  /** Why the software sent nothing to the DMP, in the learner's words (null when it did). */
  readonly notSent: string | null;
  /** The DMP accepted an action off the goal: the world was put back as it was before it. */
  readonly rewound: boolean;
  /** Played by the simulator after a miss in Évaluation mode, not by the learner. */
  readonly auto: boolean;
  /** Whether the step counts in the score. */
  readonly scored: boolean;
  /** The role that played the step. */
  readonly roleId: string;
}

/** The screens as they were right after the learner's last action, before any rewind. */
interface Review {
  readonly entry: LogEntry;
  readonly roleId: string;
  readonly screens: Readonly<Record<string, RoleScreen>>;
  readonly documents: ReadonlyMap<string, DocumentSummary>;
  readonly now: string | null;
}

/** A snapshot of the session, for the UI. */
export interface SessionView {
  readonly mode: PlayMode;
  readonly seed: string;
  readonly run: RunState;
  readonly step: Step | null;
  readonly roleId: string | null;
  readonly log: readonly LogEntry[];
  readonly inputs: readonly PlayerInput[];
  /** Each role's screens, fed in order with the role's actions and the DMP's answers. */
  readonly screens: Readonly<Record<string, RoleScreen>>;
  /** Documents known to the screens: the world's, plus those the DMP answered were deposited. */
  readonly documents: ReadonlyMap<string, DocumentSummary>;
  readonly score: Score;
  readonly progress: { readonly done: number; readonly total: number };
  /** The simulated date and time (ISO), or null before the DMP answered. */
  readonly now: string | null;
  /** The result of the learner's last action or answer, kept on screen until they continue. */
  readonly review: Review | null;
}

/** Scored steps passed at the first try, out of the scored steps played. */
interface Score {
  readonly points: number;
  readonly played: number;
}

/** How a session is played. */
interface SessionOptions {
  readonly mode?: PlayMode;
  /** The learner's seed (order of the options of each question). */
  readonly seed?: string;
}

/** A play session. */
export interface PlaySession {
  readonly scenario: Scenario;
  readonly world: World;
  view(): SessionView;
  /** Reset the DMP and enter the first step (forgets the log and inputs); optionally in another mode. */
  start(options?: SessionOptions): Promise<SessionView>;
  /** Try an action at the current step. */
  act(attempt: StepAction): Promise<SessionView>;
  /** Answer the current question with the option at `option` in the file's order. */
  choose(option: number): Promise<SessionView>;
  /** The options of a question in the order this learner sees them (indexes in the file). */
  optionOrder(step: Step): number[];
  /**
   * Start over and replay saved inputs. Returns the number of inputs replayed, or null when an
   * input does not fit the scenario any more (the session is then back at its first step).
   */
  replay(inputs: readonly PlayerInput[], options?: SessionOptions): Promise<number | null>;
}

/** The score of a log: each scored step counts once, with a point when its first try passed. */
export function scoreOf(log: readonly LogEntry[]): Score {
  const first = new Map<string, boolean>();
  for (const entry of log)
    if (entry.scored && !entry.auto && !first.has(entry.stepId))
      first.set(entry.stepId, entry.feedback.passed);
  return { points: [...first.values()].filter(Boolean).length, played: first.size };
}

export { stepsToEnd };

const worldDocuments = (world: World) =>
  new Map([...world.documents.values()].map((d) => [d.id, documentSummary(d)] as const));

/** A session for a scenario and its world over a DMP port. */
export function createPlaySession(
  scenario: Scenario,
  world: World,
  port: DmpPort,
  options: SessionOptions = {},
): PlaySession {
  const engine = createEngine(scenario, world, port);
  let mode: PlayMode = options.mode ?? DEFAULT_MODE;
  let seed = options.seed ?? newSeed();
  let run: RunState | null = null;
  let log: LogEntry[] = [];
  let inputs: PlayerInput[] = [];
  /** Inputs whose effect the world keeps, in order (the learner's and the simulator's). */
  let kept: PlayerInput[] = [];
  let screens: Record<string, RoleScreen> = {};
  let documents = worldDocuments(world);
  let now: string | null = null;
  let review: Review | null = null;

  function view(): SessionView {
    const state = run ?? INITIAL_RUN_STATE;
    const step = engine.step(state);
    const done = new Set(
      log.filter((e) => e.feedback.passed || e.kind === 'question' || e.auto).map((e) => e.stepId),
    ).size;
    const remaining = state.current === null ? 0 : stepsToEnd(scenario, state.current);
    return {
      mode,
      seed,
      run: state,
      step,
      roleId: state.current === null ? null : roleIdOf(scenario, state.current),
      log,
      inputs,
      screens,
      documents,
      score: scoreOf(log),
      progress: { done, total: done + remaining },
      now,
      review,
    };
  }

  const attemptsOf = (stepId: string) => log.filter((e) => e.stepId === stepId).length + 1;

  function current(): { step: Step; at: number; state: RunState } {
    if (run === null || run.current === null)
      throw new Error("Aucune étape en cours : le scénario n'a pas commencé ou est terminé.");
    return { step: scenario.steps[run.current] as Step, at: run.current, state: run };
  }

  /** What the screens learn from an answer: the role's screens move on; a deposited document is known. */
  function record(roleId: string, attempt: StepAction, answer: DmpAnswer): void {
    const aliases = run?.aliases ?? {};
    const screen = nextScreen(
      screens[roleId] ?? EMPTY_SCREEN,
      { action: attempt, answer },
      world.defaultPatient,
      (ref) => aliases[ref]?.id ?? ref,
    );
    screens = { ...screens, [roleId]: screen };
    learnDocument(answer);
  }

  /** The documents other actors deposited (`events:`) are known to the screens like the learner's. */
  function learnEvents(): void {
    for (const h of run?.happened ?? []) if (h.answer !== null) learnDocument(h.answer);
  }

  function learnDocument(answer: DmpAnswer): void {
    const created = answer.document;
    if (created !== undefined) documents = new Map(documents).set(created.id, created);
  }

  /** Apply an input the world keeps, without logging it (rebuilding after a rewind). */
  async function reapply(input: PlayerInput): Promise<void> {
    const state = run ?? INITIAL_RUN_STATE;
    if (input.type === 'choose') {
      run = (await engine.choose(state, input.option)).state;
      learnEvents();
      return;
    }
    const roleId = state.current === null ? '' : roleIdOf(scenario, state.current);
    const outcome = await engine.act(state, input.attempt);
    run = outcome.state;
    if (outcome.answer !== null) record(roleId, input.attempt, outcome.answer);
    learnEvents();
  }

  /** Put the world back as the kept inputs left it. */
  async function rebuild(): Promise<void> {
    run = await engine.start();
    screens = {};
    documents = worldDocuments(world);
    learnEvents();
    for (const input of kept) await reapply(input);
  }

  async function perform(
    attempt: StepAction,
    auto: boolean,
  ): Promise<{ entry: LogEntry | null; reached: boolean }> {
    const { step, at, state } = current();
    if (step.kind !== 'action')
      throw new Error(`L'étape « ${step.id} » est une question, pas une action.`);
    const roleId = roleIdOf(scenario, at);
    const input: PlayerInput = { type: 'act', step: step.id, attempt };
    const outcome = await engine.act(state, attempt);
    run = outcome.state;
    if (outcome.answer !== null) record(roleId, attempt, outcome.answer);
    learnEvents();
    // A free look: its answer is on the role's screens; it is no attempt and the step stays open.
    const free =
      isLook(attempt) && !outcome.reached && outcome.branch === null && outcome.problem === null;
    if (free) {
      kept = [...kept, input];
      now = await port.now();
      review = null;
      return { entry: null, reached: false };
    }
    const entry: LogEntry = {
      stepId: step.id,
      kind: 'action',
      attempt: attemptsOf(step.id),
      feedback: outcome.feedback,
      answer: outcome.answer,
      action: attempt,
      option: null,
      mismatches:
        outcome.problem !== null
          ? [outcome.problem.message]
          : outcome.mismatches.map((m) => m.message),
      notSent: outcome.problem === null ? null : notSentReason(outcome.problem),
      rewound: outcome.rewind,
      auto,
      scored: step.scored !== false,
      roleId,
    };
    log = [...log, entry];
    now = await port.now();
    review = { entry, roleId, screens, documents, now };
    if (outcome.rewind) {
      await rebuild();
      now = await port.now();
    } else kept = [...kept, input];
    return { entry, reached: outcome.reached || outcome.branch !== null };
  }

  async function act(attempt: StepAction): Promise<SessionView> {
    const { step } = current();
    inputs = [...inputs, { type: 'act', step: step.id, attempt }];
    const { entry, reached } = await perform(attempt, false);
    // Évaluation: one try. After a miss the simulator plays the reference action to go on.
    if (
      entry !== null &&
      !reached &&
      !MODES[mode].retries &&
      step.kind === 'action' &&
      run?.current !== null
    ) {
      const learner = review;
      await perform(step.do, true);
      review = learner === null ? review : { ...learner, now };
    }
    return view();
  }

  async function choose(option: number): Promise<SessionView> {
    const { step, at, state } = current();
    if (step.kind !== 'question')
      throw new Error(`L'étape « ${step.id} » est une action, pas une question.`);
    const attempt = attemptsOf(step.id);
    const outcome = await engine.choose(state, option);
    run = outcome.state;
    learnEvents();
    const input: PlayerInput = { type: 'choose', step: step.id, option };
    inputs = [...inputs, input];
    kept = [...kept, input];
    const entry: LogEntry = {
      stepId: step.id,
      kind: 'question',
      attempt,
      feedback: outcome.feedback,
      answer: null,
      action: null,
      option: step.options[option]?.text ?? '',
      mismatches: [],
      notSent: null,
      rewound: false,
      auto: false,
      scored: step.scored !== false,
      roleId: roleIdOf(scenario, at),
    };
    log = [...log, entry];
    now = await port.now();
    review = { entry, roleId: entry.roleId, screens, documents, now };
    return view();
  }

  async function start(next: SessionOptions = {}): Promise<SessionView> {
    mode = next.mode ?? mode;
    seed = next.seed ?? (next.mode === undefined ? seed : newSeed());
    log = [];
    inputs = [];
    kept = [];
    screens = {};
    review = null;
    documents = worldDocuments(world);
    run = await engine.start();
    learnEvents();
    now = await port.now();
    return view();
  }

  return {
    scenario,
    world,
    view,
    start,
    act,
    choose,
    optionOrder: (step) =>
      matchStep(step, {
        action: () => [],
        question: (q) => optionOrder(seed, q.id, q.options.length),
      }),
    async replay(saved, replayOptions = {}) {
      await start(replayOptions);
      for (const input of saved) {
        const step = run?.current === null || run === null ? null : scenario.steps[run.current];
        const fits =
          step !== undefined &&
          step !== null &&
          step.id === input.step &&
          matchStep(step, {
            action: () => input.type === 'act',
            question: (q) => input.type === 'choose' && input.option < q.options.length,
          });
        if (!fits) {
          await start();
          return null;
        }
        if (input.type === 'act') await act(input.attempt);
        else await choose(input.option);
      }
      review = null;
      return saved.length;
    },
  };
}
