/**
 * Routes shaped on the ANS draft FHIR guide PDSM4DMP: TD0.2 (check), TD2 (deposit), TD3.1 (search),
 * TD3.2 (retrieve) and TD3.3 (attribute changes). Sources: dmp-facts.md §11.
 */
import {
  binaryReadQuery,
  documentBundle,
  documentPatch,
  documentReadQuery,
  documentReferenceCreate,
  documentSearchQuery,
  fhirBinary,
  fhirDocumentReference,
  fhirPatient,
  idParams,
  patientBundle,
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
  summary: "Vérifier l'existence du DMP et le statut d'accès ; rechercher par traits",
  description:
    "Par INS (identifier) : Bundle vide si aucun DMP actif ne porte cette INS ; sinon le Patient et, en entrée « outcome », le statut d'accès du professionnel pour l'épisode donné (consultation à blanc, non tracée). Par traits (family, given, birthdate, gender, tous requis, R6) : toujours un Bundle searchset avec la décision du cœur en entrée « outcome » : le Patient (DMP.IDENTITY_FOUND) si une seule identité qualifiée correspond, aucun Patient sinon (DMP.NO_MATCH, ou DMP.IDENTITY_UNCERTAIN pour des homonymes ou une identité non qualifiée). Traits incomplets : 400 DMP.INCOMPLETE_TRAITS.",
  query: patientSearchQuery,
  responses: { 200: { description: 'Bundle searchset (0 ou 1 Patient).', schema: patientBundle } },
  errors: [],
});

/** Read one Patient: the target of `subject.reference` and of a Bundle's `fullUrl`. */
export const patientRead = defineRoute({
  id: 'patientRead',
  method: 'get',
  path: '/fhir/Patient/:id',
  auth: 'ps',
  tag: 'PDSM4DMP (FHIR)',
  summary: 'Lire un Patient',
  description:
    "Lecture FHIR d'un Patient par son identifiant (subject.reference « Patient/<id> », fullUrl de TD0.2). Même décision que la recherche par INS : le Patient si son DMP est actif, sinon 404 DMP.NO_MATCH (404 DMP.UNKNOWN_PATIENT pour un identifiant inconnu). Non tracée, comme TD0.2.",
  params: idParams,
  responses: { 200: { description: 'Le Patient.', schema: fhirPatient } },
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
  summary: 'Déposer un document (alimentation)',
  description:
    "Aucun consentement n'est requis pour déposer (R40), mais une carte qui alimente, une INS qualifiée, un poste à l'heure et un type de document du DMP le sont. Informer le patient est le devoir du professionnel : le DMP ne le vérifie pas. Un mineur qui vous a demandé le secret pour l'épisode de soins (`context.episode`) impose un document invisible aux représentants légaux.",
  body: documentReferenceCreate,
  bodyMediaType: 'application/fhir+json',
  responses: { 201: { description: 'Document déposé.', schema: fhirDocumentReference } },
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
  summary: 'Rechercher les documents du DMP',
  description:
    "Ouvre le DMP (accès tracé dans l'historique du patient) et liste les documents que ce professionnel peut ouvrir, filtrés par statut, type, classe et date de dépôt. Le patient est désigné par patient.identifier (INS) ou par patient (Patient/<id>) ; _count limite le nombre d'entrées.",
  query: documentSearchQuery,
  responses: {
    200: { description: 'Bundle searchset de DocumentReference.', schema: documentBundle },
  },
  errors: [403, 404, 422],
});

/** Read one DocumentReference: the target of a deposit's `Location` and of a Bundle's `fullUrl`. */
export const documentRead = defineRoute({
  id: 'documentRead',
  method: 'get',
  path: '/fhir/DocumentReference/:id',
  auth: 'ps',
  tag: 'PDSM4DMP (FHIR)',
  summary: 'Lire un DocumentReference',
  description:
    "Lecture FHIR d'un document par son identifiant (Location d'un dépôt, fullUrl de TD3.1). Même décision d'accès que la recherche TD3.1, avec le même contexte (episode, mode, motive, patientUnableToConsent), puis les règles propres au document (matrice d'habilitation, masquage) ; tracée comme une consultation du DMP. Le patient se déduit du document ; patient.identifier ou patient peuvent le préciser.",
  query: documentReadQuery,
  params: idParams,
  responses: { 200: { description: 'Le DocumentReference.', schema: fhirDocumentReference } },
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
  summary: 'Consulter un document',
  description:
    "Renvoie le contenu du document (base64) : c'est la cible d'attachment.url « Binary/<id> ». L'ouverture est tracée avec l'identifiant du document ; même contexte d'accès que TD3.1, puis la matrice d'habilitation et le masquage. Le patient se déduit du document ; patient.identifier (INS) ou patient (Patient/<id>) peuvent le préciser.",
  query: binaryReadQuery,
  params: idParams,
  responses: { 200: { description: 'Contenu du document.', schema: fhirBinary } },
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
  summary: "Modifier les attributs d'un document",
  description:
    'TD3.3a/b : securityLabel (masqué aux professionnels, invisible au patient ou aux représentants légaux) ; TD3.3c : status → entered-in-error (suppression logique, auteur seulement) ; TD3.3d : archivage.',
  params: idParams,
  body: documentPatch,
  bodyMediaType: 'application/json-patch+json',
  responses: { 200: { description: 'Document modifié.', schema: fhirDocumentReference } },
  errors: [403, 404, 422],
});
