import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED, SEED_EPISODES, testInsFromNir } from '../../dmp/index';
import { dmpUnavailable } from '../faults';
import { ALL_ROUTES } from '../routes/index';
import { createHandlers } from './index';

const ins = (m: string) => encodeURIComponent(`urn:oid:1.2.250.1.213.1.4.10|${m}`);

async function login(
  handlers: ReturnType<typeof createHandlers>,
  rpps = '19999000011',
): Promise<string> {
  const res = await getResponse(
    handlers,
    new Request('http://x/auth/psc/token', {
      method: 'POST',
      body: JSON.stringify({ rpps, card: 'CPS' }),
    }),
  );
  return ((await res!.json()) as { access_token: string }).access_token;
}

describe('handlers through getResponse', () => {
  test("TD2 under a minor's secret: binds the midwife who received it, for its episode only", async () => {
    const handlers = createHandlers(createDmpStore(DEFAULT_SEED));
    const deposit = async (rpps: string, episode?: string) => {
      const token = await login(handlers, rpps);
      const res = await getResponse(
        handlers,
        new Request('http://x/fhir/DocumentReference', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: JSON.stringify({
            resourceType: 'DocumentReference',
            status: 'current',
            type: { coding: [{ code: '11488-4' }] },
            subject: {
              identifier: { system: 'urn:oid:1.2.250.1.213.1.4.10', value: '209024410991139' },
            },
            description: 'Consultation',
            context: { period: { start: '2025-10-01' }, ...(episode ? { episode } : {}) },
            content: [{ attachment: { contentType: 'text/plain', data: btoa('Fictif.') } }],
          }),
        }),
      );
      return res!.status;
    };
    const secret = SEED_EPISODES.secretContraception;
    expect(await deposit('19999000136', secret)).toBeGreaterThanOrEqual(400);
    expect(await deposit('19999000136', 'ep-autre')).toBe(201);
    expect(await deposit('19999000011', secret)).toBe(201);
  });

  test('TD0.2: an INS without an active DMP gives an empty searchset', async () => {
    const handlers = createHandlers(createDmpStore(DEFAULT_SEED));
    const token = await login(handlers);
    const unknown = testInsFromNir('1800149007999')!.matricule;
    const res = await getResponse(
      handlers,
      new Request(`http://x/fhir/Patient?identifier=${ins(unknown)}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    expect(res!.status).toBe(200);
    expect(await res!.json()).toEqual({
      resourceType: 'Bundle',
      type: 'searchset',
      total: 0,
      entry: [],
    });
  });

  test('TD2 then TD3.3c: the author deposits, then deletes logically; the document is no longer listed', async () => {
    const store = createDmpStore(DEFAULT_SEED);
    const handlers = createHandlers(store);
    const token = await login(handlers);
    const auth = { authorization: `Bearer ${token}` };
    const created = await getResponse(
      handlers,
      new Request('http://x/fhir/DocumentReference', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          resourceType: 'DocumentReference',
          status: 'current',
          type: { coding: [{ system: 'http://loinc.org', code: '11488-4' }] },
          subject: {
            identifier: { system: 'urn:oid:1.2.250.1.213.1.4.10', value: '278044410990195' },
          },
          description: 'Consultation du jour',
          context: { period: { start: '2025-10-01' } },
          content: [{ attachment: { contentType: 'text/plain', data: btoa('Examen normal.') } }],
        }),
      }),
    );
    expect(created!.status).toBe(201);
    const doc = (await created!.json()) as { id: string };
    expect(created!.headers.get('location')).toBe(`/fhir/DocumentReference/${doc.id}`);
    const deleted = await getResponse(
      handlers,
      new Request(`http://x/fhir/DocumentReference/${doc.id}`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json-patch+json' },
        body: JSON.stringify([{ op: 'replace', path: '/status', value: 'entered-in-error' }]),
      }),
    );
    expect(deleted!.status).toBe(200);
    expect(((await deleted!.json()) as { status: string }).status).toBe('entered-in-error');
    expect(store.getState().documents.find((d) => d.id === doc.id)?.deletedAt).not.toBeNull();
  });

  test('FAQ-PAT-04, R47: at 18 the young adult activates her own account, then sees her documents', async () => {
    const store = createDmpStore(DEFAULT_SEED);
    const handlers = createHandlers(store);
    store.advanceClock({ days: 14 });
    const res = await getResponse(
      handlers,
      new Request('http://x/auth/mes/token', {
        method: 'POST',
        body: JSON.stringify({
          ins: { system: 'urn:oid:1.2.250.1.213.1.4.10', value: '207107218190373' },
        }),
      }),
    );
    const { access_token } = (await res!.json()) as { access_token: string };
    const auth = { authorization: `Bearer ${access_token}` };
    const documents = () =>
      getResponse(handlers, new Request('http://x/mes/documents', { headers: auth }));
    const before = await documents();
    expect(before!.status).toBe(403);
    expect(JSON.stringify(await before!.json())).toContain('DMP.OWN_ACCOUNT_NOT_ACTIVATED');
    const activation = await getResponse(
      handlers,
      new Request('http://x/mes/activation', { method: 'POST', headers: auth }),
    );
    expect(activation!.status).toBe(200);
    expect((await documents())!.status).toBe(200);
  });

  test('every documented route has a handler (no 404 « unknown route »)', async () => {
    const handlers = createHandlers(createDmpStore(DEFAULT_SEED));
    for (const route of ALL_ROUTES) {
      const path = route.path.replace(/:[A-Za-z]+/g, 'x');
      const res = await getResponse(
        handlers,
        new Request(`http://x${path}`, {
          method: route.method.toUpperCase(),
          body: route.body ? '{}' : null,
        }),
      );
      const body = (await res!.json()) as { issue?: { details: { coding: { code: string }[] } }[] };
      expect(body.issue?.[0]?.details.coding[0]?.code, `${route.method} ${route.path}`).not.toBe(
        'API.NOT_FOUND',
      );
    }
  });
});

describe('fault overrides on top of the happy path', () => {
  const server = setupServer(...createHandlers(createDmpStore(DEFAULT_SEED)));
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  test('server.use(dmpUnavailable()) turns FHIR transactions into 503, logins still work', async () => {
    server.use(...dmpUnavailable());
    const fhir = await fetch('http://dmp.test/fhir/Patient?identifier=x');
    expect(fhir.status).toBe(503);
    const body = (await fhir.json()) as { issue: { details: { text: string } }[] };
    expect(body.issue[0]?.details.text).toMatch(/indisponible/);
    const login = await fetch('http://dmp.test/auth/psc/token', {
      method: 'POST',
      body: JSON.stringify({ rpps: '19999000011', card: 'CPS' }),
    });
    expect(login.status).toBe(200);
    server.resetHandlers();
    expect((await fetch('http://dmp.test/fhir/Patient?identifier=x')).status).toBe(401);
  });
});
