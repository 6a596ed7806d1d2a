import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/scenario/diagnostics/index';
import { GUIDE_PATH } from '../../src/scenario/check/index';
import { linkSiteAddresses, renderGuide, splitGuide } from './guide-page';

test('the page takes its title from the guide and renders the rest of the same file', async () => {
  const source = readFileSync(GUIDE_PATH, 'utf8');
  const { title } = splitGuide(source);
  const page = await renderGuide();
  expect(source.startsWith(`# ${title}\n`)).toBe(true);
  expect(page.title).toBe(title);
  expect(page.html).not.toContain('<h1');
  // Every heading of the file is a heading of the page, with the anchor GitHub gives it.
  const fileHeadings = source.split('\n').filter((l) => /^##\s/.test(l)).length;
  expect(page.headings.filter((h) => h.depth === 2)).toHaveLength(fileHeadings);
  expect(page.headings.map((h) => h.slug)).toContain('démarrage-rapide');
  // The generated diagnostics table is on the page too.
  for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(page.html).toContain(`<td>${code}</td>`);
  expect(page.html).toContain('<table tabindex="0">');
});

test('site addresses written as code become links; other code stays code', () => {
  expect(linkSiteAddresses('<code>/formateurs/referentiel/#faq</code> <code>npm test</code>')).toBe(
    '<a href="/formateurs/referentiel/#faq"><code>/formateurs/referentiel/#faq</code></a> <code>npm test</code>',
  );
  // A pattern with a placeholder is not an address: it stays plain code.
  expect(linkSiteAddresses('<code>/simulateur/&lt;id&gt;/</code>')).toBe(
    '<code>/simulateur/&lt;id&gt;/</code>',
  );
});
