/**
 * Every handler of one simulated DMP API over its context, happy path first, catch-all 404s last.
 * The browser's worker builds its handlers from here (without the deprecated world body's loader);
 * `index.ts` adds that loader for the Node entries.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
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
