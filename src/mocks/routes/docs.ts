/**
 * The documentation of every route, by route id: summaries, descriptions and documented responses,
 * read by `openapi.ts` only (the handlers, which also run in the browser, never import it).
 */
import { ACCESS_DOCS } from './access.docs';
import { FHIR_DOCS } from './fhir.docs';
import { MES_DOCS } from './mes.docs';
import type { RouteDoc } from './route';
import { SOFTWARE_DOCS } from './software.docs';
import { TRAINING_DOCS } from './training.docs';

/** Every route's documentation, by route id. */
export const ROUTE_DOCS: Readonly<Record<string, RouteDoc>> = {
  ...ACCESS_DOCS,
  ...FHIR_DOCS,
  ...MES_DOCS,
  ...SOFTWARE_DOCS,
  ...TRAINING_DOCS,
};
