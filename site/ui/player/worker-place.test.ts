/**
 * The head's inline script registers the simulated DMP's worker where the player's module expects
 * it, on the site and inside a training platform's package; it runs the source text of
 * `workerPlaceIn`, so it is evaluated here as the browser would, with a stand-in DOM.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyRegistrationScript, workerPlaceIn } from './worker-place';

function fakeDocument(packageRoot: string | null, baseURI: string): Document {
  return {
    baseURI,
    querySelector: (selector: string) =>
      selector === 'meta[name="dmp-package-root"]' && packageRoot !== null
        ? { getAttribute: (name: string) => (name === 'content' ? packageRoot : null) }
        : null,
  } as unknown as Document;
}

/** Runs the inline script; what it asked the service worker container to register. */
function run(doc: Document, controlled = false): unknown[][] {
  const calls: unknown[][] = [];
  const navigator = {
    serviceWorker: {
      controller: controlled ? {} : null,
      register: (...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve();
      },
    },
  };
  // The page runs the script as source text: so does the test.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const script = new Function('navigator', 'document', earlyRegistrationScript('/')) as (
    nav: typeof navigator,
    d: Document,
  ) => void;
  script(navigator, doc);
  return calls;
}

describe('early registration of the simulated DMP worker', () => {
  it('on the site: the worker of /simulateur/, as the player computes it', () => {
    const doc = fakeDocument(null, 'http://127.0.0.1:4321/simulateur/bris-de-glace-urgence/');
    const place = workerPlaceIn(doc, '/');
    expect(place).toEqual({ base: '/', scope: '/simulateur/' });
    expect(run(doc)).toEqual([['/mockServiceWorker.js', { scope: '/simulateur/' }]]);
  });

  it("in a package: the package's folder, wherever the platform serves it", () => {
    const doc = fakeDocument('../', 'https://lms.example/pkg/42/simulateur/osteopathe/index.html');
    expect(workerPlaceIn(doc, '/')).toEqual({
      base: '/pkg/42/simulateur/',
      scope: '/pkg/42/simulateur/',
    });
    expect(run(doc)).toEqual([
      ['/pkg/42/simulateur/mockServiceWorker.js', { scope: '/pkg/42/simulateur/' }],
    ]);
  });

  it('does nothing when the page is already controlled', () => {
    expect(run(fakeDocument(null, 'http://127.0.0.1/simulateur/x/'), true)).toEqual([]);
  });
});

describe('registerWorkerEarly: MSW starts once the worker controls the page', () => {
  /** A service worker container whose registration is in the given state. */
  function stubContainer(state: 'installing' | 'active') {
    const listeners: (() => void)[] = [];
    const container = {
      controller: null as object | null,
      addEventListener: (_: string, listener: () => void) => listeners.push(listener),
      register: () =>
        Promise.resolve({
          installing: state === 'installing' ? {} : null,
          waiting: null,
          active: state === 'active' ? {} : null,
        }),
      claim() {
        container.controller = {};
        for (const l of listeners) l();
      },
    };
    vi.stubGlobal('navigator', { serviceWorker: container });
    vi.stubGlobal('document', fakeDocument(null, 'http://127.0.0.1/simulateur/x/'));
    return container;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('first visit: waits until the installing worker claims the page', async () => {
    const container = stubContainer('installing');
    const { registerWorkerEarly } = await import('./worker-place');
    let done = false;
    const ready = registerWorkerEarly().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    container.claim();
    await ready;
    expect(done).toBe(true);
  });

  it('hard reload (an active worker that does not control the page): does not wait', async () => {
    stubContainer('active');
    vi.useFakeTimers();
    const { registerWorkerEarly } = await import('./worker-place');
    let done = false;
    void registerWorkerEarly().then(() => (done = true));
    // Promises settle, but no timer runs: the 10-second fallback cannot be what resolves it.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(done).toBe(true);
    vi.useRealTimers();
  });
});
