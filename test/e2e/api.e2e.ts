import { axeViolations } from './support/a11y';
import { expect, test, type Response } from '@playwright/test';
import { WALK_STEPS, targetOf } from '../../src/mocks/walk/index';
import { API_PREFIXES } from '../../src/mocks/config';

const isApi = (url: string) => API_PREFIXES.some((p) => new URL(url).pathname.startsWith(p));

test('the console runs the documented walk through the service worker, step by step', async ({
  page,
}) => {
  const apiResponses: Response[] = [];
  page.on('response', (r) => {
    if (isApi(r.url())) apiResponses.push(r);
  });
  await page.goto('/simulateur/console/');
  await expect(page.getByTestId('fictive-banner')).toContainText('Données fictives — simulation');
  const next = page.getByRole('button', { name: "Exécuter l'étape suivante" });
  await expect(next).toBeEnabled({ timeout: 20_000 });

  for (const [index, step] of WALK_STEPS.entries()) {
    await next.click();
    const item = page.locator(`li[data-step-id="${step.id}"]`);
    await expect(item, `étape ${index + 1} ${step.id}`).toHaveAttribute(
      'data-status',
      String(step.expect.status),
      {
        timeout: 10_000,
      },
    );
    await expect(item).toHaveAttribute('data-state', 'ok');
    if (step.expect.code) await expect(item.locator('.verdict')).toContainText(step.expect.code);
    await expect(page.getByRole('status')).toContainText(
      index + 1 < WALK_STEPS.length ? `Étape ${index + 1} terminée` : 'Parcours terminé',
    );
  }

  await expect(next).toBeDisabled();
  expect(apiResponses).toHaveLength(WALK_STEPS.length);
  for (const [index, response] of apiResponses.entries()) {
    const step = WALK_STEPS[index]!;
    expect(new URL(response.url()).pathname + new URL(response.url()).search).toBe(
      targetOf(step.request),
    );
    expect(response.status(), step.id).toBe(step.expect.status);
    expect(response.fromServiceWorker(), `${step.id} servie par le service worker`).toBe(true);
  }
});

test('the console shows the request and the JSON response of a step', async ({ page }) => {
  await page.goto('/simulateur/console/');
  await page.getByRole('button', { name: "Exécuter l'étape suivante" }).click({ timeout: 20_000 });
  await page.getByRole('button', { name: "Exécuter l'étape suivante" }).click();
  const login = page.locator('li[data-step-id="connexion-medecin"]');
  await login.getByText('Requête et réponse JSON').click();
  await expect(login.locator('pre.request')).toContainText('POST /auth/psc/token');
  await expect(login.locator('pre.response')).toContainText('"token_type": "Bearer"');
});

test('MSW never loads on FAQ pages', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/faq/consentement/patient-mineur/');
  await page.waitForLoadState('networkidle');
  const registrations = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistrations()).length,
  );
  expect(registrations).toBe(0);
  expect(scripts.filter((s) => /browser\.|mockServiceWorker|walk\./.test(s))).toEqual([]);
});

// The /api/ page as built: axe in test/e2e/crawl.e2e.ts. Here, the console once the walk has run.
test('axe finds no violation on the console once the walk has run', async ({ page }) => {
  await page.goto('/simulateur/console/');
  await expect(page.getByRole('button', { name: 'Exécuter tout le parcours' })).toBeEnabled({
    timeout: 20_000,
  });
  await page.getByRole('button', { name: 'Exécuter tout le parcours' }).click();
  await expect(page.getByRole('status')).toContainText('Parcours terminé', { timeout: 30_000 });
  await page.locator('details').first().locator('summary').click();
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no violation on the console in light and dark themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/simulateur/console/');
    await expect(page.getByRole('button', { name: 'Recommencer' })).toBeEnabled({
      timeout: 20_000,
    });
    expect(await axeViolations(page), scheme).toEqual([]);
  }
});

test('the API page documents the walk with curl and the simplifications', async ({ page }) => {
  await page.goto('/api/');
  await expect(page.getByText('Données fictives — simulation').first()).toBeVisible();
  await expect(page.locator('#etape-rechercher-sans-consentement')).toContainText(
    'curl -sS -X GET',
  );
  await expect(page.getByRole('heading', { name: 'Simplifications' })).toBeVisible();
  const openapi = await page.request.get('/simulateur/openapi.json');
  expect(((await openapi.json()) as { openapi: string }).openapi).toBe('3.1.0');
});
