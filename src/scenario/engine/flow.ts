/**
 * The shape of a scenario as a graph: where each step leads (its `goto`, its `end`, or the next step
 * in the file), per option for a question; which role plays each step (its `role`, else the role of
 * the step written before it, else the first role). Shared by the checks and the engine.
 */
import type { Scenario, ChoiceOption, Step } from '../format/index';

/** What may redirect a step: an answer of a question, or a branch on the DMP's answer. */
type Redirect = Pick<ChoiceOption, 'goto' | 'end'>;
import type { RoleSpec } from '../format/base';
import { matchStep } from '../format/kinds';

/** Where a step (or an answer) leads. */
export type Target =
  | { readonly kind: 'step'; readonly id: string }
  | { readonly kind: 'end'; readonly text: string }
  | { readonly kind: 'dead-end' };

/** Index of every step by id (the first one wins on duplicates). */
export function stepIndex(scenario: Scenario): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  scenario.steps.forEach((s, i) => {
    if (!index.has(s.id)) index.set(s.id, i);
  });
  return index;
}

/** The target of a step after success, or of one of its answers. `end` wins over `goto`. */
export function targetOf(scenario: Scenario, index: number, option?: Redirect): Target {
  const step = scenario.steps[index] as Step;
  if (option?.end !== undefined) return { kind: 'end', text: option.end };
  if (option?.goto !== undefined) return { kind: 'step', id: option.goto };
  if (step.end !== undefined) return { kind: 'end', text: step.end };
  if (step.goto !== undefined) return { kind: 'step', id: step.goto };
  const next = scenario.steps[index + 1];
  return next === undefined ? { kind: 'dead-end' } : { kind: 'step', id: next.id };
}

/** Every target a step can lead to (one per answer for a question). */
export function targetsOf(scenario: Scenario, index: number): Target[] {
  const step = scenario.steps[index] as Step;
  return matchStep(step, {
    action: (s) => [
      targetOf(scenario, index),
      ...(s.branches ?? []).map((b) => targetOf(scenario, index, b)),
    ],
    question: (s) => s.options.map((o) => targetOf(scenario, index, o)),
  });
}

/** Id of the first step. */
export function startStep(scenario: Scenario): string {
  return scenario.start ?? scenario.steps[0]?.id ?? '';
}

/** The role id a step is played with. */
export function roleIdOf(scenario: Scenario, index: number): string {
  for (let i = index; i >= 0; i -= 1) {
    const role = scenario.steps[i]?.role;
    if (role !== undefined) return role;
  }
  return scenario.roles[0]?.id ?? '';
}

/** The role a step is played with, or undefined when it is not declared. */
export function roleOf(scenario: Scenario, index: number): RoleSpec | undefined {
  const id = roleIdOf(scenario, index);
  return scenario.roles.find((r) => r.id === id);
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
    const option = matchStep(step, {
      action: () => undefined,
      question: (s) => s.options.find((o) => o.correct),
    });
    const target = targetOf(scenario, at, option);
    at = target.kind === 'step' ? index.get(target.id) : undefined;
  }
  return seen.size;
}

/** Steps on the expected path from the first step to the end. */
export function expectedPathLength(scenario: Scenario): number {
  const first = stepIndex(scenario).get(startStep(scenario));
  return first === undefined ? 0 : stepsToEnd(scenario, first);
}
