/**
 * Routes of the patient's side (Mon espace santé): profile, documents, history, notifications,
 * vaccinations, blocking, emergency settings and oppositions. Every route first checks that the
 * session may enter this patient's space (holder, current representative, majority).
 */
import {
  accessSettingsResponse,
  blockAllUpdate,
  blockCreate,
  emergencySettings,
  historyResponse,
  mesDocumentCreate,
  mesDocumentUpdate,
  mesOppositionCreate,
  notificationsResponse,
  oppositionsResponse,
  profileResponse,
  rppsParams,
} from '../schemas/api.schemas';
import { documentBundle, fhirDocumentReference, idParams } from '../schemas/fhir.schemas';
import { defineRoute, type Route } from './route';
import type { z } from 'zod';

const mes = <
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  P extends z.ZodType | undefined,
>(
  r: Omit<Route<Q, B, P>, 'auth' | 'tag'>,
): Route<Q, B, P> => defineRoute({ ...r, auth: 'mes', tag: 'Mon espace santé' });

/** The patient's profile (a minor's profile lists the representatives). */
export const mesProfile = mes({
  id: 'mesProfile',
  method: 'get',
  path: '/mes/profile',
  summary: 'Profil du patient',
  description:
    "Qui gère le profil (titulaire ou représentant légal jusqu'à 18 ans), représentants, réglages.",
  responses: { 200: { description: 'Profil.', schema: profileResponse } },
  errors: [403],
});

/** Documents the holder or the representative sees. */
export const mesDocuments = mes({
  id: 'mesDocuments',
  method: 'get',
  path: '/mes/documents',
  summary: 'Documents visibles dans Mon espace santé',
  description:
    "Sans les documents en attente de consultation d'annonce, ni, pour un représentant, ceux qui lui sont invisibles (secret du mineur).",
  responses: { 200: { description: 'Bundle de DocumentReference.', schema: documentBundle } },
  errors: [403],
});

/** The patient adds a document (class 90). */
export const mesDocumentCreateRoute = mes({
  id: 'mesDocumentCreate',
  method: 'post',
  path: '/mes/documents',
  summary: 'Ajouter un document personnel',
  description: 'Types « déposé par le patient » (classe 90) uniquement (R13).',
  body: mesDocumentCreate,
  responses: { 201: { description: 'Document ajouté.', schema: fhirDocumentReference } },
  errors: [403, 422],
});

/** The patient masks or unmasks a document. */
export const mesDocumentUpdateRoute = mes({
  id: 'mesDocumentUpdate',
  method: 'patch',
  path: '/mes/documents/:id',
  summary: 'Masquer ou démasquer un document aux professionnels',
  description: 'Le patient masque un document à tous les professionnels, sauf à son auteur.',
  params: idParams,
  body: mesDocumentUpdate,
  responses: { 200: { description: 'Document modifié.', schema: fhirDocumentReference } },
  errors: [403, 404, 422],
});

/** The patient deletes one of their own documents. */
export const mesDocumentDelete = mes({
  id: 'mesDocumentDelete',
  method: 'delete',
  path: '/mes/documents/:id',
  summary: 'Supprimer un document personnel',
  description:
    "Suppression logique, réservée à l'auteur : le patient ne supprime que les documents qu'il a ajoutés.",
  params: idParams,
  responses: { 200: { description: 'Document supprimé.', schema: fhirDocumentReference } },
  errors: [403, 404, 422],
});

/** The activity history. */
export const mesHistory = mes({
  id: 'mesHistory',
  method: 'get',
  path: '/mes/history',
  summary: "Historique d'activité",
  description: 'Chaque accès, nominatif, le plus récent en premier (R43).',
  responses: { 200: { description: 'Historique.', schema: historyResponse } },
  errors: [403],
});

/** Notifications (emergency accesses, announcement invitations). */
export const mesNotifications = mes({
  id: 'mesNotifications',
  method: 'get',
  path: '/mes/notifications',
  summary: 'Notifications',
  description:
    "Accès en urgence (R39) et invitations à consulter un résultat en attente d'annonce.",
  responses: { 200: { description: 'Notifications.', schema: notificationsResponse } },
  errors: [403],
});

/** The vaccination book. */
export const mesVaccinations = mes({
  id: 'mesVaccinations',
  method: 'get',
  path: '/mes/vaccinations',
  summary: 'Carnet de vaccination',
  description: 'Notes de vaccination versées au DMP (R15), la plus récente en premier.',
  responses: { 200: { description: 'Bundle de DocumentReference.', schema: documentBundle } },
  errors: [403],
});

/** Block one professional. */
export const mesBlock = mes({
  id: 'mesBlock',
  method: 'post',
  path: '/mes/blocked-professionals',
  summary: 'Bloquer un professionnel',
  description: 'Le professionnel bloqué verra « accès bloqué » (R44).',
  body: blockCreate,
  responses: { 200: { description: 'Réglages mis à jour.', schema: accessSettingsResponse } },
  errors: [403],
});

/** Unblock one professional. */
export const mesUnblock = mes({
  id: 'mesUnblock',
  method: 'delete',
  path: '/mes/blocked-professionals/:rpps',
  summary: 'Débloquer un professionnel',
  description: 'Lève le blocage individuel de ce RPPS.',
  params: rppsParams,
  responses: { 200: { description: 'Réglages mis à jour.', schema: accessSettingsResponse } },
  errors: [403],
});

/** Block or unblock everybody. */
export const mesBlockAll = mes({
  id: 'mesBlockAll',
  method: 'put',
  path: '/mes/block-all',
  summary: 'Bloquer tous les professionnels',
  description: 'Blocage général (les blocages individuels restent quand il est levé).',
  body: blockAllUpdate,
  responses: { 200: { description: 'Réglages mis à jour.', schema: accessSettingsResponse } },
  errors: [403],
});

/** Emergency settings. */
export const mesEmergency = mes({
  id: 'mesEmergencySettings',
  method: 'put',
  path: '/mes/emergency-settings',
  summary: "Réglages d'accès en cas d'urgence",
  description:
    'SAMU – Centre 15, autres professionnels en bris de glace, documents masqués en urgence.',
  body: emergencySettings,
  responses: { 200: { description: 'Réglages mis à jour.', schema: accessSettingsResponse } },
  errors: [403, 422],
});

/** The patient opposes in Mon espace santé. */
export const mesOppositionCreateRoute = mes({
  id: 'mesOppositionCreate',
  method: 'post',
  path: '/mes/oppositions',
  summary: "S'opposer",
  description: 'Opposition exprimée par le patient dans Mon espace santé, tracée.',
  body: mesOppositionCreate,
  responses: { 201: { description: 'Opposition tracée.', schema: oppositionsResponse } },
  errors: [403, 422],
});

/** The patient withdraws an opposition. */
export const mesOppositionDelete = mes({
  id: 'mesOppositionDelete',
  method: 'delete',
  path: '/mes/oppositions/:id',
  summary: 'Lever une opposition',
  description: 'Opposition levée à la demande du patient.',
  params: idParams,
  responses: { 200: { description: 'Opposition levée.', schema: oppositionsResponse } },
  errors: [403, 404],
});

/** The patient activates Mon espace santé (the DMP existed before, R42). */
export const mesActivation = mes({
  id: 'mesActivation',
  method: 'post',
  path: '/mes/activation',
  summary: 'Activer Mon espace santé',
  description:
    'Le titulaire active son espace : il voit alors son DMP, qui existait et était alimenté avant (R42). Une seconde activation ne change rien (hypothèse du simulateur), sauf pour le jeune majeur dont le profil était géré par un représentant légal : il active alors son propre compte avec les codes reçus à 18 ans (FAQ-PAT-04). Tracée comme un changement de réglages.',
  responses: { 200: { description: 'Espace activé.', schema: accessSettingsResponse } },
  errors: [403],
});
