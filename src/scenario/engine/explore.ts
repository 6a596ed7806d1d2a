/**
 * Headless play of every branch: each path is replayed from a fresh DMP (the port is reset), the
 * scripted action is played at each action step, and at each question one answer is taken; the
 * other answers become new paths (depth-first, replaying the prefix). A path stops at its `end`,
 * at a failing step, at a dead end, or when it comes back to a step it already went through.
 */
import type { ScenarioEngine, RunState } from './engine';
import type { Mismatch } from './expect';
import { describeVerdict } from './expect';
import { targetOf } from './flow';
import { matchStep, unknownStepKind } from '../format/kinds';
import type { Problem } from '../diagnostics/index';

/** Report of one step on one path. */
interface StepReport {
  readonly stepId: string;
  readonly index: number;
  /** `event`: an action of another actor (`events:`), played by the simulator on entering the step. */
  readonly kind: 'action' | 'choice' | 'event';
  readonly passed: boolean;
  /** French one-line summary (action and verdict, or the answer taken). */
  readonly summary: string;
  readonly mismatches: readonly Mismatch[];
  readonly problem: Problem | null;
  /** Rules R1–R50 the DMP's decision cited (empty for a question); read by the coverage. */
  readonly rules: readonly string[];
}

/** How a path ended. */
export type PathEnding =
  | { readonly kind: 'end'; readonly text: string }
  | { readonly kind: 'loop'; readonly to: string }
  | { readonly kind: 'failed'; readonly at: string }
  | { readonly kind: 'dead-end'; readonly after: string };

/** Report of one path. */
export interface PathReport {
  /** Answers taken at the questions, in order. */
  readonly choices: readonly {
    readonly stepId: string;
    readonly option: number;
    readonly text: string;
  }[];
  readonly steps: readonly StepReport[];
  readonly ending: PathEnding;
  readonly passed: boolean;
  readonly score: RunState['score'];
}

/** Report of every path of a scenario. */
export interface RunReport {
  readonly scenarioId: string;
  readonly paths: readonly PathReport[];
  readonly passed: boolean;
  /** More paths existed than `maxPaths`. */
  readonly truncated: boolean;
}

/** Default cap on the number of paths played. */
const MAX_PATHS = 200;

async function playPath(
  engine: ScenarioEngine,
  prefix: readonly number[],
): Promise<{ report: PathReport; counts: number[] }> {
  let state = await engine.start();
  const steps: StepReport[] = [];
  const choices: { stepId: string; option: number; text: string }[] = [];
  const counts: number[] = [];
  let ending: PathEnding | null = null;
  let seen = 0;
  /** Report the events played since the last look; a failed one ends the path. */
  const events = () => {
    for (const h of state.happened.slice(seen)) {
      const verdict = h.answer === null ? 'non jouée' : describeVerdict(h.answer.verdict);
      const passed = h.problem === null && h.mismatches.length === 0;
      const within = (path: readonly PropertyKey[]) => ['events', h.event, ...path];
      // Without its own `expect:`, an event is expected allowed: a difference points at its action.
      const explicit = engine.scenario.steps[h.index]?.events?.[h.event]?.expect !== undefined;
      const expected = (path: readonly PropertyKey[]) => within(explicit ? path : ['do']);
      steps.push({
        stepId: h.stepId,
        index: h.index,
        kind: 'event',
        passed,
        summary: `événement (${h.by}) ${h.action.action} → ${verdict}`,
        mismatches: h.mismatches.map((m) => ({
          ...m,
          path: expected(m.path),
          message: `événement ${h.event + 1} (${h.by}) : ${m.message}`,
        })),
        problem:
          h.problem === null
            ? null
            : {
                ...h.problem,
                path: within(h.problem.path),
                message: `événement ${h.event + 1} (${h.by}) : ${h.problem.message}`,
              },
        rules: h.answer?.verdict.rules ?? [],
      });
      if (!passed && ending === null) ending = { kind: 'failed', at: h.stepId };
    }
    seen = state.happened.length;
  };
  const maxSteps = engine.scenario.steps.length * 4 + 8;
  events();
  while (ending === null) {
    const step = engine.step(state);
    if (step === null || state.current === null) {
      ending =
        state.ending?.kind === 'end'
          ? state.ending
          : {
              kind: 'dead-end',
              after: state.ending?.kind === 'dead-end' ? state.ending.after : '',
            };
      break;
    }
    const at = state.current;
    if (state.visited.indexOf(step.id) !== state.visited.length - 1 || steps.length > maxSteps) {
      ending = { kind: 'loop', to: step.id };
      break;
    }
    switch (step.kind) {
      case 'question': {
        const option = prefix[choices.length] ?? 0;
        counts.push(step.options.length);
        const outcome = await engine.choose(state, option);
        const text = step.options[option]?.text ?? '';
        choices.push({ stepId: step.id, option, text });
        steps.push({
          stepId: step.id,
          index: at,
          kind: 'choice',
          passed: true,
          summary: `réponse ${option + 1} « ${text} » (${outcome.correct ? 'bonne' : 'mauvaise'} réponse)`,
          mismatches: [],
          problem: null,
          rules: [],
        });
        state = outcome.state;
        events();
        break;
      }
      case 'action': {
        const outcome = await engine.act(state);
        const verdict =
          outcome.answer === null ? 'non jouée' : describeVerdict(outcome.answer.verdict);
        const passed = outcome.problem === null && outcome.mismatches.length === 0;
        steps.push({
          stepId: step.id,
          index: at,
          kind: 'action',
          passed,
          summary: `${step.do.action} → ${verdict}`,
          mismatches: outcome.mismatches,
          problem: outcome.problem,
          rules: outcome.answer?.verdict.rules ?? [],
        });
        if (!passed) ending = { kind: 'failed', at: step.id };
        state = outcome.state;
        events();
        break;
      }
      default:
        unknownStepKind(step);
    }
  }
  const passed = ending.kind === 'end' || ending.kind === 'loop';
  return { report: { choices, steps, ending, passed, score: state.score }, counts };
}

/** How `playAllBranches` tells two answers of a question apart. */
export interface ExploreOptions {
  /**
   * Play one path per route only: answers of a question that lead to the same next step are one
   * branch (an answer changes the score, never the DMP, and the engine's flow depends only on the
   * step reached and the DMP's answers), so the other answers' paths would send the same requests.
   * Used when a second port replays the scenario (`check` over the simulated API).
   */
  readonly routesOnly?: boolean;
}

const targetKey = (engine: ScenarioEngine, stepId: string, option: number): string => {
  const { scenario } = engine;
  const at = scenario.steps.findIndex((s) => s.id === stepId);
  const step = scenario.steps[at];
  const answer =
    step === undefined
      ? undefined
      : matchStep(step, { action: () => undefined, question: (s) => s.options[option] });
  const target = targetOf(scenario, at, answer);
  return target.kind === 'step' ? `step:${target.id}` : target.kind === 'end' ? 'end' : 'dead-end';
};

/** Play every branch of a scenario headlessly. */
export async function playAllBranches(
  engine: ScenarioEngine,
  maxPaths = MAX_PATHS,
  options: ExploreOptions = {},
): Promise<RunReport> {
  const paths: PathReport[] = [];
  const stack: number[][] = [[]];
  let truncated = false;
  while (stack.length > 0) {
    if (paths.length >= maxPaths) {
      truncated = true;
      break;
    }
    const prefix = stack.pop() ?? [];
    const { report, counts } = await playPath(engine, prefix);
    paths.push(report);
    const taken = report.choices.map((c) => c.option);
    for (let depth = prefix.length; depth < counts.length; depth += 1) {
      const stepId = report.choices[depth]?.stepId ?? '';
      const routes = new Set([targetKey(engine, stepId, taken[depth] ?? 0)]);
      const alternatives: number[] = [];
      for (let option = 1; option < (counts[depth] ?? 1); option += 1) {
        const key = targetKey(engine, stepId, option);
        if (options.routesOnly === true && routes.has(key)) continue;
        routes.add(key);
        alternatives.push(option);
      }
      for (const option of alternatives.reverse()) stack.push([...taken.slice(0, depth), option]);
    }
  }
  return { scenarioId: engine.scenario.id, paths, passed: paths.every((p) => p.passed), truncated };
}
