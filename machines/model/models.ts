/**
 * The models of every business machine, in the order of the `MACHINES` catalogue.
 */
import { blockingModel } from './blocking.model';
import { breakGlassModel } from './break-glass.model';
import { consentModel } from './consent.model';
import { depositModel } from './deposit.model';
import { majorityModel } from './majority.model';
import { proSessionModel } from './pro-session.model';
import type { AnyModelSpec } from './runner';

/** One model per machine. */
export const MODELS: readonly AnyModelSpec[] = [
  consentModel,
  breakGlassModel,
  blockingModel,
  majorityModel,
  proSessionModel,
  depositModel,
];
