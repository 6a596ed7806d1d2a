#!/usr/bin/env node
// API figures for `npm run bench`: starts `npm run dmp:serve` on an ephemeral port, runs autocannon
// for ~10 s on a consultation mix (TD0.2 check, TD3.1 search, TD3.2 retrieve) with a valid token,
// and measures the gzip weight of the MSW chunk the console page loads (from dist/, after a build).
// Human-readable lines, plus one JSON line per figure (read by scripts/bench.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_API_SECONDS ?? 10);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function figure(label, value, unit, target = {}) {
  console.log(JSON.stringify({ label, value, unit, ...target }));
}

/** Start the server as `npm run dmp:serve` does, on PORT=0, and wait for its URL. */
function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolveUrl({ url: m[1], child });
    });
    child.on('exit', (code) => reject(new Error(`dmp:serve s'est arrêté (code ${code})`)));
  });
}

async function consultationMix(url) {
  const login = await fetch(`${url}/auth/psc/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rpps: '19999000011', card: 'CPS' }),
  });
  const { access_token: token } = await login.json();
  const headers = { authorization: `Bearer ${token}` };
  const ins = encodeURIComponent('urn:oid:1.2.250.1.213.1.4.10|278044410990195');
  const episode = 'ep-adult-follow-up-2025';
  const requests = [
    { method: 'GET', path: `/fhir/Patient?identifier=${ins}&episode=${episode}`, headers },
    {
      method: 'GET',
      path: `/fhir/DocumentReference?patient.identifier=${ins}&status=current&episode=${episode}`,
      headers,
    },
    {
      method: 'GET',
      path: `/fhir/Binary/doc-adult-vsm?patient.identifier=${ins}&episode=${episode}`,
      headers,
    },
  ];
  for (const r of requests) {
    const res = await fetch(`${url}${r.path}`, { headers });
    if (res.status !== 200) throw new Error(`${r.path} → ${res.status} (attendu 200)`);
  }
  return requests;
}

function run(url, requests) {
  return new Promise((done, fail) => {
    const instance = autocannon(
      { url, connections: 16, duration: DURATION, requests },
      (err, result) => (err ? fail(err) : done(result)),
    );
    process.once('SIGINT', () => instance.stop());
  });
}

/** Gzip weight of the chunks the console page imports lazily (MSW, handlers, core, walk). */
function mswChunk() {
  const html = resolve('dist/simulateur/console/index.html');
  if (!existsSync(html)) return null;
  const page = readFileSync(html, 'utf8');
  const entry = [...page.matchAll(/<script[^>]+src="(\/_astro\/console[^"]+\.js)"/g)][0]?.[1];
  if (!entry) return null;
  const file = (url) => join('dist', url);
  const entrySrc = readFileSync(file(entry), 'utf8');
  const lazy = [...entrySrc.matchAll(/import\(["'`](\.\/[^"'`]+\.js)["'`]\)/g)].map((m) =>
    resolve(dirname(file(entry)), m[1]),
  );
  const closure = new Set();
  const visit = (f) => {
    if (closure.has(f) || !existsSync(f)) return;
    closure.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g))
      visit(resolve(dirname(f), m[1]));
  };
  lazy.forEach(visit);
  const msw = [...closure].find((f) => readFileSync(f, 'utf8').includes('mockServiceWorker'));
  const total = [...closure].reduce((n, f) => n + gz(readFileSync(f)), 0);
  return {
    msw: msw ? gz(readFileSync(msw)) : 0,
    mswName: msw?.split('/').pop(),
    total,
    files: closure.size,
    entry: gz(Buffer.from(entrySrc)),
  };
}

const { url, child } = await startServer();
try {
  const requests = await consultationMix(url);
  console.log(
    `Benchmark API sur ${url} : ${DURATION} s, 16 connexions, mélange TD0.2 / TD3.1 / TD3.2…`,
  );
  const result = await run(url, requests);
  const rps = result.requests.average;
  const p99 = result.latency.p99;
  console.log(
    `  ${Math.round(rps)} req/s, p99 ${p99} ms, ${result.non2xx} réponses non 2xx, ${result.errors} erreurs`,
  );
  figure('API simulée (dmp:serve) — débit, mélange consultation', rps, '/s', { min: 2000 });
  figure('API simulée (dmp:serve) — latence p99', p99, 'ms');
  figure('API simulée — réponses non 2xx pendant le banc', result.non2xx + result.errors, '', {
    max: 0,
  });
} finally {
  child.kill('SIGTERM');
}

const chunk = mswChunk();
if (chunk === null) {
  console.log(
    '  dist/simulateur/console/ absent : lancez npx astro build pour mesurer le chunk MSW.',
  );
} else {
  console.log(
    `  Chunk MSW (${chunk.mswName}) : ${kb(chunk.msw)} gzip ; tout ce que la console charge à la demande : ${kb(chunk.total)} gzip (${chunk.files} fichiers) ; script initial ${kb(chunk.entry)} gzip`,
  );
  figure('Console /simulateur/console/ — chunk MSW gzip (chargé à la demande)', chunk.msw, 'B');
  figure(
    'Console /simulateur/console/ — JS chargé à la demande gzip (MSW + cœur + gestionnaires)',
    chunk.total,
    'B',
  );
  figure('Console /simulateur/console/ — JS initial gzip', chunk.entry, 'B');
}
