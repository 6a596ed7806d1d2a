/**
 * Command line of the scenario tools (French output, never a stack trace):
 *   npm run scenarios -- check [fichiers…]        vérifie (par défaut : tout scenarios/)
 *   npm run scenarios -- run [fichiers…] [--json]  joue chaque branche sans interface
 *   npm run scenarios -- run [fichiers…] --http    idem, à travers l'API simulée (MSW en mémoire)
 *   npm run schema                                 écrit scenarios/scenario.schema.json
 * Exit codes: 0 success, 1 errors found, 2 bad usage or unexpected failure.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { checkFile, listScenarioFiles } from './check-file';
import { formatDiagnostic, hasErrors } from './diagnostics';
import { JSON_SCHEMA_PATH, scenarioJsonSchemaText } from './json-schema';
import { playOverHttp } from './http-local';
import { formatRunReport } from './report';
import type { RunReport } from './explore';

/** Where the CLI writes. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = [
  'Usage :',
  '  npm run scenarios -- check [fichiers…]        vérifier les scénarios (par défaut : tout scenarios/)',
  '  npm run scenarios -- run [fichiers…] [--json]  jouer chaque branche sans interface',
  "  npm run scenarios -- run [fichiers…] --http    idem, à travers l'API simulée (HTTP, MSW en mémoire)",
  '  npm run scenarios -- schema                    régénérer scenarios/scenario.schema.json',
];

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

async function check(files: readonly string[], io: CliOutput): Promise<number> {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const { diagnostics } = await checkFile(file);
    for (const d of diagnostics) io.out(formatDiagnostic(d));
    errors += diagnostics.filter((d) => d.severity === 'error').length;
    warnings += diagnostics.filter((d) => d.severity === 'warning').length;
  }
  const checked = `${plural(files.length, 'scénario')} vérifié${files.length > 1 ? 's' : ''}`;
  io.out(`${checked} : ${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}.`);
  return errors > 0 ? 1 : 0;
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

/** Run the CLI with its arguments (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], io: CliOutput): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const files = rest.filter((a) => !a.startsWith('--'));
    const targets = files.length > 0 ? files : await listScenarioFiles();
    switch (command) {
      case 'check':
        return await check(targets, io);
      case 'run':
        return await run(
          targets,
          { json: rest.includes('--json'), http: rest.includes('--http') },
          io,
        );
      case 'schema':
        await writeFile(JSON_SCHEMA_PATH, scenarioJsonSchemaText());
        io.out(`Schéma écrit dans ${JSON_SCHEMA_PATH}.`);
        return 0;
      default:
        for (const line of [
          command === undefined || command === 'help' ? '' : `Commande inconnue : « ${command} ».`,
          ...USAGE,
        ])
          if (line !== '') io.err(line);
        return command === 'help' ? 0 : 2;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`Erreur inattendue : ${message}`);
    io.err("Le scénario n'a pas pu être traité ; signalez ce message avec la commande lancée.");
    return 2;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
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
