/**
 * The engine's door to the DMP: `DmpPort`, methods that may return promises (reset the world,
 * perform one learner action, observe a patient's traces, read the clock). `createCoreDmpPort`
 * implements it over the in-memory core store, `createHttpDmpPort` over the simulated API; both
 * play each request as its action's definition says (`actions/`). Requests carry resolved ids only:
 * the engine has already applied the scenario's defaults.
 */
import type { DmpRequest } from '../actions/index';
import type { DmpAnswer, PatientObservation } from '../wire/index';

export type { DmpAnswer, PatientObservation, Verdict } from '../wire/index';

/** A value, or a promise of it. */
type Awaitable<T> = T | Promise<T>;

/** The DMP as the engine sees it. */
export interface DmpPort {
  /** Back to the scenario's initial world. */
  reset(): Awaitable<void>;
  /** Perform one action. Refusals are answers, never exceptions. */
  perform(request: DmpRequest): Awaitable<DmpAnswer>;
  /** Observe a patient's traces (for `traced`, `notified`, `vaccinationBook`). */
  observe(patientId: string): Awaitable<PatientObservation>;
  /** The simulated date and time (ISO 8601, UTC), shown in the learner's screens. */
  now(): Awaitable<string>;
}
