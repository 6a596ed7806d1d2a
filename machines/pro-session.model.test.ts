/**
 * Model-based tests of the proSession machine (xstate/graph): every generated path of every persona is
 * replayed on a real actor, the invariants of `model/pro-session.model.ts` are checked at every step,
 * and every state and transition must be reached.
 */
import { proSessionModel } from './model/pro-session.model';
import { describeModel } from './model/model-suite';

describeModel(proSessionModel);
