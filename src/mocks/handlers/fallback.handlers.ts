/**
 * Last handlers: any other request under an API prefix is a 404 OperationOutcome in French, in the
 * browser as in Node (so an unhandled API request never reaches the network).
 */
import { http, type HttpHandler } from 'msw';
import { apiError } from '../api-errors';
import { API_PREFIXES } from '../config';
import { refusalResponse } from '../to-http';

/** One catch-all handler per API prefix. */
export function fallbackHandlers(): HttpHandler[] {
  return API_PREFIXES.map((prefix) =>
    http.all(`*${prefix}*`, ({ request }) =>
      refusalResponse(
        apiError(
          'API.NOT_FOUND',
          `Aucune route ${request.method} ${new URL(request.url).pathname} dans l'API simulée : voir la documentation /api/.`,
        ),
      ),
    ),
  );
}
