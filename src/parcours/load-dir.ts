/**
 * Node-only side of the path checker: reading parcours/<id>.yaml files (an unreadable file gives
 * PAR000) and the scenario ids they may cite (the file names under scenarios/<thème>/, which the
 * scenario checker keeps equal to their `id`, SCN009). Kept out of `index.ts` so that a browser
 * bundle never pulls `node:fs`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { listScenarioFiles, SCENARIOS_DIR } from '../scenario/check-file';
import { parcoursDiagnostic, type ParcoursDiagnostic } from './diagnostics';
import { checkParcoursSource, type CheckedParcours } from './load';
import type { Parcours } from './schema';

/** The folder that holds the paths, relative to the working directory. */
const PARCOURS_DIR = 'parcours';

/** Whether a file is a path file: a YAML file below a folder named parcours/ (at any depth). */
export function isParcoursFile(file: string): boolean {
  return /\.ya?ml$/.test(file) && file.split(/[\\/]/).slice(0, -1).includes(PARCOURS_DIR);
}

/** The ids of the scenarios that exist: the names of the files under scenarios/<thème>/. */
export async function listScenarioIds(dir = SCENARIOS_DIR): Promise<string[]> {
  return (await listScenarioFiles(dir))
    .map((f) => (f.split('/').at(-1) ?? '').replace(/\.ya?ml$/, ''))
    .sort();
}

/** Every path file of a folder, sorted, with forward slashes. */
export async function listParcoursFiles(dir = PARCOURS_DIR): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  return entries
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f).split(sep).join('/'))
    .sort();
}

/** Check one path file; `id` is compared to the file name under parcours/. */
export async function checkParcoursFile(
  file: string,
  scenarioIds: readonly string[],
): Promise<CheckedParcours> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'fichier introuvable'
        : 'lecture impossible';
    const d = parcoursDiagnostic(
      'PAR000',
      { file, line: 1, col: 1 },
      reason,
      'vérifiez le chemin (relatif au dossier du projet)',
    );
    return { file, parcours: null, diagnostics: [d] };
  }
  return checkParcoursSource(source, file, {
    scenarioIds,
    layout: file.split(/[\\/]/).at(-2) === PARCOURS_DIR,
  });
}

/** Every path of a folder with their diagnostics. */
interface LoadedParcours {
  /** The paths without error, sorted: « tous les publics » first, then by title. */
  readonly parcours: readonly Parcours[];
  readonly diagnostics: readonly ParcoursDiagnostic[];
}

/**
 * Load every path of `dir` (default parcours/), checked against the scenarios of `scenariosDir`
 * (default scenarios/). A path with errors is left out of `parcours` and reported in `diagnostics`.
 */
export async function loadParcours(
  dir = PARCOURS_DIR,
  scenariosDir = SCENARIOS_DIR,
): Promise<LoadedParcours> {
  const scenarioIds = await listScenarioIds(scenariosDir);
  const checked = await Promise.all(
    (await listParcoursFiles(dir)).map((f) => checkParcoursFile(f, scenarioIds)),
  );
  const parcours = checked
    .map((c) => c.parcours)
    .filter((p): p is Parcours => p !== null)
    .sort(
      (a, b) =>
        Number(b.audience.includes('tous')) - Number(a.audience.includes('tous')) ||
        a.title.localeCompare(b.title, 'fr'),
    );
  return { parcours, diagnostics: checked.flatMap((c) => c.diagnostics) };
}
