/**
 * The document summaries the screens show come from the DMP alike over both ports: the core's
 * sorted result (core port) and the FHIR Bundle of the simulated API (HTTP port), in the same order,
 * with the same fields; so do a deposited document and an opened document's text.
 */
import { getResponse } from 'msw';
import { expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED } from '../src/dmp/index';
import { sortForDisplay } from '../src/dmp/rules/display.rules';
import { createHandlers } from '../src/mocks/handlers/index';
import { createCoreDmpPort, createHttpDmpPort, type DmpRequest } from '../src/scenario/index';

const API = 'http://dmp.test';

function ports() {
  const handlers = createHandlers(createDmpStore(DEFAULT_SEED));
  const fetch = async (request: Request): Promise<Response> => {
    const response = await getResponse(handlers, request);
    if (response === undefined) throw new Error(`Requête non gérée : ${request.url}`);
    return response;
  };
  const store = createDmpStore(DEFAULT_SEED);
  return {
    core: createCoreDmpPort(store),
    http: createHttpDmpPort({ fetch, baseUrl: API }),
    store,
  };
}

const professionalId = 'pro-gp';
const patientId = 'pat-adult';
const episodeId = 'ep-summaries';

const requests: DmpRequest[] = [
  { kind: 'ps.login', professionalId, card: 'CPS' },
  {
    kind: 'ps.recordConsent',
    professionalId,
    patientId,
    episodeId,
    givenBy: 'patient',
    form: 'oral',
    team: null,
    traced: true,
    protectorInformed: false,
    minorSecret: false,
  },
  {
    kind: 'ps.deposit',
    professionalId,
    patientId,
    draft: {
      typeCode: '11488-4',
      title: 'Compte rendu de consultation',
      serviceDate: '2025-09-30',
      visibility: {
        maskedFromProfessionals: false,
        invisibleToPatient: false,
        invisibleToLegalRepresentatives: false,
      },
      summary: 'Texte du compte rendu.',
    },
    workstationSkewMs: 0,
    episodeId,
    patientInformed: true,
  },
  { kind: 'ps.openDmp', professionalId, patientId, episodeId, access: { mode: 'normal' } },
  { kind: 'patient.viewDocuments', patientId },
];

test('listings, deposits and opened documents carry the same summaries over both ports', async () => {
  const { core, http, store } = ports();
  await http.reset();
  const answers = [];
  for (const request of requests) {
    const overHttp = await http.perform(request);
    const overCore = core.perform(request) as Awaited<typeof overHttp>;
    expect(overHttp.verdict.allowed, request.kind).toBe(overCore.verdict.allowed);
    expect(overHttp.summaries, request.kind).toEqual(overCore.summaries);
    expect(overHttp.document, request.kind).toEqual(overCore.document);
    answers.push(overCore);
  }
  const [, , deposit, opening, mine] = answers;
  expect(deposit?.document).toMatchObject({
    patientId,
    typeCode: '11488-4',
    title: 'Compte rendu de consultation',
    serviceDate: '2025-09-30',
  });
  expect(deposit?.document?.author).not.toBeNull();
  // The DMP's display order (R30), as the core sorts the documents it holds.
  const held = store.getState().documents.filter((d) => opening?.documents?.includes(d.id));
  expect(opening?.summaries?.map((s) => s.id)).toEqual(sortForDisplay(held).map((d) => d.id));
  expect(opening?.summaries?.length).toBeGreaterThan(1);
  expect(mine?.summaries?.map((s) => s.id)).toEqual(mine?.documents);
  expect(mine?.summaries?.some((s) => s.author === null)).toBe(true);

  const open: DmpRequest = {
    kind: 'ps.openDocument',
    professionalId,
    patientId,
    episodeId,
    access: { mode: 'normal' },
    documentId: deposit?.documentId ?? '',
  };
  const openedOverHttp = await http.perform(open);
  const openedOverCore = core.perform(open) as Awaited<typeof openedOverHttp>;
  expect(openedOverHttp.content).toBe('Texte du compte rendu.');
  expect(openedOverCore.content).toBe('Texte du compte rendu.');
});
