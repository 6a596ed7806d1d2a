import { expect, test, type Page } from '@playwright/test';
import { axeViolations, tabTo } from './support/a11y';
import { assumptionById } from '../../src/dmp/assumptions';

/** Opens « Ai-je accès ? » and waits for the island to be interactive. */
async function openChecker(page: Page): Promise<void> {
  await page.goto('/outils/ai-je-acces/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

const verdict = (page: Page, question: string) => page.getByRole('article', { name: question });

test.describe('« Ai-je accès ? » with the keyboard only', () => {
  test('FAQ-ACC-03: an osteopath may not consult, and the answer links to the FAQ entry', async ({
    page,
  }) => {
    await openChecker(page);
    const consult = verdict(page, 'Consulter le DMP ?');
    await expect(consult).toContainText('Oui');
    await tabTo(page, page.getByLabel('Profession', { exact: true }));
    await page.keyboard.type('Ostéo');
    await expect(page.getByLabel('Profession', { exact: true })).toHaveValue('osteopath');
    await expect(consult).toContainText('Non');
    await expect(consult).toContainText('Profession non habilitée');
    await expect(consult).toContainText('R22');
    const faqLink = consult.getByRole('link', { name: 'Les ostéopathes ont-ils accès au DMP ?' });
    await expect(faqLink).toHaveAttribute('href', '/faq/droits-acces/osteopathes/');
    await tabTo(page, faqLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/faq\/droits-acces\/osteopathes\/$/);
  });

  test('FAQ-ACC-08: a pharmacist opens the DMP but not the psychiatric synthesis', async ({
    page,
  }) => {
    await openChecker(page);
    await tabTo(page, page.getByLabel('Profession', { exact: true }));
    await page.keyboard.type('Pharm');
    await tabTo(page, page.getByLabel('Type de document', { exact: true }));
    await page.keyboard.type('Synthèse psy');
    await expect(page.getByLabel('Type de document', { exact: true })).toHaveValue('68599-0');
    await expect(verdict(page, 'Consulter le DMP ?')).toContainText('Oui');
    const open = verdict(page, 'Ouvrir ce document ?');
    await expect(open).toContainText('Non');
    await expect(open).toContainText('Type de document fermé à cette profession');
    await expect(open.getByRole('link', { name: /synthèse psychiatrique/ })).toHaveAttribute(
      'href',
      '/faq/droits-acces/pharmacien-synthese-psychiatrique/',
    );
  });

  test('FAQ-ACC-05: an occupational therapist is refused in liberal practice, allowed in a structure', async ({
    page,
  }) => {
    await openChecker(page);
    await tabTo(page, page.getByLabel('Profession', { exact: true }));
    await page.keyboard.type('Ergo');
    await tabTo(page, page.getByRole('radio', { name: 'En libéral (cabinet)' }));
    const consult = verdict(page, 'Consulter le DMP ?');
    await expect(consult).toContainText('Non');
    await expect(consult.getByRole('link')).toHaveAttribute(
      'href',
      '/faq/droits-acces/paramedicaux-liberaux/',
    );
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /En structure/ })).toBeChecked();
    await expect(consult).toContainText('Oui');
  });

  test('FAQ-CON-07: break-glass needs the « urgence » motive', async ({ page }) => {
    await openChecker(page);
    // Tab reaches the checked radio of a group; arrows move within it.
    await tabTo(page, page.getByRole('radio', { name: 'Recueilli auprès du patient' }));
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Non recueilli' })).toBeChecked();
    const consult = verdict(page, 'Consulter le DMP ?');
    await expect(consult).toContainText('Consentement requis');
    await tabTo(page, page.getByRole('checkbox', { name: /bris de glace/ }));
    await page.keyboard.press('Space');
    await expect(consult).toContainText('Motif « urgence » manquant');
    await tabTo(page, page.getByLabel(/Motif « urgence » saisi/));
    await page.keyboard.type('Urgence : patient inconscient');
    await expect(consult).toContainText('Accès en bris de glace autorisé');
  });
});

test('the verdicts are announced politely, and the island hydrates without error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    // Missing resources (e.g. the site favicon) are not the island's concern.
    if (
      (m.type() === 'error' || m.type() === 'warning') &&
      !m.text().startsWith('Failed to load resource')
    ) {
      errors.push(m.text());
    }
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await openChecker(page);
  await expect(page.locator('.verdicts [aria-live="polite"]')).toHaveCount(1);
  await page.getByLabel('Profession', { exact: true }).selectOption('21');
  await expect(verdict(page, 'Consulter le DMP ?')).toContainText('Oui');
  expect(errors).toEqual([]);
});

test('« Qui voit quoi ? » shows the pharmacist × psychiatric synthesis cell as refused', async ({
  page,
}) => {
  await page.goto('/outils/qui-voit-quoi/');
  for (const setting of ['liberal', 'structure', 'etablissement']) {
    const cell = page.locator(
      `[data-setting="${setting}"] tr[data-profession="21"] td[data-type="68599-0"]`,
    );
    await expect(cell).toHaveClass(/\bno\b/);
    await expect(cell).toHaveText('Non');
    await expect(cell).not.toHaveAttribute('data-h', /.*/);
    // Drawn as ✗ on screen.
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('✗');
  }
  const row = page.locator('[data-setting="etablissement"] tr[data-profession="21"]');
  await expect(row.getByRole('link', { name: 'FAQ-ACC-08' })).toHaveAttribute(
    'href',
    '/faq/droits-acces/pharmacien-synthese-psychiatrique/',
  );
  await expect(page.locator('[data-setting="liberal"] tr[data-profession="94"]')).toContainText(
    "Pas d'accès au DMP en libéral",
  );
  await expect(page.locator('#hypotheses ~ ul.assumptions > li').first()).toContainText('H1');
  expect(await page.locator('astro-island').count()).toBe(0);
});

test('an FAQ entry lists the simulator rules that apply it, with no framework script', async ({
  page,
}) => {
  await page.goto('/faq/droits-patients/bloquer-un-professionnel/');
  const block = page.locator('.faq-simulator');
  await expect(block.getByRole('heading', { name: 'Dans le simulateur' })).toBeVisible();
  await expect(block.locator('li[data-rule="isBlockedFor"]')).toContainText('R44');
  await expect(block.getByRole('heading', { name: 'Essayer ce cas' })).toBeVisible();
  await expect(
    block.getByRole('link', { name: /^Bloquer un professionnel, puis le débloquer/ }).first(),
  ).toHaveAttribute('href', '/simulateur/bloquer-un-professionnel/');
  expect(await page.locator('astro-island').count()).toBe(0);
});

for (const url of ['/outils/ai-je-acces/', '/outils/qui-voit-quoi/']) {
  test(`axe finds no violation on ${url}, in dark and light themes`, async ({ page }) => {
    // The matrix page has about 2,000 cells: axe needs about 10 s per run there.
    test.setTimeout(120_000);
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      if (url === '/outils/ai-je-acces/') {
        await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
        expect(await axeViolations(page)).toEqual([]);
        // A refusal and the conditional fields too.
        await page.getByLabel('Profession', { exact: true }).selectOption('osteopath');
        await page.getByRole('checkbox', { name: /bris de glace/ }).check();
      }
      expect(await axeViolations(page), scheme).toEqual([]);
    }
  });
}

test('the tools make no third-party request', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  for (const url of ['/outils/ai-je-acces/', '/outils/qui-voit-quoi/']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  expect(
    requested.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:')),
  ).toEqual([]);
});

test('an answer resting on a simulator assumption says so and links to its explanation', async ({
  page,
}) => {
  await openChecker(page);
  await page.getByRole('radio', { name: 'Devenu majeur récemment (ancien mineur)' }).check();
  await page.getByRole('radio', { name: /^Recueilli auprès de (?!patient)/ }).check();
  const consult = verdict(page, 'Consulter le DMP ?');
  await expect(consult).toContainText('Non');
  const note = consult.locator('[data-assumption="HS15"]');
  await expect(note).toContainText(assumptionById('HS15').summary);
  await expect(note.getByRole('link', { name: 'HS15' })).toHaveAttribute('href', '/sources/#hs15');
  await note.getByRole('link', { name: 'HS15' }).click();
  await expect(page.locator('dt#hs15')).toBeInViewport();
});
