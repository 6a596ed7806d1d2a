import { expect, test, type Page } from '@playwright/test';
import { axeViolations, tabTo } from './support/a11y';
import { AUDIENCES, THEMES } from '../../src/scenario/format/base';
import { loadCatalogue } from '../../site/ui/scenario-catalogue';
import {
  countLabel,
  DURATION_LIMITS,
  matchesFilters,
  NO_FILTERS,
} from '../../site/ui/scenario-filters';

/** The catalogue read from scenarios/: counts are derived from it, so a new scenario breaks nothing. */
const CATALOGUE = await loadCatalogue();
const SCENARIO_COUNT = CATALOGUE.length;
/** The scenarios a filter shows, in catalogue order. */
const shown = (filters: Partial<typeof NO_FILTERS>) =>
  CATALOGUE.filter((s) => matchesFilters(s, { ...NO_FILTERS, ...filters }));

const cards = (page: Page) => page.locator('.scenario-card');
const visibleCards = (page: Page) => page.locator('.scenario-card:not([hidden])');
const status = (page: Page) => page.getByRole('status');

test.describe('the scenario catalogue /simulateur/', () => {
  test('lists every scenario with their public, theme, duration and FAQ questions, without MSW', async ({
    page,
  }) => {
    const workerRequests: string[] = [];
    page.on('request', (r) => {
      if (/mockServiceWorker|\/msw/.test(r.url())) workerRequests.push(r.url());
    });
    await page.goto('/simulateur/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scénarios de formation');
    await expect(page.getByTestId('fictive-banner')).toContainText('Données fictives — simulation');
    await expect(cards(page)).toHaveCount(SCENARIO_COUNT);
    await expect(status(page)).toHaveText(`${SCENARIO_COUNT} scénarios affichés`);
    const card = page.locator('.scenario-card[data-scenario="bris-de-glace-urgence"]');
    await expect(card.getByRole('link', { name: 'Bris de glace aux urgences' })).toHaveAttribute(
      'href',
      '/simulateur/bris-de-glace-urgence/',
    );
    await expect(card).toContainText("Médecins, Équipes d'établissement");
    await expect(card).toContainText(THEMES.consentement);
    await expect(card).toContainText('10 min');
    await expect(
      card.locator('a[href="/faq/consentement/patient-hors-etat-de-consentir/"]'),
    ).toHaveCount(1);
    // Sorted by theme (vocabulary order), then title.
    const themes = await cards(page).evaluateAll((els) => els.map((el) => el.dataset['theme']));
    const order = Object.keys(THEMES);
    const ranks = themes.map((t) => order.indexOf(t ?? ''));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0);
    expect(workerRequests).toEqual([]);
  });

  test('filters by public and theme with the keyboard, announce the count and go to the URL', async ({
    page,
  }) => {
    await page.goto('/simulateur/');
    const audience = page.getByLabel('Public', { exact: true });
    await tabTo(page, audience);
    await page.keyboard.type('Pharm');
    await expect(audience).toHaveValue('pharmacien');
    // Scenarios for pharmacists and those written for everybody.
    const pharmacists = shown({ audience: 'pharmacien' }).length;
    expect(pharmacists).toBeGreaterThan(0);
    await expect(status(page)).toHaveText(countLabel(pharmacists));
    await expect(visibleCards(page)).toHaveCount(pharmacists);
    for (const value of await visibleCards(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-audience') ?? ''),
    )) {
      expect(value).toMatch(/\b(pharmacien|tous)\b/);
    }
    await expect(page).toHaveURL(/\/simulateur\/\?public=pharmacien$/);

    const theme = page.getByLabel('Thème', { exact: true });
    await tabTo(page, theme);
    await page.keyboard.type('Le recueil');
    await expect(theme).toHaveValue('consentement');
    const both = shown({ audience: 'pharmacien', theme: 'consentement' }).length;
    await expect(status(page)).toHaveText(countLabel(both));
    await expect(visibleCards(page)).toHaveCount(both);
    const empty = page.getByText('Aucun scénario ne correspond à ces filtres.');
    await (both === 0 ? expect(empty).toBeVisible() : expect(empty).toBeHidden());
    await expect(page).toHaveURL(/\?public=pharmacien&theme=consentement$/);

    await tabTo(page, audience);
    await page.keyboard.type('Méd');
    await expect(audience).toHaveValue('medecin');
    const doctors = shown({ audience: 'medecin', theme: 'consentement' }).length;
    expect(doctors).toBeGreaterThan(0);
    await expect(status(page)).toHaveText(countLabel(doctors));
    await expect(empty).toBeHidden();

    await tabTo(page, page.getByLabel('Durée', { exact: true }));
    await page.keyboard.type('5');
    await expect(status(page)).toHaveText(
      countLabel(shown({ audience: 'medecin', theme: 'consentement', duration: '5' }).length),
    );
    await expect(page).toHaveURL(/\?public=medecin&theme=consentement&duree=5$/);
  });

  test('the URL query restores the filters, unknown values are ignored', async ({ page }) => {
    await page.goto('/simulateur/?theme=blocage');
    await expect(page.getByLabel('Thème', { exact: true })).toHaveValue('droits-patients');
    await expect(status(page)).toHaveText(countLabel(shown({ theme: 'droits-patients' }).length));

    await page.goto('/simulateur/?public=medecin&theme=consentement&duree=10');
    await expect(page.getByLabel('Public', { exact: true })).toHaveValue('medecin');
    await expect(page.getByLabel('Thème', { exact: true })).toHaveValue('consentement');
    await expect(page.getByLabel('Durée', { exact: true })).toHaveValue('10');
    const expected = shown({ audience: 'medecin', theme: 'consentement', duration: '10' });
    await expect(status(page)).toHaveText(countLabel(expected.length));
    await expect(visibleCards(page).locator('h2')).toHaveText(expected.map((s) => s.title));

    await page.goto('/simulateur/?public=astronaute&duree=5');
    await expect(page.getByLabel('Public', { exact: true })).toHaveValue('');
    const short = shown({ duration: '5' });
    await expect(status(page)).toHaveText(countLabel(short.length));
    await expect(visibleCards(page)).toHaveCount(short.length);
    for (const s of short)
      await expect(page.locator(`.scenario-card[data-scenario="${s.id}"]`)).toBeVisible();
  });

  test('without JavaScript every scenario stays listed and the form still submits', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/simulateur/?public=pharmacien');
    await expect(visibleCards(page)).toHaveCount(SCENARIO_COUNT);
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    // The tag filter is there only when some scenario carries tags.
    await expect(page).toHaveURL(/\/simulateur\/\?public=&theme=&duree=(&etiquette=)?$/);
    await context.close();
  });

  test('the sidebar links the catalogue', async ({ page }) => {
    await page.goto('/faq/');
    await expect(page.locator('#starlight__sidebar a[href="/simulateur/"]')).toHaveText(
      'Scénarios de formation',
    );
  });

  test('axe finds no violation on the catalogue, filtered or not', async ({ page }) => {
    await page.goto('/simulateur/');
    expect(await axeViolations(page)).toEqual([]);
    // Filters that no scenario passes (derived from the files): the empty list.
    const audiences = Object.keys(AUDIENCES).filter((a) => a !== 'tous');
    const themes = [...new Set(CATALOGUE.map((s) => s.theme))];
    const empty = audiences
      .flatMap((audience) => themes.map((theme) => ({ audience, theme })))
      .flatMap((f) => DURATION_LIMITS.map((d) => ({ ...f, duration: String(d) })))
      .find((f) => shown(f).length === 0);
    expect(empty).toBeDefined();
    await page.goto(
      `/simulateur/?public=${empty?.audience}&theme=${empty?.theme}&duree=${empty?.duration}`,
    );
    await expect(status(page)).toHaveText('Aucun scénario affiché');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/simulateur/?duree=8');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('a scenario page /simulateur/<id>/', () => {
  test('shows the summary, objectives, roles and FAQ links before the player', async ({ page }) => {
    await page.goto('/simulateur/bris-de-glace-urgence/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bris de glace aux urgences');
    await expect(page.getByTestId('fictive-banner')).toContainText('Données fictives — simulation');
    await expect(page.locator('.scenario-summary')).toContainText('inconsciente aux urgences');
    const objectives = page.locator('.scenario-objectives li');
    await expect(objectives).toHaveCount(3);
    await expect(objectives.first()).toContainText('Savoir quand le bris de glace est justifié');
    await expect(page.locator('.scenario-roles li').first()).toContainText(
      'Karim Benali, urgentiste',
    );
    const faq = page.locator('.scenario-faq-links');
    await expect(faq.getByRole('link')).toHaveCount(2);
    await expect(faq.getByRole('link').first()).toHaveAttribute(
      'href',
      '/faq/consentement/patient-hors-etat-de-consentir/',
    );
    await expect(page.locator('.sl-markdown-content a[href="/regles/bris-de-glace/"]')).toHaveCount(
      1,
    );
    await expect(page.getByRole('heading', { name: 'Jouer le scénario' })).toBeVisible();
    await expect(page.locator('astro-island')).toHaveCount(1);
  });

  test('the console keeps its address: no scenario takes /simulateur/console/', async ({
    page,
  }) => {
    await page.goto('/simulateur/console/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Console de l'API DMP simulée",
    );
  });

  test('axe finds no violation on a scenario page (the player island aside)', async ({ page }) => {
    await page.goto('/simulateur/bris-de-glace-urgence/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('« Essayer ce cas » links', () => {
  test('an FAQ answer links the scenarios that teach it', async ({ page }) => {
    await page.goto('/faq/consentement/patient-hors-etat-de-consentir/');
    const block = page.locator('aside.faq-simulator');
    await expect(block.getByRole('heading', { name: 'Essayer ce cas' })).toBeVisible();
    const link = block.getByRole('link', { name: 'Bris de glace aux urgences' });
    await expect(link).toHaveAttribute('href', '/simulateur/bris-de-glace-urgence/');
    await link.click();
    await expect(page).toHaveURL(/\/simulateur\/bris-de-glace-urgence\/$/);
  });

  test('a machine page links the scenarios that exercise it, those that go through it most first', async ({
    page,
  }) => {
    await page.goto('/regles/blocage/');
    await expect(page.getByRole('heading', { name: 'Essayer ce cas' })).toBeVisible();
    const links = page.locator('.machine-scenarios a');
    await expect(links.first()).toHaveAttribute('href', /^\/simulateur\/bloquer-/);
    await expect(
      page.locator('.machine-scenarios a[href="/simulateur/bloquer-un-professionnel/"]'),
    ).toHaveText('Bloquer un professionnel, puis le débloquer');
  });
});
