/**
 * Model-based tests of the consent machine (xstate/graph): every generated path of every persona is
 * replayed on a real actor, the invariants of `model/consent.model.ts` are checked at every step,
 * and every state and transition must be reached.
 */
import { consentModel } from './model/consent.model';
import { describeModel } from './model/model-suite';

describeModel(consentModel);
