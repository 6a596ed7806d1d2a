/**
 * Fuzz test of the real Node server (ephemeral port on 127.0.0.1): more than 10,000 random or
 * mutated requests (methods, paths, queries, tokens, JSON bodies, raw bytes, oversized bodies)
 * and a few malformed HTTP messages. Zero 5xx, zero crash, the server still answers at the end.
 */
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTokenSigner } from '../../src/mocks/auth/tokens';
import { MAX_BODY_BYTES } from '../../src/mocks/config';
import { ALL_ROUTES } from '../../src/mocks/routes/index';
import { WALK_STEPS } from '../../src/mocks/walk/index';
import { startDmpServer, type RunningDmpServer } from '../../src/server/dmp-server';
import { mesToken, psToken } from './support';

const REQUESTS = 10_500;
let server: RunningDmpServer;
let tokens: string[] = [];

/** Log in again (the fuzzer resets the world and moves the clock, which kills tokens). */
async function refreshTokens(): Promise<void> {
  const forged = await createTokenSigner().issue(
    { kind: 'ps', professionalId: 'pro-gp', card: 'CPS' },
    server.store.getState().clock.now,
    0,
  );
  tokens = [
    await psToken(server.url, { rpps: '19999000011' }),
    await psToken(server.url, { rpps: '19999000029' }),
    await psToken(server.url, { professionalId: 'pro-secretary-nominative-cpe' }, 'CPE'),
    await mesToken(server.url, '278044410990195'),
    await mesToken(server.url, '207107218190373', 'rep-petit-nadia'),
    forged.token,
  ];
}

beforeAll(async () => {
  server = await startDmpServer({ port: 0 });
  await refreshTokens();
});
afterAll(() => server.close());

// ---- Generators -----------------------------------------------------------------------------

const weird = fc.constantFrom(
  '',
  ' ',
  '%',
  '%ZZ',
  '%E0%A4%A',
  '..',
  '../..',
  '\u00e9',
  'é%20x',
  'a'.repeat(3000),
  '__proto__',
  'constructor',
  'null',
  '-1',
  '1e309',
  '278044410990195',
  'doc-adult-vsm',
  '19999000094',
  'urn:oid:1.2.250.1.213.1.4.10|278044410990195',
  'urn:oid:1.2.250.1.213.1.4.8|278044410990195',
  '💉',
);
const segment = fc.oneof(weird, fc.string({ maxLength: 12 }).map(encodeURIComponent));

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'PROPFIND'] as const;

/** A route's path with its parameters replaced, usually with the route's own method. */
const routeTarget = fc
  .tuple(fc.constantFrom(...ALL_ROUTES), segment, fc.integer({ min: 0, max: 9 }))
  .map(([route, seg, dice]) => ({
    path: route.path.replace(/:[A-Za-z]+/g, seg),
    method: dice < 8 ? route.method.toUpperCase() : undefined,
  }));

const path = fc.oneof(
  { weight: 6, arbitrary: routeTarget },
  {
    weight: 1,
    arbitrary: fc
      .array(segment, { minLength: 1, maxLength: 4 })
      .map((parts) => ({ path: `/${parts.join('/')}`, method: undefined })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('/fhir/', '/mes/', '/dmp/', '/auth/', '/training/', '//', '/fhir//'),
        segment,
      )
      .map(([a, b]) => ({ path: a + b, method: undefined })),
  },
);

const QUERY_KEYS = [
  'identifier',
  'patient.identifier',
  'episode',
  'mode',
  'motive',
  'status',
  'type',
  'category',
  'date',
  '_count',
  '__proto__',
];
const encodePairs = (pairs: readonly (readonly [string, string, boolean])[]) =>
  pairs.length === 0
    ? ''
    : `?${pairs.map(([k, v, raw]) => `${encodeURIComponent(k)}=${raw ? v : encodeURIComponent(v)}`).join('&')}`;
const walkQueries = WALK_STEPS.flatMap((s) =>
  s.request.query ? [Object.entries(s.request.query)] : [],
);
const query = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...QUERY_KEYS),
        fc.oneof(weird, fc.string({ maxLength: 20 })),
        fc.boolean(),
      ),
      { maxLength: 5 },
    )
    .map(encodePairs),
  // A documented query with one value replaced, one key dropped, or one key added.
  fc
    .tuple(
      fc.constantFrom(...walkQueries),
      fc.nat(),
      fc.oneof(
        weird,
        fc.constantFrom('ge2025-01-01', '11488-4', '10', 'superseded', 'bris-de-glace'),
      ),
      fc.constantFrom('replace', 'drop', 'add'),
    )
    .map(([entries, i, value, how]) => {
      const pairs = entries.map(([k, v]) => [k, v, false] as const);
      const at = i % pairs.length;
      if (how === 'drop') return encodePairs(pairs.filter((_, j) => j !== at));
      if (how === 'add')
        return encodePairs([...pairs, [QUERY_KEYS[i % QUERY_KEYS.length]!, value, false]]);
      return encodePairs(pairs.map((p, j) => (j === at ? ([p[0], value, false] as const) : p)));
    }),
);

/** Mutate a JSON value: drop or add keys, change types, nest, enlarge. */
const mutate = (value: unknown): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(value),
    fc.constantFrom(null, true, 0, -1, 1e308, '', 'x'.repeat(5000), [], {}, [[[[[]]]]]),
    fc.constant(
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).slice(1))
        : value,
    ),
    fc
      .tuple(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }))
      .map(([k, v]) =>
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? { ...value, [k]: v }
          : v,
      ),
    typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length > 0
      ? fc
          .constantFrom(...Object.keys(value))
          .chain((k) =>
            fc
              .jsonValue({ maxDepth: 2 })
              .map((v) => ({ ...(value as Record<string, unknown>), [k]: v })),
          )
      : fc.jsonValue({ maxDepth: 3 }),
  );

const bodies = WALK_STEPS.filter((s) => s.request.body !== undefined).map((s) => s.request.body);
const body = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .constantFrom(...bodies)
      .chain(mutate)
      .map((v) => JSON.stringify(v) ?? 'null'),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{',
      '{"a":',
      '[1,]',
      '\u0000\u0001',
      '{"__proto__":{"polluted":1}}',
      '\uFEFF{}',
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const fuzzRequest = fc
  .record({
    anyMethod: fc.constantFrom(...METHODS),
    target: path,
    query,
    auth: fc.oneof(
      { weight: 6, arbitrary: fc.nat({ max: 5 }) },
      { weight: 1, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'Bearer ',
          'Bearer x.y.z',
          'Basic abc',
          'bearer dmpsim..',
          'Bearer ' + 'a'.repeat(5000),
        ),
      },
    ),
    contentType: fc.constantFrom(
      undefined,
      'application/json',
      'application/fhir+json',
      'text/plain',
      'multipart/form-data',
    ),
    body,
    huge: fc.integer({ min: 0, max: 199 }).map((n) => n === 0),
  })
  .map(({ anyMethod, target, ...rest }) => ({
    ...rest,
    method: target.method ?? anyMethod,
    path: target.path,
  }));

/** Unmutated walk requests with a plausible token, so that the happy path is exercised too. */
const walkRequest = fc.constantFrom(...WALK_STEPS).map((step) => ({
  method: step.request.method,
  path: step.request.path,
  query: step.request.query ? `?${new URLSearchParams(step.request.query)}` : '',
  auth: step.request.path.startsWith('/mes/') ? 3 : 0,
  contentType: 'application/json' as const,
  body: step.request.body === undefined ? undefined : JSON.stringify(step.request.body),
  huge: false,
}));

const anyRequest = fc.oneof(
  { weight: 9, arbitrary: fuzzRequest },
  { weight: 1, arbitrary: walkRequest },
);

// ---- Sending ------------------------------------------------------------------------------------

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

type FuzzRequest = typeof anyRequest extends fc.Arbitrary<infer T> ? T : never;

function send(r: FuzzRequest): Promise<number | string> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (r.auth !== undefined)
      headers['Authorization'] = typeof r.auth === 'number' ? `Bearer ${tokens[r.auth]}` : r.auth;
    if (r.contentType) headers['Content-Type'] = r.contentType;
    const payload = r.huge
      ? Buffer.alloc(MAX_BODY_BYTES + 10, 'a')
      : r.body === undefined
        ? undefined
        : Buffer.from(r.body);
    // Node's client frames GET/DELETE/OPTIONS bodies only with an explicit length.
    if (payload !== undefined) headers['Content-Length'] = String(payload.length);
    let req;
    try {
      // Node refuses unescaped non-ASCII in a request line: escape just those, keep the rest raw.
      const target = `${r.path}${r.query}`.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
      req = request(
        { agent, host: '127.0.0.1', port: server.port, method: r.method, path: target, headers },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', () => resolve('client-error'));
        },
      );
    } catch (e) {
      resolve(`client-sync-${(e as { code?: string }).code}`); // Node refuses to send it (invalid characters in the path or a header).
      return;
    }
    req.on('error', (e) =>
      resolve(`client-${(e as { code?: string }).code}${r.huge ? '-huge' : ''}`),
    );
    req.end(payload);
  });
}

function rawHttp(message: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.end(message));
    let data = '';
    socket.on('data', (d) => (data += d.toString()));
    socket.on('close', () => resolve(data));
    socket.on('error', () => resolve(data));
  });
}

test(`${REQUESTS} random and mutated requests: no 5xx, no crash`, async () => {
  const requests = fc.sample(anyRequest, { numRuns: REQUESTS, seed: 20251001 });
  const statuses = new Map<number | string, number>();
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      if (next % 250 === 0) await refreshTokens();
      const r = requests[next++]!;
      const status = await send(r);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const answered = [...statuses]
    .filter(([s]) => typeof s === 'number')
    .reduce((n, [, c]) => n + c, 0);
  const fiveHundreds = [...statuses].filter(([s]) => typeof s === 'number' && s >= 500);
  console.info(`statuts : ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(fiveHundreds).toEqual([]);
  expect(answered).toBeGreaterThanOrEqual(10_000);
  expect(statuses.get(413) ?? 0).toBeGreaterThan(0);
  // A few 2xx prove the fuzzer also reaches the happy path.
  expect((statuses.get(200) ?? 0) + (statuses.get(201) ?? 0)).toBeGreaterThan(0);

  for (const message of [
    'GARBAGE\r\n\r\n',
    'GET / HTTP/9.9\r\n\r\n',
    'POST /dmp/consents HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{',
    'GET /fhir/Patient HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    'GET http://evil.example/fhir/Patient HTTP/1.1\r\nHost: x\r\n\r\n',
  ]) {
    const reply = await rawHttp(message);
    expect(reply).not.toMatch(/^HTTP\/1\.1 5\d\d/);
  }
  const alive = await fetch(`${server.url}/training/world`);
  expect(alive.status).toBe(200);
}, 60_000);
