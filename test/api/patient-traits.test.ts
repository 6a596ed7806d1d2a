/**
 * TD0.2 by traits — `GET /fhir/Patient?family=…&given=…&birthdate=…&gender=…`: the one certain
 * identity as a searchset Bundle with the core's decision; the core's refusals (incomplete traits,
 * no match, uncertain identity) as OperationOutcomes with their stable code, rules and FAQ; bad
 * parameters as French 400s. The search is never traced. It is only announced by the FAQ: off
 * unless the training world switches it on.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { ANNOUNCED_FEATURES, DEFAULT_SEED, testInsFromNir } from '../../src/dmp/index';
import { API, useMswDmp } from '../setup/msw';
import { call, expectDocumented, outcomeText, psToken } from './support';

const { current } = useMswDmp();
const ENGLISH = /\b(Invalid|Expected|Required|Unrecognized|received|must)\b/;

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
    { name: 'no match', params: { ...CLAIRE, birthdate: '1978-04-13' }, status: 404, code: 'DMP.NO_MATCH', text: /Aucun DMP/ },
    { name: 'two homonyms', params: { family: 'Martin', given: 'Jean', birthdate: '1980-01-01', gender: 'male' }, status: 422, code: 'DMP.IDENTITY_UNCERTAIN', text: /matricule INS/ },
    { name: 'a provisional identity', params: { family: 'Mercier', given: 'Yanis', birthdate: '1999-03-22', gender: 'male' }, status: 422, code: 'DMP.IDENTITY_UNCERTAIN', text: /non qualifiée/ },
  ];

  test.each(REFUSALS)('$name → $status $code (the core decides)', async (c) => {
    const res = await search(c.params);
    expect(res.status).toBe(c.status);
    expect(res.code).toBe(c.code);
    expect(outcomeText(res.body)).toMatch(c.text);
    expect(JSON.stringify(res.body)).toContain('"valueCode":"R6"');
    expect(JSON.stringify(res.body)).toContain('FAQ-INS-02');
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
