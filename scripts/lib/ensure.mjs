// Shared by `npm start` and `npm test`: get a recent enough Node, install dependencies on a fresh
// clone, run commands. This file is loaded by whatever Node runs `npm` (Node 20 on a fresh
// machine), so it keeps to syntax and APIs that Node 18 already has.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository (scripts/lib/../..). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Oldest Node the project runs on (Astro 7, Vitest 5, MSW 3), and the major version fetched. */
const MINIMUM = [22, 12];
const FETCHED_MAJOR = 24;

/**
 * Prefix of the project's own Node 24 (`<prefix>/bin/node`): `.cache/node24` in the repository
 * (ignored by git), or `DMP_NODE_HOME` (the fresh-clone test points it at its parent's cache).
 */
export function nodeCacheDir() {
  return resolve(process.env.DMP_NODE_HOME || join(ROOT, '.cache', `node${FETCHED_MAJOR}`));
}

/** True when `version` (`22.12.0`, `v24.1.0`) is at least the minimum. */
export function isRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

/** Version of the Node binary at `path`, or null when it does not run. */
function versionOf(path) {
  if (!existsSync(path)) return null;
  const res = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

/** The cached Node binary when it is recent enough, or null. */
function cachedNode(prefix) {
  const path = join(prefix, 'bin', 'node');
  const version = versionOf(path);
  return version !== null && isRecentEnough(version) ? { path, version } : null;
}

/** Where the cache is, as the user should read it (relative to the repository when inside it). */
function shown(prefix) {
  const rel = relative(ROOT, prefix);
  return rel.startsWith('..') ? prefix : rel;
}

/**
 * Installs `node@24` from the npm registry into `prefix`, as `.ci/run` used to (no admin rights:
 * a private prefix, nothing global changed). Returns the binary, or null when it failed.
 */
function fetchNode(prefix) {
  const res = spawnSync(
    'npm',
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--no-fund',
      '--no-audit',
      '--loglevel=error',
      // An unreachable registry should fail in seconds, not after a minute of retries.
      '--fetch-retries=1',
      '--fetch-retry-mintimeout=2000',
      '--fetch-retry-maxtimeout=10000',
      `node@${FETCHED_MAJOR}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  const node = res.status === 0 ? cachedNode(prefix) : null;
  if (node === null) {
    // npm's own reason in a line or two (error code, failing request), not its stack trace.
    const reason = (res.stderr ?? '')
      .split('\n')
      .filter((line) => /^npm error (code |[A-Za-z]*Error)/.test(line))
      .slice(0, 2);
    if (reason.length > 0) console.error(reason.join('\n'));
    rmSync(prefix, { recursive: true, force: true });
  }
  return node;
}

function explainTooOld() {
  console.error(
    [
      `Node ${process.versions.node} est trop ancien : il faut Node 22.12 ou plus récent (24 recommandé, voir .nvmrc).`,
      "Pour l'obtenir sans droits administrateur :",
      '  npm install --global --prefix "$HOME/.local/node24" node@24',
      '  export PATH="$HOME/.local/node24/bin:$PATH"',
      'ou, avec nvm : nvm install 24 && nvm use 24',
    ].join('\n'),
  );
}

/** Runs this same script again with `node` (its directory first on PATH), and exits with it. */
function rerunWith(node) {
  const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
  const child = spawn(node, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env,
  });
  // Ctrl+C reaches the whole foreground group; a signal sent to this process alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * Makes sure the script runs on Node ≥ 22.12. On an older Node, re-runs it with the project's
 * Node 24 (fetched once from the npm registry into `.cache/node24`) and never returns; when the
 * registry cannot be reached, explains in French how to install Node and exits.
 */
export function ensureNode() {
  if (isRecentEnough(process.versions.node)) return true;
  const prefix = nodeCacheDir();
  const old = `Node ${process.versions.node} est trop ancien pour ce projet (22.12 au moins)`;
  let node = cachedNode(prefix);
  if (node !== null) {
    console.log(`▶ ${old} : relance avec Node ${node.version} (${shown(prefix)}).`);
  } else {
    console.log(
      `▶ ${old} : téléchargement de Node ${FETCHED_MAJOR} depuis le registre npm dans ${shown(prefix)} (une seule fois), puis relance avec lui.`,
    );
    node = fetchNode(prefix);
    if (node === null) {
      console.error('✖ Téléchargement de Node impossible (registre npm injoignable ?).');
      explainTooOld();
      process.exit(1);
    }
  }
  rerunWith(node.path);
  return false;
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
