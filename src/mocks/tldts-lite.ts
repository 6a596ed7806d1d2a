/**
 * Browser-build stand-in for `tldts`, the only export tough-cookie (inside MSW) uses: `getDomain`.
 * The real package ships the whole Public Suffix List (about 100 KB gzip) so that cookies cannot be
 * set on a public suffix; the simulator's pages only talk to their own origin with bearer tokens
 * and set no cookie, so a two-label approximation is enough there. Node (tests, `dmp:serve`) keeps
 * the real package: the alias lives in astro.config.mjs only. See docs/decisions/005.
 */

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The registrable domain of a host name: its last two labels; null for an IP or a single label. */
export function getDomain(hostname: string, _options?: unknown): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || IPV4.test(host) || host.includes(':')) return null;
  const labels = host.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
