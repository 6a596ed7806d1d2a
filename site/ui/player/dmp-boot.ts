/**
 * Starts the simulated DMP of a scenario page: MSW on the service worker that the page's script
 * registered as soon as the page loaded (worker-place.ts). The player's session waits for it.
 */
import { startSimulatedDmp } from '../../../src/mocks/browser';
import { registerWorkerEarly, workerPlace } from './worker-place';

let worker: Promise<unknown> | null = null;

/** Start the simulated DMP once per page; a failed start is tried again on the next call. */
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
