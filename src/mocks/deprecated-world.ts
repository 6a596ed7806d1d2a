/**
 * The loader of the deprecated world body's schemas, for the Node entries of the simulated API
 * (`createHandlers`, msw/node, the local server). The browser's worker does not import this module.
 */
import type { DeprecatedWorldLoader } from './context';

/** Load `schemas/world.schemas.ts` on demand. */
export const loadDeprecatedWorld: DeprecatedWorldLoader = () => import('./schemas/world.schemas');
