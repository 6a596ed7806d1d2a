/**
 * Loading a scenario file: YAML with `parseDocument` + `LineCounter` (`uniqueKeys`, no pretty
 * errors), then the Zod schema. YAML errors and Zod issues become diagnostics with line and column;
 * the schema step runs only on a syntactically valid file.
 */
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { diagnostic, type Diagnostic } from './diagnostics';
import { scenarioSchema, type Scenario } from './schema';
import { schemaDiagnostics } from './schema-issues';
import { createSourceMap, type SourceMap } from './source-map';
import { SCHEMA_COMMENT } from './vocabulary';

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
    diagnostics.push(...doc.errors.map((e) => yamlDiagnostic(e, source, map, file)));
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
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    diagnostics.push(...schemaDiagnostics(parsed.error.issues, data, map, file));
    return { file, source, map, data, scenario: null, diagnostics };
  }
  return { file, source, map, data, scenario: parsed.data, diagnostics };
}
