#!/usr/bin/env node
// Search figures for `npm run bench` (after a build, from dist/), runnable alone:
// `node scripts/bench/search.mjs`. Through the real search page in Chromium, for the keyword suite
// and the whole-question suite (test/e2e/support/search-queries.ts): how many expected answers come
// first and how many in the first three; the same with Pagefind alone (the raw query, every page,
// as before the query layer) for comparison; and the gzip weight of the JS the search page loads
// until its first results. One JSON line per figure (read by scripts/bench.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../test/e2e/support/chromium.ts';
import {
  KEYWORD_QUERIES,
  SENTENCE_QUERIES,
  UNSEEN_SENTENCE_QUERIES,
} from '../../test/e2e/support/search-queries.ts';

const DIST = resolve('dist');
const VERBOSE = process.argv.includes('--verbose');
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const figure = (label, value, unit, target = {}) =>
  console.log(JSON.stringify({ label, value, unit, ...target }));

function startPreview(port) {
  // Node directly (not npx): killing it must free the stdout pipe, or `npm run bench` would wait.
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes(`${port}`)) ok(child);
    });
    child.on('exit', (code) => fail(new Error(`astro preview s'est arrêté (code ${code})`)));
  });
}

const pathOf = (href) => href.replace(/[#?].*$/, '');

/** Result pages of the search page for a query, best first. */
async function pageResults(page, base, query) {
  await page.goto(`${base}/recherche/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => /résultat/i.test(globalThis.document.getElementById('search-status')?.textContent ?? ''),
    null,
    { timeout: 30_000 },
  );
  const hrefs = await page
    .locator('#search-results a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map(pathOf))];
}

/** Result pages of Pagefind alone (the raw query), as the page used it before the query layer. */
async function rawResults(page, query) {
  return page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const s = await pf.search(q);
    const data = await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
    return data.map((d) => d.url);
  }, query);
}

function score(name, suite, ranked) {
  let first = 0;
  let top3 = 0;
  const misses = [];
  suite.forEach(([query, expected], i) => {
    const rank = ranked[i].indexOf(expected);
    if (rank === 0) first += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    else misses.push(`« ${query} » → ${ranked[i].slice(0, 3).join(', ') || 'rien'}`);
  });
  return { name, n: suite.length, first, top3, misses };
}

if (!existsSync(join(DIST, 'recherche', 'index.html')) || !existsSync(join(DIST, 'pagefind'))) {
  console.log('  dist/ sans page de recherche ni index : lancez npx astro build pour mesurer.');
  process.exit(0);
}

const port = Number(process.env.BENCH_SEARCH_PORT ?? 4800 + Math.floor(Math.random() * 400));
const base = `http://127.0.0.1:${port}`;
const server = await startPreview(port);
const executablePath = chromiumPath();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  // JS loaded by the search page until its first results (fresh context, nothing cached).
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === base && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  context.on('serviceworker', () => {});
  await pageResults(page, base, 'kiné libéral accès DMP');
  let js = 0;
  const inline = readFileSync(join(DIST, 'recherche', 'index.html'), 'utf8');
  for (const m of inline.matchAll(/<script(?![^>]*src=)([^>]*)>([\s\S]*?)<\/script>/g))
    if (!/application\/(ld\+)?json/.test(m[1]) && m[2].trim() !== '') js += gz(Buffer.from(m[2]));
  const files = [...scripts].map((p) => [p, gz(readFileSync(join(DIST, p)))]);
  for (const [, size] of files) js += size;
  console.error(
    `  /recherche/ après une requête : ${files.length} fichiers JS (` +
      files
        .map(([p, s]) => `${p.replace(/^\/(_astro|pagefind)\//, '')} ${(s / 1024).toFixed(1)} KB`)
        .join(', ') +
      ')',
  );
  figure('Recherche /recherche/ — JS gzip après une requête', js, 'B');

  const suites = [
    ['mots-clés', KEYWORD_QUERIES],
    ['questions entières', SENTENCE_QUERIES],
    ['questions jamais réglées', UNSEEN_SENTENCE_QUERIES],
  ];
  // `--only <suite name>` measures one suite (handy while tuning).
  const only = process.argv.includes('--only')
    ? process.argv[process.argv.indexOf('--only') + 1]
    : undefined;
  for (const [name, suite] of suites) {
    if (only && !name.startsWith(only)) continue;
    const layer = [];
    const raw = [];
    for (const [query] of suite) {
      layer.push(await pageResults(page, base, query));
      raw.push(await rawResults(page, query));
    }
    const before = score(name, suite, raw);
    const after = score(name, suite, layer);
    const pct = (k) => (100 * k) / suite.length;
    const sentences = name === 'questions entières';
    const unseen = name === 'questions jamais réglées';
    figure(
      `Recherche, ${name} (${suite.length}) — réponse attendue en 1er (Pagefind seul : ${before.first})`,
      pct(after.first),
      '%',
      sentences ? { min: 75 } : unseen ? {} : { min: pct(before.first) },
    );
    figure(
      `Recherche, ${name} (${suite.length}) — réponse attendue dans les 3 premiers (Pagefind seul : ${before.top3})`,
      pct(after.top3),
      '%',
      sentences ? { min: 90 } : unseen ? {} : { min: pct(before.top3) },
    );
    console.error(
      `  ${name} : ${after.first}/${suite.length} en 1er, ${after.top3}/${suite.length} dans les 3 premiers ` +
        `(Pagefind seul : ${before.first} et ${before.top3})`,
    );
    for (const miss of after.misses) console.error(`    manqué : ${miss}`);
    if (VERBOSE)
      suite.forEach(([q, e], i) =>
        console.error(
          `    ${layer[i][0] === e ? '1' : layer[i].slice(0, 3).includes(e) ? '3' : '-'} ${q} → ${layer[i].slice(0, 3).join(' ')}`,
        ),
      );
  }
  await context.close();
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
