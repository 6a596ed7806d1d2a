/**
 * The API keeps its own spellings of the values the core names in English (decision 050): a client
 * sends `mode=bris-de-glace` or `"channel": "courrier"` and reads them back so; the core holds
 * `break-glass` and `letter`. Each table of WIRE is a one-to-one map of a core vocabulary.
 */
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SEED,
  ESTABLISHMENT_KINDS,
  LEGAL_RELATIONSHIPS,
  OPPOSITION_CHANNELS,
  PRACTICE_SETTINGS,
  PROTECTION_MEASURES,
  RPPS_PLUS_ROLES,
} from '../../src/dmp/index';
import { WIRE } from '../../src/mocks/wire-values';
import { WALK_INS } from '../../src/mocks/walk/index';
import { API, useMswDmp } from '../setup/msw';
import { call, expectDocumented, insId, insToken, mesToken, psToken } from './support';

const { current } = useMswDmp();

const CORE_VOCABULARIES: Record<Exclude<keyof typeof WIRE, 'accessMode'>, readonly string[]> = {
  setting: PRACTICE_SETTINGS,
  establishmentKind: ESTABLISHMENT_KINDS,
  channel: OPPOSITION_CHANNELS,
  relationship: LEGAL_RELATIONSHIPS,
  measure: PROTECTION_MEASURES,
  rppsPlusRole: Object.keys(RPPS_PLUS_ROLES),
};

describe('WIRE', () => {
  test.each(Object.entries(CORE_VOCABULARIES))(
    '%s: every core value, one spelling each',
    (name, core) => {
      const table: Record<string, string> = WIRE[name as keyof typeof CORE_VOCABULARIES];
      expect(Object.keys(table)).toEqual([...core]);
      expect(new Set(Object.values(table)).size).toBe(core.length);
    },
  );

  test('access modes: one spelling each', () => {
    expect(new Set(Object.values(WIRE.accessMode)).size).toBe(Object.keys(WIRE.accessMode).length);
  });
});

const lastHistoryMode = () => current().store.getState().history.at(-1)?.mode;

describe('the API reads and writes its own spellings', () => {
  test('break-glass: traced as break-glass, shown to the patient as bris-de-glace', async () => {
    const token = await psToken(API, { rpps: '19999000029' });
    const res = await call(API, 'POST', '/dmp/break-glass', {
      token,
      body: { patient: insId(WALK_INS.paul), motive: 'Patient inconscient aux urgences' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(lastHistoryMode()).toBe('break-glass');
    const history = await call(API, 'GET', '/mes/history', {
      token: await mesToken(API, WALK_INS.paul),
    });
    expectDocumented('GET', '/mes/history', 200, history.body);
    const entries = (history.body as { entries: { mode: string }[] }).entries;
    expect(entries.map((e) => e.mode)).toContain('bris-de-glace');
    expect(entries.map((e) => e.mode)).not.toContain('break-glass');
  });

  test('mode=centre-de-regulation is the core regulation-centre mode', async () => {
    const token = await psToken(API, { rpps: '19999000037' }, 'e-CPS');
    const res = await call(
      API,
      'GET',
      `/fhir/DocumentReference?patient.identifier=${encodeURIComponent(insToken(WALK_INS.paul))}&mode=centre-de-regulation`,
      { token },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(lastHistoryMode()).toBe('regulation-centre');
  });

  test('the English identifier is not an API spelling', async () => {
    const token = await psToken(API, { rpps: '19999000037' }, 'e-CPS');
    const before = current().store.getState();
    const res = await call(
      API,
      'GET',
      `/fhir/DocumentReference?patient.identifier=${encodeURIComponent(insToken(WALK_INS.paul))}&mode=regulation-centre`,
      { token },
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('centre-de-regulation');
    expect(current().store.getState()).toBe(before);
  });

  test('an opposition received by letter: courrier on the wire, letter in the core', async () => {
    const token = await psToken(API, { rpps: '19999000011' });
    const res = await call(API, 'POST', '/dmp/oppositions', {
      token,
      body: {
        patient: insId(WALK_INS.claire),
        kind: 'consultation',
        scope: { kind: 'all' },
        reason: 'Refus reçu par courrier',
        channel: 'courrier',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expectDocumented('POST', '/dmp/oppositions', 201, res.body);
    const channels = (res.body as { oppositions: { channel: string }[] }).oppositions.map(
      (o) => o.channel,
    );
    expect(channels).toContain('courrier');
    const claire = current()
      .store.getState()
      .patients.find((p) => p.ins.matricule === WALK_INS.claire);
    expect(claire?.oppositions.map((o) => o.channel)).toContain('letter');
  });

  test("a minor's representatives: mere and pere on the wire", async () => {
    const lucas = DEFAULT_SEED.patients.find((p) => p.legalRepresentatives.length === 2)!;
    const [first] = lucas.legalRepresentatives;
    const res = await call(API, 'GET', '/mes/profile', {
      token: await mesToken(API, lucas.ins.matricule, first!.id),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const relationships = (
      res.body as { legalRepresentatives: { relationship: string }[] }
    ).legalRepresentatives.map((r) => r.relationship);
    expect(relationships).toEqual(
      lucas.legalRepresentatives.map((r) => WIRE.relationship[r.relationship]),
    );
    expect(relationships).toEqual(['mere', 'pere']);
  });
});
