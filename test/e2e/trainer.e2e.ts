/**
 * The trainer pages on the built site: « Écrire un scénario » (the README rendered), the
 * référentiel (one section per topic, generated from the data) and the coverage page, each
 * passing axe on desktop and on a phone-sized screen.
 */
import { expect, test } from '@playwright/test';
import { PROFESSION_CODES } from '../../src/dmp/index';
import { REFERENCE_TOPICS } from '../../src/scenario/reference-model';
import { axeViolations } from './support/a11y';

const PAGES = [
  '/formateurs/ecrire-un-scenario/',
  '/formateurs/referentiel/',
  '/formateurs/couverture/',
];

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

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])
  for (const path of PAGES)
    test(`axe finds no violation on ${path} at ${viewport.width}×${viewport.height}`, async ({
      page,
    }) => {
      // Large generated tables: axe needs more than the default 30 s on a loaded machine.
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    });
