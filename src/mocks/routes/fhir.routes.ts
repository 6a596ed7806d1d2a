/**
 * Routes shaped on the ANS draft FHIR guide PDSM4DMP: TD0.2 (check), TD2 (deposit), TD3.1 (search),
 * TD3.2 (retrieve) and TD3.3 (attribute changes). Sources: dmp-facts.md §11.
 */
import {
  binaryReadQuery,
  documentPatch,
  documentReadQuery,
  documentReferenceCreate,
  documentSearchQuery,
  idParams,
  patientSearchQuery,
} from '../schemas/fhir.schemas';
import { defineRoute } from './route';

/** TD0.2 — does the patient have an active DMP, and may I access it? Or: find it by traits (R6). */
export const patientSearch = defineRoute({
  id: 'patientSearch',
  method: 'get',
  path: '/fhir/Patient',
  auth: 'ps',
  tag: 'PDSM4DMP (FHIR)',
  transaction: 'TD0.2',
  query: patientSearchQuery,
  errors: [],
});

/** Read one Patient: the target of `subject.reference` and of a Bundle's `fullUrl`. */
export const patientRead = defineRoute({
  id: 'patientRead',
  method: 'get',
  path: '/fhir/Patient/:id',
  auth: 'ps',
  tag: 'PDSM4DMP (FHIR)',
  params: idParams,
  errors: [404],
});

/** TD2 — deposit a document. */
export const documentCreate = defineRoute({
  id: 'documentCreate',
  method: 'post',
  path: '/fhir/DocumentReference',
  auth: 'ps',
  tag: 'PDSM4DMP (FHIR)',
  transaction: 'TD2',
  body: documentReferenceCreate,
  bodyMediaType: 'application/fhir+json',
  errors: [403, 404, 409, 422],
});

/** TD3.1 — search the documents of a DMP. */
export const documentSearch = defineRoute({
  id: 'documentSearch',
  method: 'get',
  path: '/fhir/DocumentReference',
  auth: 'ps',
  tag: 'PDSM4DMP (FHIR)',
  transaction: 'TD3.1',
  query: documentSearchQuery,
  errors: [403, 404, 422],
});

/** Read one DocumentReference: the target of a deposit's `Location` and of a Bundle's `fullUrl`. */
export const documentRead = defineRoute({
  id: 'documentRead',
  method: 'get',
  path: '/fhir/DocumentReference/:id',
  auth: 'ps',
  tag: 'PDSM4DMP (FHIR)',
  query: documentReadQuery,
  params: idParams,
  errors: [403, 404, 422],
});

/** TD3.2 — retrieve one document's content. */
export const binaryRead = defineRoute({
  id: 'binaryRead',
  method: 'get',
  path: '/fhir/Binary/:id',
  auth: 'ps',
  tag: 'PDSM4DMP (FHIR)',
  transaction: 'TD3.2',
  query: binaryReadQuery,
  params: idParams,
  errors: [403, 404, 422],
});

/** TD3.3 — mask/unmask, change visibility, delete (logically) or archive a document. */
export const documentPatchRoute = defineRoute({
  id: 'documentPatch',
  method: 'patch',
  path: '/fhir/DocumentReference/:id',
  auth: 'ps',
  tag: 'PDSM4DMP (FHIR)',
  transaction: 'TD3.3',
  params: idParams,
  body: documentPatch,
  bodyMediaType: 'application/json-patch+json',
  errors: [403, 404, 422],
});
