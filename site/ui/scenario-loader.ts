import { forLearners } from '../../src/scenario/engine/index';
import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkFile, listScenarioFiles, SCENARIOS_DIR } from '../../src/scenario/check-file';
import { formatDiagnostic, hasErrors } from '../../src/scenario/diagnostics/index';
import type { Scenario } from '../../src/scenario/format/index';
import { summarize } from './scenario-catalogue';

/** A valid scenario file, with the source it was read from. */
interface ValidScenario {
  readonly scenario: Scenario;
  readonly file: string;
  readonly source: string;
}

/**
 * The revision saved progress is tied to: the first 12 hex digits of the SHA-256 of the YAML
 * source (the player's `playerPayload` computes the same; a test keeps them equal).
 */
export function revisionOf(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 12);
}

/** Check every scenario file: the valid ones, and the diagnostics lines of the errors. */
async function checkAll(ctx: LoaderContext, dir: string) {
  const valid: ValidScenario[] = [];
  const errors: string[] = [];
  for (const file of await listScenarioFiles(dir)) {
    const { loaded, diagnostics } = await checkFile(file);
    for (const d of diagnostics) if (d.severity === 'warning') ctx.logger.warn(formatDiagnostic(d));
    if (hasErrors(diagnostics) || !loaded.scenario)
      errors.push(...diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic));
    else valid.push({ scenario: loaded.scenario, file, source: loaded.source });
  }
  return { valid, errors };
}

/**
 * Replace the collection's entries with the valid scenarios. Each entry also holds what the player
 * needs (the parsed scenario and its revision), so that a scenario page renders the last valid
 * version even while its file is being edited and invalid.
 */
async function fill(ctx: LoaderContext, valid: readonly ValidScenario[]) {
  ctx.store.clear();
  for (const { scenario, file, source } of valid) {
    const player = { scenario: forLearners(scenario), revision: revisionOf(source) };
    const data = await ctx.parseData({
      id: scenario.id,
      data: { ...summarize(scenario, file), player },
    });
    ctx.store.set({ id: scenario.id, data });
  }
}

/** How long a scenario file must stay unchanged before the dev preview checks it again. */
const SETTLE_MS = 250;

/**
 * Astro content loader for scenarios/: runs the same validator as `npm run scenarios -- check`, so a
 * scenario with an error fails the build with its `file:line:col error CODE message` lines. Each entry
 * holds the scenario's summary for the site (`ScenarioSummary` of scenario-catalogue.ts).
 * In `npm run dev`, saving a scenario file reloads the collection: a trainer sees the change on
 * /simulateur/ at once; while the file has errors, they are printed and the last valid version stays
 * (its page included: it reads the entry, not the file). A file already invalid when `npm run dev`
 * starts is left out with its diagnostics printed, instead of stopping the whole preview.
 */
export function scenarioLoader(options: { readonly dir?: string } = {}): Loader {
  const folder = options.dir ?? SCENARIOS_DIR;
  return {
    name: 'dmp-scenarios',
    load: async (ctx) => {
      const { valid, errors } = await checkAll(ctx, folder);
      if (errors.length > 0 && ctx.watcher === undefined)
        throw new Error(`Scénarios invalides :\n${errors.join('\n')}`);
      if (errors.length > 0)
        ctx.logger.error(
          `Scénarios invalides (laissés de côté jusqu'à leur correction) :\n${errors.join('\n')}`,
        );
      await fill(ctx, valid);
      const dir = resolve(folder);
      ctx.watcher?.add(dir);
      const reload = () =>
        void checkAll(ctx, folder).then(async (again) => {
          if (again.errors.length > 0) {
            ctx.logger.error(
              `Scénarios invalides (la dernière version valide reste affichée) :\n${again.errors.join('\n')}`,
            );
            return;
          }
          await fill(ctx, again.valid);
          ctx.logger.info(`Scénarios rechargés (${again.valid.length}).`);
        });
      // An editor may save in two writes (empty, then full) and the watcher drops an event that
      // follows another within 50 ms: check once the file has settled, not on the first event.
      let settle: ReturnType<typeof setTimeout> | undefined;
      ctx.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir + sep) || !/\.ya?ml$/.test(path)) return;
        clearTimeout(settle);
        settle = setTimeout(reload, SETTLE_MS);
      });
    },
  };
}
