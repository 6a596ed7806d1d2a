/**
 * Zod issues → diagnostics, in French, at the YAML position of `issue.path` (source-map.ts).
 * Unions are resolved to the branch the author most likely meant (fewest issues); unknown keys get
 * a "did you mean" among the keys allowed at that place, read from the JSON Schema.
 */
import type { z } from 'zod';
import { diagnostic, type Diagnostic } from './diagnostics';
import { scenarioJsonSchema } from './json-schema';
import type { DataPath, SourceMap } from './source-map';
import { allowedKeysAt, valueAt } from './schema-walk';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;

/** A key with spaces is a text cut at a comma inside `{ … }`. */
const FLOW_COMMA_HINT =
  'dans une écriture entre accolades { … }, un texte qui contient une virgule doit être entre guillemets, ex. text: "Oui, bien sûr."';

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

/** `steps[2].expect.code` for display. */
export function displayPath(path: DataPath): string {
  let out = '';
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  return out === '' ? 'racine du fichier' : out;
}

const name = (path: DataPath): string => `« ${displayPath(path)} »`;

/** Flatten unions: keep the branch with the fewest issues, with paths made absolute. */
function flatten(issues: readonly Issue[], prefix: DataPath = []): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
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
        const quote =
          issue.expected === 'string' ? 'mettez la valeur entre guillemets, ex. "…"' : undefined;
        return [
          diagnostic(
            'SCN006',
            here(),
            `${name(path)} : ${expected} attendu, ${received} reçu`,
            quote,
          ),
        ];
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        return [
          diagnostic(
            'SCN007',
            here(),
            `${name(path)} : valeur « ${String(value)} » non autorisée`,
            didYouMean(String(value), allowed, 'valeurs possibles'),
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
            ),
          ];
        if (discriminator === 'action')
          return [
            diagnostic(
              'SCN008',
              here(),
              `action « ${shown} » inconnue`,
              didYouMean(shown, options, 'actions possibles'),
            ),
          ];
        if (options.length > 0)
          return [
            diagnostic(
              'SCN007',
              here(),
              `${name(path)} : valeur « ${shown} » non autorisée`,
              didYouMean(shown, options, 'valeurs possibles'),
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
