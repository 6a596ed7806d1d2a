/**
 * `npm run dmp:serve`: the simulated DMP API on 127.0.0.1 (port from PORT, default 4010). Prints
 * where it listens and stops cleanly on SIGINT/SIGTERM. Every datum is fictitious.
 */
import { DEFAULT_PORT } from '../mocks/index';
import { startDmpServer } from './dmp-server';

const raw = process.env['PORT'] ?? String(DEFAULT_PORT);
const port = Number(raw);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT invalide : « ${raw} » (entier de 0 à 65535 attendu).`);
  process.exit(1);
}

const running = await startDmpServer({ port }).catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Le port ${port} est déjà utilisé : choisissez-en un autre, par exemple PORT=4011 npm run dmp:serve.`
      : `Démarrage impossible : ${String(error)}`,
  );
  process.exit(1);
});

console.log(`Données fictives — simulation. API DMP simulée à l'écoute sur ${running.url}/`);
console.log(`  Essai : curl -s ${running.url}/training/world`);
console.log('  Documentation : page /api/ du site, ou docs/api/README.md. Ctrl+C pour arrêter.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void running.close().then(() => {
      console.log(`\nAPI DMP simulée arrêtée (${signal}).`);
      process.exit(0);
    });
  });
}
