import { describe, expect, it } from 'vitest';
import { Cookie, CookieJar, MemoryCookieStore } from './cookie-jar-lite';

describe('cookie-jar-lite (the browser build stand-in for tough-cookie)', () => {
  it('keeps a cookie per host and gives it back to requests on that host only', async () => {
    const store = new MemoryCookieStore();
    const jar = new CookieJar(store);
    await jar.setCookie('session=abc; Path=/; HttpOnly', 'http://127.0.0.1:4321/api/x');
    expect(jar.getCookiesSync('http://127.0.0.1:4321/autre').map((c) => [c.key, c.value])).toEqual([
      ['session', 'abc'],
    ]);
    expect(jar.getCookiesSync('http://localhost:4321/')).toEqual([]);
    // MSW persists the index through toJSON and restores it through fromJSON.
    const saved = JSON.stringify(Object.values(store.idx['127.0.0.1']?.['/'] ?? {}));
    const restored = (JSON.parse(saved) as unknown[]).map((raw) => Cookie.fromJSON(raw));
    expect(restored.map((c) => c?.value)).toEqual(['abc']);
  });

  it('forgets a cookie set with Max-Age=0 or a past Expires, and ignores a header without a pair', async () => {
    const jar = new CookieJar();
    await jar.setCookie('a=1', 'http://127.0.0.1/');
    await jar.setCookie('b=2', 'http://127.0.0.1/');
    await jar.setCookie('a=; Max-Age=0', 'http://127.0.0.1/');
    await jar.setCookie('b=; Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'http://127.0.0.1/');
    await jar.setCookie('sans-valeur', 'http://127.0.0.1/');
    expect(jar.getCookiesSync('http://127.0.0.1/')).toEqual([]);
  });

  it('refuses what is not a cookie when restoring', () => {
    expect(Cookie.fromJSON('pas du JSON')).toBeNull();
    expect(Cookie.fromJSON({ key: 'a' })).toBeNull();
    expect(Cookie.fromJSON('{"key":"a","value":"1","domain":"h"}')?.path).toBe('/');
  });
});
