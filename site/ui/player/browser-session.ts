/**
 * The player's session in the browser: start the MSW service worker (the simulated DMP, scoped to
 * /simulateur/), build the scenario's world, and play over HTTP with the same port as
 * `npm run scenarios -- run --http`. The simulated DMP's code (MSW and the handlers, its own chunk)
 * starts downloading as soon as this module runs, with the player's script, not after its first
 * render: the download no longer waits for the page to hydrate.
 */
import { createProblemSink } from '../../../src/scenario/problems';
import { createHttpDmpPort } from '../../../src/scenario/http-port';
import { buildWorld } from '../../../src/scenario/world';
import { createPlaySession, type PlaySession } from './session';
import type { PlayerPayload } from './types';

const loadDmp = () => import('../../../src/mocks/browser');
let dmpCode: ReturnType<typeof loadDmp> | null = loadDmp();
// A failed early download is retried when the player asks for the DMP.
dmpCode.catch(() => {
  dmpCode = null;
});
let worker: Promise<unknown> | null = null;

/**
 * Where the worker script is and what it controls: on the site, `/mockServiceWorker.js` for
 * `/simulateur/`; in a package for a training platform (`<meta name="dmp-package-root">`, relative
 * to the page), the package's folder, wherever the platform serves it (docs/decisions/034).
 */
function workerPlace(): { base: string; scope: string } {
  const root = document.querySelector('meta[name="dmp-package-root"]')?.getAttribute('content');
  if (root == null)
    return { base: import.meta.env.BASE_URL, scope: `${import.meta.env.BASE_URL}simulateur/` };
  const base = new URL(root, document.baseURI).pathname;
  return { base, scope: base };
}

/** Start the simulated DMP once per page. */
function startDmp(): Promise<unknown> {
  worker ??= (dmpCode ?? loadDmp())
    .then(({ startSimulatedDmp }) => {
      const { base, scope } = workerPlace();
      return startSimulatedDmp(base, 0, scope);
    })
    .catch((error: unknown) => {
      worker = null;
      dmpCode = null;
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
