/**
 * Routes of the patient's side (Mon espace santé): profile, documents, history, notifications,
 * vaccinations, blocking, emergency settings and oppositions. Every route first checks that the
 * session may enter this patient's space (holder, current representative, majority).
 */
import {
  blockAllUpdate,
  blockCreate,
  emergencySettings,
  mesDocumentCreate,
  mesDocumentUpdate,
  mesOppositionCreate,
  rppsParams,
} from '../schemas/api.schemas';
import { idParams } from '../schemas/fhir.schemas';
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
  errors: [403],
});

/** Documents the holder or the representative sees. */
export const mesDocuments = mes({
  id: 'mesDocuments',
  method: 'get',
  path: '/mes/documents',
  errors: [403],
});

/** The patient adds a document (class 90). */
export const mesDocumentCreateRoute = mes({
  id: 'mesDocumentCreate',
  method: 'post',
  path: '/mes/documents',
  body: mesDocumentCreate,
  errors: [403, 422],
});

/** The patient masks or unmasks a document. */
export const mesDocumentUpdateRoute = mes({
  id: 'mesDocumentUpdate',
  method: 'patch',
  path: '/mes/documents/:id',
  params: idParams,
  body: mesDocumentUpdate,
  errors: [403, 404, 422],
});

/** The patient deletes one of their own documents. */
export const mesDocumentDelete = mes({
  id: 'mesDocumentDelete',
  method: 'delete',
  path: '/mes/documents/:id',
  params: idParams,
  errors: [403, 404, 422],
});

/** The activity history. */
export const mesHistory = mes({
  id: 'mesHistory',
  method: 'get',
  path: '/mes/history',
  errors: [403],
});

/** Notifications (emergency accesses, announcement invitations). */
export const mesNotifications = mes({
  id: 'mesNotifications',
  method: 'get',
  path: '/mes/notifications',
  errors: [403],
});

/** The vaccination book. */
export const mesVaccinations = mes({
  id: 'mesVaccinations',
  method: 'get',
  path: '/mes/vaccinations',
  errors: [403],
});

/** Block one professional. */
export const mesBlock = mes({
  id: 'mesBlock',
  method: 'post',
  path: '/mes/blocked-professionals',
  body: blockCreate,
  errors: [403],
});

/** Unblock one professional. */
export const mesUnblock = mes({
  id: 'mesUnblock',
  method: 'delete',
  path: '/mes/blocked-professionals/:rpps',
  params: rppsParams,
  errors: [403],
});

/** Block or unblock everybody. */
export const mesBlockAll = mes({
  id: 'mesBlockAll',
  method: 'put',
  path: '/mes/block-all',
  body: blockAllUpdate,
  errors: [403],
});

/** Emergency settings. */
export const mesEmergency = mes({
  id: 'mesEmergencySettings',
  method: 'put',
  path: '/mes/emergency-settings',
  body: emergencySettings,
  errors: [403, 422],
});

/** The patient opposes in Mon espace santé. */
export const mesOppositionCreateRoute = mes({
  id: 'mesOppositionCreate',
  method: 'post',
  path: '/mes/oppositions',
  body: mesOppositionCreate,
  errors: [403, 422],
});

/** The patient withdraws an opposition. */
export const mesOppositionDelete = mes({
  id: 'mesOppositionDelete',
  method: 'delete',
  path: '/mes/oppositions/:id',
  params: idParams,
  errors: [403, 404],
});

/** The patient activates Mon espace santé (the DMP existed before, R42). */
export const mesActivation = mes({
  id: 'mesActivation',
  method: 'post',
  path: '/mes/activation',
  errors: [403],
});
