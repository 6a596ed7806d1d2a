import { expect, test } from '@playwright/test';
import { searchFor } from './support/search';

/**
 * The words practitioners type, and the answer they must land on (within the first 3 results).
 * Several queries only match through synonyms or keywords, not through the answer's own words.
 */
const QUERIES: readonly [string, string][] = [
  ['ostéopathe', '/faq/droits-acces/osteopathes/'],
  ['bris de glace', '/faq/consentement/patient-hors-etat-de-consentir/'],
  ['urgence coma', '/faq/consentement/patient-hors-etat-de-consentir/'],
  ['consentement mineur', '/faq/consentement/patient-mineur/'],
  ['consentement ado', '/faq/consentement/patient-mineur/'],
  ['horloge décalée dépôt', '/faq/depot/horloge-decalee/'],
  ['kiné libéral', '/faq/droits-acces/paramedicaux-liberaux/'],
  ['MES activation', '/faq/droits-patients/dmp-sans-activation/'],
  ['secrétaire dépôt', '/faq/depot/deleguer-depot-secretariat/'],
  ['CPS perdue', '/faq/connexion/carte-ou-codes-perdus/'],
  ['ergothérapeute', '/faq/droits-acces/ergotherapeutes/'],
  ['pharmacien synthèse psychiatrique', '/faq/droits-acces/pharmacien-synthese-psychiatrique/'],
  ['bloquer un professionnel', '/faq/droits-patients/bloquer-un-professionnel/'],
  ['majorité 18 ans', '/faq/droits-patients/enfants-a-la-majorite/'],
  ['vaccins', '/faq/depot/notes-de-vaccination/'],
  ['replay vidéo', '/faq/outils/replay-du-webinaire/'],
  // Words found only in a page's hidden keywords, never in its text.
  ['IDEL', '/faq/droits-acces/paramedicaux-liberaux/'],
  ['déchocage', '/faq/consentement/patient-hors-etat-de-consentir/'],
];

test.describe('search finds the answer practitioners look for', () => {
  for (const [query, expected] of QUERIES) {
    test(`« ${query} » → ${expected}`, async ({ page }) => {
      const results = await searchFor(page, query);
      expect(results.slice(0, 3)).toContain(expected);
    });
  }

  test('French stemming: a plural finds the singular', async ({ page }) => {
    const results = await searchFor(page, 'ostéopathes');
    expect(results[0]).toBe('/faq/droits-acces/osteopathes/');
  });
});

test('the header form opens the results, and a result deep-links to the answer', async ({
  page,
}) => {
  await page.goto('/faq/');
  const box = page.getByRole('searchbox', { name: 'Rechercher dans la FAQ' });
  await box.fill('internes');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=internes/);
  const first = page.locator('pagefind-results a[href^="/faq/"]').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await first.click();
  await expect(page).toHaveURL(/\/faq\/droits-acces\/internes\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Les internes ont-ils des droits d'accès ?",
  );
});

test('results can be filtered by section and by profession', async ({ page }) => {
  await page.goto('/recherche/?q=acc%C3%A8s');
  await expect(page.locator('pagefind-results a[href^="/faq/"]').first()).toBeVisible({
    timeout: 15_000,
  });
  const pane = page.locator('pagefind-filter-pane');
  await expect(pane).toContainText('Section');
  await expect(pane).toContainText('Profession');
  const before = await page.locator('pagefind-results a[href^="/faq/"]').count();
  await pane.locator('summary', { hasText: 'Profession' }).click();
  await pane.getByRole('checkbox', { name: /Ostéopathe/ }).check();
  await expect
    .poll(async () =>
      page
        .locator('pagefind-results a[href^="/faq/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    )
    .toEqual(expect.arrayContaining(['/faq/droits-acces/osteopathes/']));
  const after = await page.locator('pagefind-results a[href^="/faq/"]').count();
  expect(after).toBeLessThan(before);
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Votre question, en quelques mots' });
  await box.focus();
  await page.keyboard.type('ostéopathe');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=/);
  const first = page.locator('pagefind-results a[href^="/faq/"]').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  // Tab from the search input until the first result has focus.
  await page.locator('pagefind-input input').focus();
  for (let i = 0; i < 30; i++) {
    if (await first.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/faq\/droits-acces\/osteopathes\//);
});
