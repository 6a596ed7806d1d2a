/** Documentation of the mes routes (OpenAPI only: summaries, descriptions, documented responses). */
import {
  accessSettingsResponse,
  historyResponse,
  notificationsResponse,
  oppositionsResponse,
  profileResponse,
} from '../schemas/api.schemas';
import { documentBundle, fhirDocumentReference } from '../schemas/fhir.schemas';
import type { RouteDoc } from './route';

export const MES_DOCS = {
  mesProfile: {
    summary: 'Profil du patient',
    description:
      "Qui gère le profil (titulaire ou représentant légal jusqu'à 18 ans), représentants, réglages.",
    responses: { 200: { description: 'Profil.', schema: profileResponse } },
  },
  mesDocuments: {
    summary: 'Documents visibles dans Mon espace santé',
    description:
      "Sans les documents en attente de consultation d'annonce, ni, pour un représentant, ceux qui lui sont invisibles (secret du mineur).",
    responses: { 200: { description: 'Bundle de DocumentReference.', schema: documentBundle } },
  },
  mesDocumentCreate: {
    summary: 'Ajouter un document personnel',
    description: 'Types « déposé par le patient » (classe 90) uniquement (R13).',
    responses: { 201: { description: 'Document ajouté.', schema: fhirDocumentReference } },
  },
  mesDocumentUpdate: {
    summary: 'Masquer ou démasquer un document aux professionnels',
    description: 'Le patient masque un document à tous les professionnels, sauf à son auteur.',
    responses: { 200: { description: 'Document modifié.', schema: fhirDocumentReference } },
  },
  mesDocumentDelete: {
    summary: 'Supprimer un document personnel',
    description:
      "Suppression logique, réservée à l'auteur : le patient ne supprime que les documents qu'il a ajoutés.",
    responses: { 200: { description: 'Document supprimé.', schema: fhirDocumentReference } },
  },
  mesHistory: {
    summary: "Historique d'activité",
    description: 'Chaque accès, nominatif, le plus récent en premier (R43).',
    responses: { 200: { description: 'Historique.', schema: historyResponse } },
  },
  mesNotifications: {
    summary: 'Notifications',
    description:
      "Accès en urgence (R39) et invitations à consulter un résultat en attente d'annonce.",
    responses: { 200: { description: 'Notifications.', schema: notificationsResponse } },
  },
  mesVaccinations: {
    summary: 'Carnet de vaccination',
    description: 'Notes de vaccination versées au DMP (R15), la plus récente en premier.',
    responses: { 200: { description: 'Bundle de DocumentReference.', schema: documentBundle } },
  },
  mesBlock: {
    summary: 'Bloquer un professionnel',
    description: 'Le professionnel bloqué verra « accès bloqué » (R44).',
    responses: { 200: { description: 'Réglages mis à jour.', schema: accessSettingsResponse } },
  },
  mesUnblock: {
    summary: 'Débloquer un professionnel',
    description: 'Lève le blocage individuel de ce RPPS.',
    responses: { 200: { description: 'Réglages mis à jour.', schema: accessSettingsResponse } },
  },
  mesBlockAll: {
    summary: 'Bloquer tous les professionnels',
    description: 'Blocage général (les blocages individuels restent quand il est levé).',
    responses: { 200: { description: 'Réglages mis à jour.', schema: accessSettingsResponse } },
  },
  mesEmergencySettings: {
    summary: "Réglages d'accès en cas d'urgence",
    description:
      'SAMU – Centre 15, autres professionnels en bris de glace, documents masqués en urgence.',
    responses: { 200: { description: 'Réglages mis à jour.', schema: accessSettingsResponse } },
  },
  mesOppositionCreate: {
    summary: "S'opposer",
    description: 'Opposition exprimée par le patient dans Mon espace santé, tracée.',
    responses: { 201: { description: 'Opposition tracée.', schema: oppositionsResponse } },
  },
  mesOppositionDelete: {
    summary: 'Lever une opposition',
    description: 'Opposition levée à la demande du patient.',
    responses: { 200: { description: 'Opposition levée.', schema: oppositionsResponse } },
  },
  mesActivation: {
    summary: 'Activer Mon espace santé',
    description:
      'Le titulaire active son espace : il voit alors son DMP, qui existait et était alimenté avant (R42). Une seconde activation ne change rien (hypothèse du simulateur), sauf pour le jeune majeur dont le profil était géré par un représentant légal : il active alors son propre compte avec les codes reçus à 18 ans (FAQ-PAT-04). Tracée comme un changement de réglages.',
    responses: { 200: { description: 'Espace activé.', schema: accessSettingsResponse } },
  },
} satisfies Record<string, RouteDoc>;
