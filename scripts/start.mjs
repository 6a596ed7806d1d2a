#!/usr/bin/env node
// `npm start`: on a fresh clone, gets Node 24 if needed, installs dependencies, builds the site and
// serves it locally.
import { ensureDependencies, ensureNode, run } from './lib/ensure.mjs';

if (ensureNode()) {
  ensureDependencies();
  if (run('npx', ['astro', 'build']) !== 0) process.exit(1);
  const port = process.env.PORT ?? '4321';
  console.log(`\n▶ Site servi sur http://127.0.0.1:${port}/ (Ctrl+C pour arrêter)`);
  process.exit(run('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', port]));
}
