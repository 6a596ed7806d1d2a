/** Accessibility helpers shared by the Playwright tests: axe at WCAG 2.1 AA, and keyboard reach. */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/** The rule sets every page must pass (RGAA / WCAG 2.1 AA, plus axe's best practices). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Axe violations of the page, one line each (`rule: targets`); `exclude` leaves out a selector.
 * Legacy mode runs axe in the page itself: the default opens a blank page for every analysis to
 * merge cross-origin frames, which our pages do not have, and doubles the time of each run.
 */
export async function axeViolations(page: Page, exclude?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS);
  if (exclude !== undefined) builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Presses Tab until `target` has the focus: proves it is reachable with the keyboard alone. */
export async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reachable with Tab: ${target.toString()}`);
}
