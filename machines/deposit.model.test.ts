/**
 * Model-based tests of the deposit machine (xstate/graph): every generated path of every persona is
 * replayed on a real actor, the invariants of `model/deposit.model.ts` are checked at every step,
 * and every state and transition must be reached.
 */
import { depositModel } from './model/deposit.model';
import { describeModel } from './model/model-suite';

describeModel(depositModel);
