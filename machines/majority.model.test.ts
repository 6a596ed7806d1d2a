/**
 * Model-based tests of the majority machine (xstate/graph): every generated path of every persona is
 * replayed on a real actor, the invariants of `model/majority.model.ts` are checked at every step,
 * and every state and transition must be reached.
 */
import { majorityModel } from './model/majority.model';
import { describeModel } from './model/model-suite';

describeModel(majorityModel);
