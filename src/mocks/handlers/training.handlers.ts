/**
 * Training control: the state of the simulated world, reset to the seed or to a training world
 * (new generation: every token dies; a refused world changes nothing), the simulated clock, and
 * what a trainer observes of a patient (their traces, Mon espace santé activated or not).
 */
import type { HttpHandler } from 'msw';
import type { Duration } from '../../dmp/index';
import type { ApiContext } from '../context';
import { publicEndpoint } from '../endpoint';
import { trainingClock, trainingReset, trainingTraces, trainingWorld } from '../routes/index';
import { invalidRequestResponse, successResponse } from '../to-http';
import { withPatientId, worldJson } from '../views';
import { worldSeed } from '../world';

/** Handlers of the trainer's controls. */
export function trainingHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    publicEndpoint(ctx, trainingWorld, () => successResponse(worldJson(ctx))),
    publicEndpoint(ctx, trainingReset, async ({ input: { body } }) => {
      const world = await worldSeed(ctx.store.getSeed(), body, ctx.deprecatedWorld);
      if (!world.ok) return invalidRequestResponse(world.problems);
      ctx.newWorld(world.seed);
      return successResponse(worldJson(ctx));
    }),
    publicEndpoint(ctx, trainingClock, ({ input: { body } }) => {
      if ('advance' in body) ctx.store.advanceClock(body.advance as Duration);
      else ctx.store.setClock(body.set);
      return successResponse(worldJson(ctx));
    }),
    publicEndpoint(ctx, trainingTraces, ({ input: { params } }) =>
      withPatientId(ctx, params.id, (patient) =>
        successResponse({
          patientId: patient.id,
          historyCount: ctx.store.history(patient.id).length,
          notificationCount: ctx.store.notifications(patient.id).length,
          vaccinationBook: ctx.store.vaccinationBook(patient.id).map((d) => d.id),
        }),
      ),
    ),
  ];
}
