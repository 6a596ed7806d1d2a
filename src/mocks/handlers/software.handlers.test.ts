import { getResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED, SEED_PATIENT_IDS } from '../../dmp/index';
import { createHandlers } from './index';

const PATH = (id: string) => `http://x/lps/patients/${id}/identity-qualification`;

async function login(handlers: ReturnType<typeof createHandlers>): Promise<string> {
  const res = await getResponse(
    handlers,
    new Request('http://x/auth/psc/token', {
      method: 'POST',
      body: JSON.stringify({ rpps: '19999000011', card: 'CPS' }),
    }),
  );
  return ((await res!.json()) as { access_token: string }).access_token;
}

describe('POST /lps/patients/:id/identity-qualification (HS17)', () => {
  test('a logged-in professional qualifies a provisional identity; the DMP traces nothing', async () => {
    const store = createDmpStore(DEFAULT_SEED);
    const handlers = createHandlers(store);
    const id = SEED_PATIENT_IDS.provisionalIdentity;
    const history = store.history(id).length;
    const res = await getResponse(
      handlers,
      new Request(PATH(id), {
        method: 'POST',
        headers: { authorization: `Bearer ${await login(handlers)}` },
      }),
    );
    expect(res!.status).toBe(200);
    const body = (await res!.json()) as { decision: { code: string }; patient: object };
    expect(body.decision.code).toBe('DMP.IDENTITY_QUALIFIED');
    expect(body.patient).toEqual({ id, identityStatus: 'QUAL' });
    expect(store.history(id)).toHaveLength(history);
  });

  test('bad requests get a French OperationOutcome, change nothing and never a 500', async () => {
    const store = createDmpStore(DEFAULT_SEED);
    const handlers = createHandlers(store);
    const before = store.getState();
    const post = async (path: string, token: string | null) =>
      getResponse(
        handlers,
        new Request(path, {
          method: 'POST',
          headers: token === null ? {} : { authorization: `Bearer ${token}` },
        }),
      );
    const anonymous = await post(PATH(SEED_PATIENT_IDS.provisionalIdentity), null);
    expect(anonymous!.status).toBe(401);
    const token = await login(handlers);
    const unknown = await post(PATH('pat-inconnu'), token);
    expect(unknown!.status).toBe(404);
    const outcome = JSON.stringify(await unknown!.json());
    expect(outcome).toContain('DMP.UNKNOWN_PATIENT');
    expect(outcome).toContain('inconnu du simulateur');
    const tooLong = await post(PATH('x'.repeat(101)), token);
    expect(tooLong!.status).toBe(400);
    expect(store.getState().patients).toBe(before.patients);
  });
});
