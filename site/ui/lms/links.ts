/**
 * Links from the player to the rest of the site. On the site they stay as they are; in a package
 * for a training platform (`<meta name="dmp-site">`, written by `npm run package`) the FAQ and the
 * catalogue are not in the package, so they point to the published site, in a new tab.
 */
export function siteHref(path: string): string {
  if (typeof document === 'undefined') return path;
  const site = document.querySelector('meta[name="dmp-site"]')?.getAttribute('content');
  return site == null || !path.startsWith('/') ? path : new URL(path, site).href;
}

/** Whether the page is inside a package (links out of it open a new tab). */
export const inPackage = () =>
  typeof document !== 'undefined' && document.querySelector('meta[name="dmp-site"]') !== null;
