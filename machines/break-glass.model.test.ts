/**
 * Model-based tests of the breakGlass machine (xstate/graph): every generated path of every persona is
 * replayed on a real actor, the invariants of `model/break-glass.model.ts` are checked at every step,
 * and every state and transition must be reached.
 */
import { breakGlassModel } from './model/break-glass.model';
import { describeModel } from './model/model-suite';

describeModel(breakGlassModel);
