/**
 * The player's session in the browser: wait for the MSW service worker (the simulated DMP, scoped
 * to /simulateur/, started by the page's script as soon as it loads: dmp-boot.ts), build the
 * scenario's world, and play over HTTP with the same port as `npm run scenarios -- run --http`.
 */
import { createProblemSink } from '../../../src/scenario/diagnostics/index';
import { createHttpDmpPort } from '../../../src/scenario/ports/index';
import { buildWorld } from '../../../src/scenario/wire/index';
import { createPlaySession, type PlaySession } from './session';
import { startDmp } from './dmp-boot';
import type { PlayerPayload } from './types';

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
