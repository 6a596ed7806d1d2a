/**
 * Helpers of the API tests: JSON calls against an origin, logins, the route of a request (to
 * validate responses against the documented schemas) and OperationOutcome reading.
 */
import { expect } from 'vitest';
import type { DmpStore } from '../../src/dmp/index';
import { ALL_ROUTES, type AnyRoute } from '../../src/mocks/routes/index';
import { ROUTE_DOCS } from '../../src/mocks/routes/docs';
import { operationOutcome } from '../../src/mocks/schemas/common.schemas';
import { decisionCodeOf } from '../../src/mocks/walk/index';
import { API } from '../setup/msw';

/** The INS token of a seeded patient. */
export const insToken = (matricule: string) => `urn:oid:1.2.250.1.213.1.4.10|${matricule}`;
/** The INS identifier of a seeded patient. */
export const insId = (matricule: string) => ({
  system: 'urn:oid:1.2.250.1.213.1.4.10',
  value: matricule,
});

/** A JSON call; returns status and parsed body. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; raw?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown; code: string | undefined }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
  const payload =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined) headers['Content-Type'] ??= 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
  });
  const text = await res.text();
  const body: unknown = text === '' ? null : JSON.parse(text);
  return { status: res.status, body, code: decisionCodeOf(body) };
}

/** Log a professional in by RPPS (or id) and return the token. */
export async function psToken(
  base: string,
  who: { rpps: string } | { professionalId: string },
  card = 'CPS',
): Promise<string> {
  const res = await call(base, 'POST', '/auth/psc/token', { body: { ...who, card } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as { access_token: string }).access_token;
}

/** Log the patient side in and return the token. */
export async function mesToken(
  base: string,
  matricule: string,
  representativeId?: string,
): Promise<string> {
  const res = await call(base, 'POST', '/auth/mes/token', {
    body: { ins: insId(matricule), ...(representativeId ? { representativeId } : {}) },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as { access_token: string }).access_token;
}

/** The route a method and path belong to. */
function routeOf(method: string, path: string): AnyRoute | undefined {
  const bare = path.split('?')[0] ?? path;
  return ALL_ROUTES.find(
    (r) =>
      r.method === method.toLowerCase() &&
      new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(bare),
  );
}

/** Assert a body matches the documented schema of its route and status. */
export function expectDocumented(
  method: string,
  path: string,
  status: number,
  body: unknown,
): void {
  const route = routeOf(method, path);
  expect(route, `${method} ${path} est une route documentée`).toBeDefined();
  const spec = (
    (route === undefined ? {} : ROUTE_DOCS[route.id]?.responses) as Record<
      number,
      { schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } } }
    >
  )[status];
  const schema = status >= 400 ? operationOutcome : spec?.schema;
  expect(schema, `${method} ${path} documente le statut ${status}`).toBeDefined();
  const parsed = schema!.safeParse(body);
  expect(parsed.success, `${method} ${path} ${status} : ${JSON.stringify(parsed.error)}`).toBe(
    true,
  );
}

/** The French message of an OperationOutcome. */
export function outcomeText(body: unknown): string {
  return (body as { issue: { details: { text: string } }[] }).issue
    .map((i) => i.details.text)
    .join(' | ');
}

/** Words of zod's English messages: a user-facing message must not contain them. */
export const ENGLISH = /\b(Invalid|Expected|Required|Unrecognized|received|must)\b/;

/** The world generation the training API reports. */
export const worldGeneration = async (): Promise<number> =>
  ((await call(API, 'GET', '/training/world')).body as { generation: number }).generation;

/**
 * Post a bad `POST /training/reset` body (after moving the clock, so that a reset would show) and
 * expect a documented French 400 naming the field, with the store and its generation untouched.
 */
export async function expectResetRefused(
  store: DmpStore,
  body: unknown,
  expected: { readonly text: RegExp; readonly expression?: string },
): Promise<void> {
  const before = store.getState();
  const generationBefore = await worldGeneration();
  const res = await call(API, 'POST', '/training/reset', { body });
  expect(res.status).toBe(400);
  expect(res.code).toBe('API.INVALID_REQUEST');
  expectDocumented('POST', '/training/reset', 400, res.body);
  const text = outcomeText(res.body);
  expect(text).not.toMatch(ENGLISH);
  expect(text).toMatch(expected.text);
  if (expected.expression !== undefined)
    expect(JSON.stringify(res.body)).toContain(`"expression":["${expected.expression}"]`);
  expect(store.getState()).toBe(before);
  expect(await worldGeneration()).toBe(generationBefore);
}
