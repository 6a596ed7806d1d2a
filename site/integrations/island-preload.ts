/**
 * Build step: each page with an island lists, in its head, every chunk the island imports
 * statically (`<link rel="modulepreload">`). Without it the browser finds the island's modules one
 * import level at a time, after the island starts (Astro starts a `client:only` island once the
 * page is parsed); with it, they all download with the page. Lazy imports (`import()`) stay lazy.
 * The scenario player waited on three such levels before (docs/decisions/044).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The relative chunks a built module imports or re-exports statically (`import("…")` excluded). */
export function staticImportsOf(source: string): string[] {
  const found = source.matchAll(
    /(?:^|[;}\s)/])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  );
  return [...new Set([...found].map((m) => m[1] as string))];
}

/** Resolves `./x.js` against the URL path of the chunk that imports it (`/_astro/y.js`). */
const resolvePath = (from: string, ref: string): string => new URL(ref, `http://x${from}`).pathname;

/**
 * Every chunk reachable by static imports from `entries` (URL paths such as `/_astro/a.js`), the
 * entries included, in discovery order. `read` gives a chunk's source, or null when it is absent.
 */
export async function staticClosure(
  entries: readonly string[],
  read: (path: string) => Promise<string | null>,
): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    const source = await read(path);
    if (source === null) continue;
    seen.add(path);
    for (const ref of staticImportsOf(source)) queue.push(resolvePath(path, ref));
  }
  return [...seen];
}

/** The page with a `modulepreload` link per chunk of its islands that it does not list yet. */
export async function withIslandPreloads(
  html: string,
  read: (path: string) => Promise<string | null>,
): Promise<string> {
  const entries = [
    ...html.matchAll(/(?:component-url|renderer-url)="(\/_astro\/[^"?]+\.js)"/g),
  ].map((m) => m[1] as string);
  if (entries.length === 0 || !html.includes('</head>')) return html;
  const links = (await staticClosure(entries, read))
    .filter((path) => !html.includes(`href="${path}"`) && !html.includes(`src="${path}"`))
    .map((path) => `<link rel="modulepreload" href="${path}">`);
  return links.length === 0 ? html : html.replace('</head>', `${links.join('')}</head>`);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/** The Astro integration: rewrites the built pages once the build is done. */
export function islandPreload(): AstroIntegration {
  return {
    name: 'dmp-island-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const chunks = new Map<string, Promise<string | null>>();
        const read = (path: string) => {
          let source = chunks.get(path);
          if (source === undefined) {
            source = readFile(join(root, path), 'utf8').catch(() => null);
            chunks.set(path, source);
          }
          return source;
        };
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const rewritten = await withIslandPreloads(html, read);
          if (rewritten === html) continue;
          await writeFile(file, rewritten);
          pages += 1;
        }
        logger.info(`modulepreload des îlots ajouté à ${pages} page(s).`);
      },
    },
  };
}
