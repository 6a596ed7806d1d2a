import { expect, test } from '@playwright/test';
import { ASSUMPTIONS } from '../../src/dmp/assumptions';

test('every page is in French', async ({ page }) => {
  for (const url of [
    '/',
    '/faq/',
    '/faq/consentement/',
    '/faq/consentement/patient-mineur/',
    '/glossaire/',
    '/sources/',
    '/recherche/',
  ]) {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  }
});

test('the home page puts search first and gives each audience its way in', async ({ page }) => {
  await page.goto('/');
  const main = page.locator('main');
  const firstInput = main.locator('input').first();
  await expect(firstInput).toHaveAttribute('name', 'q');
  for (const audience of [
    'Je suis professionnel de santé',
    "J'ai suivi le webinaire",
    'Je forme des équipes',
  ]) {
    await expect(main.getByText(audience, { exact: true })).toBeVisible();
  }
});

test('an FAQ entry has a breadcrumb, a short answer, its source, related questions and previous/next', async ({
  page,
}) => {
  await page.goto('/faq/consentement/patient-mineur/');
  const crumbs = page.getByRole('navigation', { name: "Fil d'Ariane" });
  await expect(crumbs.getByRole('link', { name: 'Le recueil du consentement' })).toHaveAttribute(
    'href',
    '/faq/consentement/',
  );
  await expect(page.locator('.short-answer')).toContainText('En bref');
  const source = page.locator('.faq-source');
  await expect(source).toContainText('18 septembre 2025');
  await expect(source).toContainText('ARS');
  await expect(source).toContainText('FAQ-CON-02');
  const related = page.getByRole('navigation', { name: 'Questions liées' }).getByRole('link');
  expect(await related.count()).toBeGreaterThan(0);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute(
    'href',
    '/faq/consentement/consentement-chaque-consultation/',
  );
  await expect(page.locator('a[rel="next"]')).toHaveAttribute(
    'href',
    '/faq/consentement/maison-de-sante-pluridisciplinaire/',
  );
});

test('glossary links in answers land on a defined term', async ({ page }) => {
  await page.goto('/faq/connexion/carte-cpe/');
  const link = page.locator('.sl-markdown-content a[href="/glossaire/#cpe"]').first();
  await link.click();
  await expect(page).toHaveURL(/\/glossaire\/#cpe$/);
  await expect(page.locator('dt#cpe')).toContainText("Carte de personnel d'établissement");
});

test('a section page lists all its questions', async ({ page }) => {
  await page.goto('/faq/droits-acces/');
  await expect(page.locator('.faq-list > li')).toHaveCount(10);
});

test('FAQ pages load no framework runtime and no third-party resource', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  for (const url of ['/', '/faq/depot/horloge-decalee/', '/glossaire/', '/recherche/?q=cpe']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  const external = requested.filter(
    (u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:'),
  );
  expect(external).toEqual([]);
  await page.goto('/faq/depot/horloge-decalee/');
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((s) => s.map((e) => e.getAttribute('src') ?? ''));
  expect(scripts.filter((s) => /react|client\.|xstate|msw/i.test(s))).toEqual([]);
  expect(await page.locator('astro-island').count()).toBe(0);
});

test('printing an answer hides the navigation and keeps the answer', async ({ page }) => {
  await page.goto('/faq/droits-acces/osteopathes/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.header-search')).toBeHidden();
  await expect(page.locator('.pagination-links')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.sl-markdown-content')).toBeVisible();
});

test('the Sources page explains every simulator assumption under its own anchor', async ({
  page,
}) => {
  await page.goto('/sources/');
  for (const a of ASSUMPTIONS) {
    const term = page.locator(`dt#${a.id.toLowerCase()}`);
    await expect(term).toHaveText(a.id);
    const definition = term.locator('xpath=following-sibling::dd[1]');
    await expect(definition).toContainText(a.summary);
    await expect(definition).toContainText(a.gap);
  }
});
