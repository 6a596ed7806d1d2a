/**
 * Bad input: malformed JSON, unknown fields, invalid INS key, unknown codes, missing, forged or
 * expired tokens, wrong card… each gives a 4xx OperationOutcome in French, never a 5xx, and leaves
 * the DMP state untouched (same state object before and after).
 */
import { describe, expect, test } from 'vitest';
import { createTokenSigner } from '../../src/mocks/auth/tokens';
import { bytesToBase64Url, base64UrlToBytes } from '../../src/mocks/auth/base64';
import { API, useMswDmp } from '../setup/msw';
import { operationOutcome } from '../../src/mocks/schemas/common.schemas';
import { call, ENGLISH, insId, insToken, mesToken, outcomeText, psToken } from './support';

const { current } = useMswDmp();
const CLAIRE = '278044410990195';
const SEARCH = `/fhir/DocumentReference?patient.identifier=${encodeURIComponent(insToken(CLAIRE))}&episode=ep-adult-follow-up-2025`;

const consent = {
  patient: insId(CLAIRE),
  episode: 'ep-x',
  givenBy: 'patient',
  form: 'oral',
  traced: true,
  protectorInformed: false,
};

const td2 = (typeCode: string, data = 'Q29tcHRlIHJlbmR1') => ({
  resourceType: 'DocumentReference',
  status: 'current',
  type: { coding: [{ system: 'http://loinc.org', code: typeCode }] },
  subject: { identifier: insId(CLAIRE) },
  description: 'Compte rendu',
  context: { period: { start: '2025-10-01' } },
  content: [{ attachment: { contentType: 'text/plain', data } }],
});

type Case = {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  raw?: string;
  auth?: 'gp' | 'patient' | 'none' | string;
  headers?: Record<string, string>;
  status: number;
  code: string;
  text?: RegExp;
};

// Tabular data: one case per line is easier to review than Prettier's expansion.
// prettier-ignore
const CASES: Case[] = [
  { name: 'malformed JSON', method: 'POST', path: '/dmp/consents', raw: '{"patient":', status: 400, code: 'API.MALFORMED_JSON', text: /pas du JSON valide/ },
  { name: 'empty body', method: 'POST', path: '/dmp/consents', raw: '', status: 400, code: 'API.INVALID_REQUEST', text: /Corps de requête JSON attendu/ },
  { name: 'unknown body field', method: 'POST', path: '/dmp/consents', body: { ...consent, extra: 1 }, status: 400, code: 'API.INVALID_REQUEST', text: /Clé non reconnue/ },
  { name: '__proto__ in the body', method: 'POST', path: '/dmp/consents', raw: `{"__proto__":{"x":1},${JSON.stringify(consent).slice(1)}`, status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'wrong field type', method: 'POST', path: '/dmp/consents', body: { ...consent, traced: 'oui' }, status: 400, code: 'API.INVALID_REQUEST', text: /booléen/ },
  { name: 'unknown query parameter, answered with the accepted ones', method: 'GET', path: `${SEARCH}&_sort=date`, status: 400, code: 'API.INVALID_REQUEST', text: /Clé non reconnue : _sort\. Acceptés : patient\.identifier, patient, status, type, category, date, _count, episode, mode, motive, patientUnableToConsent\./ },
  { name: 'unknown body field, answered with the accepted ones', method: 'POST', path: '/dmp/consents', body: { ...consent, extra: 1 }, status: 400, code: 'API.INVALID_REQUEST', text: /Acceptés : patient, episode, scope, givenBy, form, traced, protectorInformed, minorSecret\./ },
  { name: 'string expected: « attendue »', method: 'POST', path: '/dmp/consents', body: { ...consent, episode: 5 }, status: 400, code: 'API.INVALID_REQUEST', text: /chaîne de caractères attendue, nombre reçu/ },
  { name: 'a count that is not a number', method: 'GET', path: `${SEARCH}&_count=beaucoup`, status: 400, code: 'API.INVALID_REQUEST', text: /Nombre entier attendu/ },
  { name: 'patient named twice (INS and reference)', method: 'GET', path: `${SEARCH}&patient=Patient/pat-adult`, status: 400, code: 'API.INVALID_REQUEST', text: /pas les deux/ },
  { name: 'no patient at all in a search', method: 'GET', path: '/fhir/DocumentReference?episode=ep-adult-follow-up-2025', status: 400, code: 'API.INVALID_REQUEST', text: /patient\.identifier .* ou patient/ },
  { name: 'a motive without break-glass mode', method: 'GET', path: `${SEARCH}&motive=urgence`, status: 400, code: 'API.INVALID_REQUEST', text: /motive ne vaut qu'en bris de glace : ajoutez mode=bris-de-glace/ },
  { name: 'patientUnableToConsent without break-glass mode', method: 'GET', path: `${SEARCH}&patientUnableToConsent=true`, status: 400, code: 'API.INVALID_REQUEST', text: /patientUnableToConsent ne vaut qu'en bris de glace/ },
  { name: 'patientUnableToConsent that is not a boolean', method: 'GET', path: `${SEARCH}&mode=bris-de-glace&motive=urgence&patientUnableToConsent=oui`, status: 400, code: 'API.INVALID_REQUEST', text: /une valeur parmi "true"\|"false" attendue/ },
  { name: 'a query parameter on a route that takes none', method: 'GET', path: '/fhir/Patient/pat-adult?_format=json', status: 400, code: 'API.INVALID_REQUEST', text: /Aucun paramètre n'est accepté ici/ },
  { name: 'repeated single-valued parameter', method: 'GET', path: `${SEARCH}&episode=ep-2`, status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'invalid INS key', method: 'GET', path: `/fhir/Patient?identifier=${encodeURIComponent(insToken('278044410990196'))}`, status: 400, code: 'DMP.INS_INVALID', text: /Clé invalide/ },
  { name: 'production INS OID', method: 'GET', path: `/fhir/Patient?identifier=${encodeURIComponent(`urn:oid:1.2.250.1.213.1.4.8|${CLAIRE}`)}`, status: 400, code: 'DMP.INS_INVALID', text: /vraies identités/ },
  { name: 'malformed INS', method: 'GET', path: `/fhir/Patient?identifier=abc`, status: 400, code: 'DMP.INS_INVALID', text: /15 caractères/ },
  { name: 'unknown document type in a search', method: 'GET', path: `${SEARCH}&type=99999-9`, status: 400, code: 'API.INVALID_REQUEST', text: /Option invalide/ },
  { name: 'unknown category', method: 'GET', path: `${SEARCH}&category=77`, status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'malformed date', method: 'GET', path: `${SEARCH}&date=hier`, status: 400, code: 'API.INVALID_REQUEST', text: /AAAA-MM-JJ/ },
  { name: 'impossible date', method: 'GET', path: `${SEARCH}&date=ge2025-02-30`, status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'unknown access mode', method: 'GET', path: `${SEARCH}&mode=vip`, status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'document type unknown to the DMP (TD2)', method: 'POST', path: '/fhir/DocumentReference', body: td2('allergies'), status: 422, code: 'DMP.UNKNOWN_DOCUMENT_TYPE', text: /allergies/ },
  { name: 'content that is not base64 (TD2)', method: 'POST', path: '/fhir/DocumentReference', body: td2('11488-4', '***'), status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'content that is not UTF-8 (TD2)', method: 'POST', path: '/fhir/DocumentReference', body: td2('11488-4', '/w=='), status: 400, code: 'API.INVALID_REQUEST', text: /UTF-8/ },
  { name: 'unknown visibility code (TD3.3)', method: 'PATCH', path: '/fhir/DocumentReference/doc-adult-vsm', body: [{ op: 'replace', path: '/securityLabel', value: [{ coding: [{ code: 'SECRET' }] }] }], status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'two patch operations (TD3.3)', method: 'PATCH', path: '/fhir/DocumentReference/doc-adult-vsm', body: [{ op: 'replace', path: '/status', value: 'entered-in-error' }, { op: 'replace', path: '/status', value: 'entered-in-error' }], status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'patch by a non-author (TD3.3c)', method: 'PATCH', path: '/fhir/DocumentReference/doc-adult-imaging', body: [{ op: 'replace', path: '/status', value: 'entered-in-error' }], status: 403, code: 'DMP.NOT_AUTHOR' },
  { name: 'unknown document (TD3.2)', method: 'GET', path: `/fhir/Binary/doc-nope?patient.identifier=${encodeURIComponent(insToken(CLAIRE))}&episode=ep-adult-follow-up-2025`, status: 404, code: 'DMP.DOCUMENT_NOT_FOUND' },
  { name: 'overlong break-glass motive', method: 'POST', path: '/dmp/break-glass', body: { patient: insId(CLAIRE), motive: 'x'.repeat(501) }, status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'missing token', method: 'GET', path: SEARCH, auth: 'none', status: 401, code: 'AUTH.TOKEN_MISSING', text: /Authorization/ },
  { name: 'not a bearer token', method: 'GET', path: SEARCH, auth: 'none', headers: { Authorization: 'Basic Zm9vOmJhcg==' }, status: 401, code: 'AUTH.TOKEN_INVALID' },
  { name: 'garbage token', method: 'GET', path: SEARCH, auth: 'dmpsim.abc.def', status: 401, code: 'AUTH.TOKEN_INVALID' },
  { name: 'patient token on a professional route', method: 'GET', path: SEARCH, auth: 'patient', status: 403, code: 'AUTH.WRONG_AUDIENCE' },
  { name: 'professional token on a patient route', method: 'GET', path: '/mes/documents', auth: 'gp', status: 403, code: 'AUTH.WRONG_AUDIENCE' },
  { name: 'wrong card at login', method: 'POST', path: '/auth/psc/token', auth: 'none', body: { professionalId: 'pro-secretary-nominative-cpe', card: 'CPS' }, status: 401, code: 'AUTH.WRONG_CARD', text: /CPE/ },
  { name: 'unknown card type at login', method: 'POST', path: '/auth/psc/token', auth: 'none', body: { rpps: '19999000011', card: 'Vitale' }, status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'unknown RPPS at login', method: 'POST', path: '/auth/psc/token', auth: 'none', body: { rpps: '19999999999', card: 'CPS' }, status: 401, code: 'AUTH.UNKNOWN_USER' },
  { name: 'unknown INS at patient login', method: 'POST', path: '/auth/mes/token', auth: 'none', body: { ins: insId('180014410991484') }, status: 400, code: 'DMP.INS_INVALID' },
  { name: 'negative clock advance', method: 'POST', path: '/training/clock', auth: 'none', body: { advance: { days: -1 } }, status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'unknown world', method: 'POST', path: '/training/reset', auth: 'none', body: { world: 'autre' }, status: 400, code: 'API.INVALID_REQUEST' },
  { name: 'unknown route', method: 'GET', path: '/fhir/Observation', auth: 'none', status: 404, code: 'API.NOT_FOUND' },
  { name: 'wrong method', method: 'DELETE', path: '/fhir/Patient', auth: 'none', status: 404, code: 'API.NOT_FOUND' },
  { name: 'invalid RPPS to block', method: 'POST', path: '/mes/blocked-professionals', auth: 'patient', body: { rpps: '123' }, status: 400, code: 'DMP.INVALID_RPPS' },
  { name: 'inconsistent emergency settings', method: 'PUT', path: '/mes/emergency-settings', auth: 'patient', body: { allowSamu: false, allowOtherProfessionals: false, allowMaskedDocumentsInEmergency: true }, status: 422, code: 'DMP.INCONSISTENT_EMERGENCY_SETTINGS' },
  { name: "someone else's document (Mon espace santé)", method: 'DELETE', path: '/mes/documents/doc-minor-consultation', auth: 'patient', status: 404, code: 'DMP.DOCUMENT_NOT_FOUND' },
];

describe('every bad request is a French 4xx OperationOutcome that changes nothing', () => {
  test.each(CASES)('$name → $status $code', async (c) => {
    const tokens = {
      gp: await psToken(API, { rpps: '19999000011' }),
      patient: await mesToken(API, CLAIRE),
    };
    const { store } = current();
    const before = store.getState();
    const token =
      c.auth === undefined || c.auth === 'gp'
        ? tokens.gp
        : c.auth === 'patient'
          ? tokens.patient
          : c.auth === 'none'
            ? undefined
            : c.auth;
    const res = await call(API, c.method, c.path, {
      ...(c.body === undefined ? {} : { body: c.body }),
      ...(c.raw === undefined ? {} : { raw: c.raw }),
      ...(token === undefined ? {} : { token }),
      ...(c.headers ? { headers: c.headers } : {}),
    });
    expect(res.status).toBe(c.status);
    expect(res.code).toBe(c.code);
    const text = outcomeText(res.body);
    expect(text).not.toMatch(ENGLISH);
    if (c.text) expect(text).toMatch(c.text);
    expect(operationOutcome.safeParse(res.body).success).toBe(true);
    expect(store.getState()).toBe(before);
  });
});

describe('tokens', () => {
  test('a token signed with another secret is refused', async () => {
    const forged = await createTokenSigner(new Uint8Array(32).fill(9)).issue(
      { kind: 'ps', professionalId: 'pro-gp', card: 'CPS' },
      current().store.getState().clock.now,
      0,
    );
    const before = current().store.getState();
    const res = await call(API, 'GET', SEARCH, { token: forged.token });
    expect([res.status, res.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);
    expect(current().store.getState()).toBe(before);
  });

  test('a token whose payload was edited is refused', async () => {
    const token = await psToken(API, { rpps: '19999000094' });
    const [prefix, payload, signature] = token.split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload!)!)) as {
      session: { professionalId: string };
    };
    claims.session.professionalId = 'pro-gp';
    const edited = `${prefix}.${bytesToBase64Url(new TextEncoder().encode(JSON.stringify(claims)))}.${signature}`;
    const res = await call(API, 'GET', SEARCH, { token: edited });
    expect([res.status, res.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);
  });

  test('a token expires after 8 hours of simulated time', async () => {
    const token = await psToken(API, { rpps: '19999000094' });
    await call(API, 'POST', '/training/clock', { body: { advance: { hours: 7, minutes: 59 } } });
    expect((await call(API, 'GET', SEARCH, { token })).status).toBe(200);
    await call(API, 'POST', '/training/clock', { body: { advance: { minutes: 1 } } });
    const before = current().store.getState();
    const res = await call(API, 'GET', SEARCH, { token });
    expect([res.status, res.code]).toEqual([401, 'AUTH.TOKEN_EXPIRED']);
    expect(outcomeText(res.body)).toMatch(/expiré/);
    expect(current().store.getState()).toBe(before);
  });

  test('resetting the world invalidates every token', async () => {
    const token = await psToken(API, { rpps: '19999000094' });
    await call(API, 'POST', '/training/reset', { body: {} });
    const res = await call(API, 'GET', SEARCH, { token });
    expect([res.status, res.code]).toEqual([401, 'AUTH.TOKEN_EXPIRED']);
    expect(outcomeText(res.body)).toMatch(/réinitialisé/);
  });

  test('a 401 tells the client how to authenticate', async () => {
    const res = await fetch(`${API}${SEARCH}`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(res.headers.get('content-type')).toMatch(/application\/fhir\+json/);
  });
});
