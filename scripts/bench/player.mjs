#!/usr/bin/env node
// Player figures for `npm run bench` (after a build, from dist/): the gzip weight of every JS file a
// scenario page can load — its scripts, the island and renderer, and everything they import,
// statically or lazily (the MSW worker's handlers included) — and the time until the player is
// interactive in Chromium (first visit, service worker registration included; then a repeat visit).
// One JSON line per figure (read by scripts/bench.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../test/e2e/support/chromium.ts';

const DIST = resolve('dist');
const PAGE = '/simulateur/bris-de-glace-urgence/';
const RUNS = Number(process.env.BENCH_PLAYER_RUNS ?? 5);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const figure = (label, value, unit, target = {}) =>
  console.log(JSON.stringify({ label, value, unit, ...target }));

/**
 * The training-platform runtime (site/ui/lms/lms-runtime.ts and what only it imports) is loaded only
 * inside a platform's package: left out of the page's budget, and weighed on its own.
 */
const isLmsRuntime = (file) => /[\\/]lms-runtime\.[^/\\]+\.js$/.test(file);

/** Every JS file reachable from `file` through static or dynamic imports, or Vite's preload lists. */
function closure(file, seen = new Set(), skip = isLmsRuntime) {
  if (seen.has(file) || !existsSync(file) || skip(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/["'`]((?:\.{1,2}\/|\/_astro\/|_astro\/)[^"'`]+?\.js)["'`]/g)) {
    const ref = m[1];
    const target = ref.startsWith('/')
      ? join(DIST, ref)
      : ref.startsWith('_astro/')
        ? join(DIST, ref)
        : resolve(dirname(file), ref);
    closure(target, seen, skip);
  }
  return seen;
}

function pageJs(url) {
  const html = readFileSync(join(DIST, url, 'index.html'), 'utf8');
  const files = new Set();
  let inline = 0;
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1])?.[1];
    if (src) closure(join(DIST, src.split('?')[0]), files);
    else if (!/application\/(ld\+)?json/.test(m[1]) && m[2].trim() !== '')
      inline += gz(Buffer.from(m[2]));
  }
  for (const m of html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g))
    if (m[1] !== '') closure(join(DIST, m[1]), files);
  let total = inline;
  const largest = [];
  for (const f of files) {
    const size = gz(readFileSync(f));
    total += size;
    largest.push([size, f.slice(DIST.length + 1)]);
  }
  largest.sort((a, b) => b[0] - a[0]);
  // The platform runtime: what its chunk pulls in that the page does not load already.
  let lms = 0;
  for (const f of [...files]) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(
      /["'`](?:\.{1,2}\/|\/_astro\/|_astro\/)?(lms-runtime\.[^"'`]+?\.js)["'`]/g,
    )) {
      const extra = closure(join(DIST, '_astro', m[1]), new Set(), () => false);
      for (const e of extra) if (!files.has(e)) lms += gz(readFileSync(e));
      break;
    }
    if (lms > 0) break;
  }
  return { total, files: files.size, largest: largest.slice(0, 5), lms };
}

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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start until the player waits for the learner. */
async function timeToInteractive(page, url) {
  await page.goto(url);
  await page.waitForSelector('[data-testid="scenario-player"][data-state="playing"]', {
    timeout: 60_000,
  });
  return page.evaluate(() => performance.now());
}

if (!existsSync(join(DIST, PAGE, 'index.html'))) {
  console.log(`  ${PAGE} absent de dist/ : lancez npx astro build pour mesurer le lecteur.`);
  process.exit(0);
}
const js = pageJs(PAGE);
console.log(
  `  Page ${PAGE} : ${(js.total / 1024).toFixed(1)} KB de JS gzip en ${js.files} fichiers ; les plus lourds : ` +
    js.largest
      .map(([s, f]) => `${f.replace(/^_astro\//, '')} ${(s / 1024).toFixed(1)} KB`)
      .join(', '),
);
// Target of « Un vrai entraînement »: 180 KB (220 KB when it was filed).
figure(`Lecteur de scénario ${PAGE} — JS gzip, MSW compris`, js.total, 'B', { max: 180 * 1024 });
// Downloaded only inside a training platform (SCORM/cmi5 package), never on the site.
figure(
  `Lecteur de scénario — code LMS chargé dans une plateforme seulement (SCORM, cmi5), JS gzip`,
  js.lms,
  'B',
);

const port = 4400 + Math.floor(Math.random() * 400);
const server = await startPreview(port);
const executablePath = chromiumPath();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const first = [];
  const repeat = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    first.push(await timeToInteractive(page, `http://127.0.0.1:${port}${PAGE}`));
    await page.evaluate(() => localStorage.clear());
    repeat.push(await timeToInteractive(page, `http://127.0.0.1:${port}${PAGE}`));
    await context.close();
  }
  console.log(
    `  Lecteur interactif (${RUNS} essais) : première visite ${first.map((t) => t.toFixed(0)).join(' / ')} ms ; visite suivante ${repeat.map((t) => t.toFixed(0)).join(' / ')} ms`,
  );
  figure(
    'Lecteur de scénario — interactif dans Chromium, première visite (médiane)',
    median(first),
    'ms',
    { max: 1500 },
  );
  figure(
    'Lecteur de scénario — interactif dans Chromium, visite suivante (médiane)',
    median(repeat),
    'ms',
  );
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
