// Shared by `npm start` and `npm test`: check Node and install dependencies on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** Exits with a French explanation when Node is older than 22.12. */
export function ensureNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return;
  console.error(
    [
      `Node ${process.versions.node} est trop ancien : il faut Node 22.12 ou plus récent (24 recommandé, voir .nvmrc).`,
      "Pour l'obtenir sans droits administrateur :",
      '  npm install --global --prefix "$HOME/.local/node24" node@24',
      '  export PATH="$HOME/.local/node24/bin:$PATH"',
      'ou, avec nvm : nvm install 24 && nvm use 24',
    ].join('\n'),
  );
  process.exit(1);
}

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const stale =
    !existsSync('node_modules/.package-lock.json') ||
    statSync('node_modules/.package-lock.json').mtimeMs < statSync('package-lock.json').mtimeMs;
  if (!stale) return;
  console.log('▶ Installation des dépendances (npm ci)…');
  const res = spawnSync('npm', ['ci', '--no-fund', '--no-audit'], { stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('✖ npm ci a échoué : vérifiez votre accès au registre npm.');
    process.exit(res.status || 1);
  }
}

/** Runs a command, inheriting the terminal; returns its exit status. */
export function run(cmd, args) {
  const res = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return res.status ?? 1;
}
