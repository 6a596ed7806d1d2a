#!/usr/bin/env node
// The one test command (`npm test`): formatting, lint, unused exports, type check, dependency rules, unit tests,
// build, then the Playwright suite on the built site, and in CI the fresh-clone check of
// `npm start` on an old Node. Stops at the first failing step and says which one. On an old Node
// it re-runs itself with the project's Node 24; without a browser, as root on Debian/Ubuntu, it
// installs Debian's chromium.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDependencies, ensureNode } from './lib/ensure.mjs';

const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function browserAvailable() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH);
  if (BROWSERS.some(existsSync)) return true;
  const home = process.env.PLAYWRIGHT_BROWSERS_PATH ?? `${process.env.HOME}/.cache/ms-playwright`;
  return existsSync(home);
}

/** Root on Debian or Ubuntu: apt-get can install chromium without asking anyone. */
function canInstallWithApt() {
  return (
    process.getuid?.() === 0 &&
    !process.env.CHROMIUM_PATH &&
    existsSync('/etc/debian_version') &&
    existsSync('/usr/bin/apt-get')
  );
}

function installChromium() {
  console.log('▶ Aucun Chromium trouvé : installation du paquet Debian chromium (apt-get).');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) return false;
  }
  return browserAvailable();
}

function explainNoBrowser() {
  console.error(
    [
      'Aucun navigateur Chromium trouvé pour les tests de bout en bout.',
      'Installez-en un, au choix :',
      '  - Debian / Ubuntu : sudo apt-get install chromium',
      '  - avec Playwright : npx playwright install chromium',
      '  - ou indiquez un binaire existant : CHROMIUM_PATH=/chemin/vers/chromium npm test',
      'Pour lancer tout le reste sans navigateur : npm test -- --no-e2e',
    ].join('\n'),
  );
}

const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Run one step with its output streamed; false when it fails (after saying which one). */
function runStep([label, cmd, args]) {
  console.log(`\n▶ ${label} (${cmd} ${args.join(' ')})`);
  const t0 = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: ENV });
  if (res.status !== 0) {
    console.error(`\n✖ Échec de l'étape « ${label} » (code ${res.status ?? res.signal}).`);
    return res.status || 1;
  }
  console.log(`✔ ${label} : ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}

/** Run a step with its output kept, to print it whole once the step ends. */
function runQuiet([label, cmd, args]) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, { env: ENV });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code, signal) => {
      console.log(`\n▶ ${label} (${cmd} ${args.join(' ')})`);
      process.stdout.write(output);
      if (code !== 0) {
        console.error(`\n✖ Échec de l'étape « ${label} » (code ${code ?? signal}).`);
        resolve(code || 1);
      } else {
        console.log(`✔ ${label} : ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        resolve(0);
      }
    });
  });
}

/**
 * Lanes run side by side (the static checks are single-threaded and CI has two cores); the steps
 * of a lane run in order, and a lane stops at its first failure. Each step's output is printed
 * whole when it ends, so that the two lanes never mix their lines.
 */
async function runLanes(lanes) {
  const codes = await Promise.all(
    lanes.map(async (lane) => {
      for (const step of lane) {
        const code = await runQuiet(step);
        if (code !== 0) return code;
      }
      return 0;
    }),
  );
  return codes.find((c) => c !== 0) ?? 0;
}

async function main() {
  ensureDependencies();

  const skipE2e = process.argv.includes('--no-e2e');
  // ESLint's typed rules read the types `astro sync` writes: it runs once, before the lanes, and
  // the type check (whose `astro check` rewrites them) starts only after the short steps of its
  // lane, long after ESLint has loaded them.
  const first = ['Types générés par Astro (astro sync)', 'npx', ['astro', 'sync']];
  const lanes = [
    [['Analyse statique (ESLint)', 'npx', ['eslint', '.', '--max-warnings', '0']]],
    [
      ['Mise en forme (Prettier)', 'npm', ['run', 'format:check']],
      ['Règles de dépendances', 'npm', ['run', 'deps:check']],
      ['Exports inutilisés', 'npm', ['run', 'lint:unused']],
      ['Vérification des scénarios', 'npm', ['run', 'check:scenarios']],
      ['Vérification des types', 'npm', ['run', 'typecheck']],
    ],
  ];
  const steps = [
    ['Tests unitaires', 'npm', ['run', 'test:unit']],
    ['Construction du site', 'npm', ['run', 'build']],
  ];
  if (!skipE2e) {
    steps.push(['Tests de bout en bout (Playwright)', 'npm', ['run', 'test:e2e']]);
    steps.push(['Aperçu du formateur (Playwright sur astro dev)', 'npm', ['run', 'test:e2e:dev']]);
  }
  if (process.env.CI) {
    steps.push([
      'Clone neuf : npm start avec un Node ancien',
      'node',
      ['test/fresh-clone/start-on-old-node.mjs'],
    ]);
  }

  if (!skipE2e && !browserAvailable()) {
    if (!canInstallWithApt() || !installChromium()) {
      explainNoBrowser();
      process.exit(1);
    }
  }

  const started = Date.now();
  let code = runStep(first);
  if (code === 0) {
    const t0 = Date.now();
    code = await runLanes(lanes);
    if (code === 0)
      console.log(`\n✔ Vérifications statiques : ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  for (const step of steps) {
    if (code !== 0) break;
    code = runStep(step);
  }
  if (code !== 0) process.exit(code);
  console.log(
    `\n✔ Toutes les étapes ont réussi en ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}

if (ensureNode()) main();
