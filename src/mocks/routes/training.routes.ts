/**
 * Training control routes: the trainer reloads a world (the seed, or a world built on it in the
 * scenarios' world format or, deprecated, as whole entities; either invalidates every token) and moves the simulated clock (announcement timers, majority, token
 * expiry).
 */
import { clockUpdate, tracesResponse, worldResponse } from '../schemas/api.schemas';
import { idParams } from '../schemas/fhir.schemas';
import { resetBody } from '../schemas/reset.schemas';
import { defineRoute } from './route';

/** The simulated world: clock and counts. */
export const trainingWorld = defineRoute({
  id: 'trainingWorld',
  method: 'get',
  path: '/training/world',
  auth: 'none',
  tag: 'Formation',
  summary: 'État du monde simulé',
  description:
    'Heure simulée, génération du monde et nombre de patients, professionnels, documents et traces.',
  responses: { 200: { description: 'Monde simulé.', schema: worldResponse } },
  errors: [],
});

/** Reset the world to its seed, or to a training world built on it. */
export const trainingReset = defineRoute({
  id: 'trainingReset',
  method: 'post',
  path: '/training/reset',
  auth: 'none',
  tag: 'Formation',
  summary: 'Réinitialiser le monde simulé',
  description:
    'Recharge le jeu de données fictif (15 patients, 20 professionnels, 33 documents, horloge au 1er octobre 2025 9 h UTC). Le corps peut décrire un monde de formation au format du bloc world: des scénarios ({"world": {"patients": ["pat-adult"]}}) : entités du jeu de données par identifiant, modifiées (même identifiant) ou copiées (from). L\'ancien format, des patients, professionnels et documents complets au premier niveau du corps avec start et features, reste accepté mais est déprécié. Un monde invalide (INS hors OID de test ou à clé fausse, référence inconnue, champ inconnu, identifiant en double) est refusé en 400 et le monde courant ne change pas. Tous les jetons deviennent invalides.',
  // The deprecated shape is checked on demand; openapi.ts documents both (schemas/world.schemas.ts).
  body: resetBody,
  responses: { 200: { description: 'Monde rechargé.', schema: worldResponse } },
  errors: [],
});

/** Move or set the simulated clock. */
export const trainingClock = defineRoute({
  id: 'trainingClock',
  method: 'post',
  path: '/training/clock',
  auth: 'none',
  tag: 'Formation',
  summary: "Avancer l'horloge simulée",
  description:
    "Fait avancer le temps (consultation d'annonce, majorité, expiration des jetons) ou règle l'horloge à une date.",
  body: clockUpdate,
  responses: { 200: { description: 'Horloge mise à jour.', schema: worldResponse } },
  errors: [],
});

/**
 * What a trainer checks after a step (`traced:` in a scenario): a patient's traces, whether or not
 * they activated Mon espace santé (the DMP records accesses either way; the patient reads them once
 * the space is activated).
 */
export const trainingTraces = defineRoute({
  id: 'trainingTraces',
  method: 'get',
  path: '/training/patients/:id/traces',
  auth: 'none',
  tag: 'Formation',
  summary: "Traces d'un patient (observation du formateur)",
  description:
    "Nombre de lignes de l'historique d'activité et de notifications, et documents du carnet de vaccination, que le patient ait activé Mon espace santé ou non : le DMP trace les accès dans les deux cas, le patient ne les lit qu'une fois son espace activé (GET /mes/history). Sert aux vérifications « traced: » des scénarios. 404 DMP.UNKNOWN_PATIENT pour un identifiant inconnu.",
  params: idParams,
  responses: { 200: { description: 'Traces du patient.', schema: tracesResponse } },
  errors: [404],
});
