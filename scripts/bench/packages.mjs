#!/usr/bin/env node
// Packages for training platforms, for `npm run bench` (after a build, from dist/): the time to
// build every package (`npm run package -- <format> all`, the three formats), then the size of each
// format's zip for one scenario and for the post-webinar path. One JSON line per figure.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const SCENARIO = 'bris-de-glace-urgence';
const PATH = 'apres-le-webinaire';
const KINDS = ['scorm12', 'scorm2004', 'cmi5'];
const figure = (label, value, unit, target = {}) =>
  console.log(JSON.stringify({ label, value, unit, ...target }));

if (!existsSync('dist/simulateur')) {
  console.log('  dist/ absent : lancez npx astro build pour mesurer les paquets.');
  process.exit(0);
}

const t0 = performance.now();
let count = 0;
for (const kind of KINDS) {
  const res = spawnSync('npx', ['tsx', 'scripts/package.ts', kind, 'all'], { encoding: 'utf8' });
  if (res.status !== 0) {
    console.error(res.stderr);
    process.exit(1);
  }
  count += res.stdout.split('\n').filter((l) => l.endsWith('Ko')).length;
}
figure(
  `Paquets LMS — construction de tous les paquets (${count} zip, 3 formats)`,
  (performance.now() - t0) / 1000,
  's',
);

for (const kind of KINDS) {
  const one = `dist-packages/${kind}/${SCENARIO}.zip`;
  if (existsSync(one)) figure(`Paquet ${kind} — scénario ${SCENARIO}`, statSync(one).size, 'B');
  const path = `dist-packages/${kind}/parcours-${PATH}.zip`;
  if (existsSync(path)) figure(`Paquet ${kind} — parcours ${PATH}`, statSync(path).size, 'B');
}
