// Scenario figure for `npm run bench`: scenarios checked (YAML, schema, cross-checks) and played
// along every branch over the core, per second, without any UI. One JSON line on stdout.
import { readFileSync } from 'node:fs';
import { listScenarioFiles } from '../../src/scenario/check-file';
import { checkSource, hasErrors } from '../../src/scenario/index';

const files = await listScenarioFiles();
const sources = files.map((file) => ({ file, source: readFileSync(file, 'utf8') }));

async function once(i: number): Promise<void> {
  const { file, source } = sources[i % sources.length] as { file: string; source: string };
  const result = await checkSource(source, file, { layout: true });
  if (hasErrors(result.diagnostics) || result.report?.passed !== true) {
    throw new Error(`${file} : échec de la vérification pendant la mesure`);
  }
}

for (let i = 0; i < sources.length * 3; i += 1) await once(i); // warm-up
let n = 0;
const t0 = performance.now();
let elapsed = 0;
while (elapsed < 2000) {
  await once(n);
  n += 1;
  elapsed = performance.now() - t0;
}

console.log(
  JSON.stringify({
    label: 'Scénarios vérifiés et joués par seconde (sans interface)',
    value: (n / elapsed) * 1000,
    unit: '/s',
    min: 100,
  }),
);
