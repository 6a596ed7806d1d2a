/**
 * Starts the simulated DMP of a scenario page: MSW on the service worker that the page's script
 * registered as soon as the page loaded (worker-place.ts). The player's session waits for it.
 */
import { startSimulatedDmp } from '../../../src/mocks/browser';
import { registerWorkerEarly, workerPlace } from './worker-place';

let worker: Promise<unknown> | null = null;

/**
 * Start the simulated DMP once per page; a failed start (the worker refused, MSW's handshake) is
 * tried again on the next call. MSW's code is a static import, preloaded with the page
 * (decision 044): if it fails to download, the island does not start at all, like any island
 * whose code is missing, and the page keeps its « Chargement du simulateur » notice.
 */
export function startDmp(): Promise<unknown> {
  worker ??= registerWorkerEarly()
    .then(() => {
      const { base, scope } = workerPlace();
      return startSimulatedDmp(base, 0, scope);
    })
    .catch((error: unknown) => {
      worker = null;
      throw error;
    });
  return worker;
}
