import { expect, test } from '@playwright/test';
import { axeViolations } from './support/a11y';

const MACHINE_PAGES = ['consent', 'break-glass', 'blocking', 'majority', 'pro-session', 'deposit'];

test('the rules index links every machine page', async ({ page }) => {
  await page.goto('/regles/');
  for (const slug of MACHINE_PAGES)
    await expect(page.locator(`.sl-markdown-content a[href="/regles/${slug}/"]`)).toHaveCount(1);
});

for (const slug of MACHINE_PAGES) {
  test(`/regles/${slug}/ shows a diagram generated from the machine, its rules and FAQ links`, async ({
    page,
  }) => {
    await page.goto(`/regles/${slug}/`);
    const svg = page.locator('.statechart svg[role="img"]');
    await expect(svg).toHaveCount(1);
    expect(await svg.locator('g.state').count()).toBeGreaterThan(1);
    expect(await svg.locator('g.transition').count()).toBeGreaterThan(0);
    // Every guard row names the rule it calls, and links an FAQ entry.
    const rows = page.locator('table').first().locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(rows.first().locator('a[href^="/faq/"]')).toHaveCount(1);
    // No client JavaScript is needed for the diagram.
    expect(await page.locator('astro-island').count()).toBe(0);
  });
}

test('axe finds no violation on a machine page', async ({ page }) => {
  await page.goto('/regles/break-glass/');
  expect(await axeViolations(page)).toEqual([]);
});
