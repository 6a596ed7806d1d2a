import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

for (const url of ['/', '/faq/consentement/patient-mineur/']) {
  test(`on a phone, ${url} shows the whole site title, a search link and a menu`, async ({
    page,
  }) => {
    await page.goto(url);
    const title = page.locator('header .site-title');
    await expect(title).toBeVisible();
    // The title is not cut: its text fits its box.
    expect(
      await title.evaluate((el) => {
        const span = el.querySelector('span') ?? el;
        return span.scrollWidth <= span.clientWidth + 1 && el.getBoundingClientRect().right <= 390;
      }),
    ).toBe(true);
    await expect(page.locator('header').getByRole('link', { name: 'Rechercher' })).toBeVisible();
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toBeVisible();
    await menu.click();
    const nav = page.locator('#starlight__sidebar');
    await expect(nav.getByRole('link', { name: 'Toutes les questions' })).toBeVisible();
    await nav.getByRole('link', { name: 'Toutes les questions' }).click();
    await expect(page).toHaveURL(/\/faq\/$/);
  });
}

test('on a desktop, the home page keeps its header search field and no menu button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.locator('header input[type="search"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
});
