/**
 * Zod issues → diagnostics, in French, at the YAML position of `issue.path` (source-map.ts).
 * Unions are resolved to the branch the author most likely meant (fewest issues); unknown keys get
 * a "did you mean" among the keys allowed at that place, read from the JSON Schema.
 */
import type { z } from 'zod';
import { diagnostic, type Diagnostic, didYouMean } from '../diagnostics/index';
import { FORMER_SPELLINGS } from '../format/base';
import { scenarioJsonSchema } from '../format/index';
import type { DataPath, ReferenceTopic } from '../diagnostics/index';
import type { SourceMap } from './source-map';
import { allowedKeysAt, valueAt } from './schema-walk';

type Issue = z.core.$ZodIssue;

/** A key with spaces is a text cut at a comma inside `{ … }`. */
const FLOW_COMMA_HINT =
  'dans une écriture entre accolades { … }, un texte qui contient une virgule doit être entre guillemets, ex. text: "Oui, bien sûr."';

/** Former spellings (decision 050): still read, never proposed. */
const FORMER = new Set(Object.values(FORMER_SPELLINGS).flatMap((table) => Object.keys(table)));

let jsonSchema: Record<string, unknown> | undefined;
const schemaForHints = (): Record<string, unknown> => (jsonSchema ??= scenarioJsonSchema());

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un objet (clé: valeur)',
  undefined: 'rien',
  null: 'une valeur vide',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The list a numbered item belongs to, and how to name one of its items. */
function itemName(owner: string, index: number, item: unknown): string {
  const id =
    item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
      ? (item as { id: string }).id
      : undefined;
  if (owner === 'steps') return id === undefined ? `l'étape n° ${index + 1}` : `l'étape « ${id} »`;
  if (owner === 'roles') return id === undefined ? `le rôle n° ${index + 1}` : `le rôle « ${id} »`;
  if (owner === 'options') return `la réponse n° ${index + 1}`;
  return id === undefined
    ? `la valeur n° ${index + 1} de « ${owner} »`
    : `l'élément « ${id} » de « ${owner} »`;
}

/**
 * A data path in the author's words: steps and roles by their id, list items numbered from 1,
 * e.g. `« do.card » de l'étape « connexion »` rather than `steps[0].do.card`.
 */
function displayPath(path: DataPath, data?: unknown): string {
  const context: string[] = [];
  let field: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    const next =
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key as string]
        : undefined;
    if (typeof key === 'number') {
      context.unshift(itemName(field.join('.'), key, next));
      field = [];
    } else field.push(String(key));
    node = next;
  }
  const ctx = context.join(' de ');
  const tail = field.join('.');
  if (ctx === '') return tail === '' ? 'la racine du fichier' : `« ${tail} »`;
  return tail === '' ? ctx : `« ${tail} » de ${ctx}`;
}

/** A written value as text: scalars as written, lists and objects in JSON. */
const show = (value: unknown): string =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

/** The last key of a path (the field a value was written for). */
const lastKey = (path: DataPath): string =>
  String([...path].reverse().find((k) => typeof k === 'string') ?? '');

/** The référentiel section listing the values of a field. */
function topicOf(path: DataPath): ReferenceTopic {
  const key = lastKey(path);
  if (key === 'profession') return 'professions';
  if (key === 'type') return 'types-de-documents';
  if (key === 'action') return 'actions';
  return 'valeurs';
}

/** A branch that rejects the value's very type (a text where an object is written, …). */
const rejectsType = (branch: readonly Issue[]): boolean =>
  branch.some((i) => i.code === 'invalid_type' && i.path.length === 0);

/**
 * Flatten unions: keep the branch the author most likely meant (one that accepts the value's type,
 * then the fewest issues), with paths made absolute. So `- id: … profession: 70` is reported on
 * `profession`, not as « a text expected » on the whole entry.
 */
function flatten(issues: readonly Issue[], prefix: DataPath = []): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best =
        [...issue.errors].sort(
          (a, b) => Number(rejectsType(a)) - Number(rejectsType(b)) || a.length - b.length,
        )[0] ?? [];
      return flatten(best, path);
    }
    return [{ ...issue, path }];
  });
}

/** Convert Zod issues into diagnostics for one file. */
export function schemaDiagnostics(
  issues: readonly Issue[],
  data: unknown,
  map: SourceMap,
  file: string,
): Diagnostic[] {
  const name = (p: DataPath): string => displayPath(p, data);
  return flatten(issues).flatMap((issue): Diagnostic[] => {
    const path = issue.path;
    const here = (p: DataPath = path, target: 'value' | 'key' = 'value') => ({
      file,
      ...map.locate(p, target),
    });
    const value = valueAt(data, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeysAt(schemaForHints(), path, data);
        return issue.keys.map((key) =>
          diagnostic(
            'SCN004',
            here([...path, key], 'key'),
            `clé « ${key} » inconnue dans ${name(path)}`,
            /\s/.test(key) ? FLOW_COMMA_HINT : didYouMean(key, allowed, 'clés possibles'),
          ),
        );
      }
      case 'invalid_type': {
        if (value === undefined)
          return [diagnostic('SCN005', here(), `champ obligatoire ${name(path)} manquant`)];
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        const received = TYPE_NAMES[typeOf(value)] ?? typeOf(value);
        const key = lastKey(path);
        const scalar = typeof value === 'number' || typeof value === 'boolean';
        const quote =
          issue.expected !== 'string'
            ? undefined
            : scalar && key !== ''
              ? `écrivez la valeur entre guillemets : ${key}: "${String(value)}"`
              : 'mettez la valeur entre guillemets, ex. "…"';
        const see = key === 'profession' ? 'professions' : undefined;
        return [
          diagnostic(
            'SCN006',
            here(),
            `${name(path)} : ${expected} attendu, ${received} reçu`,
            quote,
            see,
          ),
        ];
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String).filter((v) => !FORMER.has(v));
        if (value === undefined)
          return [
            diagnostic(
              'SCN005',
              here(),
              `champ obligatoire ${name(path)} manquant`,
              `valeurs possibles : ${allowed.join(', ')}`,
              topicOf(path),
            ),
          ];
        return [
          diagnostic(
            'SCN007',
            here(),
            `${name(path)} : valeur « ${show(value)} » non autorisée`,
            didYouMean(show(value), allowed, 'valeurs possibles', topicOf(path)),
            topicOf(path),
          ),
        ];
      }
      case 'invalid_union': {
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const discriminator = path[path.length - 1];
        const shown = String(value);
        if (value === undefined)
          return [
            diagnostic(
              'SCN005',
              here(),
              `champ obligatoire ${name(path)} manquant`,
              `valeurs possibles : ${options.join(', ')}`,
              topicOf(path),
            ),
          ];
        if (discriminator === 'action')
          return [
            diagnostic(
              'SCN008',
              here(),
              `action « ${shown} » inconnue`,
              didYouMean(shown, options, 'actions possibles', 'actions'),
            ),
          ];
        if (options.length > 0)
          return [
            diagnostic(
              'SCN007',
              here(),
              `${name(path)} : valeur « ${shown} » non autorisée`,
              didYouMean(shown, options, 'valeurs possibles', topicOf(path)),
              topicOf(path),
            ),
          ];
        return [diagnostic('SCN006', here(), `${name(path)} : valeur invalide`)];
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const bound = String(small ? issue.minimum : issue.maximum);
        const message =
          issue.origin === 'array'
            ? `${name(path)} : ${small ? 'au moins' : 'au plus'} ${bound} élément(s) attendu(s)`
            : issue.origin === 'string'
              ? small
                ? `${name(path)} : le texte ne doit pas être vide`
                : `${name(path)} : texte trop long (au plus ${bound} caractères)`
              : `${name(path)} : valeur ${small ? 'minimale' : 'maximale'} ${bound}`;
        return [diagnostic('SCN006', here(), message)];
      }
      default:
        // invalid_format and custom issues carry the French messages written in the schema.
        return [diagnostic('SCN006', here(), `${name(path)} : ${issue.message}`)];
    }
  });
}
