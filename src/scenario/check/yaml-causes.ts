/**
 * The likely cause of a YAML syntax error, found in the source lines, since the parser reports
 * where it got lost rather than what the author did wrong: the French colon trap (« Elle répond :
 * oui » unquoted, in a block value or inside `{ … }`), and an indentation that matches no
 * enclosing block. Each cause comes with the line and column of the mistake itself.
 */

/** A cause found in the source. Lines and columns start at 1. */
export interface YamlCause {
  readonly line: number;
  readonly col: number;
  readonly message: string;
  readonly hint: string;
}

const KEY = /^([A-Za-z_][\w.-]*):(?:\s+|$)/;
const QUOTED_OR_SPECIAL = /^["'|>&*!%@`#]/;
/** A colon that YAML reads as « key: » inside a plain value: followed by a space or the line end. */
const COLON = /:(?=\s|$)/;

const stripComment = (text: string): string => text.replace(/\s+#.*$/, '');

/** The colon trap in one `key: value` pair; `offset` is where `pair` starts in the line. */
function trapInPair(pair: string, offset: number, line: number): YamlCause | null {
  const key = KEY.exec(pair);
  if (key === null) return null;
  const raw = pair.slice(key[0].length);
  const value = stripComment(raw).trimEnd();
  if (value === '' || QUOTED_OR_SPECIAL.test(value) || /^[{[]/.test(value)) return null;
  const colon = COLON.exec(value);
  if (colon === null) return null;
  const text = value.replace(/\s*[,}]\s*$/, '');
  return {
    line,
    col: offset + key[0].length + colon.index + 1,
    message: `deux-points suivi d'une espace dans le texte « ${text} » : YAML y lit une nouvelle clé`,
    hint: `mettez le texte entre guillemets : ${key[1]}: "${text.replace(/"/g, '\\"')}"`,
  };
}

/** The colon trap on one line, in a block value or in a `{ … }` flow map. */
export function colonTrap(text: string, line: number): YamlCause | null {
  const indent = /^(\s*(?:-\s+)?)/.exec(text)?.[1]?.length ?? 0;
  const body = text.slice(indent);
  const key = KEY.exec(body);
  if (key === null) return null;
  const rest = body.slice(key[0].length);
  if (!rest.startsWith('{')) return trapInPair(body, indent, line);
  // Inside { … }: split the pairs at the commas that precede a key.
  const inner = indent + key[0].length + 1;
  const content = rest.slice(1);
  const starts = [
    0,
    ...[...content.matchAll(/,\s*(?=[A-Za-z_][\w.-]*:\s)/g)].map((m) => m.index + m[0].length),
  ];
  for (const start of starts) {
    const end = content.slice(start).search(/,\s*[A-Za-z_][\w.-]*:\s|\}\s*$/);
    const pair = content.slice(start, end < 0 ? undefined : start + end).trimStart();
    const lead = content.slice(start).length - content.slice(start).trimStart().length;
    const cause = trapInPair(pair, inner + start + lead, line);
    if (cause !== null) return cause;
  }
  return null;
}

interface Previous {
  readonly indent: number;
  /** `key:` with nothing after it: a block starts on the next line. */
  readonly opens: boolean;
  /** `- …`: the item's content is two columns to the right. */
  readonly item: boolean;
}

const isBlockScalar = (value: string) => /^[|>][-+]?\d*\s*$/.test(value);
const balance = (text: string) =>
  (text.match(/[{[]/g)?.length ?? 0) - (text.match(/[}\]]/g)?.length ?? 0);

function unclosed(n: number, text: string): YamlCause {
  const open = text.lastIndexOf('{') > text.lastIndexOf('[') ? '{' : '[';
  const close = open === '{' ? '}' : ']';
  return {
    line: n + 1,
    col: text.trimEnd().length + 1,
    message: `« ${open} » ouvert à la ligne ${n + 1} et jamais fermé`,
    hint: `ajoutez « ${close} » en fin de ligne ${n + 1}`,
  };
}

/**
 * The first line whose indentation matches no enclosing block, or the first `{`/`[` left open,
 * up to `lastLine`.
 */
export function indentationFault(lines: readonly string[], lastLine: number): YamlCause | null {
  const stack = [0];
  let prev: Previous | null = null;
  let scalarAbove: number | null = null;
  let depth = 0;
  let flowAt = 0;
  for (let n = 0; n < Math.min(lines.length, lastLine); n += 1) {
    const text = lines[n] ?? '';
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const indent = text.length - text.trimStart().length;
    if (scalarAbove !== null && indent > scalarAbove) continue;
    scalarAbove = null;
    if (depth > 0) {
      const opener = lines[flowAt] ?? '';
      const openerIndent = opener.length - opener.trimStart().length;
      if (indent <= openerIndent && KEY.exec(text.trimStart().replace(/^-\s+/, '')) !== null)
        return unclosed(flowAt, opener);
      depth += balance(text);
      continue;
    }
    const body = text.trimStart();
    const isItem = body.startsWith('- ') || body === '-';
    const entry = KEY.exec(isItem ? body.slice(2).trimStart() : body);
    if (prev !== null) {
      if (prev.opens) {
        if (indent < prev.indent || (indent === prev.indent && !isItem))
          return fault(n, indent, prev.indent + 2);
        stack.push(indent);
      } else if (prev.item && indent === prev.indent + 2) {
        if (stack.at(-1) !== indent) stack.push(indent);
      } else {
        while ((stack.at(-1) ?? 0) > indent) stack.pop();
        if (stack.at(-1) !== indent) {
          // A deeper line without `key:` continues a plain text: YAML allows it.
          if (indent > prev.indent && entry === null) continue;
          return fault(n, indent, prev.item ? prev.indent + 2 : prev.indent);
        }
      }
    }
    const value =
      entry === null
        ? ''
        : stripComment((isItem ? body.slice(2).trimStart() : body).slice(entry[0].length)).trim();
    if (isBlockScalar(value)) scalarAbove = indent;
    depth = Math.max(0, balance(text));
    if (depth > 0) flowAt = n;
    prev = { indent, opens: entry !== null && value === '', item: isItem };
  }
  return null;
}

function fault(n: number, found: number, expected: number): YamlCause {
  const spaces = (k: number) => `${k} espace${k > 1 ? 's' : ''}`;
  return {
    line: n + 1,
    col: found + 1,
    message: `indentation de ${spaces(found)} à la ligne ${n + 1}, ${spaces(expected)} attendus à cet endroit`,
    hint: `alignez la ligne ${n + 1} sur les clés du même bloc (2 espaces par niveau, jamais de tabulation)`,
  };
}
