/**
 * Training control routes: the trainer reloads a world (the seed, or a world built on it in the
 * scenarios' world format or, deprecated, as whole entities; either invalidates every token) and moves the simulated clock (announcement timers, majority, token
 * expiry).
 */
import { clockUpdate } from '../schemas/api.schemas';
import { idParams } from '../schemas/fhir.schemas';
import { resetBody } from '../schemas/reset.schemas';
import { defineRoute } from './route';

/** The simulated world: clock and counts. */
export const trainingWorld = defineRoute({
  id: 'trainingWorld',
  method: 'get',
  path: '/training/world',
  auth: 'none',
  tag: 'Formation',
  errors: [],
});

/** Reset the world to its seed, or to a training world built on it. */
export const trainingReset = defineRoute({
  id: 'trainingReset',
  method: 'post',
  path: '/training/reset',
  auth: 'none',
  tag: 'Formation',
  // The deprecated shape is checked on demand; openapi.ts documents both (schemas/world.schemas.ts).
  body: resetBody,
  errors: [],
});

/** Move or set the simulated clock. */
export const trainingClock = defineRoute({
  id: 'trainingClock',
  method: 'post',
  path: '/training/clock',
  auth: 'none',
  tag: 'Formation',
  body: clockUpdate,
  errors: [],
});

/**
 * What a trainer checks after a step (`traced:` in a scenario): a patient's traces, whether or not
 * they activated Mon espace santé (the DMP records accesses either way; the patient reads them once
 * the space is activated).
 */
export const trainingTraces = defineRoute({
  id: 'trainingTraces',
  method: 'get',
  path: '/training/patients/:id/traces',
  auth: 'none',
  tag: 'Formation',
  params: idParams,
  errors: [404],
});
