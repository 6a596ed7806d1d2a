/**
 * Browser-build stand-in for `tough-cookie`, which MSW 3 uses for its cookie jar (its
 * `cookie-store` chunk imports `Cookie`, `CookieJar` and `MemoryCookieStore`, nothing else). The
 * real package weighs about 8 KB gzip and, through `tldts`, would pull the Public Suffix List; the
 * simulated DMP talks to its own origin with bearer tokens and sets no cookie. This jar keeps
 * `name=value` pairs per host and honours `Max-Age`/`Expires` deletion; it ignores `Path`,
 * `Domain`, `Secure` and `SameSite`. Node (tests, `npm run dmp:serve`, the scenario CLI) keeps the
 * real package: the alias lives in astro.config.mjs only. See docs/decisions/005.
 */

/** A cookie as MSW reads it (`key`, `value`) and persists it (`toJSON`, `fromJSON`). */
export class Cookie {
  constructor(
    readonly key: string,
    readonly value: string,
    readonly domain: string,
    readonly path = '/',
  ) {}

  /** A cookie from its JSON form (MSW's localStorage copy); null when it is not one. */
  static fromJSON(raw: unknown): Cookie | null {
    const data = typeof raw === 'string' ? safeParse(raw) : raw;
    if (typeof data !== 'object' || data === null) return null;
    const { key, value, domain, path } = data as Record<string, unknown>;
    if (typeof key !== 'string' || typeof value !== 'string' || typeof domain !== 'string')
      return null;
    return new Cookie(key, value, domain, typeof path === 'string' ? path : '/');
  }

  toJSON(): { key: string; value: string; domain: string; path: string } {
    return { key: this.key, value: this.value, domain: this.domain, path: this.path };
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Cookies by domain, path and name: the index MSW reads and restores (`store.idx`). */
export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

/** A jar over a store: `getCookiesSync` and `setCookie` are all MSW calls. */
export class CookieJar {
  constructor(private readonly store: MemoryCookieStore = new MemoryCookieStore()) {}

  /** The cookies kept for the URL's host. */
  getCookiesSync(url: string): Cookie[] {
    const byPath = this.store.idx[new URL(url).hostname] ?? {};
    return Object.values(byPath).flatMap((byName) => Object.values(byName));
  }

  /** Keeps a `Set-Cookie` header's pair for the URL's host, or deletes it when it has expired. */
  setCookie(header: string, url: string): Promise<void> {
    const [pair = '', ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    if (eq < 1) return Promise.resolve();
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const domain = new URL(url).hostname;
    const byName = ((this.store.idx[domain] ??= {})['/'] ??= {});
    const expired = attributes.some((attribute) => {
      const [name = '', setting = ''] = attribute.split('=').map((s) => s.trim());
      if (/^max-age$/i.test(name)) return Number(setting) <= 0;
      if (/^expires$/i.test(name)) return Date.parse(setting) <= Date.now();
      return false;
    });
    if (expired) delete byName[key];
    else byName[key] = new Cookie(key, value, domain);
    return Promise.resolve();
  }
}
