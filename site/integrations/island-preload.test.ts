import { describe, expect, it } from 'vitest';
import { staticClosure, staticImportsOf, withIslandPreloads } from './island-preload';

// Chunks as the build writes them (minified), by URL path.
const CHUNKS: Record<string, string> = {
  '/_astro/Island.js': `import{a as e}from"./preact.js";import"./side.js";export{b}from"./shared.js";const l=()=>import("./lazy.js");`,
  '/_astro/preact.js': `export const a=1;`,
  '/_astro/side.js': `import{c}from"./shared.js";`,
  '/_astro/shared.js': `export const b=2,c=3;`,
  '/_astro/lazy.js': `import"./only-lazy.js";`,
  '/_astro/client.js': `import{a}from"./preact.js";`,
};
const read = (path: string) => Promise.resolve(CHUNKS[path] ?? null);

describe('modulepreload of the islands (build step)', () => {
  it('reads static imports and re-exports, never a dynamic import', () => {
    expect(staticImportsOf(CHUNKS['/_astro/Island.js'] ?? '')).toEqual([
      './preact.js',
      './side.js',
      './shared.js',
    ]);
  });

  it('follows static imports through the chunks, once each, and skips absent files', async () => {
    expect(await staticClosure(['/_astro/Island.js', '/_astro/missing.js'], read)).toEqual([
      '/_astro/Island.js',
      '/_astro/preact.js',
      '/_astro/side.js',
      '/_astro/shared.js',
    ]);
  });

  it("adds a link per chunk of the page's islands to its head, not one it already lists", async () => {
    const html =
      '<html><head><script type="module" src="/_astro/client.js"></script></head><body>' +
      '<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island></body></html>';
    const out = await withIslandPreloads(html, read);
    const links = [...out.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual([
      '/_astro/Island.js',
      '/_astro/preact.js',
      '/_astro/side.js',
      '/_astro/shared.js',
    ]);
    expect(out.indexOf('modulepreload')).toBeLessThan(out.indexOf('</head>'));
    expect(out).not.toContain('lazy.js');
  });

  it('leaves a page without island as it is', async () => {
    const html = '<html><head></head><body><p>FAQ</p></body></html>';
    expect(await withIslandPreloads(html, read)).toBe(html);
  });
});
