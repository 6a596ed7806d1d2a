/**
 * Training control: the state of the simulated world, reset to the seed or to a training world
 * (new generation: every token dies; a refused world changes nothing) and the simulated clock.
 */
import type { HttpHandler } from 'msw';
import type { Duration } from '../../dmp/index';
import type { ApiContext } from '../context';
import { publicEndpoint } from '../endpoint';
import { trainingClock, trainingReset, trainingWorld } from '../routes/index';
import { invalidRequestResponse, successResponse } from '../to-http';
import { worldJson } from '../views';
import { worldSeed } from '../world';

/** Handlers of the trainer's controls. */
export function trainingHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    publicEndpoint(ctx, trainingWorld, () => successResponse(worldJson(ctx))),
    publicEndpoint(ctx, trainingReset, ({ input: { body } }) => {
      const world = worldSeed(ctx.store.getSeed(), body);
      if (!world.ok) return invalidRequestResponse(world.problems);
      ctx.newWorld(world.seed);
      return successResponse(worldJson(ctx));
    }),
    publicEndpoint(ctx, trainingClock, ({ input: { body } }) => {
      if ('advance' in body) ctx.store.advanceClock(body.advance as Duration);
      else ctx.store.setClock(body.set);
      return successResponse(worldJson(ctx));
    }),
  ];
}
