/**
 * Typed constants of the simulated DMP API: URL prefixes, token lifetime, size limits, latency and
 * the namespace of the simulator's own FHIR extensions and code systems (a reserved `.example` host).
 */

/** Path prefixes served by the simulated API (everything else is the static site). */
export const API_PREFIXES = ['/fhir/', '/dmp/', '/mes/', '/auth/', '/training/'] as const;

/** Base of the simulator's own FHIR canonical URLs (never a real registry). */
export const SIMULATOR_FHIR_BASE = 'https://dmp-simulateur.example/fhir';

/** Simulated lifetime of a bearer token: one working day (8 hours of simulated time). */
export const TOKEN_TTL_SECONDS = 8 * 60 * 60;

/** Largest request body the Node server accepts (the browser relies on the schema limits). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Largest document content accepted, as base64 characters (about 512 KiB once decoded). */
export const MAX_ATTACHMENT_BASE64 = 700_000;

/** Default port of `npm run dmp:serve`. */
export const DEFAULT_PORT = 4010;

/** Whether a URL path belongs to the simulated API. */
export function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}
