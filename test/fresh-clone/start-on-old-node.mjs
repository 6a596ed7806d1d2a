#!/usr/bin/env node
// Fresh-clone check of the README's promise (issue 14): clone the repository into a temporary
// folder and run `npm start` there with a Node older than 22 first on the PATH, until the site
// answers; then stop the whole process group. The project's Node 24 cache (`.cache/node24`) is
// shared with the clone through DMP_NODE_HOME, so Node is downloaded at most once.
//
// Run by `npm test` in CI (last step), or by hand: `node test/fresh-clone/start-on-old-node.mjs`.
// Old Node: OLD_NODE=/path/to/node, otherwise the first of /usr/bin/node, /usr/local/bin/node
// older than 22; without one, the check says so and is skipped (exit 0).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRecentEnough, nodeCacheDir, ROOT } from '../../scripts/lib/ensure.mjs';

/** How long the clone may take to install, build and serve (a slow CI machine, npm ci included). */
const STARTUP_LIMIT_MS = 15 * 60_000;

function fail(message) {
  console.error(`✖ ${message}`);
  process.exitCode = 1;
}

function oldNode() {
  const candidates = process.env.OLD_NODE
    ? [process.env.OLD_NODE]
    : ['/usr/bin/node', '/usr/local/bin/node'];
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const res = spawnSync(path, ['--version'], { encoding: 'utf8' });
    const version = res.stdout?.trim();
    if (res.status === 0 && version && !isRecentEnough(version)) return { path, version };
  }
  return null;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return { status: res.status, body: await res.text() };
  } catch {
    return null;
  }
}

/** Stops `npm start` and everything it started (npm, node, astro preview). */
async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) kill('SIGKILL');
  await exited;
}

async function main() {
  const node = oldNode();
  if (node === null) {
    console.log(
      '⚠ Vérification du clone neuf sautée : aucun Node antérieur à 22 trouvé (/usr/bin/node, /usr/local/bin/node ; ou OLD_NODE=/chemin/vers/node).',
    );
    return;
  }
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (head.status !== 0) return fail('git rev-parse HEAD a échoué.');
  const sha = head.stdout.trim();

  const tmp = mkdtempSync(join(tmpdir(), 'dmp-fresh-clone-'));
  const clone = join(tmp, 'dmp-simulateur');
  let child;
  try {
    console.log(`▶ Clone de ${sha.slice(0, 12)} dans ${clone}`);
    for (const args of [
      ['clone', '--quiet', '--no-checkout', ROOT, clone],
      ['-C', clone, 'checkout', '--quiet', sha],
    ]) {
      if (spawnSync('git', args, { stdio: 'inherit' }).status !== 0)
        return fail(`git ${args.join(' ')} a échoué.`);
    }

    const port = await freePort();
    // A fresh shell: no npm_* variables of the parent `npm test`, the old Node first on PATH.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
    );
    Object.assign(env, {
      PATH: `${dirname(node.path)}${delimiter}${process.env.PATH ?? ''}`,
      PORT: String(port),
      DMP_NODE_HOME: nodeCacheDir(),
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    console.log(`▶ npm start avec ${node.path} (${node.version}), port ${port}`);
    let output = '';
    child = spawn('npm', ['start'], { cwd: clone, env, detached: true });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }

    const url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + STARTUP_LIMIT_MS;
    let reply = null;
    while (reply === null && child.exitCode === null && Date.now() < deadline) {
      await sleep(2_000);
      reply = await answers(url);
    }

    if (reply === null) {
      return fail(
        child.exitCode === null
          ? `Le site n'a pas répondu sur ${url} dans le délai imparti.`
          : `npm start s'est arrêté (code ${child.exitCode}) sans servir le site.`,
      );
    }
    if (reply.status !== 200 || !reply.body.includes('<html lang="fr"'))
      return fail(`${url} répond ${reply.status}, sans la page d'accueil attendue.`);
    if (!/trop ancien pour ce projet.*(relance|téléchargement)/.test(output))
      return fail("npm start n'a pas annoncé qu'il relançait avec Node 24.");
    console.log(`✔ Le clone neuf sert le site sur ${url} (lancé avec Node ${node.version}).`);
  } finally {
    if (child) await stopGroup(child);
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
