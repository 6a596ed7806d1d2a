/**
 * What kind a parsed step is: the schema tags every step (`kind: 'action' | 'question'`), and code
 * handles the kinds with `matchStep` or a `switch (step.kind)` ending on `unknownStepKind`, so that
 * the compiler rejects a kind left out. Kept out of steps.schema.ts, whose zod schemas are built
 * when it is loaded: the player's bundle imports this without them.
 */
import type { ActionStep, ChoiceStep, Step } from './steps.schema';

/** One handler per kind of step. */
interface StepHandlers<R> {
  readonly action: (step: ActionStep) => R;
  readonly question: (step: ChoiceStep) => R;
}

/** The `default` of a switch on `step.kind`: does not compile while a kind is left out. */
export function unknownStepKind(step: never): never {
  throw new Error(`unknown step kind: ${JSON.stringify(step)}`);
}

/** Hands a step to the handler of its kind (`action` for `do:`, `question` for `options:`). */
export function matchStep<R>(step: Step, on: StepHandlers<R>): R {
  switch (step.kind) {
    case 'action':
      return on.action(step);
    case 'question':
      return on.question(step);
    default:
      return unknownStepKind(step);
  }
}
