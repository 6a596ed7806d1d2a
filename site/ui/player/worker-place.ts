/**
 * Where the simulated DMP's service worker lives, and its early registration. The scenario page's
 * head registers it as soon as the page starts (`earlyRegistrationScript`, a classic inline script:
 * it runs before any module), so that the worker installs while the player and MSW download;
 * dmp-boot.ts then starts MSW once the worker controls the page (`registerWorkerEarly`).
 */

/**
 * Where the worker script is and what it controls: on the site, `<base>mockServiceWorker.js` for
 * `<base>simulateur/`; in a package for a training platform (`<meta name="dmp-package-root">`,
 * relative to the page), the package's folder, wherever the platform serves it (decision 034).
 * Self-contained on purpose: the page's head runs its source text too.
 */
export function workerPlaceIn(doc: Document, defaultBase: string): { base: string; scope: string } {
  const root = doc.querySelector('meta[name="dmp-package-root"]')?.getAttribute('content');
  if (root == null) return { base: defaultBase, scope: `${defaultBase}simulateur/` };
  const base = new URL(root, doc.baseURI).pathname;
  return { base, scope: base };
}

/** Where the worker of this page is. */
export const workerPlace = () => workerPlaceIn(document, import.meta.env.BASE_URL);

/**
 * The inline script of the page's head: registers the worker where `workerPlaceIn` says, unless the
 * page is controlled already. A failure is left to MSW, which registers again and reports it.
 */
export function earlyRegistrationScript(defaultBase: string): string {
  return `(function(){var c=navigator.serviceWorker;if(!c||c.controller)return;var p=(${workerPlaceIn.toString()})(document,${JSON.stringify(defaultBase)});c.register(p.base+"mockServiceWorker.js",{scope:p.scope}).catch(function(){});})();`;
}

let controlled: Promise<void> | null = null;

/**
 * Registers the worker (again: the head's script did, and the same registration comes back), once
 * per page, and resolves when the worker controls the page (it claims its clients on activation).
 * MSW must not start before that: finding its worker registered but not yet in control, it would
 * reload the page. On a repeat visit the page is controlled already. A failure is not reported
 * here: MSW registers again, and the player says what failed.
 */
export function registerWorkerEarly(): Promise<void> {
  controlled ??= register();
  return controlled;
}

function register(): Promise<void> {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  if (container === undefined || container.controller !== null) return Promise.resolve();
  const { base, scope } = workerPlace();
  const inControl = new Promise<void>((resolve) => {
    container.addEventListener('controllerchange', () => resolve(), { once: true });
    // Never wait for ever: MSW's own start takes over and reports what went wrong.
    setTimeout(resolve, 10_000);
  });
  return container.register(`${base}mockServiceWorker.js`, { scope }).then(
    (registration) =>
      // Only a worker still installing or waiting will claim the page. An active worker that does
      // not control it (after a hard reload) never will: MSW reloads the page itself, at once.
      container.controller !== null ||
      (registration.installing === null && registration.waiting === null)
        ? undefined
        : inControl,
    () => undefined,
  );
}
