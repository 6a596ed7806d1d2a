import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/a11y';
import { resultLinks, searchDone, searchEach, searchFor } from './support/search';
import { KEYWORD_QUERIES, SENTENCE_QUERIES } from './support/search-queries';

const TECHNICAL = /^\/(regles|api|formateurs)\/|^\/simulateur\/console\//;
const HUB = /^\/$|^\/faq\/$|^\/faq\/[^/]+\/$|^\/sources\/$|^\/simulateur\/$/;
const ANSWER = /^\/faq\/[^/]+\/[^/]+\/$/;

// Pagefind loads its index in chunks: on a busy machine a first search can take several seconds.
test.describe.configure({ timeout: 90_000 });

/**
 * Each suite runs on one search page, the queries typed one after the other; every query whose
 * answer is not in the first three results is listed, with what came instead.
 */
async function missesOf(
  page: Page,
  suite: readonly (readonly [string, string])[],
): Promise<string[]> {
  const found = await searchEach(
    page,
    suite.map(([query]) => query),
  );
  return suite
    .filter(([query, expected]) => !(found.get(query) ?? []).slice(0, 3).includes(expected))
    .map(
      ([query, expected]) =>
        `« ${query} » → ${expected}, trouvé : ${(found.get(query) ?? []).slice(0, 3).join(', ') || 'rien'}`,
    );
}

test('keyword queries find their answer in the first three results', async ({ page }) => {
  test.setTimeout(300_000);
  expect(await missesOf(page, KEYWORD_QUERIES)).toEqual([]);
});

test('French stemming: a plural finds the singular', async ({ page }) => {
  const results = await searchFor(page, 'ostéopathes');
  expect(results[0]).toBe('/faq/droits-acces/osteopathes/');
});

// The whole questions in two halves, so that two workers share them.
const HALF = Math.ceil(SENTENCE_QUERIES.length / 2);
for (const [part, suite] of [
  [1, SENTENCE_QUERIES.slice(0, HALF)],
  [2, SENTENCE_QUERIES.slice(HALF)],
] as const) {
  test(`whole questions find their answer in the first three results (${part}/2)`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    expect(await missesOf(page, suite)).toEqual([]);
  });
}

test('a question shows what was searched once its function words are dropped', async ({ page }) => {
  await searchFor(page, "un patient m'a bloqué, est-ce que je suis prévenu");
  await expect(page.locator('#search-searched')).toHaveText(
    'Résultats pour : patient bloqué prévenu',
  );
  // A plain keyword query drops nothing and says nothing more.
  await searchFor(page, 'ostéopathe');
  await expect(page.locator('#search-searched')).toBeHidden();
});

test.describe('practitioners get no developer material by default', () => {
  for (const query of ['bris de glace', 'kiné', 'secrétaire']) {
    test(`« ${query} »: no machine page, API or trainer guide, no code in snippets`, async ({
      page,
    }) => {
      const results = await searchFor(page, query);
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((u) => TECHNICAL.test(u))).toEqual([]);
      const snippets = await page.locator('#search-results .search-excerpt').allTextContents();
      for (const s of snippets) {
        expect(s).not.toMatch(/\b[a-z]+[A-Z]\w+\b|\b(GET|POST|PUT|DELETE)\s+\/|curl\b/);
      }
    });
  }

  test('the « Documentation technique » scope finds the machine page, and keeps it in the URL', async ({
    page,
  }) => {
    await searchFor(page, 'bris de glace');
    await page.getByRole('radio', { name: /Documentation technique/ }).check();
    await searchDone(page);
    await expect(page).toHaveURL(/[?&]doc=technique/);
    const results = await resultLinks(page).evaluateAll((as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((u) => TECHNICAL.test(u))).toBe(true);
    expect(results).toContain('/regles/bris-de-glace/');
    // A shared link opens the same scope.
    await page.reload();
    await searchDone(page);
    await expect(page.getByRole('radio', { name: /Documentation technique/ })).toBeChecked();
  });
});

test.describe('answers first', () => {
  for (const query of ['consentement', 'dépôt de documents', 'carte CPS', 'accès au DMP']) {
    test(`« ${query} »: no list page above an answer, one entry per page`, async ({ page }) => {
      const results = await searchFor(page, query);
      const firstHub = results.findIndex((u) => HUB.test(u));
      const lastAnswer = results.findLastIndex((u) => ANSWER.test(u));
      if (firstHub >= 0) expect(firstHub).toBeGreaterThan(lastAnswer);
      expect(new Set(results).size).toBe(results.length);
    });
  }

  test('a definition question lands on the glossary term', async ({ page }) => {
    await searchFor(page, "c'est quoi le RPPS ?");
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/glossaire/#rpps');
  });
});

test('scenarios are found by their summary and audience, and only by them', async ({ page }) => {
  const results = await searchFor(page, 'scénario patiente inconsciente urgences');
  const scenario = results.find((u) => u.startsWith('/simulateur/'));
  expect(scenario).toBeDefined();
  // What the index holds for the scenario is its summary and audience, never its objectives,
  // roles or steps.
  await page.goto(scenario ?? '/');
  const summary = (await page.locator('.scenario-summary').textContent())?.trim() ?? '';
  const audience = (await page.locator('dd[data-pagefind-body]').textContent())?.trim() ?? '';
  const objectives = await page
    .locator('.scenario-objectives li, .scenario-roles li')
    .allTextContents();
  const indexed = await page.evaluate(
    async ([url, bundle]) => {
      const pf = (await import(bundle)) as {
        search: (
          q: string,
        ) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
      };
      const s = await pf.search('urgences');
      for (const r of s.results) {
        const d = await r.data();
        if (d.url === url) return d.content;
      }
      return '';
    },
    [scenario ?? '', '/pagefind/pagefind.js'] as const,
  );
  expect(indexed).toContain(summary.slice(0, 40));
  expect(indexed).toContain(audience);
  for (const o of objectives) expect(indexed).not.toContain(o.trim());
});

test('the header form opens the results, and a result deep-links to the answer', async ({
  page,
}) => {
  await page.goto('/faq/');
  const box = page.getByRole('searchbox', { name: 'Rechercher dans la FAQ' });
  await box.fill('internes');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=internes/);
  const first = resultLinks(page).first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await first.click();
  await expect(page).toHaveURL(/\/faq\/droits-acces\/internes\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Les internes ont-ils des droits d'accès ?",
  );
});

test('typing keeps the query in the URL', async ({ page }) => {
  await page.goto('/recherche/');
  await page
    .getByRole('searchbox', { name: 'Votre question ou des mots-clés' })
    .fill('kiné libéral');
  await expect(page).toHaveURL(/\?q=kin%C3%A9\+lib%C3%A9ral|\?q=kin%C3%A9%20lib%C3%A9ral/);
  await searchDone(page);
  await expect(resultLinks(page).first()).toHaveAttribute(
    'href',
    '/faq/droits-acces/paramedicaux-liberaux/',
  );
});

test('results can be filtered by section and by profession', async ({ page }) => {
  const before = await searchFor(page, 'accès');
  const pane = page.locator('#search-filters');
  await expect(pane).toContainText('Section');
  await expect(pane).toContainText('Profession');
  await pane.locator('summary', { hasText: 'Profession' }).click();
  await pane.getByRole('checkbox', { name: /Ostéopathe/ }).check();
  await searchDone(page);
  await expect(page).toHaveURL(/profession=Ost%C3%A9opathe/);
  await expect
    .poll(async () => resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    .toEqual(expect.arrayContaining(['/faq/droits-acces/osteopathes/']));
  const after = await resultLinks(page).count();
  expect(after).toBeLessThan(before.length);
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Votre question, en quelques mots' });
  await box.focus();
  await page.keyboard.type('est-ce que les ostéo ont accès au DMP ?');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=/);
  await searchDone(page);
  const first = resultLinks(page).first();
  // Tab from the search input until the first result has focus.
  await page.locator('#search-q').focus();
  for (let i = 0; i < 30; i++) {
    if (await first.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/faq\/droits-acces\/osteopathes\//);
});

test('pages other than the search page load no search code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  for (const url of ['/', '/faq/droits-acces/osteopathes/', '/glossaire/']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts.filter((s) => /pagefind|search|recherche/.test(s))).toEqual([]);
});

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['390×844', { width: 390, height: 844 }],
] as const) {
  test(`axe finds no violation on the search page with results, filters and « Résultats pour » (${name})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await searchFor(page, "je suis kiné en libéral, est-ce que j'ai accès au DMP ?");
    await expect(page.locator('#search-searched')).toBeVisible();
    await page.locator('#search-filters summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });
}
