/** Documentation of the fhir routes (OpenAPI only: summaries, descriptions, documented responses). */
import {
  documentBundle,
  fhirBinary,
  fhirDocumentReference,
  fhirPatient,
  patientBundle,
} from '../schemas/fhir.schemas';
import type { RouteDoc } from './route';

export const FHIR_DOCS = {
  patientSearch: {
    summary: "Vérifier l'existence du DMP et le statut d'accès ; rechercher par traits",
    description:
      "Par INS (identifier) : Bundle vide si aucun DMP actif ne porte cette INS ; sinon le Patient et, en entrée « outcome », le statut d'accès du professionnel pour l'épisode donné (consultation à blanc, non tracée). Par traits (family, given, birthdate, gender, tous requis, R6) : toujours un Bundle searchset avec la décision du cœur en entrée « outcome » : le Patient (DMP.IDENTITY_FOUND) si une seule identité qualifiée correspond, aucun Patient sinon (DMP.NO_MATCH, ou DMP.IDENTITY_UNCERTAIN pour des homonymes ou une identité non qualifiée). Traits incomplets : 400 DMP.INCOMPLETE_TRAITS.",
    responses: {
      200: { description: 'Bundle searchset (0 ou 1 Patient).', schema: patientBundle },
    },
  },
  patientRead: {
    summary: 'Lire un Patient',
    description:
      "Lecture FHIR d'un Patient par son identifiant (subject.reference « Patient/<id> », fullUrl de TD0.2). Même décision que la recherche par INS : le Patient si son DMP est actif, sinon 404 DMP.NO_MATCH (404 DMP.UNKNOWN_PATIENT pour un identifiant inconnu). Non tracée, comme TD0.2.",
    responses: { 200: { description: 'Le Patient.', schema: fhirPatient } },
  },
  documentCreate: {
    summary: 'Déposer un document (alimentation)',
    description:
      "Aucun consentement n'est requis pour déposer (R40), mais une carte qui alimente, une INS qualifiée, un poste à l'heure et un type de document du DMP le sont. Informer le patient est le devoir du professionnel : le DMP ne le vérifie pas. Un mineur qui vous a demandé le secret pour l'épisode de soins (`context.episode`) impose un document invisible aux représentants légaux.",
    responses: { 201: { description: 'Document déposé.', schema: fhirDocumentReference } },
  },
  documentSearch: {
    summary: 'Rechercher les documents du DMP',
    description:
      "Ouvre le DMP (accès tracé dans l'historique du patient) et liste les documents que ce professionnel peut ouvrir, filtrés par statut, type, classe et date de dépôt. Le patient est désigné par patient.identifier (INS) ou par patient (Patient/<id>) ; _count limite le nombre d'entrées.",
    responses: {
      200: { description: 'Bundle searchset de DocumentReference.', schema: documentBundle },
    },
  },
  documentRead: {
    summary: 'Lire un DocumentReference',
    description:
      "Lecture FHIR d'un document par son identifiant (Location d'un dépôt, fullUrl de TD3.1). Même décision d'accès que la recherche TD3.1, avec le même contexte (episode, mode, motive, patientUnableToConsent), puis les règles propres au document (matrice d'habilitation, masquage) ; tracée comme une consultation du DMP. Le patient se déduit du document ; patient.identifier ou patient peuvent le préciser.",
    responses: { 200: { description: 'Le DocumentReference.', schema: fhirDocumentReference } },
  },
  binaryRead: {
    summary: 'Consulter un document',
    description:
      "Renvoie le contenu du document (base64) : c'est la cible d'attachment.url « Binary/<id> ». L'ouverture est tracée avec l'identifiant du document ; même contexte d'accès que TD3.1, puis la matrice d'habilitation et le masquage. Le patient se déduit du document ; patient.identifier (INS) ou patient (Patient/<id>) peuvent le préciser.",
    responses: { 200: { description: 'Contenu du document.', schema: fhirBinary } },
  },
  documentPatch: {
    summary: "Modifier les attributs d'un document",
    description:
      'TD3.3a/b : securityLabel (masqué aux professionnels, invisible au patient ou aux représentants légaux) ; TD3.3c : status → entered-in-error (suppression logique, auteur seulement) ; TD3.3d : archivage.',
    responses: { 200: { description: 'Document modifié.', schema: fhirDocumentReference } },
  },
} satisfies Record<string, RouteDoc>;
