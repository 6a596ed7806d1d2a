// Scenario figures for `npm run bench`: scenarios checked (YAML, schema, cross-checks) and played
// along every branch, per second, without any UI: over the core alone, then as `check` does it,
// through the simulated API too. One JSON line per figure on stdout.
import { readFileSync } from 'node:fs';
import { listScenarioFiles } from '../../src/scenario/check-file';
import { playRoutesOverHttp } from '../../src/scenario/check/index';
import { checkSource, hasErrors, type CheckOptions } from '../../src/scenario/index';

const files = await listScenarioFiles();
const sources = files.map((file) => ({ file, source: readFileSync(file, 'utf8') }));

async function rate(options: CheckOptions): Promise<number> {
  const once = async (i: number) => {
    const { file, source } = sources[i % sources.length] as { file: string; source: string };
    const result = await checkSource(source, file, options);
    if (hasErrors(result.diagnostics) || result.report?.passed !== true) {
      throw new Error(`${file} : échec de la vérification pendant la mesure`);
    }
  };
  for (let i = 0; i < sources.length * 2; i += 1) await once(i); // warm-up
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 2000) {
    await once(n);
    n += 1;
    elapsed = performance.now() - t0;
  }
  return (n / elapsed) * 1000;
}

console.log(
  JSON.stringify({
    label: 'Scénarios vérifiés et joués par seconde, sur le cœur (sans interface)',
    value: await rate({ layout: true }),
    unit: '/s',
    min: 100,
  }),
);
console.log(
  JSON.stringify({
    label: 'Scénarios vérifiés et joués par seconde, API simulée comprise (comme `check`)',
    value: await rate({ layout: true, alsoPlay: playRoutesOverHttp }),
    unit: '/s',
    min: 50,
  }),
);
