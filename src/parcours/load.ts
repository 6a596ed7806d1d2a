/**
 * Loading and checking one path file, without Node: YAML with `parseDocument` + `LineCounter`
 * (unique keys), the Zod schema, then the cross-checks against the scenarios that exist (unknown
 * id with a suggestion, duplicate, empty path, no required scenario, pass mark, file name). Every
 * problem is a `file:line:col CODE` diagnostic; this never throws for a bad file.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { createSourceMap, type SourceMap } from '../scenario/check/index';
import type { DataPath } from '../scenario/diagnostics/index';
import { didYouMean } from '../scenario/diagnostics/index';
import { parcoursDiagnostic, type ParcoursCode, type ParcoursDiagnostic } from './diagnostics';
import {
  PARCOURS_SCHEMA_COMMENT,
  PASS_MARK_RANGE,
  parcoursItemSchema,
  parcoursSchema,
  type Parcours,
} from './schema';

/** What the checker knows about the world: the scenario ids that exist. */
interface ParcoursContext {
  readonly scenarioIds: readonly string[];
  /** Compare `id` to the file name (on for files under parcours/). */
  readonly layout?: boolean;
}

/** A checked path file: the path when it has no error, and every diagnostic. */
export interface CheckedParcours {
  readonly file: string;
  readonly parcours: Parcours | null;
  readonly diagnostics: readonly ParcoursDiagnostic[];
}

type Issue = z.core.$ZodIssue;

const TOP_KEYS = Object.keys(parcoursSchema.shape);
const ITEM_KEYS = Object.keys(parcoursItemSchema.shape);

const valueAt = (data: unknown, path: DataPath): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined,
    data,
  );

/** A data path in the author's words: `« why » du scénario n° 2`. */
function where(path: DataPath): string {
  const [head, index, ...rest] = path;
  if (head === 'scenarios' && typeof index === 'number') {
    const item = `le scénario n° ${index + 1} de la liste`;
    return rest.length === 0 ? item : `« ${rest.join('.')} » du ${item.slice(3)}`;
  }
  if (typeof index === 'number') return `la valeur n° ${index + 1} de « ${String(head)} »`;
  return path.length === 0 ? 'la racine du fichier' : `« ${path.join('.')} »`;
}

function schemaDiagnostic(
  issue: Issue,
  data: unknown,
  map: SourceMap,
  file: string,
): ParcoursDiagnostic[] {
  const at = (path: DataPath, target: 'value' | 'key' = 'value') => ({
    file,
    ...map.locate(path, target),
  });
  const path = issue.path as DataPath;
  if (issue.code === 'unrecognized_keys') {
    const allowed = path.length === 0 ? TOP_KEYS : ITEM_KEYS;
    return issue.keys.map((key) =>
      parcoursDiagnostic(
        'PAR004',
        at([...path, key], 'key'),
        `clé « ${key} » inconnue dans ${path.length === 0 ? 'le parcours' : where(path)}`,
        didYouMean(key, allowed, 'clés possibles'),
      ),
    );
  }
  if (valueAt(data, path) === undefined) {
    const field = String(path.at(-1));
    const owner = path.length > 1 ? ` dans ${where(path.slice(0, -1))}` : '';
    return [
      parcoursDiagnostic('PAR005', at(path), `champ obligatoire « ${field} » manquant${owner}`),
    ];
  }
  if (path[0] === 'passMark') return [passMarkDiagnostic(valueAt(data, path), at(path))];
  if (issue.code === 'invalid_value') {
    const value = String(valueAt(data, path));
    const allowed = issue.values.map(String);
    return [
      parcoursDiagnostic(
        'PAR006',
        at(path),
        `valeur « ${value} » non autorisée pour ${where(path)}`,
        didYouMean(value, allowed),
      ),
    ];
  }
  return [parcoursDiagnostic('PAR006', at(path), `${where(path)} : ${issue.message}`)];
}

function passMarkDiagnostic(
  value: unknown,
  at: { file: string; line: number; col: number },
): ParcoursDiagnostic {
  return parcoursDiagnostic(
    'PAR007',
    at,
    `seuil de réussite « ${String(value)} » invalide : un pourcentage entier de ${PASS_MARK_RANGE.min} à ${PASS_MARK_RANGE.max} est attendu`,
    typeof value === 'number' && value > 0 && value <= 1
      ? `écrivez ${Math.round(value * 100)} plutôt que ${value}`
      : 'ex. passMark: 70',
  );
}

/** The cross-checks of a schema-valid path. */
function crossCheck(
  parcours: Parcours,
  map: SourceMap,
  file: string,
  context: ParcoursContext,
): ParcoursDiagnostic[] {
  const out: ParcoursDiagnostic[] = [];
  const add = (code: ParcoursCode, path: DataPath, message: string, hint?: string) =>
    out.push(parcoursDiagnostic(code, { file, ...map.locate(path) }, message, hint));
  const { passMark } = parcours;
  if (
    !Number.isInteger(passMark) ||
    passMark < PASS_MARK_RANGE.min ||
    passMark > PASS_MARK_RANGE.max
  )
    out.push(passMarkDiagnostic(passMark, { file, ...map.locate(['passMark']) }));
  if (context.layout === true) {
    const name = (file.split(/[\\/]/).at(-1) ?? '').replace(/\.ya?ml$/, '');
    if (parcours.id !== name)
      add(
        'PAR009',
        ['id'],
        `l'identifiant « ${parcours.id} » diffère du nom du fichier « ${name} »`,
        `renommez le fichier en ${parcours.id}.yaml, ou écrivez id: ${name}`,
      );
  }
  if (parcours.scenarios.length === 0) {
    add('PAR012', ['scenarios'], 'le parcours ne contient aucun scénario');
    return out;
  }
  const seen = new Map<string, number>();
  parcours.scenarios.forEach((item, index) => {
    const path = ['scenarios', index, 'scenario'];
    if (!context.scenarioIds.includes(item.scenario))
      add(
        'PAR010',
        path,
        `scénario « ${item.scenario} » inconnu`,
        didYouMean(item.scenario, context.scenarioIds, 'scénarios existants'),
      );
    const first = seen.get(item.scenario);
    if (first !== undefined)
      add(
        'PAR011',
        path,
        `le scénario « ${item.scenario} » figure déjà dans le parcours (n° ${first + 1})`,
        'supprimez cette ligne ou celle du premier',
      );
    else seen.set(item.scenario, index);
  });
  if (parcours.scenarios.every((item) => item.optional === true))
    add('PAR013', ['scenarios'], 'tous les scénarios du parcours sont facultatifs');
  return out;
}

/** Parse and check one path source (pure: the caller gives the scenario ids that exist). */
export function checkParcoursSource(
  source: string,
  file: string,
  context: ParcoursContext,
): CheckedParcours {
  const counter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const map = createSourceMap(doc, counter);
  const diagnostics: ParcoursDiagnostic[] = [];
  if (source.split('\n', 1)[0]?.trim() !== PARCOURS_SCHEMA_COMMENT)
    diagnostics.push(
      parcoursDiagnostic(
        'PAR003',
        { file, line: 1, col: 1 },
        'la première ligne doit déclarer le schéma',
        PARCOURS_SCHEMA_COMMENT,
      ),
    );
  const fail = (): CheckedParcours => ({ file, parcours: null, diagnostics: sort(diagnostics) });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const at = { file, ...map.offset(error.pos[0]) };
      if (error.code === 'DUPLICATE_KEY') {
        const key = (source.slice(error.pos[0]).split('\n', 1)[0] ?? '').split(':', 1)[0]?.trim();
        diagnostics.push(parcoursDiagnostic('PAR002', at, `clé « ${key ?? ''} » en double`));
      } else if (!diagnostics.some((d) => d.code === 'PAR001'))
        diagnostics.push(
          parcoursDiagnostic(
            'PAR001',
            at,
            `YAML invalide (${error.code})`,
            "vérifiez l'indentation (2 espaces), les deux-points après chaque clé et les guillemets",
          ),
        );
    }
    return fail();
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    diagnostics.push(
      parcoursDiagnostic(
        'PAR001',
        { file, line: 1, col: 1 },
        "YAML invalide : trop d'alias (&, *)",
      ),
    );
    return fail();
  }
  const parsed = parcoursSchema.safeParse(data);
  if (!parsed.success) {
    diagnostics.push(...parsed.error.issues.flatMap((i) => schemaDiagnostic(i, data, map, file)));
    return fail();
  }
  diagnostics.push(...crossCheck(parsed.data, map, file, context));
  const errors = diagnostics.some((d) => d.severity === 'error');
  return { file, parcours: errors ? null : parsed.data, diagnostics: sort(diagnostics) };
}

function sort(list: readonly ParcoursDiagnostic[]): ParcoursDiagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}
