import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** Root of the docs collection. */
const DOCS_DIR = join(import.meta.dirname, '../../site/content/docs');

/** One MDX/MD file of the docs collection, with its frontmatter parsed. */
interface DocFile {
  /** Path relative to the docs directory, e.g. `faq/ins/retrouver-matricule-ins.mdx`. */
  readonly path: string;
  /** Site path, e.g. `/faq/ins/retrouver-matricule-ins/`. */
  readonly url: string;
  readonly data: Record<string, unknown>;
  /** Body without frontmatter and without MDX import lines. */
  readonly body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : /\.mdx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Reads every page of the docs collection. */
export function readDocs(): DocFile[] {
  return walk(DOCS_DIR).map((file) => {
    const raw = readFileSync(file, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
    if (!match) throw new Error(`${file}: no frontmatter`);
    const path = relative(DOCS_DIR, file);
    const id = path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    return {
      path,
      url: id === '' ? '/' : `/${id}/`,
      data: parse(match[1] ?? '') as Record<string, unknown>,
      body: (match[2] ?? '').replace(/^import .*$/gm, ''),
    };
  });
}

/** FAQ question pages only (those with a `faq` block). */
export function readFaqDocs(): (DocFile & { faq: Record<string, unknown> })[] {
  return readDocs().flatMap((d) =>
    d.data['faq'] ? [{ ...d, faq: d.data['faq'] as Record<string, unknown> }] : [],
  );
}

/** Lower-case words of a text, without punctuation or Markdown syntax. */
function words(text: string): string[] {
  return text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/’/g, "'")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Set of the runs of `n` consecutive words of a text. */
export function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}
