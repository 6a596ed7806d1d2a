import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkFile, listScenarioFiles, SCENARIOS_DIR } from '../../src/scenario/check-file';
import { formatDiagnostic, hasErrors } from '../../src/scenario/diagnostics';
import type { Scenario } from '../../src/scenario/schema';
import { summarize } from './scenario-catalogue';

/** Check every scenario file: the valid ones, and the diagnostics lines of the errors. */
async function checkAll(ctx: LoaderContext) {
  const valid: { scenario: Scenario; file: string }[] = [];
  const errors: string[] = [];
  for (const file of await listScenarioFiles()) {
    const { loaded, diagnostics } = await checkFile(file);
    for (const d of diagnostics) if (d.severity === 'warning') ctx.logger.warn(formatDiagnostic(d));
    if (hasErrors(diagnostics) || !loaded.scenario)
      errors.push(...diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic));
    else valid.push({ scenario: loaded.scenario, file });
  }
  return { valid, errors };
}

/** Replace the collection's entries with the valid scenarios. */
async function fill(ctx: LoaderContext, valid: readonly { scenario: Scenario; file: string }[]) {
  ctx.store.clear();
  for (const { scenario, file } of valid) {
    const data = await ctx.parseData({ id: scenario.id, data: { ...summarize(scenario, file) } });
    ctx.store.set({ id: scenario.id, data });
  }
}

/**
 * Astro content loader for scenarios/: runs the same validator as `npm run scenarios -- check`, so a
 * scenario with an error fails the build with its `file:line:col error CODE message` lines. Each entry
 * holds the scenario's summary for the site (`ScenarioSummary` of scenario-catalogue.ts).
 * In `npm run dev`, saving a scenario file reloads the collection: a trainer sees the change on
 * /simulateur/ at once; while the file has errors, they are printed and the last valid version stays.
 */
export function scenarioLoader(): Loader {
  return {
    name: 'dmp-scenarios',
    load: async (ctx) => {
      const { valid, errors } = await checkAll(ctx);
      if (errors.length > 0) throw new Error(`Scénarios invalides :\n${errors.join('\n')}`);
      await fill(ctx, valid);
      const dir = resolve(SCENARIOS_DIR);
      ctx.watcher?.add(dir);
      ctx.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir + sep) || !/\.ya?ml$/.test(path)) return;
        void checkAll(ctx).then(async (again) => {
          if (again.errors.length > 0) {
            ctx.logger.error(
              `Scénarios invalides (la dernière version valide reste affichée) :\n${again.errors.join('\n')}`,
            );
            return;
          }
          await fill(ctx, again.valid);
          ctx.logger.info(`Scénarios rechargés (${again.valid.length}).`);
        });
      });
    },
  };
}
