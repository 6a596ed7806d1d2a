/**
 * The scenario checker: load (YAML + schema), then the cross-checks (layout, references, graph),
 * then the simulation of every branch over the core DMP, whose contradictions with `expect:` become
 * diagnostics, then (when given) the same play the way the site does it, through the simulated API
 * (SCN041 for any difference). Each stage runs only if the previous one found no error. Never
 * throws for a bad file.
 * No Node import here (the player may check in the browser); reading files is in `check-file.ts`.
 */
import { checkOptionAssumptions } from './check-assumptions';
import { checkFaqCoverage, checkGoals, checkGraph } from './check-graph';
import { checkReferences } from './check-references';
import {
  diagnostic,
  hasErrors,
  sortDiagnostics,
  type Diagnostic,
  createProblemSink,
  type Problem,
  type ProblemSink,
} from '../diagnostics/index';
import { type RunReport, playOverCore } from '../engine/index';
import { loadScenario, type LoadedScenario } from './load';
import type { Scenario } from '../format/index';
import { buildWorld, type World } from '../wire/index';

/** Options of a check. */
export interface CheckOptions {
  /** Check that `id` is the file name and `theme` the folder (`checkFile` turns it on under ./scenarios/). */
  readonly layout?: boolean;
  /** Cap on the number of paths played. */
  readonly maxPaths?: number;
  /**
   * Plays every branch a second time the way the site does (through the simulated API); `checkFile`
   * passes the in-process HTTP port, so that 0 errors means playable in the site.
   */
  readonly alsoPlay?: (scenario: Scenario, world: World, maxPaths?: number) => Promise<RunReport>;
}

/** Everything a check produced. */
export interface CheckResult {
  readonly loaded: LoadedScenario;
  readonly world: World | null;
  readonly report: RunReport | null;
  readonly diagnostics: readonly Diagnostic[];
}

const segments = (file: string): string[] => file.split(/[\\/]/);

function positioned(loaded: LoadedScenario, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((p) =>
    diagnostic(
      p.code,
      { file: loaded.file, ...loaded.map.locate(p.path, p.at) },
      p.message,
      p.hint,
      p.see,
    ),
  );
}

function simulationProblems(report: RunReport): Problem[] {
  return report.paths.flatMap((path) =>
    path.steps.flatMap((step): Problem[] => {
      const where =
        path.choices.length === 0
          ? undefined
          : `chemin joué : ${path.choices.map((c) => `${c.stepId} → réponse ${c.option + 1}`).join(', ')}`;
      const at = (p: readonly PropertyKey[]) => ['steps', step.index, ...p];
      if (step.problem !== null)
        return [
          {
            ...step.problem,
            path: at(step.problem.path),
            message: `étape « ${step.stepId} » : ${step.problem.message}`,
          },
        ];
      return step.mismatches.map((m) => {
        const base = {
          code: m.kind === 'result' ? 'SCN024' : 'SCN025',
          path: at(m.path),
          message: `étape « ${step.stepId} » : ${m.message}`,
        } as const;
        return where === undefined ? base : { ...base, hint: where };
      });
    }),
  );
}

/** `id` is the file name and `theme` the folder of scenarios/<theme>/<id>.yaml. */
function checkLayout(scenario: Scenario, file: string, sink: ProblemSink): void {
  const name = (segments(file).at(-1) ?? '').replace(/\.ya?ml$/, '');
  if (scenario.id !== name) {
    const hint = `renommez le fichier en ${scenario.id}.yaml, ou écrivez id: ${name}`;
    sink.add(
      'SCN009',
      ['id'],
      `l'identifiant « ${scenario.id} » diffère du nom du fichier « ${name} »`,
      hint,
    );
  }
  const folder = segments(file).at(-2) ?? '';
  if (scenario.theme !== folder) {
    const hint = `rangez le fichier dans scenarios/${scenario.theme}/, ou écrivez theme: ${folder}`;
    sink.add(
      'SCN010',
      ['theme'],
      `le thème « ${scenario.theme} » diffère du dossier « ${folder} »`,
      hint,
    );
  }
}

/** The same contradiction met on several paths is reported once (the first path gives the hint). */
function oncePerPlace(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.line}:${d.col}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Check one scenario source. */
export async function checkSource(
  source: string,
  file: string,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const loaded = loadScenario(source, file);
  const scenario = loaded.scenario;
  if (scenario === null)
    return { loaded, world: null, report: null, diagnostics: sortDiagnostics(loaded.diagnostics) };
  const sink = createProblemSink();
  if (options.layout === true) checkLayout(scenario, file, sink);
  const world = buildWorld(scenario.world, sink);
  checkReferences(scenario, world, sink);
  checkGraph(scenario, sink);
  checkFaqCoverage(scenario, sink);
  checkGoals(scenario, sink);
  checkOptionAssumptions(scenario, sink);
  const diagnostics = [...loaded.diagnostics, ...positioned(loaded, sink.problems)];
  if (hasErrors(diagnostics))
    return { loaded, world, report: null, diagnostics: sortDiagnostics(diagnostics) };
  const report = await playOverCore(scenario, world, options.maxPaths);
  const simulated = positioned(loaded, simulationProblems(report));
  if (report.truncated)
    simulated.push(
      diagnostic(
        'SCN032',
        { file, ...loaded.map.locate(['steps'], 'key') },
        `plus de ${report.paths.length} chemins : seuls les premiers ont été joués`,
      ),
    );
  const { alsoPlay } = options;
  if (alsoPlay !== undefined && !hasErrors(simulated)) {
    const play = () => alsoPlay(scenario, world, options.maxPaths);
    simulated.push(...(await siteProblems(loaded, play)));
  }
  return {
    loaded,
    world,
    report,
    diagnostics: sortDiagnostics([...diagnostics, ...oncePerPlace(simulated)]),
  };
}

const SITE_HINT =
  "le cœur du DMP simulé accepte ce scénario mais l'API que le site utilise ne le joue pas de même : un apprenant resterait bloqué. C'est un écart du simulateur : signalez-le avec ce message.";

/** What the site's way of playing (the simulated API) finds that the core did not: SCN041. */
async function siteProblems(
  loaded: LoadedScenario,
  play: () => Promise<RunReport>,
): Promise<Diagnostic[]> {
  const at = { file: loaded.file, ...loaded.map.locate(['steps'], 'key') };
  let site: RunReport;
  try {
    site = await play();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [diagnostic('SCN041', at, `dans le site (API simulée), ${reason}`, SITE_HINT)];
  }
  return positioned(loaded, simulationProblems(site)).map((d) =>
    diagnostic(
      'SCN041',
      { file: d.file, line: d.line, col: d.col },
      `dans le site (API simulée), ${d.message}`,
      SITE_HINT,
    ),
  );
}
