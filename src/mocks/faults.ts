/**
 * Fault overrides for scenarios and tests, layered on the happy-path handlers with
 * `worker.use(...)` / `server.use(...)`: the DMP is unavailable, or slow. Never part of the base set.
 */
import { http, type HttpHandler } from 'msw';
import { apiError } from './api-errors';
import { refusalResponse } from './to-http';

/** Every FHIR transaction answers 503 « DMP indisponible » (maintenance, network incident). */
export function dmpUnavailable(): HttpHandler[] {
  return [
    http.all('*/fhir/*', () =>
      refusalResponse(
        apiError(
          'API.UNAVAILABLE',
          'Le DMP est momentanément indisponible (panne simulée) : réessayez plus tard.',
        ),
      ),
    ),
  ];
}
