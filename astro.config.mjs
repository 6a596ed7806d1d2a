// @ts-check
// Wiring only: no logic lives here (see ../shared/STYLE.md §1).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { sidebar } from './site/ui/sidebar.ts';
import { MACHINES } from './machines/index.ts';
import { machineRedirects } from './site/ui/machine-pages.ts';
import { islandPreload } from './site/integrations/island-preload.ts';

const SITE = 'https://dmp-simulateur.example';
// The first addresses of the machine pages only redirect: not in the sitemap.
const REDIRECTS = new Set(
  Object.keys(machineRedirects(MACHINES)).map((p) => new URL(p, SITE).href),
);

export default defineConfig({
  site: SITE,
  srcDir: './site',
  trailingSlash: 'always',
  markdown: {
    // Keep ASCII apostrophes: Pagefind does not split "d’urgence" (U+2019), only "d'urgence".
    processor: satteri({ features: { smartPunctuation: { quotes: false } } }),
  },
  vite: {
    // MSW's cookie jar (tough-cookie, 8 KB gzip, and the Public Suffix List behind it, ~100 KB) would
    // weigh on the simulator pages, which set no cookie: a small jar replaces it in the browser build
    // (docs/decisions/005).
    resolve: {
      alias: {
        'tough-cookie': fileURLToPath(new URL('./src/mocks/cookie-jar-lite.ts', import.meta.url)),
      },
    },
    build: {
      rolldownOptions: {
        output: {
          // One Preact chunk for every island: split in several, the shared pieces cost more gzip
          // than they save.
          codeSplitting: {
            groups: [{ name: 'preact', test: /[\\/]node_modules[\\/](preact|@preact)[\\/]/ }],
          },
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'DMP simulateur',
      description:
        'FAQ consultable et simulateur de formation sur la consultation du DMP (Mon espace santé) par les professionnels de santé.',
      defaultLocale: 'root',
      locales: { root: { label: 'Français', lang: 'fr' } },
      sidebar,
      customCss: ['./site/styles/custom.css', './site/styles/print.css'],
      lastUpdated: false,
      // Long lines wrap: a code block never scrolls sideways on a phone, so Expressive Code adds no
      // unnamed « region » to it (axe: landmark-unique, scrollable-region-focusable).
      expressiveCode: { defaultProps: { wrap: true } },
      pagination: true,
      components: {
        // A zero-JS search form instead of Starlight's modal (axe: label-content-name-mismatch).
        Search: './site/components/overrides/Search.astro',
        // Breadcrumb and short answer above FAQ titles.
        PageTitle: './site/components/overrides/PageTitle.astro',
        // Source citation, related questions and search metadata below FAQ answers.
        MarkdownContent: './site/components/overrides/MarkdownContent.astro',
        // The phone menu on pages without a sidebar too (the home page).
        PageFrame: './site/components/overrides/PageFrame.astro',
      },
    }),
    // Declared here (Starlight then adds none of its own) to leave the redirect pages out.
    sitemap({ filter: (page) => !REDIRECTS.has(page) }),
    mdx(),
    // Preact renders the islands, written against Preact's own API (decisions 023 and 040).
    preact(),
    islandPreload(),
  ],
});
