/**
 * Public surface of the simulated DMP API for Node, the site build and scripts. The browser entry
 * is `browser.ts` (imported lazily by simulator pages) and the walk has its own light entry,
 * `walk/index.ts`, safe to load in any page.
 */
export { apiError, API_ERROR_CODES } from './api-errors';
export type { ApiError, ApiErrorCode, Refusal } from './api-errors';
export { createTokenSigner } from './auth/tokens';
export type { MesSession, PsSession, Session, TokenSigner } from './auth/tokens';
export { API_PREFIXES, DEFAULT_PORT, isApiPath, MAX_BODY_BYTES, TOKEN_TTL_SECONDS } from './config';
export { createApiContext } from './context';
export type { ApiContext, ApiOptions, Latency } from './context';
export { dmpUnavailable, slowNetwork } from './faults';
export { createHandlers, handlersFor } from './handlers/index';
export { buildOpenApi, openApiPath } from './openapi';
export { ALL_ROUTES } from './routes/index';
export type { AnyRoute } from './routes/index';
export { SIMPLIFICATIONS } from './simplifications';
export type { Simplification } from './simplifications';
export { refusalResponse, STATUS_BY_CODE, statusOf } from './to-http';
export * from './walk/index';
