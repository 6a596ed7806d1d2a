import { expect, type Page } from '@playwright/test';

/** Opens the search page with `?q=` and returns the result links, best first. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`/recherche/?q=${encodeURIComponent(query)}`);
  const links = page.locator('pagefind-results a[href^="/faq/"]');
  await expect(links.first()).toBeVisible({ timeout: 15_000 });
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // Sub-results link to anchors of the same page: keep one entry per page, in order.
  return [...new Set(hrefs.map((h) => h.replace(/[#?].*$/, '')))];
}
