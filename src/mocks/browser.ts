/** Browser entry, imported lazily by the simulator pages only: a seeded DMP behind the worker. */
import { setupWorker } from 'msw/browser';
import { createDmpStore, DEFAULT_SEED } from '../dmp/index';
import { createHandlers } from './handlers/index';
import { onUnhandledApiFrame } from './unhandled';

/** Start the worker; scope `/simulateur/` so FAQ pages are never controlled (`base`: Astro BASE_URL). */
export const startSimulatedDmp = (base: string) =>
  setupWorker(...createHandlers(createDmpStore(DEFAULT_SEED), { latency: 'real' })).start({
    serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: `${base}simulateur/` } },
    onUnhandledFrame: onUnhandledApiFrame,
    quiet: true,
  });
