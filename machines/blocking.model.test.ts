/**
 * Model-based tests of the blocking machine (xstate/graph): every generated path of every persona is
 * replayed on a real actor, the invariants of `model/blocking.model.ts` are checked at every step,
 * and every state and transition must be reached.
 */
import { blockingModel } from './model/blocking.model';
import { describeModel } from './model/model-suite';

describeModel(blockingModel);
