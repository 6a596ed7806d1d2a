/**
 * Routes PDSM4DMP does not describe, on the professional's side: the simulated Pro Santé Connect
 * and Mon espace santé logins, and the access authorisation (consent, opposition, break-glass).
 */
import {
  breakGlassCreate,
  consentCreate,
  mesLogin,
  oppositionCreate,
  pscLogin,
} from '../schemas/api.schemas';

import { defineRoute } from './route';

/** Simulated Pro Santé Connect login. */
export const pscToken = defineRoute({
  id: 'pscToken',
  method: 'post',
  path: '/auth/psc/token',
  auth: 'none',
  tag: 'Authentification',
  body: pscLogin,
  errors: [],
});

/** Simulated Mon espace santé login. */
export const mesToken = defineRoute({
  id: 'mesToken',
  method: 'post',
  path: '/auth/mes/token',
  auth: 'none',
  tag: 'Authentification',
  body: mesLogin,
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
  body: consentCreate,
  errors: [403, 404, 422],
});

/** Trace an opposition. */
export const oppositionCreateRoute = defineRoute({
  id: 'oppositionCreate',
  method: 'post',
  path: '/dmp/oppositions',
  auth: 'ps',
  tag: "Autorisation d'accès",
  body: oppositionCreate,
  errors: [404, 422],
});

/** Break-glass access. */
export const breakGlassRoute = defineRoute({
  id: 'breakGlass',
  method: 'post',
  path: '/dmp/break-glass',
  auth: 'ps',
  tag: "Autorisation d'accès",
  body: breakGlassCreate,
  errors: [403, 404, 422],
});
