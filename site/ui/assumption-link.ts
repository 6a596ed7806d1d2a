/** Where the site explains a simulator assumption (its entry on the Sources page), and where one is named. */
import { ASSUMPTION_IDS, type AssumptionId } from '../../src/dmp/assumptions';

/** The anchor of an assumption's entry (`hs6`). */
export const assumptionAnchor = (id: AssumptionId): string => id.toLowerCase();

/** The path of an assumption's entry on the site (`/sources/#hs6`). */
export const assumptionHref = (id: AssumptionId): string =>
  `${import.meta.env.BASE_URL}sources/#${assumptionAnchor(id)}`;

const KNOWN: ReadonlySet<string> = new Set(ASSUMPTION_IDS);

/**
 * The assumptions a text names (« hypothèse du simulateur (HS6) »), in order, each once: a decision
 * resting on one must name it in its text (src/dmp/assumptions.test.ts), whichever port answered.
 */
export function assumptionsNamedIn(...texts: readonly string[]): AssumptionId[] {
  const found = texts.join('\n').match(/\bHS\d+\b/g) ?? [];
  return [...new Set(found)].filter((id): id is AssumptionId => KNOWN.has(id));
}
