/**
 * Routes PDSM4DMP does not describe, on the professional's side: the simulated Pro Santé Connect
 * and Mon espace santé logins, and the access authorisation (consent, opposition, break-glass).
 */
import {
  breakGlassCreate,
  consentCreate,
  consentResponse,
  mesLogin,
  oppositionCreate,
  oppositionsResponse,
  pscLogin,
  tokenResponse,
} from '../schemas/api.schemas';
import { documentBundle } from '../schemas/fhir.schemas';
import { defineRoute } from './route';

/** Simulated Pro Santé Connect login. */
export const pscToken = defineRoute({
  id: 'pscToken',
  method: 'post',
  path: '/auth/psc/token',
  auth: 'none',
  tag: 'Authentification',
  summary: 'Connexion Pro Santé Connect (simulée)',
  description:
    "Le professionnel s'identifie (RPPS, ou identifiant pour les personnels sans RPPS) et présente sa carte. La carte doit être celle que le simulateur lui connaît ; ce que la carte permet (consulter, déposer) est ensuite décidé à chaque requête.",
  body: pscLogin,
  responses: {
    200: {
      description: 'Jeton porteur signé (HMAC), expirant en temps simulé.',
      schema: tokenResponse,
    },
  },
  errors: [],
});

/** Simulated Mon espace santé login. */
export const mesToken = defineRoute({
  id: 'mesToken',
  method: 'post',
  path: '/auth/mes/token',
  auth: 'none',
  tag: 'Authentification',
  summary: 'Connexion Mon espace santé (simulée)',
  description:
    "Le titulaire (ou le représentant légal d'un mineur) se connecte avec l'INS du patient. Les droits (profil géré par le représentant, majorité…) sont vérifiés à chaque requête.",
  body: mesLogin,
  responses: { 200: { description: 'Jeton porteur côté patient.', schema: tokenResponse } },
  errors: [],
});

/** Record a consent (TD0.3 « autorisation d'accès » of the XDS guide). */
export const consentCreateRoute = defineRoute({
  id: 'consentCreate',
  method: 'post',
  path: '/dmp/consents',
  auth: 'ps',
  tag: "Autorisation d'accès",
  transaction: 'TD0.3 (guide XDS)',
  summary: 'Enregistrer le consentement du patient',
  description:
    'Le consentement vaut pour un épisode de soins (R32), pour le professionnel ou son équipe (R34) ; un accord oral suffit (R36). Refusé si une opposition est tracée.',
  body: consentCreate,
  responses: { 201: { description: 'Consentement enregistré et tracé.', schema: consentResponse } },
  errors: [403, 404, 422],
});

/** Trace an opposition. */
export const oppositionCreateRoute = defineRoute({
  id: 'oppositionCreate',
  method: 'post',
  path: '/dmp/oppositions',
  auth: 'ps',
  tag: "Autorisation d'accès",
  summary: "Tracer l'opposition du patient",
  description:
    'Opposition à la consultation (R35) ou au dépôt pour un motif légitime (R41), toujours tracée avec la date et le professionnel.',
  body: oppositionCreate,
  responses: { 201: { description: 'Opposition tracée.', schema: oppositionsResponse } },
  errors: [404, 422],
});

/** Break-glass access. */
export const breakGlassRoute = defineRoute({
  id: 'breakGlass',
  method: 'post',
  path: '/dmp/break-glass',
  auth: 'ps',
  tag: "Autorisation d'accès",
  summary: 'Accéder en mode bris de glace',
  description:
    "Patient en danger et hors d'état de consentir : accès sans consentement, avec un motif « urgence » obligatoire (R38). L'accès est tracé et le patient en est informé (R39), sauf s'il s'y est opposé par avance.",
  body: breakGlassCreate,
  responses: { 200: { description: 'Documents ouverts en urgence.', schema: documentBundle } },
  errors: [403, 404, 422],
});
