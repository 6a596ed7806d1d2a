#!/usr/bin/env node
// `npm run bench`: prints build and weight figures and compares them with the targets of the
// issues. Figures live here, never in timed tests. Exit code 1 when a target is missed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve('dist');
const results = [];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Records a figure, with an optional target: `max` it must not exceed, or `min` it must reach. */
function figure(label, value, format, max, min) {
  const ok = (max === undefined || value <= max) && (min === undefined || value >= min);
  const target =
    max !== undefined ? `≤ ${format(max)}` : min !== undefined ? `≥ ${format(min)}` : '';
  results.push({ label, shown: format(value), target, ok });
}

const FORMATS = {
  '/s': (v) => `${Math.round(v).toLocaleString('fr-FR')}/s`,
  s: (v) => `${v.toFixed(2)} s`,
  ms: (v) => `${v.toFixed(1)} ms`,
  B: (v) => kb(v),
  '%': (v) => `${v.toFixed(0)} %`,
  '': (v) => String(v),
};

/** Runs a sub-benchmark that prints one JSON figure per line, and records its figures. */
function subBench(label, cmd, args) {
  const res = spawnSync(cmd, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (res.status !== 0) {
    results.push({
      label: `${label} : échec (code ${res.status})`,
      shown: '—',
      target: '',
      ok: false,
    });
    return;
  }
  for (const line of res.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const f = JSON.parse(line);
    figure(f.label, f.value, FORMATS[f.unit] ?? FORMATS[''], f.max, f.min);
  }
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Local file behind a site URL. */
function fileOf(url) {
  return join(DIST, decodeURIComponent(url.split(/[?#]/)[0]));
}

/** JS files a module pulls in through static imports (Astro/Vite chunks). */
function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    jsClosure(resolve(dirname(file), m[1]), seen);
  }
  return seen;
}

/** Gzip weight of a built page: its HTML, its stylesheets, and the JS it runs on load. */
function pageWeight(url) {
  const htmlFile = join(DIST, url, 'index.html');
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  let css = 0;
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))
    css += gz(readFileSync(fileOf(m[1])));
  const jsFiles = new Set();
  let inlineJs = 0;
  for (const m of text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1])?.[1];
    if (src) {
      // Pagefind's own UI is only on the search page and loads when the reader searches.
      if (!src.startsWith('/pagefind/')) jsClosure(fileOf(src), jsFiles);
    } else if (!/application\/(ld\+)?json/.test(m[1]))
      inlineJs += m[2].length ? gz(Buffer.from(m[2])) : 0;
  }
  // Islands load their component and renderer through <astro-island> attributes.
  for (const m of text.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g))
    jsClosure(fileOf(m[1]), jsFiles);
  let js = inlineJs;
  for (const f of jsFiles) js += gz(readFileSync(f));
  return { html: gz(html), css, js };
}

// 1. Build time and page count.
const t0 = performance.now();
const build = spawnSync('npx', ['astro', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const buildSeconds = (performance.now() - t0) / 1000;
if (build.status !== 0) {
  console.error('La construction a échoué : pas de mesure possible.');
  process.exit(1);
}
const htmlPages = walk(DIST).filter((f) => f.endsWith('.html'));
figure(
  'Construction complète (astro build + Pagefind)',
  buildSeconds,
  (s) => `${s.toFixed(1)} s`,
  60,
);
figure('Pages générées', htmlPages.length, (n) => String(n));

// 2. Weight per page type.
const PAGE_TYPES = [
  ['Accueil', '/'],
  ['Question de la FAQ', '/faq/consentement/patient-mineur/'],
  ['Section', '/faq/consentement/'],
  ['Glossaire', '/glossaire/'],
  ['Ai-je accès ?', '/outils/ai-je-acces/'],
];
for (const [label, url] of PAGE_TYPES) {
  const w = pageWeight(url);
  const isEntry = label === 'Question de la FAQ';
  figure(`${label} ${url} — HTML gzip`, w.html, kb);
  figure(`${label} ${url} — CSS gzip`, w.css, kb);
  figure(`${label} ${url} — HTML+CSS gzip`, w.html + w.css, kb, isEntry ? 20 * 1024 : undefined);
  const jsMax = isEntry ? 10 * 1024 : label === 'Ai-je accès ?' ? 90 * 1024 : undefined;
  figure(`${label} ${url} — JS gzip avant recherche`, w.js, kb, jsMax);
}
// Heaviest FAQ entry, so that one long answer cannot hide behind the sample above.
const entries = htmlPages.filter((f) => /\/faq\/[^/]+\/[^/]+\/index\.html$/.test(f));
const heaviest = entries
  .map((f) => ({
    url: f.slice(DIST.length).replace(/index\.html$/, ''),
    w: pageWeight(f.slice(DIST.length).replace(/index\.html$/, '')),
  }))
  .sort((a, b) => b.w.html + b.w.css - (a.w.html + a.w.css))[0];
figure(
  `Question la plus lourde ${heaviest.url} — HTML+CSS gzip`,
  heaviest.w.html + heaviest.w.css,
  kb,
  20 * 1024,
);

// 3. Pagefind index.
const pf = walk(join(DIST, 'pagefind'));
const sum = (files) => files.reduce((n, f) => n + statSync(f).size, 0);
figure(
  'Index Pagefind (index + fragments + filtres + méta)',
  sum(pf.filter((f) => /\/(index|fragment|filter)\/|pf_meta$/.test(f))),
  kb,
);
figure('Dossier Pagefind complet (index + UI + wasm)', sum(pf), kb);

// 4. Domain core, machines, API (sub-benchmarks print JSON lines).
subBench('Cœur métier', 'npx', ['tsx', 'scripts/bench/core.ts']);
for (const extra of [
  'scripts/bench/machines.ts',
  'scripts/bench/scenarios.ts',
  'scripts/bench/pages.mjs',
  'scripts/bench-api.mjs',
  'scripts/bench/player.mjs',
  'scripts/bench/packages.mjs',
  'scripts/bench/search.mjs',
]) {
  if (existsSync(extra))
    subBench(
      extra,
      extra.endsWith('.ts') ? 'npx' : 'node',
      extra.endsWith('.ts') ? ['tsx', extra] : [extra],
    );
}

// Report.
const width = Math.max(...results.map((r) => r.label.length));
console.log(
  `\nBenchmark dmp-simulateur (${new Date().toISOString()}, Node ${process.versions.node})\n`,
);
for (const r of results) {
  const status = r.target ? (r.ok ? 'OK  ' : 'RATÉ') : '    ';
  console.log(`${status} ${r.label.padEnd(width)}  ${r.shown.padStart(10)}  ${r.target}`);
}
const missed = results.filter((r) => !r.ok);
console.log(
  missed.length ? `\n${missed.length} objectif(s) manqué(s).` : '\nTous les objectifs sont tenus.',
);
process.exit(missed.length ? 1 : 0);
