// `node scripts/unused-exports.mjs`: lists the exports that no other file imports, and the files
// that nothing imports, in src/, machines/, site/, scripts/ and test/ (what knip reports, with the
// TypeScript compiler API only: knip is not a dependency yet, see docs/decisions/043).
// Entry points count as used: Astro pages and content config, the files astro.config.mjs names,
// package.json scripts, tests, benchmarks and config files. Imports are followed through
// re-exports (`export { x } from`, `export * from`), dynamic `import()` and the frontmatter and
// `<script>` blocks of .astro files and the imports of .mdx files. Type-only imports count as uses.
// Like knip's `ignoreExportsUsedInFile`, an export its own file uses is not reported (`--all` lists
// those too: the `export` keyword is then the only thing to drop).
// Exit code 1 when something is reported, so that it can run in `npm run lint`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const ALL = process.argv.includes('--all');
const FOLDERS = ['src', 'machines', 'site', 'scripts', 'test'];
const CODE = /\.(ts|tsx|mts|mjs|js|astro|mdx)$/;

/** Files that run or are loaded by a tool, never imported: all their exports count as used. */
const ENTRY_PATTERNS = [
  /^site\/pages\//,
  /^site\/content\.config\.ts$/,
  /^site\/content\//, // MDX pages
  /\.test\.tsx?$/,
  /\.e2e\.ts$/,
  /\.dev\.ts$/, // playwright.dev.config.ts
  /^test\/fresh-clone\//, // run by scripts/test-all.mjs
  /^test\/e2e\/global-/,
  /^scripts\//,
  /^src\/scenario\/cli\.ts$/,
  /^src\/server\/cli\.ts$/,
  /\.d\.ts$/,
  /^[^/]+\.(ts|mjs|cjs)$/, // root config files
];

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => CODE.test(f) && (FOLDERS.some((d) => f.startsWith(`${d}/`)) || !f.includes('/')))
  .filter((f) => existsSync(join(ROOT, f)));
const files = new Set(tracked);

// Files named by astro.config.mjs (component overrides, aliases) are entries too.
const configEntries = new Set();
for (const config of ['astro.config.mjs', 'vitest.config.ts', 'playwright.config.ts']) {
  if (!existsSync(join(ROOT, config))) continue;
  for (const m of readFileSync(join(ROOT, config), 'utf8').matchAll(/['"]\.\/([^'"]+)['"]/g)) {
    if (files.has(m[1])) configEntries.add(m[1]);
  }
}
const isEntry = (f) => configEntries.has(f) || ENTRY_PATTERNS.some((p) => p.test(f));

/** The TypeScript parts of a file: the whole file, or the frontmatter and scripts of .astro/.mdx. */
function scriptsOf(file, text) {
  if (file.endsWith('.astro')) {
    const parts = [];
    const front = /^---\n([\s\S]*?)\n---/.exec(text);
    if (front) parts.push(front[1]);
    parts.push(...scriptBlocks(text));
    return parts;
  }
  if (file.endsWith('.mdx')) return [...text.matchAll(/^(?:import|export) .*$/gm)].map((m) => m[0]);
  return [text];
}

/** The content of the `<script>` elements of an .astro file (self-closing ones have none). */
function scriptBlocks(text) {
  const blocks = [];
  for (let at = text.indexOf('<script'); at !== -1; at = text.indexOf('<script', at + 1)) {
    // The opening tag ends at the first `>` outside `{…}` expressions (`set:html={a => b}`).
    let depth = 0;
    let end = at;
    while (end < text.length && !(text[end] === '>' && depth === 0)) {
      if (text[end] === '{') depth += 1;
      if (text[end] === '}') depth -= 1;
      end += 1;
    }
    if (text[end - 1] === '/') continue;
    const close = text.indexOf('</script>', end);
    if (close !== -1) blocks.push(text.slice(end + 1, close));
  }
  return blocks;
}

/** Resolve a relative specifier to a known file. */
function resolveSpec(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = relative(ROOT, resolve(ROOT, dirname(from), spec));
  const stem = base.replace(/\.(js|mjs|ts|tsx)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mjs`, `${stem}/index.ts`];
  return candidates.find((c) => files.has(c)) ?? null;
}

// Per file: its exports (name → { line, from?: [file, name] | star }), the names it uses elsewhere.
const modules = new Map();
/** Uses: target file → set of names ('*' for all). */
const uses = new Map();
const use = (file, name) => {
  if (!uses.has(file)) uses.set(file, new Set());
  uses.get(file).add(name);
};

for (const file of files) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const exports = new Map();
  const stars = [];
  modules.set(file, { exports, stars });
  for (const code of scriptsOf(file, text)) {
    const kind =
      file.endsWith('.tsx') || file.endsWith('.astro') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
    const lineOf = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const visit = (node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const target = resolveSpec(file, node.moduleSpecifier.text);
        const clause = node.importClause;
        if (target === null) return;
        if (!clause) use(target, '*side-effect');
        else {
          if (clause.name) use(target, 'default');
          const bindings = clause.namedBindings;
          if (bindings && ts.isNamespaceImport(bindings)) use(target, '*');
          if (bindings && ts.isNamedImports(bindings))
            for (const el of bindings.elements) use(target, (el.propertyName ?? el.name).text);
        }
        return;
      }
      if (ts.isExportDeclaration(node)) {
        const target =
          node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
            ? resolveSpec(file, node.moduleSpecifier.text)
            : null;
        if (!node.exportClause) {
          if (target) stars.push(target);
          return;
        }
        if (ts.isNamespaceExport(node.exportClause)) {
          exports.set(node.exportClause.name.text, { line: lineOf(node), from: [target, '*'] });
          return;
        }
        for (const el of node.exportClause.elements) {
          const local = (el.propertyName ?? el.name).text;
          exports.set(el.name.text, {
            line: lineOf(el),
            type: node.isTypeOnly || el.isTypeOnly,
            from: target ? [target, local] : node.moduleSpecifier ? null : undefined,
          });
        }
        return;
      }
      if (ts.isExportAssignment(node)) {
        exports.set('default', { line: lineOf(node) });
        return;
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [arg] = node.arguments;
        if (arg && ts.isStringLiteralLike(arg)) {
          const target = resolveSpec(file, arg.text);
          if (target) use(target, '*');
        }
      }
      // `typeof import('./x').y` and `import('./x').Y` in types.
      if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        const lit = node.argument.literal;
        if (ts.isStringLiteral(lit)) {
          const target = resolveSpec(file, lit.text);
          if (target)
            use(target, node.qualifier ? node.qualifier.getText(source).split('.')[0] : '*');
        }
      }
      const modifiers = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
      if (
        modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
        node.parent === source
      ) {
        const isDefault = modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
        if (ts.isVariableStatement(node)) {
          for (const d of node.declarationList.declarations)
            if (ts.isIdentifier(d.name)) exports.set(d.name.text, { line: lineOf(d) });
        } else if (node.name && ts.isIdentifier(node.name)) {
          const type = ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node);
          exports.set(isDefault ? 'default' : node.name.text, { line: lineOf(node), type });
        } else if (isDefault) exports.set('default', { line: lineOf(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}

// Propagate uses through re-exports until nothing changes.
const used = new Map(); // file → Set(names)
const mark = (file, name) => {
  if (!used.has(file)) used.set(file, new Set());
  const set = used.get(file);
  if (set.has(name)) return false;
  set.add(name);
  return true;
};
const queue = [];
for (const [file, names] of uses) for (const name of names) queue.push([file, name]);
for (const file of files) if (isEntry(file)) queue.push([file, '*']);
while (queue.length > 0) {
  const [file, name] = queue.pop();
  if (!mark(file, name)) continue;
  const mod = modules.get(file);
  if (!mod) continue;
  const names = name === '*' ? [...mod.exports.keys()] : [name];
  for (const n of names) {
    const from = mod.exports.get(n)?.from;
    if (from && from[0]) queue.push([from[0], from[1]]);
  }
  if (name === '*') for (const star of mod.stars) queue.push([star, '*']);
  else if (!mod.exports.has(name)) for (const star of mod.stars) queue.push([star, name]);
}

const unusedExports = [];
const unusedFiles = [];
for (const [file, mod] of modules) {
  if (isEntry(file)) continue;
  const names = used.get(file);
  if (names === undefined) {
    unusedFiles.push(file);
    continue;
  }
  if (names.has('*') || file.endsWith('.astro')) continue;
  const text = readFileSync(join(ROOT, file), 'utf8');
  for (const [name, { line, type, from }] of mod.exports) {
    if (names.has(name)) continue;
    const inFile = from === undefined && text.match(new RegExp(`\\b${name}\\b`, 'g')).length > 1;
    if (inFile && !ALL) continue;
    unusedExports.push(`${file}:${line} ${name} unused ${type ? 'type' : 'export'}`);
  }
}

unusedFiles.sort();
unusedExports.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
for (const f of unusedFiles) console.log(`${f} unused file`);
for (const e of unusedExports) console.log(e);
const types = unusedExports.filter((e) => e.endsWith(' type')).length;
console.log(
  `${unusedFiles.length} unused file(s), ${unusedExports.length - types} unused export(s) and ${types} unused type(s) in ${files.size} files.`,
);
process.exitCode = unusedFiles.length + unusedExports.length > 0 ? 1 : 0;
