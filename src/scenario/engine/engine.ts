/**
 * The scenario engine, without any UI: given a scenario and a `DmpPort`, it walks the steps,
 * applies the learner's actions to the DMP, compares the answer with `expect:`, scores the
 * questions, and returns feedback with a « Pourquoi ? » drawn from the DMP's decision. States are
 * immutable values; the only side effects are the port's. Methods are async because a port may be
 * (HTTP); over the core store every call resolves at once.
 */
import { resolveRequest, type ActionOf, type StepAction } from '../actions/index';
import { compareAnswer, needsObservation, type Mismatch } from './expect';
import {
  actionFeedback,
  afterAnswer,
  INITIAL_RUN_STATE,
  type ActOutcome,
  type Happening,
  type RunState,
} from './engine-state';
import { faqCitations, ruleCitations, type StepFeedback } from './feedback';
import { roleIdOf, roleOf, startStep, stepIndex, targetOf, type Target } from './flow';
import { branchFor, durationMinutes, isTimeStep, unmetParameters } from './goal';
import type { DmpAnswer, DmpPort } from '../ports/index';
import type { Problem } from '../diagnostics/index';
import { documentIdOf, durationOf } from '../wire/index';
import type { Scenario, ActionStep, ChoiceStep, Step, StepEvent } from '../format/index';
import type { World } from '../wire/index';

export type { RunState } from './engine-state';

/** The result of a question. */
interface ChoiceOutcome {
  readonly state: RunState;
  readonly feedback: StepFeedback;
  readonly correct: boolean;
}

/** A scenario being played against a DMP. */
export interface ScenarioEngine {
  readonly scenario: Scenario;
  /** Reset the DMP and enter the first step. */
  start(): Promise<RunState>;
  /** The current step, or null once ended. */
  step(state: RunState): Step | null;
  /**
   * Play the current action step: the learner's attempt, or the scripted `do:` by default. The step
   * passes when the attempt reaches its goal (goal.ts); otherwise the outcome says whether a branch
   * took the answer or whether the world must be rewound (the engine leaves that to its caller).
   */
  act(state: RunState, attempt?: StepAction): Promise<ActOutcome>;
  /** Answer the current question with the option at `index`. */
  choose(state: RunState, index: number): Promise<ChoiceOutcome>;
}

/** Create an engine for a scenario over a DMP port; `world` gives the defaults (patient, episode, documents). */
export function createEngine(scenario: Scenario, world: World, port: DmpPort): ScenarioEngine {
  const index = stepIndex(scenario);

  async function moveTo(state: RunState, target: Target, from: string): Promise<RunState> {
    if (target.kind === 'end')
      return { ...state, current: null, ending: { kind: 'end', text: target.text } };
    const at = target.kind === 'step' ? index.get(target.id) : undefined;
    if (at === undefined)
      return { ...state, current: null, ending: { kind: 'dead-end', after: from } };
    const step = scenario.steps[at] as Step;
    if (step.advance !== undefined)
      await port.perform({ kind: 'clock.advance', by: durationOf(step.advance) });
    let entered: RunState = {
      ...state,
      current: at,
      visited: [...state.visited, step.id],
      elapsed: 0,
      baseline: null,
    };
    for (const [i, event] of (step.events ?? []).entries())
      entered = await happen(entered, step, at, i, event);
    return entered;
  }

  /**
   * Play an event of another actor through the port, as the learner's actions are played: a
   * professional who has not logged in yet logs in first with the card they hold.
   */
  async function happen(
    state: RunState,
    step: Step,
    at: number,
    i: number,
    event: StepEvent,
  ): Promise<RunState> {
    const role = scenario.roles.find((r) => r.id === event.by);
    let next = state;
    const record = async (
      answer: DmpAnswer | null,
      subject: string | null,
      mismatches: readonly Mismatch[],
      problem: Problem | null,
    ): Promise<RunState> => {
      const happening: Happening = {
        stepId: step.id,
        index: at,
        event: i,
        visit: next.visited.length - 1,
        by: event.by,
        text: event.text,
        action: event.do,
        answer,
        subject,
        at: await port.now(),
        mismatches,
        problem,
      };
      return { ...next, happened: [...next.happened, happening] };
    };
    const context = () => ({
      world,
      role,
      roleId: event.by,
      session: next.sessions[event.by],
      aliases: next.aliases,
    });
    const card = role?.kind === 'professional' ? world.professionals.get(role.professional) : null;
    if (
      card !== null &&
      card !== undefined &&
      event.do.action !== 'ps.login' &&
      next.sessions[event.by]?.loggedIn !== true
    ) {
      const login: StepAction = { action: 'ps.login', card: card.card.type };
      const resolved = resolveRequest(login, context());
      if (!('problem' in resolved)) {
        const answer = await port.perform(resolved.request);
        next = afterAnswer(next, event.by, login, resolved, answer);
      }
    }
    const resolved = resolveRequest(event.do, context());
    if ('problem' in resolved) return record(null, null, [], resolved.problem);
    const expected = event.expect ?? { result: 'allowed' as const };
    const observe = needsObservation(expected);
    const before = observe ? await port.observe(resolved.subject) : null;
    const answer = await port.perform(resolved.request);
    const after = observe ? await port.observe(resolved.subject) : null;
    next = afterAnswer(next, event.by, event.do, resolved, answer);
    const documentId = (ref: string) => documentIdOf(ref, { world, aliases: next.aliases })?.id;
    const mismatches = compareAnswer(expected, answer, { before, after, documentId });
    return record(answer, resolved.subject, mismatches, null);
  }

  function current<K extends 'do' | 'options'>(
    state: RunState,
    key: K,
  ): { step: K extends 'do' ? ActionStep : ChoiceStep; at: number } {
    const step = state.current === null ? undefined : scenario.steps[state.current];
    if (step === undefined || !(key in step))
      throw new Error(`Pas d'étape ${key === 'do' ? 'action' : 'question'} en cours.`);
    return { step: step as K extends 'do' ? ActionStep : ChoiceStep, at: state.current as number };
  }

  return {
    scenario,
    async start() {
      await port.reset();
      return moveTo(INITIAL_RUN_STATE, { kind: 'step', id: startStep(scenario) }, '');
    },
    step: (state) => (state.current === null ? null : (scenario.steps[state.current] ?? null)),
    async act(state, attempt) {
      const { step, at } = current(state, 'do');
      const action = attempt ?? step.do;
      const roleId = roleIdOf(scenario, at);
      const resolved = resolveRequest(action, {
        world,
        role: roleOf(scenario, at),
        roleId,
        session: state.sessions[roleId],
        aliases: state.aliases,
      });
      if ('problem' in resolved) {
        const feedback = actionFeedback(step, false, null);
        return {
          state,
          feedback,
          answer: null,
          mismatches: [],
          problem: resolved.problem,
          reached: false,
          rewind: false,
          branch: null,
        };
      }
      const sameKind = action.action === step.do.action;
      const observe = sameKind && needsObservation(step.expect);
      const timeStep = isTimeStep(step) && action.action === 'clock.advance';
      // A time step's effects (a notification) are judged from before its first clock move, so
      // that 7 days then 7 more count as 14.
      const before = observe
        ? timeStep && state.baseline
          ? state.baseline
          : await port.observe(resolved.subject)
        : null;
      const answer = await port.perform(resolved.request);
      const after = observe ? await port.observe(resolved.subject) : null;
      const next = afterAnswer(state, roleId, action, resolved, answer);
      const documentId = (ref: string) => documentIdOf(ref, { world, aliases: next.aliases })?.id;
      const elapsed =
        timeStep && answer.verdict.allowed
          ? state.elapsed + durationMinutes(durationOf(action))
          : state.elapsed;
      const mismatches: Mismatch[] = !sameKind
        ? [
            {
              kind: 'result',
              path: ['do', 'action'],
              message: `attend l'action ${step.do.action}, mais l'apprenant a fait ${action.action}`,
            },
          ]
        : [
            ...compareAnswer(step.expect, answer, { before, after, documentId }),
            ...unmetParameters(step, action).map((p): Mismatch => ({
              kind: 'result',
              path: ['with'],
              message: `le paramètre « ${p} » de l'action ne correspond pas à l'objectif de l'étape`,
            })),
            ...(timeStep &&
            elapsed < durationMinutes(durationOf(step.do as ActionOf<'clock.advance'>))
              ? [
                  {
                    kind: 'result' as const,
                    path: ['do'],
                    message: "l'horloge n'a pas encore atteint le moment que l'étape attend",
                  },
                ]
              : []),
          ];
      const reached = mismatches.length === 0;
      const branch = reached ? null : branchFor(step, action, answer);
      const advanced: RunState = {
        ...next,
        elapsed,
        baseline: timeStep ? before : (state.baseline ?? null),
      };
      const moved = reached
        ? await moveTo(advanced, targetOf(scenario, at), step.id)
        : branch !== null
          ? await moveTo(advanced, targetOf(scenario, at, branch), step.id)
          : timeStep
            ? advanced
            : next;
      return {
        state: moved,
        feedback: actionFeedback(step, reached, answer, branch),
        answer,
        mismatches,
        problem: null,
        reached,
        rewind: !reached && branch === null && !timeStep && answer.verdict.allowed,
        branch,
      };
    },
    async choose(state, choice) {
      const { step, at } = current(state, 'options');
      const option = step.options[choice];
      if (option === undefined)
        throw new Error(`Réponse ${choice + 1} inexistante pour « ${step.id} ».`);
      const feedback: StepFeedback = {
        stepId: step.id,
        passed: option.correct,
        text: option.feedback.text,
        faq: faqCitations(option.feedback.faq),
        rules: ruleCitations(option.feedback.rules),
        why: null,
        hints: option.correct ? [] : (step.hints ?? []),
      };
      const counted = step.scored !== false;
      const score = {
        correct: state.score.correct + (counted && option.correct ? 1 : 0),
        answered: state.score.answered + (counted ? 1 : 0),
      };
      const moved = await moveTo({ ...state, score }, targetOf(scenario, at, option), step.id);
      return { state: moved, feedback, correct: option.correct };
    },
  };
}
