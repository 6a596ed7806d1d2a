import { getResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED, type DmpDocument } from '../../dmp/index';
import { createHandlers } from '../../mocks/handlers/index';
import { createCoreDmpPort, createHttpDmpPort, type DmpPort } from '../ports/index';
import { ACTION_NAMES, ACTIONS, actionParameters, type DmpRequest } from './index';

const API = 'http://dmp.test';

/** Both ports over a fresh default world: the core store, and the API's handlers over another one. */
function ports(): Record<'core' | 'http', DmpPort> {
  const handlers = createHandlers(createDmpStore(DEFAULT_SEED));
  const fetch = async (request: Request): Promise<Response> => {
    const response = await getResponse(handlers, request);
    if (response === undefined) throw new Error(`Requête non gérée : ${request.url}`);
    return response;
  };
  return {
    core: createCoreDmpPort(createDmpStore(DEFAULT_SEED)),
    http: createHttpDmpPort({ fetch, baseUrl: API }),
  };
}

test('every action is played by the actor its name says, and has a French label', () => {
  const prefix = { ps: 'professional', patient: 'patient', representative: 'representative' };
  for (const name of ACTION_NAMES) {
    const expected = prefix[name.split('.')[0] as keyof typeof prefix] ?? 'any';
    expect(ACTIONS[name].actor, name).toBe(expected);
    expect(ACTIONS[name].label, name).toMatch(/^\p{Lu}/u);
  }
  expect(actionParameters('patient.deleteDocument')).toEqual(['document']);
  expect(actionParameters('patient.viewDocuments')).toEqual([]);
});

// The patient's documents of the default world: one the patient added, one a professional deposited.
const byPatient = (author: DmpDocument['author']['kind']) =>
  DEFAULT_SEED.documents.filter((d) => d.author.kind === author && d.deletedAt === null);
const own = byPatient('patient')[0];
const professionals = byPatient('professional').filter((d) => d.patientId === own?.patientId);

describe.each(['core', 'http'] as const)('patient.deleteDocument over the %s port', (kind) => {
  test('the patient deletes a document they added, never a professional’s', async () => {
    expect(own).toBeDefined();
    expect(professionals.length).toBeGreaterThan(0);
    if (own === undefined) return;
    const port = ports()[kind];
    await port.reset();
    const patientId = own.patientId;
    const listed = async () =>
      (await port.perform({ kind: 'patient.viewDocuments', patientId })).documents ?? [];
    const remove = (documentId: string): DmpRequest => ({
      kind: 'patient.deleteDocument',
      patientId,
      documentId,
    });
    expect(await listed()).toContain(own.id);

    const refusals = new Set<string>();
    for (const doc of professionals) {
      const refused = await port.perform(remove(doc.id));
      if ((await listed()).includes(doc.id)) expect(refused.verdict.code).toBe('DMP.NOT_AUTHOR');
      else expect(refused.verdict.code).toBe('DMP.DOCUMENT_NOT_FOUND');
      expect(refused.verdict.allowed).toBe(false);
      refusals.add(refused.verdict.code);
    }
    expect(refusals).toContain('DMP.NOT_AUTHOR');

    const deleted = await port.perform(remove(own.id));
    expect(deleted.verdict).toMatchObject({ allowed: true, code: 'DMP.DOCUMENT_CHANGE_ALLOWED' });
    expect(await listed()).not.toContain(own.id);

    const again = await port.perform(remove(own.id));
    expect(again.verdict.code).toBe('DMP.DOCUMENT_NOT_FOUND');
  });
});
