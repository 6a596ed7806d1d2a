/**
 * The real Node server (`npm run dmp:serve`): Fetch conversion, 404 for anything unhandled, 413 for
 * large bodies, HEAD, malformed URLs, and a clean shutdown of the CLI on SIGINT/SIGTERM.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/mocks/config';
import { startDmpServer, type RunningDmpServer } from '../../src/server/dmp-server';
import { call, outcomeText, psToken } from './support';

describe('dmp server', () => {
  let server: RunningDmpServer;
  beforeAll(async () => {
    server = await startDmpServer({ port: 0 });
  });
  afterAll(() => server.close());

  test('listens on 127.0.0.1 and answers the API with the same handlers', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const token = await psToken(server.url, { rpps: '19999000011' });
    const res = await call(
      server.url,
      'GET',
      `/fhir/Patient?identifier=${encodeURIComponent('urn:oid:1.2.250.1.213.1.4.10|278044410990195')}`,
      { token },
    );
    expect([res.status, res.code]).toEqual([200, 'DMP.CONSENT_REQUIRED']);
  });

  test('anything outside the API is a 404 OperationOutcome', async () => {
    const res = await call(server.url, 'GET', '/faq/');
    expect([res.status, res.code]).toEqual([404, 'API.NOT_FOUND']);
    expect(outcomeText(res.body)).toMatch(/Aucune route GET \/faq\//);
  });

  test('a body over the limit is a 413, the state is untouched', async () => {
    const before = server.store.getState();
    const res = await fetch(`${server.url}/dmp/consents`, {
      method: 'POST',
      body: 'a'.repeat(MAX_BODY_BYTES + 1),
    });
    expect(res.status).toBe(413);
    expect(outcomeText(await res.json())).toMatch(/limité/);
    expect(server.store.getState()).toBe(before);
  });

  test('HEAD has headers and no body', async () => {
    const res = await fetch(`${server.url}/training/world`, { method: 'HEAD' });
    expect(res.status).toBe(404); // no HEAD route: HEAD goes to the catch-all
    expect(await res.text()).toBe('');
  });

  test('a malformed URL or an absolute-form target is a 400, not a crash', async () => {
    for (const path of ['/fhir/%E0%A4%A', 'http://evil.example/fhir/Patient']) {
      const status = await new Promise<number>((resolve) => {
        const req = request({ host: '127.0.0.1', port: server.port, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.end();
      });
      expect(status, path).toBe(400);
    }
  });
});

describe('npm run dmp:serve', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    test(`prints where it listens and stops cleanly on ${signal}`, async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts'], {
        env: { ...process.env, PORT: '0' },
      });
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.on('exit', () => reject(new Error(out)));
      });
      expect(out).toMatch(/Données fictives/);
      expect((await fetch(`${url}/training/world`)).status).toBe(200);
      const code = await new Promise<number | null>((resolve) => {
        child.on('exit', (c) => resolve(c));
        child.kill(signal);
      });
      expect(code).toBe(0);
      expect(out).toMatch(/arrêtée/);
    }, 20_000);
  }

  test('refuses an invalid PORT with a French message', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts'], {
      env: { ...process.env, PORT: 'abc' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/PORT invalide/);
  }, 20_000);
});
