/**
 * Node-only side of the checker: reading scenario files (an unreadable file gives SCN000), listing
 * every file of scenarios/, and turning the layout rules on for files under scenarios/<theme>/.
 * Kept out of `index.ts` so that the browser bundle never pulls `node:fs`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import {
  checkSource,
  type CheckOptions,
  type CheckResult,
  loadScenario,
  playRoutesOverHttp,
} from './check/index';
import { diagnostic } from './diagnostics/index';

/** The folder that holds the scenarios, relative to the working directory. */
export const SCENARIOS_DIR = 'scenarios';

/** Whether a file lies in scenarios/<theme>/ of the working directory. */
function isInScenariosDir(file: string): boolean {
  const rel = relative(resolve(SCENARIOS_DIR), resolve(file));
  return !rel.startsWith('..') && rel.split(sep).length === 2;
}

/** Every scenario file under scenarios/, sorted, with forward slashes. */
export async function listScenarioFiles(dir = SCENARIOS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f).split(sep).join('/'))
    .sort();
}

/**
 * Check one file; the layout rules apply under scenarios/<theme>/ unless told otherwise, and every
 * branch is played over the core and, as the site plays it, through the simulated API.
 */
export async function checkFile(file: string, options: CheckOptions = {}): Promise<CheckResult> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'fichier introuvable'
        : 'lecture impossible';
    const at = { file, line: 1, col: 1 };
    return {
      loaded: loadScenario('', file),
      world: null,
      report: null,
      diagnostics: [
        diagnostic('SCN000', at, reason, 'vérifiez le chemin (relatif au dossier du projet)'),
      ],
    };
  }
  return checkSource(source, file, {
    layout: isInScenariosDir(file),
    alsoPlay: playRoutesOverHttp,
    ...options,
  });
}

/** What the command line was given: the files to check, and the folders that held none. */
interface Targets {
  readonly files: readonly string[];
  readonly emptyFolders: readonly string[];
}

/**
 * The files named on the command line, a folder standing for every scenario file below it; no
 * argument means all of scenarios/. A path that does not exist stays as is (SCN000 reports it).
 */
export async function expandTargets(args: readonly string[]): Promise<Targets> {
  if (args.length === 0) return { files: await listScenarioFiles(), emptyFolders: [] };
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const arg of args) {
    const isFolder = await stat(arg).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      files.push(arg);
      continue;
    }
    const inside = await listScenarioFiles(arg.replace(/[\\/]+$/, ''));
    if (inside.length === 0) emptyFolders.push(arg);
    files.push(...inside);
  }
  return { files: [...new Set(files)], emptyFolders };
}

/** The notice for a file outside scenarios/<thème>/, whose id and theme are not compared to its place. */
export function outsideNotice(file: string): string | null {
  if (isInScenariosDir(file)) return null;
  return `${file} : hors de ${SCENARIOS_DIR}/<thème>/, l'identifiant et le thème ne sont pas comparés au nom du fichier et au dossier ; pour le publier, rangez-le dans ${SCENARIOS_DIR}/<thème>/<id>.yaml.`;
}
