/**
 * Training control routes: the trainer reloads a world (reset to the seed, which also invalidates
 * every token) and moves the simulated clock (announcement timers, majority, token expiry).
 */
import { clockUpdate, worldReset, worldResponse } from '../schemas/api.schemas';
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

/** Reset the world to its seed. */
export const trainingReset = defineRoute({
  id: 'trainingReset',
  method: 'post',
  path: '/training/reset',
  auth: 'none',
  tag: 'Formation',
  summary: 'Réinitialiser le monde simulé',
  description:
    'Recharge le jeu de données fictif (15 patients, 20 professionnels, 33 documents, horloge au 1er octobre 2025 9 h UTC). Tous les jetons deviennent invalides.',
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
