import { expect, test } from '@playwright/test';
import { axeViolations } from './support/a11y';

// Every page, at desktop size and at 390×844: crawl.e2e.ts.

test('axe finds no violation on the search page with results and filters', async ({ page }) => {
  await page.goto('/recherche/?q=consentement');
  await expect(page.locator('#search-results a[href^="/faq/"]').first()).toBeVisible({
    timeout: 15_000,
  });
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no violation in dark and light themes on an FAQ entry', async ({ page }) => {
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/faq/connexion/carte-cpe/');
    expect(await axeViolations(page), scheme).toEqual([]);
  }
});
