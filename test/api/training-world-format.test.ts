/**
 * `POST /training/reset` with `{ "world": { … } }`: the world format of the scenarios (`src/world`),
 * the very `world:` block of each file of scenarios/ sent as JSON, loads the state the core port
 * starts from; a bad world is a French 400 naming the field, and nothing changes.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { createDmpStore, DEFAULT_SEED, testInsFromNir } from '../../src/dmp/index';
import { listScenarioFiles } from '../../src/scenario/check-file';
import { loadScenario } from '../../src/scenario/check/index';
import { createProblemSink } from '../../src/scenario/diagnostics/index';
import { FORMER_SPELLINGS } from '../../src/scenario/format/base';
import { buildWorld } from '../../src/scenario/wire/index';
import { API, useMswDmp } from '../setup/msw';
import { call, expectDocumented, expectResetRefused, psToken } from './support';

const { current } = useMswDmp();

const scenarioFiles = await listScenarioFiles();

describe("every scenario's world block, sent as JSON, loads the core's state", () => {
  test.each(scenarioFiles)('%s', async (file) => {
    const source = await readFile(file, 'utf8');
    const { scenario } = loadScenario(source, file);
    expect(scenario).not.toBeNull();
    if (scenario === null) return;
    const sink = createProblemSink();
    const world = buildWorld(scenario.world, sink);
    expect(sink.problems).toEqual([]);
    const raw: unknown = (parse(source) as { world: unknown }).world;
    const res = await call(API, 'POST', '/training/reset', { body: { world: raw } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expectDocumented('POST', '/training/reset', 200, res.body);
    expect(current().store.getState()).toEqual(createDmpStore(world.seed).getState());
  });
});

const newIns = testInsFromNir('1850375123456')!;
const WORLD = {
  start: '2026-01-15T08:30:00+01:00',
  features: { traitSearch: true },
  patients: [
    'pat-adult',
    { id: 'pat-nouveau', from: 'pat-adult', displayName: 'Hugo NOUVEAU', ins: newIns.matricule },
  ],
  professionals: [
    {
      id: 'pro-urgentiste',
      from: 'pro-hospital-physician',
      familyName: 'Benali',
      givenName: 'Karim',
      rpps: '19999000185',
      careTeams: ['chu-nantes-urgences'],
    },
  ],
  documents: [
    {
      id: 'doc-nouveau',
      patient: 'pat-nouveau',
      type: '11490-0',
      author: 'pro-urgentiste',
      serviceDate: '2025-09-30',
    },
  ],
};

test('a world in the format adds its entries at the end, sets the clock, and logs in by RPPS', async () => {
  const res = await call(API, 'POST', '/training/reset', { body: { world: WORLD } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const counts = (n: number) => n + 1;
  expect(res.body).toMatchObject({
    now: '2026-01-15T07:30:00.000Z',
    counts: {
      patients: counts(DEFAULT_SEED.patients.length),
      professionals: counts(DEFAULT_SEED.professionals.length),
      documents: counts(DEFAULT_SEED.documents.length),
    },
  });
  const state = current().store.getState();
  expect(state.patients.at(-1)).toMatchObject({ id: 'pat-nouveau', ins: newIns });
  expect(state.professionals.at(-1)).toMatchObject({ careTeamIds: ['chu-nantes-urgences'] });
  expect(state.documents.at(-1)?.author).toMatchObject({ professionalId: 'pro-urgentiste' });
  await psToken(API, { rpps: '19999000185' });
});

const inWorld = (patch: Record<string, unknown>) => ({ world: { ...WORLD, ...patch } });

test.each(Object.entries(FORMER_SPELLINGS.setting))(
  'the former spelling setting: %s is still read, as %s (decision 050)',
  async (former, now) => {
    const [urgentiste] = WORLD.professionals;
    const res = await call(API, 'POST', '/training/reset', {
      body: inWorld({ professionals: [{ ...urgentiste, setting: former }] }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(current().store.getState().professionals.at(-1)?.setting).toBe(now);
  },
);

// prettier-ignore
const BAD: { name: string; body: unknown; text: RegExp; expression: string }[] = [
  { name: 'birth date not in ISO format', body: inWorld({ patients: [{ id: 'pat-adult', birthDate: '10/03/1985' }] }), text: /AAAA-MM-JJ/, expression: 'body.world.patients.0.birthDate' },
  { name: 'unknown seed patient', body: inWorld({ patients: ['pat-fantome'] }), text: /« pat-fantome » absent du jeu de données/, expression: 'body.world.patients.0' },
  { name: 'unknown base patient', body: inWorld({ patients: [{ id: 'pat-x', from: 'pat-fantome' }] }), text: /« pat-fantome » absent du jeu de données/, expression: 'body.world.patients.0.from' },
  { name: 'invalid INS', body: inWorld({ patients: ['pat-adult', { ...WORLD.patients[1] as object, ins: '123' }] }), text: /Matricule INS invalide/, expression: 'body.world.patients.1.ins' },
  { name: 'no patient', body: inWorld({ patients: [] }), text: /./, expression: 'body.world.patients' },
  { name: 'field of the legacy shape', body: inWorld({ professionals: [{ id: 'pro-gp', careTeamIds: ['x'] }] }), text: /careTeamIds/, expression: 'body.world.professionals.0' },
  { name: 'unknown profession', body: inWorld({ professionals: [{ ...WORLD.professionals[0], profession: '99' }] }), text: /Profession « 99 » inconnue/, expression: 'body.world.professionals.0.profession' },
  { name: 'unknown document type', body: inWorld({ documents: [{ ...WORLD.documents[0], type: '0000-0' }] }), text: /Type de document « 0000-0 » inconnu/, expression: 'body.world.documents.0.type' },
  { name: 'unknown document author', body: inWorld({ documents: [{ ...WORLD.documents[0], author: 'pro-fantome' }] }), text: /Auteur « pro-fantome » inconnu/, expression: 'body.world.documents.0.author' },
  { name: 'impossible start', body: inWorld({ start: '2025-13-45T09:00:00Z' }), text: /impossible/, expression: 'body.world.start' },
  { name: 'list of patients of the wrong type', body: inWorld({ patients: 'pat-adult' }), text: /tableau attendu/, expression: 'body.world.patients' },
  { name: 'field of the wrong type', body: inWorld({ patients: [{ id: 'pat-adult', mesActivated: 'oui' }] }), text: /booléen attendu/, expression: 'body.world.patients.0.mesActivated' },
  { name: 'base world other than default', body: { world: 'autre' }, text: /"default"/, expression: 'body.world' },
  { name: 'legacy key beside a world', body: { world: WORLD, start: '2026-01-15T08:30:00Z' }, text: /Champ « start » en trop/, expression: 'body.start' },
];

describe('a bad world in the format is a French 400 naming the field, that changes nothing', () => {
  test.each(BAD)('$name', async (c) => {
    await call(API, 'POST', '/training/clock', { body: { advance: { days: 1 } } });
    await expectResetRefused(current().store, c.body, c);
  });
});
