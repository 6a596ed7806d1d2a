import { describe, expect, test } from 'vitest';
import { assumptionById, cite, deny, DMP_ERROR_CODES, isDmpErrorCode, restsOn } from '../dmp/index';
import { ASSUMPTION_EXTENSION } from './fhir/operation-outcome';
import { decisionJson } from './views';
import { apiError } from './api-errors';
import { refusalResponse, searchToHttp, STATUS_BY_CODE, statusOf, toHttp } from './to-http';

describe('status mapping', () => {
  test('every core refusal code has a 4xx status', () => {
    for (const code of Object.keys(DMP_ERROR_CODES)) {
      expect(isDmpErrorCode(code)).toBe(true);
      const status = statusOf(code as keyof typeof DMP_ERROR_CODES);
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(500);
    }
  });

  test('only API.INTERNAL and the injected outage are 5xx', () => {
    const fiveHundreds = Object.entries(STATUS_BY_CODE)
      .filter(([, s]) => s >= 500)
      .map(([c]) => c);
    expect(fiveHundreds.sort()).toEqual(['API.INTERNAL', 'API.UNAVAILABLE']);
  });

  test('PDSM4DMP statuses: non-author deletion 403, unknown document 404, business rule 422', () => {
    expect(statusOf('DMP.NOT_AUTHOR')).toBe(403);
    expect(statusOf('DMP.DOCUMENT_NOT_FOUND')).toBe(404);
    expect(statusOf('DMP.VISIBILITY_COMBINATION')).toBe(422);
  });
});

describe('OperationOutcome of a refusal', () => {
  test('carries the code, the French text, the rules and the FAQ links', async () => {
    const res = refusalResponse(
      deny('DMP.ACCESS_BLOCKED', '« Accès bloqué » : le patient vous a bloqué.', {
        faq: 'FAQ-PAT-03',
        rules: ['R44'],
      }),
    );
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(await res.json()).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code: 'forbidden',
          details: {
            coding: [
              {
                system: 'https://dmp-simulateur.example/fhir/CodeSystem/decision-dmp',
                code: 'DMP.ACCESS_BLOCKED',
                display: 'Accès bloqué',
              },
            ],
            text: '« Accès bloqué » : le patient vous a bloqué.',
          },
          extension: [
            {
              url: 'https://dmp-simulateur.example/fhir/StructureDefinition/regle',
              valueCode: 'R44',
            },
            {
              url: 'https://dmp-simulateur.example/fhir/StructureDefinition/faq',
              extension: [
                { url: 'id', valueCode: 'FAQ-PAT-03' },
                { url: 'lien', valueUri: '/faq/droits-patients/bloquer-un-professionnel/' },
              ],
            },
          ],
        },
      ],
    });
  });

  test('a 401 carries WWW-Authenticate', () => {
    const res = refusalResponse(apiError('AUTH.TOKEN_MISSING', 'Jeton manquant.'));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="dmp-simulateur"/);
  });
});

describe('toHttp and searchToHttp', () => {
  test('an allowed result is rendered, with 201 and Location when created', async () => {
    const allowed = {
      allowed: true,
      code: 'DMP.DEPOSIT_ALLOWED',
      explanation: 'ok',
      rules: [],
      faq: [],
      notices: [],
      checked: [],
      value: 7,
    } as const;
    const res = toHttp(allowed, (v) => ({ v }), { kind: 'created', location: '/x/7' });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/x/7');
    expect(await res.json()).toEqual({ v: 7 });
  });

  test('« no active DMP » is an empty searchset, other refusals are errors', async () => {
    const empty = searchToHttp(
      deny('DMP.NO_MATCH', 'Aucun DMP actif.', cite('FAQ-INS-01')),
      () => 'found',
      () => ({ total: 0 }),
    );
    expect([empty.status, await empty.json()]).toEqual([200, { total: 0 }]);
    const invalid = searchToHttp(
      deny('DMP.INS_INVALID', 'Clé invalide.', cite('FAQ-INS-01')),
      () => 'found',
      () => ({}),
    );
    expect(invalid.status).toBe(400);
  });
});

describe('assumptions over the API', () => {
  const refusal = deny(
    'DMP.DOCUMENT_TYPE_RESERVED_TO_PHYSICIAN',
    'Refus (hypothèse du simulateur (HS18)).',
    cite('FAQ-DEP-01', 'R7'),
    restsOn('HS18'),
  );

  test('a decision as JSON lists the assumptions it rests on, with their summary', () => {
    expect(decisionJson(refusal).assumptions).toEqual([
      { id: 'HS18', summary: assumptionById('HS18').summary },
    ]);
    expect(decisionJson(deny('DMP.NO_MATCH', 'Aucune.', cite('FAQ-ACC-09'))).assumptions).toEqual(
      [],
    );
  });

  test('an OperationOutcome carries one « hypothese » extension per assumption', async () => {
    const body = (await refusalResponse(refusal).json()) as {
      issue: { extension: { url: string; valueCode?: string }[] }[];
    };
    expect(body.issue[0]?.extension).toContainEqual({
      url: ASSUMPTION_EXTENSION,
      valueCode: 'HS18',
    });
  });
});
