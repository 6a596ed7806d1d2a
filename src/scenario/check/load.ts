/**
 * Loading a scenario file: YAML with `parseDocument` + `LineCounter` (`uniqueKeys`, no pretty
 * errors), then the Zod schema. YAML errors and Zod issues become diagnostics with line and column;
 * the schema step runs only on a syntactically valid file.
 */
import { isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/index';
import { scenarioSchema, type Scenario } from '../format/index';
import { schemaDiagnostics } from './schema-issues';
import { createSourceMap, type SourceMap } from './source-map';
import { FORMER_SPELLINGS, SCHEMA_COMMENT } from '../format/base';
import { colonTrap, indentationFault, type YamlCause } from './yaml-causes';

/** A loaded file: its source map, plain data, the scenario when schema-valid, and diagnostics. */
export interface LoadedScenario {
  readonly file: string;
  readonly source: string;
  readonly map: SourceMap;
  readonly data: unknown;
  readonly scenario: Scenario | null;
  readonly diagnostics: readonly Diagnostic[];
}

const YAML_MESSAGES: Readonly<Record<string, string>> = {
  BAD_INDENT: 'indentation incorrecte',
  TAB_AS_INDENT: "tabulation utilisée pour l'indentation (utilisez des espaces)",
  MISSING_CHAR: 'caractère manquant (guillemet, crochet ou accolade fermante ?)',
  BLOCK_AS_IMPLICIT_KEY: 'deux-points manquant, ou clé écrite sur plusieurs lignes',
  MULTILINE_IMPLICIT_KEY: 'deux-points manquant, ou clé écrite sur plusieurs lignes',
  UNEXPECTED_TOKEN: 'élément inattendu',
  MULTIPLE_DOCS: 'un seul document YAML par fichier (retirez « --- »)',
  BAD_SCALAR_START:
    'une valeur ne peut pas commencer par ce caractère (mettez-la entre guillemets)',
  BAD_DQ_ESCAPE: "séquence d'échappement invalide entre guillemets doubles",
};

function yamlDiagnostic(
  error: YAMLError,
  source: string,
  map: SourceMap,
  file: string,
): Diagnostic {
  const at = { file, ...map.offset(error.pos[0]) };
  if (error.code === 'DUPLICATE_KEY') {
    const line = source.slice(error.pos[0]).split('\n', 1)[0] ?? '';
    const key = line.split(':', 1)[0]?.trim() ?? '';
    return diagnostic('SCN002', at, `clé « ${key} » en double`);
  }
  const what = YAML_MESSAGES[error.code] ?? 'syntaxe YAML invalide';
  return diagnostic(
    'SCN001',
    at,
    `YAML invalide : ${what} (${error.code})`,
    "vérifiez l'indentation (2 espaces), les deux-points après chaque clé, les guillemets et les accolades ou crochets fermants",
  );
}

/** The cause of the first syntax error, looked for in the lines up to it: colon trap, then indentation. */
function causeOf(error: YAMLError, source: string, map: SourceMap): YamlCause | null {
  const lines = source.split('\n');
  const at = map.offset(error.pos[0]).line;
  const traps = [at - 1, at]
    .map((n) => (n >= 1 ? colonTrap(lines[n - 1] ?? '', n) : null))
    .filter((c): c is YamlCause => c !== null);
  const indent = indentationFault(lines, at);
  return (
    [...traps, ...(indent === null ? [] : [indent])].sort((a, b) => a.line - b.line)[0] ?? null
  );
}

/**
 * YAML errors as diagnostics: every duplicate key, and the first syntax error only, at its cause
 * when one is found (the parser's later errors usually follow from it: they are counted, not
 * repeated).
 */
function yamlDiagnostics(
  errors: readonly YAMLError[],
  source: string,
  map: SourceMap,
  file: string,
): Diagnostic[] {
  const duplicates = errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const syntax = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  const out = duplicates.map((e) => yamlDiagnostic(e, source, map, file));
  const first = syntax[0];
  if (first === undefined) return out;
  const more =
    syntax.length > 1
      ? ` ; les ${syntax.length - 1} autres erreurs de syntaxe qui suivent en découlent sans doute : corrigez celle-ci, puis relancez`
      : '';
  const cause = causeOf(first, source, map);
  if (cause === null) {
    const d = yamlDiagnostic(first, source, map, file);
    return [...out, more === '' ? d : { ...d, hint: `${d.hint ?? ''}${more}` }];
  }
  return [
    ...out,
    diagnostic(
      'SCN001',
      { file, line: cause.line, col: cause.col },
      `YAML invalide : ${cause.message}`,
      `${cause.hint}${more}`,
    ),
  ];
}

const FORMER: Readonly<Record<string, Readonly<Record<string, string>>>> = FORMER_SPELLINGS;

/**
 * A warning for each value written in a former spelling (decision 050): the schema reads it as the
 * new value, the trainer is told which one to write.
 */
function formerSpellings(doc: Document, map: SourceMap, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      const field = String(pair.key.value);
      const written = String(pair.value.value);
      const now = FORMER[field]?.[written];
      if (now === undefined || pair.value.range == null) return;
      out.push(
        diagnostic(
          'SCN043',
          { file, ...map.offset(pair.value.range[0]) },
          `« ${field} » : « ${written} » est l'ancienne graphie de « ${now} »`,
          `écrivez ${field}: ${now}`,
        ),
      );
    },
  });
  return out;
}

/** Parse and validate one scenario source. */
export function loadScenario(source: string, file: string): LoadedScenario {
  const counter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const map = createSourceMap(doc, counter);
  const diagnostics: Diagnostic[] = [];
  if (source.split('\n', 1)[0]?.trim() !== SCHEMA_COMMENT) {
    diagnostics.push(
      diagnostic(
        'SCN003',
        { file, line: 1, col: 1 },
        'la première ligne doit déclarer le schéma',
        SCHEMA_COMMENT,
      ),
    );
  }
  if (doc.errors.length > 0) {
    diagnostics.push(...yamlDiagnostics(doc.errors, source, map, file));
    return { file, source, map, data: null, scenario: null, diagnostics };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // Only alias abuse (« billion laughs ») makes toJS throw once the document parsed cleanly.
    const at = { file, line: 1, col: 1 };
    diagnostics.push(
      diagnostic(
        'SCN001',
        at,
        "YAML invalide : trop d'alias (&, *)",
        "n'utilisez pas les ancres et alias YAML dans un scénario",
      ),
    );
    return { file, source, map, data: null, scenario: null, diagnostics };
  }
  diagnostics.push(...formerSpellings(doc, map, file));
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    diagnostics.push(...schemaDiagnostics(parsed.error.issues, data, map, file));
    return { file, source, map, data, scenario: null, diagnostics };
  }
  return { file, source, map, data, scenario: parsed.data, diagnostics };
}
