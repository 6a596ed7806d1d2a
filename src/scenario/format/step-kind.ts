/**
 * What kind a parsed step is. Kept out of steps.schema.ts, whose zod schemas are built when it is
 * loaded: the player's bundle imports this without them.
 */
import type { ActionStep, Step } from './steps.schema';

/** Whether a step is an action step (`do:`), not a question. */
export function isActionStep(step: Step): step is ActionStep {
  return 'do' in step;
}
