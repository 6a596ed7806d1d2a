/**
 * `POST /training/reset` with a training world: whole patients, professionals and documents replace
 * those of the same id or are added, with a start date; a plain reset goes back to the default data
 * set; a bad world (identity outside the test OID, wrong NIR key, dangling reference, duplicate,
 * unknown field) is a French 400 that changes nothing, not even the world generation.
 */
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SEED,
  testInsFromNir,
  type DmpDocument,
  type Patient,
  type Professional,
} from '../../src/dmp/index';
import { WIRE } from '../../src/mocks/wire-values';
import { DocumentMother } from '../mothers/document.mother';
import { ProfessionalMother } from '../mothers/professional.mother';
import { API, useMswDmp } from '../setup/msw';
import {
  call,
  expectDocumented,
  expectResetRefused,
  insId,
  psToken,
  worldGeneration,
} from './support';

const { current } = useMswDmp();

const seedPatient = (id: string) => DEFAULT_SEED.patients.find((p) => p.id === id)!;

/**
 * A patient as the API takes it: INS as a FHIR identifier, and the API's spellings of the core's
 * values (WIRE, decision 050).
 */
const patientJson = ({ ins, ...rest }: Patient) => ({
  ...rest,
  ins: insId(ins.matricule),
  legalRepresentatives: rest.legalRepresentatives.map((r) => ({
    ...r,
    relationship: WIRE.relationship[r.relationship],
  })),
  legalProtection:
    rest.legalProtection === null
      ? null
      : { ...rest.legalProtection, measure: WIRE.measure[rest.legalProtection.measure] },
  oppositions: rest.oppositions.map((o) => ({ ...o, channel: WIRE.channel[o.channel] })),
});

/** A professional as the API takes it, in the API's spellings. */
const professionalJson = (p: Professional) => ({
  ...p,
  setting: WIRE.setting[p.setting],
  establishmentKind:
    p.establishmentKind === null ? null : WIRE.establishmentKind[p.establishmentKind],
  rppsPlusRole: p.rppsPlusRole === null ? null : WIRE.rppsPlusRole[p.rppsPlusRole],
});

const newIns = testInsFromNir('1850375123456')!;
const newPatient: Patient = {
  ...seedPatient('pat-adult'),
  id: 'pat-nouveau',
  ins: newIns,
  displayName: 'Hugo NOUVEAU',
  traits: {
    birthName: 'NOUVEAU',
    givenNames: ['Hugo'],
    birthDate: '1985-03-10',
    sex: 'M',
    birthPlaceCode: '75056',
  },
  consents: [],
};
const adultWithoutEmergency: Patient = {
  ...seedPatient('pat-adult'),
  emergency: { ...seedPatient('pat-adult').emergency, allowOtherProfessionals: false },
};
const urgentistePro: Professional = ProfessionalMother.hospitalPhysician({
  id: 'pro-urgentiste',
  familyName: 'Benali',
  givenName: 'Karim',
  rpps: '19999000185',
  careTeamIds: ['chu-nantes-urgences'],
});
/** The same professional in the API's spellings. */
const urgentiste = professionalJson(urgentistePro);
const document: DmpDocument = DocumentMother.of({ id: 'pat-nouveau' }, urgentistePro, '11490-0', {
  id: 'doc-nouveau',
  title: 'Lettre de sortie',
  serviceDate: '2025-09-30',
  depositedAt: '2025-09-30T16:00:00.000Z',
});

const WORLD = {
  start: '2026-01-15T08:30:00+01:00',
  patients: [patientJson(adultWithoutEmergency), patientJson(newPatient)],
  professionals: [urgentiste],
  documents: [document],
};

const generation = worldGeneration;

describe('POST /training/reset with a world', () => {
  test('replaces entities in place, adds the new ones at the end and sets the clock', async () => {
    const before = await generation();
    const res = await call(API, 'POST', '/training/reset', { body: WORLD });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expectDocumented('POST', '/training/reset', 200, res.body);
    expect(res.body).toMatchObject({
      now: '2026-01-15T07:30:00.000Z',
      generation: before + 1,
      counts: { patients: 16, professionals: 21, documents: 34, history: 0 },
    });
    const state = current().store.getState();
    const index = DEFAULT_SEED.patients.findIndex((p) => p.id === 'pat-adult');
    expect(state.patients[index]).toEqual(adultWithoutEmergency);
    expect(state.patients.at(-1)).toEqual(newPatient);
    expect(state.professionals.at(-1)).toEqual(urgentistePro);
    expect(state.documents.at(-1)).toEqual(document);
  });

  test('the new entities are usable: login by RPPS, Mon espace santé by INS', async () => {
    await call(API, 'POST', '/training/reset', { body: WORLD });
    await psToken(API, { rpps: '19999000185' });
    const mes = await call(API, 'POST', '/auth/mes/token', {
      body: { ins: insId(newIns.matricule) },
    });
    expect(mes.status, JSON.stringify(mes.body)).toBe(200);
  });

  test('optional fields take the defaults of the core (nobody blocked, no consent…)', async () => {
    const { legalRepresentatives, consents, oppositions, blocked, ...required } =
      patientJson(newPatient);
    const res = await call(API, 'POST', '/training/reset', { body: { patients: [required] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(current().store.getState().patients.at(-1)).toEqual(newPatient);
  });

  test('the whole default data set round-trips unchanged', async () => {
    const res = await call(API, 'POST', '/training/reset', {
      body: {
        patients: DEFAULT_SEED.patients.map(patientJson),
        professionals: DEFAULT_SEED.professionals.map(professionalJson),
        documents: DEFAULT_SEED.documents,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const state = current().store.getState();
    expect(state.patients).toEqual(DEFAULT_SEED.patients);
    expect(state.professionals).toEqual(DEFAULT_SEED.professionals);
    expect(state.documents).toEqual(DEFAULT_SEED.documents);
  });

  test('a plain reset goes back to the default data set', async () => {
    await call(API, 'POST', '/training/reset', { body: WORLD });
    const res = await call(API, 'POST', '/training/reset', { body: {} });
    expect(res.body).toMatchObject({
      now: '2025-10-01T09:00:00.000Z',
      counts: { patients: 15, professionals: 20, documents: 33 },
    });
    expect(current().store.getState().patients).toEqual(DEFAULT_SEED.patients);
  });
});

const withPatient = (patch: Record<string, unknown>) => ({
  patients: [{ ...patientJson(newPatient), ...patch }],
});
const badKey = `${newIns.nir}${newIns.key === '01' ? '02' : '01'}`;

// prettier-ignore
const BAD: { name: string; body: unknown; text: RegExp; expression?: string }[] = [
  { name: 'wrong NIR key', body: withPatient({ ins: insId(badKey) }), text: /Clé invalide/, expression: 'body.patients.0.ins.value' },
  { name: 'production OID', body: withPatient({ ins: { system: 'urn:oid:1.2.250.1.213.1.4.8', value: newIns.matricule } }), text: /vraies identités/ },
  { name: 'unknown OID', body: withPatient({ ins: { system: 'urn:oid:1.2.3', value: newIns.matricule } }), text: /OID 1\.2\.3 inconnu/ },
  { name: 'unknown field', body: withPatient({ nom: 'Nouveau' }), text: /nom/ },
  { name: 'missing traits', body: withPatient({ traits: undefined }), text: /./, expression: 'body.patients.0.traits' },
  { name: 'RPPS of 10 digits', body: { professionals: [{ ...urgentiste, rpps: '1999900018' }] }, text: /11 chiffres/ },
  { name: 'unknown profession', body: { professionals: [{ ...urgentiste, profession: '99' }] }, text: /./, expression: 'body.professionals.0.profession' },
  { name: 'duplicate id', body: { professionals: [urgentiste, urgentiste] }, text: /« pro-urgentiste » présent deux fois/ },
  { name: "document of an unknown patient", body: { professionals: [urgentiste], documents: [{ ...document, patientId: 'pat-fantome' }] }, text: /Patient « pat-fantome » inconnu/, expression: 'body.documents.0.patientId' },
  { name: 'document by an unknown author', body: withPatientAndDocument(), text: /Professionnel « pro-urgentiste » inconnu/ },
  { name: 'start that is not a date', body: { start: '15/01/2026' }, text: /./, expression: 'body.start' },
  { name: 'unknown base world', body: { world: 'autre' }, text: /./ },
];

function withPatientAndDocument() {
  return { patients: [patientJson(newPatient)], documents: [document] };
}

describe('a bad world is a French 400 that changes nothing', () => {
  test.each(BAD)('$name', async (c) => {
    await call(API, 'POST', '/training/clock', { body: { advance: { days: 1 } } });
    await expectResetRefused(current().store, c.body, c);
  });

  test('the valid part of a refused world is not loaded either', async () => {
    await call(API, 'POST', '/training/reset', {
      body: { professionals: [urgentiste], documents: [{ ...document, patientId: 'pat-fantome' }] },
    });
    const login = await call(API, 'POST', '/auth/psc/token', {
      body: { rpps: '19999000185', card: 'CPS' },
    });
    expect(login.status).toBe(401);
    expect(current().store.getState().professionals).toEqual(DEFAULT_SEED.professionals);
  });
});
