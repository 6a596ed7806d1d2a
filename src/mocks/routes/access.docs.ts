/** Documentation of the access routes (OpenAPI only: summaries, descriptions, documented responses). */
import { consentResponse, oppositionsResponse, tokenResponse } from '../schemas/api.schemas';
import { documentBundle } from '../schemas/fhir.schemas';
import type { RouteDoc } from './route';

export const ACCESS_DOCS = {
  pscToken: {
    summary: 'Connexion Pro Santé Connect (simulée)',
    description:
      "Le professionnel s'identifie (RPPS, ou identifiant pour les personnels sans RPPS) et présente sa carte. La carte doit être celle que le simulateur lui connaît ; ce que la carte permet (consulter, déposer) est ensuite décidé à chaque requête.",
    responses: {
      200: {
        description: 'Jeton porteur signé (HMAC), expirant en temps simulé.',
        schema: tokenResponse,
      },
    },
  },
  mesToken: {
    summary: 'Connexion Mon espace santé (simulée)',
    description:
      "Le titulaire (ou le représentant légal d'un mineur) se connecte avec l'INS du patient. Les droits (profil géré par le représentant, majorité…) sont vérifiés à chaque requête.",
    responses: { 200: { description: 'Jeton porteur côté patient.', schema: tokenResponse } },
  },
  consentCreate: {
    summary: 'Enregistrer le consentement du patient',
    description:
      'Le consentement vaut pour un épisode de soins (R32), pour le professionnel ou son équipe (R34) ; un accord oral suffit (R36). Refusé si une opposition est tracée.',
    responses: {
      201: { description: 'Consentement enregistré et tracé.', schema: consentResponse },
    },
  },
  oppositionCreate: {
    summary: "Tracer l'opposition du patient",
    description:
      'Opposition à la consultation (R35) ou au dépôt pour un motif légitime (R41), toujours tracée avec la date et le professionnel.',
    responses: { 201: { description: 'Opposition tracée.', schema: oppositionsResponse } },
  },
  breakGlass: {
    summary: 'Accéder en mode bris de glace',
    description:
      "Patient en danger et hors d'état de consentir : accès sans consentement, avec un motif « urgence » obligatoire (R38). L'accès est tracé et le patient en est informé (R39), sauf s'il s'y est opposé par avance.",
    responses: { 200: { description: 'Documents ouverts en urgence.', schema: documentBundle } },
  },
} satisfies Record<string, RouteDoc>;
