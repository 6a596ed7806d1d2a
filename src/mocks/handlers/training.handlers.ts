/**
 * Training control: the state of the simulated world, reset to the seed (new generation: every
 * token dies) and the simulated clock.
 */
import type { HttpHandler } from 'msw';
import type { Duration } from '../../dmp/index';
import type { ApiContext } from '../context';
import { publicEndpoint } from '../endpoint';
import { trainingClock, trainingReset, trainingWorld } from '../routes/index';
import { successResponse } from '../to-http';
import { worldJson } from '../views';

/** Handlers of the trainer's controls. */
export function trainingHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    publicEndpoint(ctx, trainingWorld, () => successResponse(worldJson(ctx))),
    publicEndpoint(ctx, trainingReset, () => {
      ctx.newWorld();
      return successResponse(worldJson(ctx));
    }),
    publicEndpoint(ctx, trainingClock, ({ input: { body } }) => {
      if ('advance' in body) ctx.store.advanceClock(body.advance as Duration);
      else ctx.store.setClock(body.set);
      return successResponse(worldJson(ctx));
    }),
  ];
}
