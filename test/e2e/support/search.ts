import { expect, type Page } from '@playwright/test';

/** The result links of the search page, best first. */
export const resultLinks = (page: Page) => page.locator('#search-results li h2 a');

/** Waits until the search page has answered (its status line counts results or says none). */
export async function searchDone(page: Page): Promise<void> {
  await expect(page.locator('#search-status')).toHaveText(/résultat/i, { timeout: 45_000 });
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false', {
    timeout: 45_000,
  });
}

/** Opens the search page with `?q=` (and optional parameters) and returns the result pages, best first. */
export async function searchFor(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`/recherche/?q=${encodeURIComponent(query)}${extra}`);
  await searchDone(page);
  const hrefs = await resultLinks(page).evaluateAll((as) =>
    as.map((a) => a.getAttribute('href') ?? ''),
  );
  // Glossary results link to a term's anchor: compare pages.
  return hrefs.map((h) => h.replace(/[#?].*$/, ''));
}

/**
 * Types each query in turn into the search field of one open search page (as a user refining a
 * search would) and returns the result pages of each, best first: one page load for a whole suite.
 */
export async function searchEach(
  page: Page,
  queries: readonly string[],
): Promise<Map<string, string[]>> {
  await page.goto('/recherche/');
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false', {
    timeout: 45_000,
  });
  const found = new Map<string, string[]>();
  for (const query of queries) {
    // Typing marks the list busy at once; it is free again when this query's results are shown.
    await page.locator('#search-q').fill(query);
    await searchDone(page);
    const hrefs = await resultLinks(page).evaluateAll((as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    found.set(
      query,
      hrefs.map((h) => h.replace(/[#?].*$/, '')),
    );
  }
  return found;
}
