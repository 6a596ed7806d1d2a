/** Node entry: an MSW server over a store (tests start it with `onUnhandledFrame: 'error'`). */
import { setupServer } from 'msw/node';
import { createDmpStore, DEFAULT_SEED, type DmpStore } from '../dmp/index';
import type { ApiOptions } from './context';
import { createHandlers } from './handlers/index';

/** An MSW server answering the simulated DMP API over `store` (a fresh seeded one by default). */
export const createDmpMockServer = (
  store: DmpStore = createDmpStore(DEFAULT_SEED),
  options: ApiOptions = {},
) => setupServer(...createHandlers(store, options));
