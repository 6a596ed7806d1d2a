/**
 * The training paths (parcours/<id>.yaml) as the pages use them, read at build time by the same
 * checker as `npm run scenarios -- check`: a path with an error fails the build with its
 * `file:line:col CODE` diagnostics. Also the JSON the pages' scripts read (no request at run time).
 */
import { formatParcoursDiagnostic, type Parcours } from '../../src/parcours/index';
import { loadParcours } from '../../src/parcours/load-dir';
import type { ScenarioSummary } from './scenario-catalogue';

/** Every path, « tous les publics » first; throws (failing the build) on any error. */
export async function getParcoursList(): Promise<readonly Parcours[]> {
  const { parcours, diagnostics } = await loadParcours();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(
      `Parcours invalides :\n${errors.map(formatParcoursDiagnostic).join('\n')}\nVoir parcours/README.md.`,
    );
  return parcours;
}

/** Address of a path's page. */
/** One page per training path (`params.id`), the path as its props: for `getStaticPaths`. */
export async function parcoursStaticPaths() {
  return (await getParcoursList()).map((parcours) => ({
    params: { id: parcours.id },
    props: { parcours },
  }));
}

/** The props of a training path's pages. */
export interface ParcoursPageProps {
  readonly parcours: Parcours;
}

export const parcoursPath = (id: string) => `/parcours/${id}/`;

/** Address of a path's attestation. */
export const attestationPath = (id: string) => `/parcours/${id}/attestation/`;

/** What the pages' scripts know of a scenario. */
export interface ScenarioCard {
  readonly id: string;
  readonly title: string;
  readonly duration: number;
  readonly faq: readonly string[];
  readonly citedFaq: readonly string[];
}

/** The scenario facts the scripts need, from the catalogue. */
export const scenarioCards = (catalogue: readonly ScenarioSummary[]): ScenarioCard[] =>
  catalogue.map((s) => ({
    id: s.id,
    title: s.title,
    duration: s.duration,
    faq: s.faq,
    citedFaq: s.citedFaq,
  }));

/** JSON safe to inline in a `<script type="application/json">`. */
export const inlineJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c');
