/**
 * A learner's play session: the scenario engine over a DMP port (HTTP through the MSW worker in the
 * browser, the core in unit tests), the log of what happened, the inputs to save, the score and the
 * progress. Pure orchestration: every verdict comes from the DMP, every step rule from the engine.
 *
 * One choice of the player (docs/decisions/006): an action of another kind than the one the step
 * expects (the learner opened the wrong screen) is not sent to the DMP. It is logged as a miss with
 * the step's hints, so the simulated DMP stays in the state the scenario was written for.
 */
import type { DmpDocument } from '../../../src/dmp/index';
import type { StepAction } from '../../../src/scenario/actions.schema';
import { createEngine, INITIAL_RUN_STATE, type RunState } from '../../../src/scenario/engine';
import type { Mismatch } from '../../../src/scenario/expect';
import type { StepFeedback } from '../../../src/scenario/feedback';
import { roleIdOf, stepIndex, targetOf } from '../../../src/scenario/flow';
import type { DmpAnswer, DmpPort } from '../../../src/scenario/port';
import type { Scenario } from '../../../src/scenario/schema';
import type { ActionStep, Step } from '../../../src/scenario/steps.schema';
import { ACTIONS } from '../../../src/scenario/vocabulary';
import type { World } from '../../../src/scenario/world';
import type { PlayerInput } from './progress';

/** One line of the session log: a step tried or answered. */
export interface LogEntry {
  readonly stepId: string;
  readonly kind: 'action' | 'question';
  /** 1 for the first try of this step, 2 for the second… */
  readonly attempt: number;
  readonly feedback: StepFeedback;
  /** The DMP's answer (null for questions, off-script actions and scenario problems). */
  readonly answer: DmpAnswer | null;
  /** The action tried (actions only). */
  readonly action: StepAction | null;
  /** The answer chosen (questions only). */
  readonly option: string | null;
  /** Why the outcome differs from the expected one (actions only). */
  readonly mismatches: readonly string[];
  /** The learner used another screen than the step expects: nothing was sent to the DMP. */
  readonly offScript: boolean;
}

/** What a role's screens last received from the DMP, by action. */
export type RoleScreens = Readonly<
  Partial<Record<StepAction['action'], { readonly action: StepAction; readonly answer: DmpAnswer }>>
>;

/** A snapshot of the session, for the UI. */
export interface SessionView {
  readonly run: RunState;
  readonly step: Step | null;
  readonly roleId: string | null;
  readonly log: readonly LogEntry[];
  readonly inputs: readonly PlayerInput[];
  readonly screens: Readonly<Record<string, RoleScreens>>;
  /** Documents known to the screens: the world's, plus those deposited during the session. */
  readonly documents: ReadonlyMap<string, ScreenDocument>;
  readonly score: Score;
  readonly progress: { readonly done: number; readonly total: number };
}

/** Steps passed at the first try, out of the steps played. */
export interface Score {
  readonly points: number;
  readonly played: number;
}

/** A play session. */
export interface PlaySession {
  readonly scenario: Scenario;
  readonly world: World;
  view(): SessionView;
  /** Reset the DMP and enter the first step (forgets the log and inputs). */
  start(): Promise<SessionView>;
  /** Try an action at the current step. */
  act(attempt: StepAction): Promise<SessionView>;
  /** Answer the current question. */
  choose(option: number): Promise<SessionView>;
  /**
   * Start over and replay saved inputs. Returns the number of inputs replayed, or null when an
   * input does not fit the scenario any more (the session is then back at its first step).
   */
  replay(inputs: readonly PlayerInput[]): Promise<number | null>;
}

const offScriptFeedback = (step: ActionStep, tried: StepAction): StepFeedback => ({
  stepId: step.id,
  passed: false,
  text:
    `Vous avez choisi « ${ACTIONS[tried.action].label} », mais ce n'est pas ce que la situation ` +
    'demande à cette étape. Relisez la consigne et choisissez une autre action.',
  faq: [],
  rules: [],
  why: null,
  hints: step.hints ?? [],
});

const describeMismatch = (m: Mismatch) => m.message;

/** The score of a log: each step counts once, with a point when its first try passed. */
export function scoreOf(log: readonly LogEntry[]): Score {
  const first = new Map<string, boolean>();
  for (const entry of log)
    if (!first.has(entry.stepId)) first.set(entry.stepId, entry.feedback.passed);
  return { points: [...first.values()].filter(Boolean).length, played: first.size };
}

/**
 * Steps left from step `from` to an end (the step itself included) along the expected path: the
 * right answer of each question, the next step of each action. Stops on a loop.
 */
export function stepsToEnd(scenario: Scenario, from: number): number {
  const index = stepIndex(scenario);
  const seen = new Set<number>();
  let at: number | undefined = from;
  while (at !== undefined && !seen.has(at)) {
    seen.add(at);
    const step = scenario.steps[at] as Step;
    const option = 'options' in step ? step.options.find((o) => o.correct) : undefined;
    const target = targetOf(scenario, at, option);
    at = target.kind === 'step' ? index.get(target.id) : undefined;
  }
  return seen.size;
}

/** A document as the simulated screens list it. */
export interface ScreenDocument {
  readonly id: string;
  readonly patientId: string;
  readonly typeCode: string;
  readonly title: string;
  /** Date of the act (`YYYY-MM-DD`), or '' when the deposit left it to the simulated date. */
  readonly serviceDate: string;
  readonly author: string;
  readonly summary: string;
}

/** The screen view of a stored document. */
export function screenDocument(doc: DmpDocument): ScreenDocument {
  return {
    id: doc.id,
    patientId: doc.patientId,
    typeCode: doc.typeCode,
    title: doc.title,
    serviceDate: doc.serviceDate,
    author: doc.author.kind === 'patient' ? 'Le patient' : doc.author.name,
    summary: doc.summary,
  };
}

function depositedDocument(
  action: StepAction,
  answer: DmpAnswer,
  patientId: string,
  author: string,
): ScreenDocument | null {
  if (action.action !== 'ps.deposit' && action.action !== 'patient.addDocument') return null;
  if (answer.documentId === undefined) return null;
  return {
    id: answer.documentId,
    patientId,
    typeCode: action.type,
    title: action.title ?? '',
    serviceDate: action.serviceDate ?? '',
    author,
    summary: '',
  };
}

const worldDocuments = (world: World) =>
  new Map([...world.documents.values()].map((d) => [d.id, screenDocument(d)] as const));

/** A session for a scenario and its world over a DMP port. */
export function createPlaySession(scenario: Scenario, world: World, port: DmpPort): PlaySession {
  const engine = createEngine(scenario, world, port);
  let run: RunState | null = null;
  let log: LogEntry[] = [];
  let inputs: PlayerInput[] = [];
  let screens: Record<string, RoleScreens> = {};
  let documents = worldDocuments(world);

  function view(): SessionView {
    const state = run ?? INITIAL_RUN_STATE;
    const step = engine.step(state);
    const done = new Set(
      log.filter((e) => e.feedback.passed || e.kind === 'question').map((e) => e.stepId),
    ).size;
    const remaining = state.current === null ? 0 : stepsToEnd(scenario, state.current);
    return {
      run: state,
      step,
      roleId: state.current === null ? null : roleIdOf(scenario, state.current),
      log,
      inputs,
      screens,
      documents,
      score: scoreOf(log),
      progress: { done, total: done + remaining },
    };
  }

  const attemptsOf = (stepId: string) => log.filter((e) => e.stepId === stepId).length + 1;

  function current(): { step: Step; at: number; state: RunState } {
    if (run === null || run.current === null)
      throw new Error("Aucune étape en cours : le scénario n'a pas commencé ou est terminé.");
    return { step: scenario.steps[run.current] as Step, at: run.current, state: run };
  }

  async function act(attempt: StepAction): Promise<SessionView> {
    const { step, at, state } = current();
    if (!('do' in step))
      throw new Error(`L'étape « ${step.id} » est une question, pas une action.`);
    const entry = {
      stepId: step.id,
      kind: 'action' as const,
      attempt: attemptsOf(step.id),
      option: null,
      action: attempt,
    };
    inputs = [...inputs, { type: 'act', step: step.id, attempt }];
    if (attempt.action !== step.do.action) {
      log = [
        ...log,
        {
          ...entry,
          feedback: offScriptFeedback(step, attempt),
          answer: null,
          mismatches: [],
          offScript: true,
        },
      ];
      return view();
    }
    const roleId = roleIdOf(scenario, at);
    const outcome = await engine.act(state, attempt);
    run = outcome.state;
    const mismatches =
      outcome.problem !== null
        ? [outcome.problem.message]
        : outcome.mismatches.map(describeMismatch);
    log = [
      ...log,
      {
        ...entry,
        feedback: outcome.feedback,
        answer: outcome.answer,
        mismatches,
        offScript: false,
      },
    ];
    if (outcome.answer !== null) {
      screens = {
        ...screens,
        [roleId]: {
          ...screens[roleId],
          [attempt.action]: { action: attempt, answer: outcome.answer },
        },
      };
      const role = scenario.roles.find((r) => r.id === roleId);
      const subject =
        role?.kind === 'professional'
          ? 'patient' in attempt && attempt.patient !== undefined
            ? attempt.patient
            : world.defaultPatient
          : (role?.patient ?? world.defaultPatient);
      const author =
        role?.kind === 'professional'
          ? ((p) => (p === undefined ? '' : `${p.givenName} ${p.familyName.toUpperCase()}`))(
              world.professionals.get(role.professional),
            )
          : 'Le patient';
      const created = depositedDocument(attempt, outcome.answer, subject, author);
      if (created !== null) documents = new Map(documents).set(created.id, created);
    }
    return view();
  }

  async function choose(option: number): Promise<SessionView> {
    const { step, state } = current();
    if (!('options' in step))
      throw new Error(`L'étape « ${step.id} » est une action, pas une question.`);
    const attempt = attemptsOf(step.id);
    const outcome = await engine.choose(state, option);
    run = outcome.state;
    inputs = [...inputs, { type: 'choose', step: step.id, option }];
    log = [
      ...log,
      {
        stepId: step.id,
        kind: 'question',
        attempt,
        feedback: outcome.feedback,
        answer: null,
        action: null,
        option: step.options[option]?.text ?? '',
        mismatches: [],
        offScript: false,
      },
    ];
    return view();
  }

  async function start(): Promise<SessionView> {
    log = [];
    inputs = [];
    screens = {};
    documents = worldDocuments(world);
    run = await engine.start();
    return view();
  }

  return {
    scenario,
    world,
    view,
    start,
    act,
    choose,
    async replay(saved) {
      await start();
      for (const input of saved) {
        const step = run?.current === null || run === null ? null : scenario.steps[run.current];
        const fits =
          step !== undefined &&
          step !== null &&
          step.id === input.step &&
          (input.type === 'act'
            ? 'do' in step
            : 'options' in step && input.option < step.options.length);
        if (!fits) {
          await start();
          return null;
        }
        if (input.type === 'act') await act(input.attempt);
        else await choose(input.option);
      }
      return saved.length;
    },
  };
}
