/**
 * `createHandlers(store)`: every handler of the simulated DMP API over one store, happy path first,
 * catch-all 404s last. Scenario faults are added on top with `worker.use()` / `server.use()`.
 */
import type { HttpHandler } from 'msw';
import type { DmpStore } from '../../dmp/index';
import { createApiContext, type ApiContext, type ApiOptions } from '../context';
import { accessHandlers } from './access.handlers';
import { authHandlers } from './auth.handlers';
import { documentHandlers } from './documents.handlers';
import { fallbackHandlers } from './fallback.handlers';
import { mesDocumentHandlers } from './mes-documents.handlers';
import { mesSettingsHandlers } from './mes-settings.handlers';
import { patientHandlers } from './patients.handlers';
import { softwareHandlers } from './software.handlers';
import { trainingHandlers } from './training.handlers';

/** The handlers of one API instance over a context. */
export function handlersFor(ctx: ApiContext): HttpHandler[] {
  return [
    ...authHandlers(ctx),
    ...patientHandlers(ctx),
    ...documentHandlers(ctx),
    ...accessHandlers(ctx),
    ...mesDocumentHandlers(ctx),
    ...mesSettingsHandlers(ctx),
    ...softwareHandlers(ctx),
    ...trainingHandlers(ctx),
    ...fallbackHandlers(),
  ];
}

/** Every handler of the simulated DMP over `store` (a fresh token secret per call). */
export function createHandlers(store: DmpStore, options: ApiOptions = {}): HttpHandler[] {
  return handlersFor(createApiContext(store, options));
}
