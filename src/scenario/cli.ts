/**
 * Command line of the scenario tools (French output, never a stack trace): check, run, show (the
 * trainer's sheet), ref (the référentiel), coverage, schema, help; `USAGE` below is the list. Files may be folders.
 * Exit codes: 0 success, 1 errors found, 2 bad usage or unexpected failure.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { checkFile, expandTargets, outsideNotice } from './check-file';
import {
  checkParcoursFile,
  isParcoursFile,
  listParcoursFiles,
  listScenarioIds,
} from '../parcours/load-dir';
import {
  formatParcoursDiagnostic,
  PARCOURS_JSON_SCHEMA_PATH,
  parcoursJsonSchemaText,
} from '../parcours/index';
import {
  computeCoverage,
  formatCoverage,
  type CoveredScenario,
  GUIDE_PATH,
  refreshGuide,
  buildReference,
  formatReferenceSection,
  referenceSection,
  playOverHttp,
} from './check/index';
import {
  formatDiagnostic,
  hasErrors,
  isReferenceTopic,
  REFERENCE_TOPICS,
} from './diagnostics/index';
import { JSON_SCHEMA_PATH, scenarioJsonSchemaText } from './format/index';
import { formatRunReport, formatScenarioSheet, type RunReport } from './engine/index';

/** Where the CLI writes. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** The usage, printed by `help`, `--help`, `-h` and after an unknown command. */
export const USAGE = [
  'Usage :',
  '  npm run scenarios -- check [fichiers ou dossiers…]        vérifier scénarios et parcours (par défaut : scenarios/ et parcours/)',
  '  npm run scenarios -- run [fichiers ou dossiers…] [--json]  jouer chaque branche sans interface',
  "  npm run scenarios -- run [fichiers ou dossiers…] --http    idem, à travers l'API simulée (HTTP)",
  '  npm run scenarios -- show [fichiers ou dossiers…]         fiche du formateur : étapes, événements, débriefing',
  '  npm run scenarios -- ref [sujet]                           référentiel du formateur (codes, jeu de données…)',
  '  npm run scenarios -- coverage                              couverture : FAQ, règles et transitions enseignées',
  '  npm run scenarios -- schema                                régénérer scenarios/scenario.schema.json et parcours/parcours.schema.json',
  '  npm run scenarios -- guide                                 régénérer le tableau des diagnostics du guide',
  '  npm run scenarios -- help                                  cette aide',
  `Sujets du référentiel : ${Object.keys(REFERENCE_TOPICS).join(', ')}.`,
];

const HELP_FLAGS = ['help', '--help', '-h', 'aide'];

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

async function check(
  targets: readonly string[],
  io: CliOutput,
  withAllParcours: boolean,
): Promise<number> {
  let errors = 0;
  let warnings = 0;
  let pathsFailed = false;
  const paths = [
    ...targets.filter(isParcoursFile),
    ...(withAllParcours ? await listParcoursFiles() : []),
  ];
  const files = targets.filter((f) => !isParcoursFile(f));
  if (paths.length > 0) {
    const scenarioIds = await listScenarioIds();
    let pathErrors = 0;
    let pathWarnings = 0;
    for (const file of paths) {
      const { diagnostics } = await checkParcoursFile(file, scenarioIds);
      for (const d of diagnostics) io.out(formatParcoursDiagnostic(d));
      pathErrors += diagnostics.filter((d) => d.severity === 'error').length;
      pathWarnings += diagnostics.filter((d) => d.severity === 'warning').length;
    }
    const checked = `${paths.length} parcours vérifié${paths.length > 1 ? 's' : ''}`;
    io.out(
      `${checked} : ${plural(pathErrors, 'erreur')}, ${plural(pathWarnings, 'avertissement')}.`,
    );
    pathsFailed = pathErrors > 0;
    if (files.length === 0) return pathsFailed ? 1 : 0;
  }
  for (const file of files) {
    const { diagnostics } = await checkFile(file);
    for (const d of diagnostics) io.out(formatDiagnostic(d));
    const notice = outsideNotice(file);
    if (notice !== null) io.out(notice);
    errors += diagnostics.filter((d) => d.severity === 'error').length;
    warnings += diagnostics.filter((d) => d.severity === 'warning').length;
  }
  const checked = `${plural(files.length, 'scénario')} vérifié${files.length > 1 ? 's' : ''}`;
  io.out(`${checked} : ${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}.`);
  return errors > 0 || pathsFailed ? 1 : 0;
}

/** The report over HTTP (in-process API), or null when the scenario has errors. */
async function overHttp(result: Awaited<ReturnType<typeof checkFile>>): Promise<RunReport | null> {
  const { loaded, world } = result;
  if (hasErrors(result.diagnostics) || loaded.scenario === null || world === null) return null;
  return playOverHttp(loaded.scenario, world);
}

async function run(
  files: readonly string[],
  options: { json: boolean; http: boolean },
  io: CliOutput,
): Promise<number> {
  const { json, http } = options;
  let failed = false;
  const results = [];
  for (const file of files) {
    const checked = await checkFile(file);
    const { diagnostics } = checked;
    const report = http ? await overHttp(checked) : checked.report;
    const passed = !hasErrors(diagnostics) && report !== null && report.passed;
    failed ||= !passed;
    if (json) results.push({ file, passed, diagnostics, report, ...(http ? { http: true } : {}) });
    else {
      for (const d of diagnostics) io.out(formatDiagnostic(d));
      if (report !== null) {
        if (http) io.out(`${file} : joué à travers l'API simulée (HTTP).`);
        for (const line of formatRunReport(file, report)) io.out(line);
      }
    }
  }
  if (json) io.out(JSON.stringify(files.length === 1 ? results[0] : results, null, 2));
  return failed ? 1 : 0;
}

async function show(files: readonly string[], io: CliOutput): Promise<number> {
  let failed = false;
  for (const file of files) {
    const { loaded, diagnostics } = await checkFile(file);
    for (const d of diagnostics) io.out(formatDiagnostic(d));
    if (loaded.scenario === null) failed = true;
    else for (const line of formatScenarioSheet(loaded.scenario)) io.out(line);
  }
  return failed ? 1 : 0;
}

function reference(topic: string | undefined, io: CliOutput): number {
  if (topic === undefined) {
    for (const section of buildReference())
      for (const line of formatReferenceSection(section)) io.out(line);
    return 0;
  }
  if (!isReferenceTopic(topic)) {
    io.err(`Sujet inconnu : « ${topic} ». Sujets : ${Object.keys(REFERENCE_TOPICS).join(', ')}.`);
    return 2;
  }
  for (const line of formatReferenceSection(referenceSection(topic))) io.out(line);
  return 0;
}

async function coverage(files: readonly string[], io: CliOutput): Promise<number> {
  const list: CoveredScenario[] = [];
  for (const file of files) {
    const { loaded, report, diagnostics } = await checkFile(file);
    if (loaded.scenario !== null && !hasErrors(diagnostics))
      list.push({ scenario: loaded.scenario, report });
    else io.err(`${file} : ignoré (erreurs ; voir npm run scenarios -- check ${file}).`);
  }
  io.out(
    `Couverture de ${plural(list.length, 'scénario')} (page du site : /formateurs/couverture/).`,
  );
  for (const line of formatCoverage(computeCoverage(list))) io.out(line);
  return 0;
}

/** The files to work on; a folder without scenario is reported (null: nothing to do). */
async function targetsOf(
  args: readonly string[],
  io: CliOutput,
): Promise<readonly string[] | null> {
  const { files, emptyFolders } = await expandTargets(args);
  for (const folder of emptyFolders) io.err(`Aucun fichier .yaml dans le dossier « ${folder} ».`);
  return files.length === 0 && emptyFolders.length > 0 ? null : files;
}

/** Run the CLI with its arguments (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], io: CliOutput): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const files = rest.filter((a) => !a.startsWith('--'));
    if (command !== undefined && HELP_FLAGS.includes(command)) {
      for (const line of USAGE) io.out(line);
      return 0;
    }
    switch (command) {
      case 'check':
      case 'run':
      case 'show':
      case 'coverage': {
        const targets = await targetsOf(files, io);
        if (targets === null) return 2;
        if (command === 'check') return await check(targets, io, files.length === 0);
        if (command === 'show') return await show(targets, io);
        if (command === 'coverage') return await coverage(targets, io);
        const options = { json: rest.includes('--json'), http: rest.includes('--http') };
        return await run(targets, options, io);
      }
      case 'ref':
        return reference(files[0], io);
      case 'guide':
        await writeFile(GUIDE_PATH, refreshGuide(await readFile(GUIDE_PATH, 'utf8')));
        io.out(`Tableau des diagnostics écrit dans ${GUIDE_PATH}.`);
        return 0;
      case 'schema':
        await writeFile(JSON_SCHEMA_PATH, scenarioJsonSchemaText());
        io.out(`Schéma écrit dans ${JSON_SCHEMA_PATH}.`);
        await writeFile(PARCOURS_JSON_SCHEMA_PATH, parcoursJsonSchemaText());
        io.out(`Schéma écrit dans ${PARCOURS_JSON_SCHEMA_PATH}.`);
        return 0;
      default:
        if (command !== undefined) io.err(`Commande inconnue : « ${command} ».`);
        for (const line of USAGE) io.err(line);
        return 2;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`Erreur inattendue : ${message}`);
    io.err("Le scénario n'a pas pu être traité ; signalez ce message avec la commande lancée.");
    return 2;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `… | head` closes the pipe early: stop quietly instead of printing a stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  const io: CliOutput = {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
