/**
 * The trainer pages on the built site: « Écrire un scénario » (the README rendered), the
 * référentiel (one section per topic, generated from the data) and the coverage page.
 */
import { expect, test } from '@playwright/test';
import { PROFESSION_CODES } from '../../src/dmp/index';
import { REFERENCE_TOPICS } from '../../src/scenario/diagnostics/index';

test('the référentiel has every section at its anchor, and every profession of the core', async ({
  page,
}) => {
  await page.goto('/formateurs/referentiel/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Référentiel du formateur');
  for (const [topic, title] of Object.entries(REFERENCE_TOPICS))
    await expect(page.locator(`h2#${topic}`)).toHaveText(title);
  const codes = await page
    .locator('table[data-topic="professions"] tbody th')
    .evaluateAll((cells) => cells.map((c) => c.textContent?.trim()));
  expect(codes).toEqual([...PROFESSION_CODES]);
});

test('the guide page renders scenarios/README.md, diagnostics table and links to the référentiel', async ({
  page,
}) => {
  await page.goto('/formateurs/ecrire-un-scenario/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Écrire un scénario de formation',
  );
  await expect(page.locator('h2#les-diagnostics')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'SCN001', exact: true })).toBeVisible();
  await page.locator('a[href="/formateurs/referentiel/#faq"]').first().click();
  await expect(page).toHaveURL(/\/formateurs\/referentiel\/#faq$/);
});

test('the coverage page lists the gaps first in each table', async ({ page }) => {
  await page.goto('/formateurs/couverture/');
  for (const topic of ['faq', 'regles', 'transitions']) {
    const states = await page
      .locator(`table[data-topic="${topic}"] tbody tr td:nth-of-type(2)`)
      .evaluateAll((cells) => cells.map((c) => c.textContent?.trim() === 'À ÉCRIRE'));
    expect(states.length).toBeGreaterThan(0);
    expect(states).toEqual([...states].sort((a, b) => Number(b) - Number(a)));
  }
});

// axe on each of these pages, on desktop and on a phone: test/e2e/crawl.e2e.ts (every built page).
