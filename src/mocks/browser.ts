/**
 * Browser entry, imported lazily by the simulator pages only: a seeded DMP behind the worker. The
 * deprecated world body of `POST /training/reset` is not read here (decision 054).
 */
import { setupWorker } from 'msw/browser';
import { createDmpStore, DEFAULT_SEED } from '../dmp/index';
import { createApiContext, type Latency } from './context';
import { handlersFor } from './handlers/all';
import { onUnhandledApiFrame } from './unhandled';

/**
 * Start the worker; scope `/simulateur/` so FAQ pages are never controlled (`base`: Astro BASE_URL);
 * a package for a training platform gives its own folder as the scope.
 * `latency`: the console shows a realistic network delay; the scenario player answers at once.
 */
export const startSimulatedDmp = (
  base: string,
  latency: Latency = 'real',
  scope = `${base}simulateur/`,
) =>
  setupWorker(...handlersFor(createApiContext(createDmpStore(DEFAULT_SEED), { latency }))).start({
    serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope } },
    onUnhandledFrame: onUnhandledApiFrame,
    quiet: true,
  });
