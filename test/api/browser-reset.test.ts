/**
 * The browser's worker builds its handlers without the deprecated world body's schemas (decision
 * 054): that body gets a French 400 that changes nothing, while the scenario format and the plain
 * reset work as everywhere else. The Node entries (createHandlers, the local server) read it.
 */
import { getResponse } from 'msw';
import { expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED } from '../../src/dmp/index';
import { createApiContext } from '../../src/mocks/context';
import { handlersFor } from '../../src/mocks/handlers/all';
import { createHandlers } from '../../src/mocks/handlers/index';

const ORIGIN = 'http://dmp.test';

function reset(handlers: ReturnType<typeof handlersFor>, body: unknown) {
  return getResponse(
    handlers,
    new Request(`${ORIGIN}/training/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

const professional = DEFAULT_SEED.professionals[0]!;
const deprecatedBody = { professionals: [{ ...professional, setting: 'liberal' }] };

test('in the browser, the deprecated body is a French 400 that changes nothing', async () => {
  const store = createDmpStore(DEFAULT_SEED);
  const handlers = handlersFor(createApiContext(store));
  store.advanceClock({ days: 1 });
  const before = store.getState();
  const res = await reset(handlers, deprecatedBody);
  expect(res?.status).toBe(400);
  const text = JSON.stringify(await res?.json());
  expect(text).toContain('format des scénarios');
  expect(text).toContain('npm run dmp:serve');
  expect(store.getState()).toBe(before);
});

test('in the browser, the scenario format and the plain reset still work', async () => {
  const store = createDmpStore(DEFAULT_SEED);
  const handlers = handlersFor(createApiContext(store));
  expect((await reset(handlers, {}))?.status).toBe(200);
  const world = { patients: ['pat-adult'], professionals: ['pro-gp'] };
  expect((await reset(handlers, { world }))?.status).toBe(200);
});

test('the Node handlers read the deprecated body', async () => {
  const store = createDmpStore(DEFAULT_SEED);
  const res = await reset(createHandlers(store), deprecatedBody);
  expect(res?.status).toBe(200);
});
