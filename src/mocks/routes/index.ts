/**
 * Every route of the simulated API, in documentation order (the OpenAPI document and the /api/
 * page follow it).
 */
import {
  breakGlassRoute,
  consentCreateRoute,
  mesToken,
  oppositionCreateRoute,
  pscToken,
} from './access.routes';
import {
  binaryRead,
  documentCreate,
  documentPatchRoute,
  documentRead,
  documentSearch,
  patientRead,
  patientSearch,
} from './fhir.routes';
import {
  mesActivation,
  mesBlock,
  mesBlockAll,
  mesDocumentCreateRoute,
  mesDocumentDelete,
  mesDocumentUpdateRoute,
  mesDocuments,
  mesEmergency,
  mesHistory,
  mesNotifications,
  mesOppositionCreateRoute,
  mesOppositionDelete,
  mesProfile,
  mesUnblock,
  mesVaccinations,
} from './mes.routes';
import type { AnyRoute } from './route';
import { identityQualification } from './software.routes';
import { trainingClock, trainingReset, trainingTraces, trainingWorld } from './training.routes';

export * from './access.routes';
export * from './fhir.routes';
export * from './mes.routes';
export * from './software.routes';
export * from './training.routes';
export type { AnyRoute } from './route';

/** All routes, in documentation order. */
export const ALL_ROUTES: readonly AnyRoute[] = [
  pscToken,
  mesToken,
  patientSearch,
  patientRead,
  documentCreate,
  documentSearch,
  documentRead,
  binaryRead,
  documentPatchRoute,
  consentCreateRoute,
  oppositionCreateRoute,
  breakGlassRoute,
  mesProfile,
  mesDocuments,
  mesDocumentCreateRoute,
  mesDocumentUpdateRoute,
  mesDocumentDelete,
  mesHistory,
  mesNotifications,
  mesVaccinations,
  mesBlock,
  mesUnblock,
  mesBlockAll,
  mesEmergency,
  mesOppositionCreateRoute,
  mesOppositionDelete,
  mesActivation,
  identityQualification,
  trainingWorld,
  trainingReset,
  trainingClock,
  trainingTraces,
];
