/**
 * The head's inline script registers the simulated DMP's worker where the player's module expects
 * it, on the site and inside a training platform's package; it runs the source text of
 * `workerPlaceIn`, so it is evaluated here as the browser would, with a stand-in DOM.
 */
import { describe, expect, it } from 'vitest';
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
