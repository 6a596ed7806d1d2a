#!/usr/bin/env node
// The one test command (`npm test`): formatting, lint, type check, dependency rules, unit tests,
// build, then the Playwright suite on the built site. Stops at the first failing step and says
// which one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDependencies, ensureNode } from './lib/ensure.mjs';

ensureNode();
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
if (!skipE2e) steps.push(['Tests de bout en bout (Playwright)', 'npm', ['run', 'test:e2e']]);

function browserAvailable() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH);
  if (['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some(existsSync))
    return true;
  const home = process.env.PLAYWRIGHT_BROWSERS_PATH ?? `${process.env.HOME}/.cache/ms-playwright`;
  return existsSync(home);
}

if (!skipE2e && !browserAvailable()) {
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
  process.exit(1);
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
console.log(`\n✔ Toutes les étapes ont réussi en ${((Date.now() - started) / 1000).toFixed(0)} s.`);
