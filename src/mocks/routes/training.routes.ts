/**
 * Training control routes: the trainer reloads a world (the seed, or a world built on it; either
 * invalidates every token) and moves the simulated clock (announcement timers, majority, token
 * expiry).
 */
import { clockUpdate, worldResponse } from '../schemas/api.schemas';
import { worldReset } from '../schemas/world.schemas';
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
    "Recharge le jeu de données fictif (15 patients, 20 professionnels, 33 documents, horloge au 1er octobre 2025 9 h UTC). Le corps peut décrire un monde de formation : des patients, professionnels et documents complets qui remplacent ceux du même identifiant ou s'ajoutent, et l'heure de départ (start). Un monde invalide (INS hors OID de test ou à clé fausse, référence inconnue, identifiant en double) est refusé en 400 et le monde courant ne change pas. Tous les jetons deviennent invalides.",
  body: worldReset,
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
