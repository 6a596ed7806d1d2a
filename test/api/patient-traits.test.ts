/**
 * TD0.2 by traits — `GET /fhir/Patient?family=…&given=…&birthdate=…&gender=…`: the one certain
 * identity as a searchset Bundle with the core's decision; no match or an uncertain identity as a
 * searchset without Patient, the core's refusal in its outcome entry; incomplete traits as a 400
 * OperationOutcome; bad parameters as French 400s. The search is never traced. It is only announced by the FAQ: off
 * unless the training world switches it on.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { ANNOUNCED_FEATURES, DEFAULT_SEED, testInsFromNir } from '../../src/dmp/index';
import { API, useMswDmp } from '../setup/msw';
import { call, ENGLISH, expectDocumented, outcomeText, psToken } from './support';

const { current } = useMswDmp();

const search = async (params: Record<string, string>) => {
  const token = await psToken(API, { rpps: '19999000029' });
  const path = `/fhir/Patient?${new URLSearchParams(params)}`;
  const before = current().store.getState();
  const res = await call(API, 'GET', path, { token });
  expectDocumented('GET', path, res.status, res.body);
  expect(current().store.getState(), 'une recherche ne change rien').toBe(before);
  return res;
};

const CLAIRE = { family: 'MOREAU', given: 'Claire', birthdate: '1978-04-12', gender: 'female' };

describe('search by traits: an announced feature', () => {
  test('off in the default world: 422 DMP.FEATURE_NOT_AVAILABLE, which says it is announced', async () => {
    const res = await search(CLAIRE);
    expect([res.status, res.code]).toEqual([422, 'DMP.FEATURE_NOT_AVAILABLE']);
    expect(outcomeText(res.body)).toMatch(/annoncée en septembre 2025/);
  });

  test('switched on by a training world: found, with the caveat in the outcome', async () => {
    const reset = await call(API, 'POST', '/training/reset', {
      body: { features: { traitSearch: true } },
    });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    const res = await search(CLAIRE);
    expect(res.code).toBe('DMP.IDENTITY_FOUND');
    expect(JSON.stringify(res.body)).toContain(ANNOUNCED_FEATURES.traitSearch.caveat);
  });
});

describe('search by traits', () => {
  beforeEach(() => {
    current().store.reset({ ...DEFAULT_SEED, features: { traitSearch: true } });
  });

  test('one qualified identity: the Patient, with the decision (R6) as outcome', async () => {
    const res = await search({ ...CLAIRE, family: 'moreau' });
    expect(res.status).toBe(200);
    expect(res.code).toBe('DMP.IDENTITY_FOUND');
    const bundle = res.body as { total: number; entry: { resource: { id: string } }[] };
    expect(bundle.total).toBe(1);
    expect(bundle.entry[0]?.resource.id).toBe('pat-adult');
    expect(JSON.stringify(res.body)).toContain('"valueCode":"R6"');
  });

  // prettier-ignore
  const REFUSALS = [
    { name: 'an empty given name', params: { ...CLAIRE, given: '' }, status: 400, code: 'DMP.INCOMPLETE_TRAITS', text: /quatre traits/ },
    { name: 'no gender', params: { family: 'MOREAU', given: 'Claire', birthdate: '1978-04-12' }, status: 400, code: 'DMP.INCOMPLETE_TRAITS', text: /quatre traits/ },
    { name: 'only a family name', params: { family: 'MOREAU' }, status: 400, code: 'DMP.INCOMPLETE_TRAITS', text: /quatre traits/ },
  ];

  test.each(REFUSALS)('$name → $status $code (the core decides)', async (c) => {
    const res = await search(c.params);
    expect(res.status).toBe(c.status);
    expect(res.code).toBe(c.code);
    expect(outcomeText(res.body)).toMatch(c.text);
    expect(JSON.stringify(res.body)).toContain('"valueCode":"R6"');
    expect(JSON.stringify(res.body)).toContain('FAQ-INS-02');
  });

  // Issue 14: one « not found » convention on GET /fhir/Patient, as by INS (TD0.2): a searchset
  // without Patient (before: 404 DMP.NO_MATCH and 422 DMP.IDENTITY_UNCERTAIN), whose outcome entry
  // carries the core's refusal.
  // prettier-ignore
  const NOT_FOUND = [
    { name: 'no match', params: { ...CLAIRE, birthdate: '1978-04-13' }, code: 'DMP.NO_MATCH', type: 'not-found', text: /Aucun DMP/ },
    { name: 'two homonyms', params: { family: 'Martin', given: 'Jean', birthdate: '1980-01-01', gender: 'male' }, code: 'DMP.IDENTITY_UNCERTAIN', type: 'multiple-matches', text: /matricule INS/ },
    { name: 'a provisional identity', params: { family: 'Mercier', given: 'Yanis', birthdate: '1999-03-22', gender: 'male' }, code: 'DMP.IDENTITY_UNCERTAIN', type: 'multiple-matches', text: /non qualifiée/ },
  ];

  test.each(NOT_FOUND)('$name → 200 searchset without Patient, $code as outcome', async (c) => {
    const res = await search(c.params);
    expect(res.status).toBe(200);
    const bundle = res.body as {
      resourceType: string;
      type: string;
      total: number;
      entry: { search: { mode: string }; resource: { issue: { code: string }[] } }[];
    };
    expect([bundle.resourceType, bundle.type, bundle.total]).toEqual(['Bundle', 'searchset', 0]);
    expect(bundle.entry.map((e) => e.search.mode)).toEqual(['outcome']);
    expect(bundle.entry[0]?.resource.issue[0]?.code).toBe(c.type);
    expect(res.code).toBe(c.code);
    expect(JSON.stringify(res.body)).toMatch(c.text);
    expect(JSON.stringify(res.body)).toContain('"valueCode":"R6"');
    expect(JSON.stringify(res.body)).toContain('FAQ-INS-02');
  });

  test('by INS, an unknown matricule is the same empty searchset', async () => {
    const unknown = testInsFromNir('2780444109903')?.matricule ?? '';
    const res = await search({ identifier: `urn:oid:1.2.250.1.213.1.4.10|${unknown}` });
    const bundle = res.body as { type: string; total: number; entry: unknown[] };
    expect([res.status, bundle.type, bundle.total, bundle.entry]).toEqual([
      200,
      'searchset',
      0,
      [],
    ]);
  });

  // prettier-ignore
  const BAD = [
    { name: 'INS and traits together', params: { identifier: 'urn:oid:1.2.250.1.213.1.4.10|278044410990195', ...CLAIRE }, text: /pas les deux/ },
    { name: 'no parameter at all', params: {}, text: /identifier \(INS\), ou les traits/ },
    { name: 'an episode with traits', params: { ...CLAIRE, episode: 'ep-x' }, text: /episode ne s'emploie qu'avec identifier/ },
    { name: 'a gender code that is not FHIR', params: { ...CLAIRE, gender: 'F' }, text: /female/ },
    { name: 'an unknown parameter', params: { ...CLAIRE, name: 'Claire' }, text: /name/ },
  ];

  test.each(BAD)('$name → 400 API.INVALID_REQUEST in French', async (c) => {
    const res = await search(c.params);
    expect(res.status).toBe(400);
    expect(res.code).toBe('API.INVALID_REQUEST');
    expect(outcomeText(res.body)).toMatch(c.text);
    expect(outcomeText(res.body)).not.toMatch(ENGLISH);
  });

  test('a professional token is required', async () => {
    const res = await call(API, 'GET', `/fhir/Patient?${new URLSearchParams(CLAIRE)}`);
    expect([res.status, res.code]).toEqual([401, 'AUTH.TOKEN_MISSING']);
  });

  test('a patient added by a training world is found by its traits', async () => {
    const { patients } = current().store.getState();
    const adult = patients.find((p) => p.id === 'pat-adult')!;
    const { ins, ...rest } = adult;
    const twin = {
      ...rest,
      id: 'pat-jumelle',
      ins: { system: `urn:oid:${ins.oid}`, value: testInsFromNir('2780444109902')?.matricule },
      traits: { ...adult.traits, givenNames: ['Camille'] },
    };
    const reset = await call(API, 'POST', '/training/reset', {
      body: { patients: [twin], features: { traitSearch: true } },
    });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    const res = await search({ ...CLAIRE, given: 'Camille' });
    expect(res.status).toBe(200);
    expect((res.body as { entry: { resource: { id: string } }[] }).entry[0]?.resource.id).toBe(
      'pat-jumelle',
    );
  });
});
