/**
 * The player's session in the browser: start the MSW service worker (the simulated DMP, scoped to
 * /simulateur/), build the scenario's world, and play over HTTP with the same port as
 * `npm run scenarios -- run --http`. Loaded lazily, after the player's first paint.
 */
import { createProblemSink } from '../../../src/scenario/problems';
import { createHttpDmpPort } from '../../../src/scenario/http-port';
import { buildWorld } from '../../../src/scenario/world';
import { createPlaySession, type PlaySession } from './session';
import type { PlayerPayload } from './types';

let worker: Promise<unknown> | null = null;

/** Start the simulated DMP once per page. */
function startDmp(): Promise<unknown> {
  worker ??= import('../../../src/mocks/browser')
    .then(({ startSimulatedDmp }) => startSimulatedDmp(import.meta.env.BASE_URL, 0))
    .catch((error: unknown) => {
      worker = null;
      throw error;
    });
  return worker;
}

/** A play session over the simulated DMP of this page. */
export async function createBrowserSession(payload: PlayerPayload): Promise<PlaySession> {
  await startDmp();
  const world = buildWorld(payload.scenario.world, createProblemSink());
  const port = createHttpDmpPort({
    fetch: (request) => fetch(request),
    baseUrl: window.location.origin,
    world,
  });
  return createPlaySession(payload.scenario, world, port);
}
