#!/usr/bin/env node
// The one test command (`npm test`): formatting, lint, type check, dependency rules, unit tests,
// build, then the Playwright suite on the built site, and in CI the fresh-clone check of
// `npm start` on an old Node. Stops at the first failing step and says which one. On an old Node
// it re-runs itself with the project's Node 24; without a browser, as root on Debian/Ubuntu, it
// installs Debian's chromium.
import { spawnSync } from 'node:child_process';
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

function main() {
  ensureDependencies();

  const skipE2e = process.argv.includes('--no-e2e');
  const steps = [
    ['Mise en forme (Prettier)', 'npm', ['run', 'format:check']],
    ['Analyse statique (ESLint)', 'npm', ['run', 'lint']],
    ['Vérification des types', 'npm', ['run', 'typecheck']],
    ['Règles de dépendances', 'npm', ['run', 'deps:check']],
    ['Vérification des scénarios', 'npm', ['run', 'check:scenarios']],
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
  for (const [label, cmd, args] of steps) {
    console.log(`\n▶ ${label} (${cmd} ${args.join(' ')})`);
    const t0 = Date.now();
    const res = spawnSync(cmd, args, {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (res.status !== 0) {
      console.error(`\n✖ Échec de l'étape « ${label} » (code ${res.status ?? res.signal}).`);
      process.exit(res.status || 1);
    }
    console.log(`✔ ${label} : ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log(
    `\n✔ Toutes les étapes ont réussi en ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}

if (ensureNode()) main();
