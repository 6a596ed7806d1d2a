import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/faq/',
  '/faq/consentement/',
  '/faq/consentement/patient-hors-etat-de-consentir/',
  '/faq/droits-acces/paramedicaux-liberaux/',
  '/glossaire/',
  '/sources/',
  '/404.html',
];

for (const url of PAGES) {
  test(`axe finds no violation on ${url}`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
}

test('axe finds no violation on the search page with results and filters', async ({ page }) => {
  await page.goto('/recherche/?q=consentement');
  await expect(page.locator('pagefind-results a[href^="/faq/"]').first()).toBeVisible({
    timeout: 15_000,
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('axe finds no violation in dark and light themes on an FAQ entry', async ({ page }) => {
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/faq/connexion/carte-cpe/');
    const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}`)).toEqual([]);
  }
});
