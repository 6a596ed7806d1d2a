/**
 * The site page « Écrire un scénario » renders the trainer guide scenarios/README.md itself (one
 * text, two places): its `# title` becomes the page title, the rest is rendered at build time by
 * the site's Markdown processor (Sätteri, as astro.config.mjs sets it), with tables and code blocks
 * made focusable (they scroll horizontally) and the site addresses the guide cites turned into links.
 */
import { readFile } from 'node:fs/promises';
import { satteri } from '@astrojs/markdown-satteri';
import { GUIDE_PATH } from '../../src/scenario/check/index';

/** A heading of the guide, for the page's table of contents. */
interface GuideHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** What the page shows: title, first paragraph (description), HTML body and headings. */
interface GuidePage {
  readonly title: string;
  readonly description: string;
  readonly html: string;
  readonly headings: readonly GuideHeading[];
}

/**
 * Site addresses written as code in the guide (`/formateurs/referentiel/#faq`) become links; a
 * pattern with a placeholder (`/simulateur/<id>/`, escaped as `&lt;id&gt;`) stays plain code.
 */
export function linkSiteAddresses(html: string): string {
  return html.replace(
    /<code>(\/(?:formateurs|simulateur|faq|regles|outils)\/[^<\s&]*)<\/code>/g,
    (_all, href: string) => `<a href="${href.replace(/<[^>]*>/g, '')}"><code>${href}</code></a>`,
  );
}

/** The guide split into its title and its body, ready to render. */
export function splitGuide(markdown: string): { title: string; body: string; description: string } {
  const [first = '', ...rest] = markdown.split('\n');
  const title = first.replace(/^#\s+/, '').trim();
  const body = rest.join('\n');
  const paragraph = body.trim().split(/\n\s*\n/)[0] ?? '';
  return { title, body, description: paragraph.replace(/\s+/g, ' ').replace(/[*`]/g, '') };
}

/** Render the guide for the site. */
export async function renderGuide(path = GUIDE_PATH): Promise<GuidePage> {
  const { title, body, description } = splitGuide(await readFile(path, 'utf8'));
  const renderer = await satteri({
    features: { smartPunctuation: { quotes: false } },
  }).createRenderer({ syntaxHighlight: false });
  const { code, metadata } = await renderer.render(body);
  const html = linkSiteAddresses(code)
    .replaceAll('<table>', '<table tabindex="0">')
    .replaceAll('<pre>', '<pre tabindex="0">');
  const headings = metadata.headings.filter((h) => h.depth >= 2 && h.depth <= 3);
  return { title, description, html, headings };
}
