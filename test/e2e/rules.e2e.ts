import { expect, test, type Page } from '@playwright/test';
import { MACHINES } from '../../machines/index';
import { machinePath, machineRedirects } from '../../site/ui/machine-pages';
import { axeViolations } from './support/a11y';

/** A code identifier a practitioner should not meet: `ps.requestBreakGlass`, `hasActiveDmp`. */
const CODE_NAME = /\b[a-z]+(\.[a-z]+)?[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]+\b/g;

/** The page's text outside the « Vue technique » disclosure, SVG labels included, word by word. */
async function practitionerText(page: Page): Promise<string> {
  return page.locator('main .sl-markdown-content').evaluate((root) => {
    const words: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (!n.parentElement?.closest('.technical-view')) words.push(n.textContent ?? '');
    return words.join(' ');
  });
}

/** The page scrolls sideways: wider than the window. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test('the rules index links every machine page at its French address', async ({ page }) => {
  await page.goto('/regles/');
  for (const entry of MACHINES)
    await expect(page.locator(`.sl-markdown-content a[href="${machinePath(entry)}"]`)).toHaveCount(
      1,
    );
});

for (const entry of MACHINES) {
  test(`${machinePath(entry)} shows a diagram generated from the machine, its rules and FAQ links`, async ({
    page,
  }) => {
    await page.goto(machinePath(entry));
    const svg = page.locator('.statechart:not(.technical) svg[role="img"]');
    await expect(svg).toHaveCount(1);
    expect(await svg.locator('g.state').count()).toBeGreaterThan(1);
    expect(await svg.locator('g.transition').count()).toBeGreaterThan(0);
    // Every guard row names what it checks, and links an FAQ entry.
    const rows = page.locator(
      '#regles + .table-scroll table tbody tr, table:has(caption:text("condition")) tbody tr',
    );
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(rows.first().locator('a[href^="/faq/"]')).toHaveCount(1);
    // No client JavaScript is needed for the diagram.
    expect(await page.locator('astro-island').count()).toBe(0);
  });

  test(`${machinePath(entry)} speaks French to a practitioner and keeps code names for the technical view`, async ({
    page,
  }) => {
    await page.goto(machinePath(entry));
    const svg = page.locator('.statechart:not(.technical) svg');
    const svgText = await svg.textContent();
    for (const label of Object.values(entry.labels.states))
      expect(svgText?.replace(/\s+/g, ' ')).toContain(label.split(' ')[0]);
    expect((await practitionerText(page)).match(CODE_NAME) ?? []).toEqual([]);
    // The description comes first in the transitions table.
    await expect(page.locator('table.transitions thead th').first()).toHaveText('Ce qui se passe');
    // The code names are one click away.
    const technical = page.locator('details.technical-view');
    await expect(technical).not.toHaveAttribute('open');
    await technical.locator('summary').click();
    const event = String(entry.machine.root.events[0]);
    await expect(
      technical.locator('table code').getByText(event, { exact: true }).first(),
    ).toBeVisible();
    await expect(technical.locator('svg g.state')).toHaveCount(
      await svg.locator('g.state').count(),
    );
  });
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`no machine page scrolls sideways at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    for (const entry of MACHINES) {
      await page.goto(machinePath(entry));
      expect(await scrollsSideways(page), machinePath(entry)).toBe(false);
      // The diagram fits its frame until the reader asks for full size.
      const frame = page.locator('.statechart:not(.technical) .scroll');
      expect(await frame.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await page.locator('.statechart:not(.technical) .zoom input').check();
      expect(await scrollsSideways(page), `${machinePath(entry)} zoomed`).toBe(false);
    }
  });
}

test('the first addresses of the machine pages lead to the French ones', async ({ page }) => {
  for (const [from, to] of Object.entries(machineRedirects(MACHINES))) {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
  }
});

test('axe finds no violation on a machine page, technical view open', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/regles/bris-de-glace/');
  await page.locator('details.technical-view summary').click();
  expect(await axeViolations(page)).toEqual([]);
});
