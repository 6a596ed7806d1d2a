/** Documentation of the training routes (OpenAPI only: summaries, descriptions, documented responses). */
import { tracesResponse, worldResponse } from '../schemas/api.schemas';
import type { RouteDoc } from './route';

export const TRAINING_DOCS = {
  trainingWorld: {
    summary: 'État du monde simulé',
    description:
      'Heure simulée, génération du monde et nombre de patients, professionnels, documents et traces.',
    responses: { 200: { description: 'Monde simulé.', schema: worldResponse } },
  },
  trainingReset: {
    summary: 'Réinitialiser le monde simulé',
    description:
      'Recharge le jeu de données fictif (15 patients, 20 professionnels, 33 documents, horloge au 1er octobre 2025 9 h UTC). Le corps peut décrire un monde de formation au format du bloc world: des scénarios ({"world": {"patients": ["pat-adult"]}}) : entités du jeu de données par identifiant, modifiées (même identifiant) ou copiées (from). L\'ancien format, des patients, professionnels et documents complets au premier niveau du corps avec start et features, reste accepté mais est déprécié. Un monde invalide (INS hors OID de test ou à clé fausse, référence inconnue, champ inconnu, identifiant en double) est refusé en 400 et le monde courant ne change pas. Tous les jetons deviennent invalides.',
    responses: { 200: { description: 'Monde rechargé.', schema: worldResponse } },
  },
  trainingClock: {
    summary: "Avancer l'horloge simulée",
    description:
      "Fait avancer le temps (consultation d'annonce, majorité, expiration des jetons) ou règle l'horloge à une date.",
    responses: { 200: { description: 'Horloge mise à jour.', schema: worldResponse } },
  },
  trainingTraces: {
    summary: "Traces d'un patient (observation du formateur)",
    description:
      "Nombre de lignes de l'historique d'activité et de notifications, et documents du carnet de vaccination, que le patient ait activé Mon espace santé ou non : le DMP trace les accès dans les deux cas, le patient ne les lit qu'une fois son espace activé (GET /mes/history). Sert aux vérifications « traced: » des scénarios. 404 DMP.UNKNOWN_PATIENT pour un identifiant inconnu.",
    responses: { 200: { description: 'Traces du patient.', schema: tracesResponse } },
  },
} satisfies Record<string, RouteDoc>;
