/**
 * Where the simulated DMP's service worker lives, and its early registration. Light on purpose: the
 * scenario page's own script imports only this module, so the worker installs while the player and
 * MSW are still downloading (site/pages/simulateur/[id].astro); dmp-boot.ts then starts MSW on it.
 */

/**
 * Where the worker script is and what it controls: on the site, `/mockServiceWorker.js` for
 * `/simulateur/`; in a package for a training platform (`<meta name="dmp-package-root">`, relative
 * to the page), the package's folder, wherever the platform serves it (docs/decisions/034).
 */
export function workerPlace(): { base: string; scope: string } {
  const root = document.querySelector('meta[name="dmp-package-root"]')?.getAttribute('content');
  if (root == null)
    return { base: import.meta.env.BASE_URL, scope: `${import.meta.env.BASE_URL}simulateur/` };
  const base = new URL(root, document.baseURI).pathname;
  return { base, scope: base };
}

let controlled: Promise<void> | null = null;

/**
 * Registers the worker script, once per page, and resolves when the worker controls the page (it
 * claims its clients on activation). MSW must not start before that: finding its worker registered
 * but not yet in control, it would reload the page. On a repeat visit the page is controlled
 * already. A failure is not reported here: MSW registers again, and the player says what failed.
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
    () => (container.controller !== null ? undefined : inControl),
    () => undefined,
  );
}
