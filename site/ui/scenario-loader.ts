import type { Loader } from 'astro/loaders';
import { checkFile, listScenarioFiles } from '../../src/scenario/check-file';
import { formatDiagnostic, hasErrors } from '../../src/scenario/diagnostics';
import { summarize } from './scenario-catalogue';

/**
 * Astro content loader for scenarios/: runs the same validator as `npm run scenarios -- check`, so a
 * scenario with an error fails the build with its `file:line:col error CODE message` lines. Each entry
 * holds the scenario's summary for the site (`ScenarioSummary` of scenario-catalogue.ts).
 */
export function scenarioLoader(): Loader {
  return {
    name: 'dmp-scenarios',
    load: async ({ store, logger, parseData }) => {
      store.clear();
      const errors: string[] = [];
      for (const file of await listScenarioFiles()) {
        const { loaded, diagnostics } = await checkFile(file);
        for (const d of diagnostics) if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
        if (hasErrors(diagnostics) || !loaded.scenario) {
          errors.push(...diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic));
          continue;
        }
        const s = loaded.scenario;
        const data = await parseData({ id: s.id, data: { ...summarize(s, file) } });
        store.set({ id: s.id, data });
      }
      if (errors.length > 0) {
        throw new Error(`Scénarios invalides :\n${errors.join('\n')}`);
      }
    },
  };
}
