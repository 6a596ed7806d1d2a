/**
 * Public surface of the simulated DMP API for Node, the site build and scripts. The browser entry
 * is `browser.ts` (imported lazily by simulator pages) and the walk has its own light entry,
 * `walk/index.ts`, safe to load in any page.
 */
export { apiError, API_ERROR_CODES } from './api-errors';
export { DEFAULT_PORT, MAX_BODY_BYTES } from './config';
export { createApiContext } from './context';
export type { ApiOptions } from './context';
export { loadDeprecatedWorld } from './deprecated-world';
export { handlersFor } from './handlers/index';
export { buildOpenApi } from './openapi';
export { SIMPLIFICATIONS } from './simplifications';
export { refusalResponse, STATUS_BY_CODE } from './to-http';
export * from './walk/index';
