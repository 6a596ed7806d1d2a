/** Browser entry, imported lazily by the simulator pages only: a seeded DMP behind the worker. */
import { setupWorker } from 'msw/browser';
import { createDmpStore, DEFAULT_SEED } from '../dmp/index';
import type { Latency } from './context';
import { createHandlers } from './handlers/index';
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
  setupWorker(...createHandlers(createDmpStore(DEFAULT_SEED), { latency })).start({
    serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope } },
    onUnhandledFrame: onUnhandledApiFrame,
    quiet: true,
  });
