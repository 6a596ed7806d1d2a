/**
 * `createHandlers(store)`: every handler of the simulated DMP API over one store (`all.ts`), with
 * the deprecated world body read (Node entries: msw/node, the local server, the scenario checker,
 * the tests). Scenario faults are added on top with `worker.use()` / `server.use()`.
 */
import type { HttpHandler } from 'msw';
import type { DmpStore } from '../../dmp/index';
import { createApiContext, type ApiOptions } from '../context';
import { loadDeprecatedWorld } from '../deprecated-world';
import { handlersFor } from './all';

export { handlersFor } from './all';

/** Every handler of the simulated DMP over `store` (a fresh token secret per call). */
export function createHandlers(store: DmpStore, options: ApiOptions = {}): HttpHandler[] {
  return handlersFor(createApiContext(store, { deprecatedWorld: loadDeprecatedWorld, ...options }));
}
