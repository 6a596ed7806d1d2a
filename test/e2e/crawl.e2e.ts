/**
 * Every page of the built site on a phone (390×844), and each template's page at desktop size too:
 * axe finds no violation, the page does not scroll sideways on the phone, and every internal link
 * leads to a page or a file of the build. The pages are those of `dist/` (the test command builds first): a new page is
 * covered without touching this file. Pages that only redirect (old addresses) are left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { axeViolations } from './support/a11y';
import { E2E_BASE_URL } from './support/server';

const DIST = join(import.meta.dirname, '../../dist');

const VIEWPORTS = [
  { name: 'bureau', width: 1280, height: 900 },
  { name: 'téléphone', width: 390, height: 844 },
] as const;

/** The URL of every HTML page of the build that is not a redirect. */
function builtPages(): string[] {
  if (!existsSync(DIST)) return [];
  return (readdirSync(DIST, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .filter((f) => !readFileSync(join(DIST, f), 'utf8').includes('http-equiv="refresh"'))
    .map((f) => `/${f.replaceAll('\\', '/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** A path of the site that the build serves (a page, a redirect or a file). */
function isServed(path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  return (
    existsSync(join(DIST, clean, 'index.html')) ||
    (!clean.endsWith('/') && existsSync(join(DIST, clean)))
  );
}

const PAGES = builtPages();

/**
 * One page per template (first segment of the address and depth) is checked in full at both sizes.
 * Every other page is checked at both sizes without the header and the sidebar, which are the same
 * on every page and already checked on its template's page: axe on the sidebar's hundred links is
 * what made a full crawl too slow for CI.
 */
const templateOf = (url: string) => {
  const parts = url.split('/').filter(Boolean);
  return `${parts[0] ?? ''}:${parts.length}`;
};
const TEMPLATE_PAGES = new Set([
  ...new Map(PAGES.map((url) => [templateOf(url), url] as const)).values(),
]);
const SHARED_CHROME = 'header.header, nav.sidebar';

/**
 * One page per worker, reused from one address to the next as a visitor browsing the site would:
 * a fresh browser context per page costs a new renderer process, which made the crawl the longest
 * part of CI. Each test still starts with its own navigation and its own viewport.
 */
const test = base.extend<object, { crawler: Page }>({
  crawler: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: E2E_BASE_URL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// The pages are independent: the two workers share them.
test.describe.configure({ mode: 'parallel' });

test('the build has pages to crawl', () => {
  expect(PAGES.length).toBeGreaterThan(1);
  expect(PAGES).toContain('/');
});

test('the sitemap lists every page, and no page that only redirects', () => {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = [...xml.matchAll(/<loc>https?:\/\/[^/<]+([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(listed.filter((url) => !PAGES.includes(url))).toEqual([]);
  expect(PAGES.filter((url) => url !== '/404.html' && !listed.includes(url))).toEqual([]);
});

for (const url of PAGES) {
  test(`${url}: axe (390×844, and desktop for a template), no sideways scroll, internal links lead somewhere`, async ({
    crawler: page,
  }) => {
    // Two axe runs on a large page (the API reference, the matrix) take long on a busy machine.
    test.setTimeout(300_000);
    const full = TEMPLATE_PAGES.has(url) || url === '/';
    // A template's page is checked at both sizes; the other pages of a template share its layout
    // and styles and differ by their content only, which axe checks at the phone size, where
    // tables and long lines turn into scrollable regions (decision 039).
    const sizes = full ? VIEWPORTS : VIEWPORTS.slice(1);
    for (const viewport of sizes) {
      await page.setViewportSize(viewport);
      if (viewport === sizes[0]) await page.goto(url);
      expect(
        await axeViolations(page, full ? undefined : SHARED_CHROME),
        `${url} (${viewport.name})`,
      ).toEqual([]);
    }
    // Still at 390×844.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${url} scrolls sideways on a phone`,
    ).toBe(true);
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect([...new Set(hrefs)].filter((href) => !isServed(href))).toEqual([]);
  });
}
