/**
 * msw/node for API tests: one server per test file, unhandled requests are errors, and every test
 * starts from a fresh seeded store (`fresh()` swaps the handlers over a new store).
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createDmpStore, DEFAULT_SEED, type DmpStore } from '../../src/dmp/index';
import { createHandlers } from '../../src/mocks/handlers/index';
import { createDmpMockServer } from '../../src/mocks/node';

/** Origin the tests call (intercepted by msw/node, never resolved). */
export const API = 'http://dmp.test';

/** A fixed HMAC secret, so that tests can forge tokens signed with another one. */
const TEST_SECRET = new Uint8Array(32).fill(7);

/** Start msw/node for this file; `current().store` is the store behind the handlers. */
export function useMswDmp(): { current: () => { store: DmpStore }; fresh: () => DmpStore } {
  const server = createDmpMockServer(createDmpStore(DEFAULT_SEED), { secret: TEST_SECRET });
  let store = createDmpStore(DEFAULT_SEED);
  const fresh = () => {
    store = createDmpStore(DEFAULT_SEED);
    server.resetHandlers(...createHandlers(store, { secret: TEST_SECRET }));
    return store;
  };
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => {
    fresh();
  });
  afterAll(() => server.close());
  return { current: () => ({ store }), fresh };
}
