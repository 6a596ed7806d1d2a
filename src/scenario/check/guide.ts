/**
 * The trainer guide is written once, in scenarios/README.md, and rendered as is on the site page
 * « Écrire un scénario ». Its diagnostics table is generated from `DIAGNOSTIC_CODES` between two
 * markers: `npm run scenarios -- guide` rewrites it, and a test fails when it is stale.
 */
import { DIAGNOSTIC_CODES, defaultSee, referenceHref } from '../diagnostics/index';

/** Where the guide lives, relative to the project root. */
export const GUIDE_PATH = 'scenarios/README.md';

/** Markers around the generated diagnostics table. */
const TABLE_START =
  '<!-- début du tableau généré par `npm run scenarios -- guide` : ne pas modifier à la main -->';
/** End marker of the generated table. */
const TABLE_END = '<!-- fin du tableau généré -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The diagnostics table in Markdown: code, severity, meaning, fix and référentiel section. */
function diagnosticsTable(): string {
  const rows = Object.entries(DIAGNOSTIC_CODES).map(([code, d]) => {
    const see = defaultSee(code as keyof typeof DIAGNOSTIC_CODES);
    return `| ${code} | ${d.severity === 'error' ? 'erreur' : 'avertissement'} | ${cell(d.title)} | ${cell(d.fix)} | ${see === undefined ? '' : `\`${referenceHref(see)}\``} |`;
  });
  return [
    '| Code | Gravité | Signification | Correction | Référentiel |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The guide with its generated table brought up to date (unchanged when already fresh). */
export function refreshGuide(text: string): string {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`${GUIDE_PATH} : marqueurs du tableau des diagnostics introuvables`);
  return `${text.slice(0, start + TABLE_START.length)}\n\n${diagnosticsTable()}\n\n${text.slice(end)}`;
}
