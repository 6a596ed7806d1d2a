/**
 * Random API calls over the seeded world, for the property tests: professionals' reads and
 * writes, patient-side actions, clock moves and malformed requests. Each command knows how to
 * send itself with the session tokens it needs (logging in on demand).
 */
import fc from 'fast-check';
import { DEFAULT_SEED, DOCUMENT_TYPE_CODES, SEED_EPISODES } from '../../src/dmp/index';
import { call, insId, insToken } from './support';

const PATIENTS = DEFAULT_SEED.patients;
const PROS = DEFAULT_SEED.professionals;
const DOCS = DEFAULT_SEED.documents;
const DOC_IDS = [...DOCS.map((d) => d.id), 'doc-0003', 'doc-0007', 'doc-0012', 'doc-nope'];
const EPISODES = [...Object.values(SEED_EPISODES), 'ep-random'];
const REPS = PATIENTS.flatMap((p) =>
  p.legalRepresentatives.map((r) => ({ patient: p.id, rep: r.id })),
);

const patient = fc.integer({ min: 0, max: PATIENTS.length - 1 });
const pro = fc.integer({ min: 0, max: PROS.length - 1 });
const episode = fc.constantFrom(...EPISODES);
const doc = fc.constantFrom(...DOC_IDS);

/** (professional, patient, episode) triples that seeded consents cover, so that reads often succeed. */
const COVERED = PATIENTS.flatMap((pa, patientIndex) =>
  pa.consents.flatMap((c) =>
    PROS.map((pr, proIndex) => ({ pr, proIndex }))
      .filter(
        ({ pr }) =>
          c.recordedBy === pr.id ||
          (c.scope.kind === 'care-team' && pr.careTeamIds.includes(c.scope.teamId)),
      )
      .map(({ proIndex }) => ({ pro: proIndex, patient: patientIndex, episode: c.episodeId })),
  ),
);
/** Who reads which DMP for which episode: often a covered triple, otherwise anything. */
const target = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...COVERED) },
  { weight: 2, arbitrary: fc.record({ pro, patient, episode }) },
);
/** A document: often one of the patient's own (resolved when sent), otherwise any id. */
const docChoice = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((own) => ({ own })) },
  { weight: 1, arbitrary: doc.map((id) => ({ id })) },
);
const mode = fc.constantFrom('normal', 'normal', 'normal', 'bris-de-glace', 'centre-de-regulation');
const motive = fc.constantFrom('', '  ', 'Patient inconscient', 'Détresse respiratoire');
const labels = fc.subarray([
  'MASQUE_PS',
  'INVISIBLE_PATIENT',
  'INVISIBLE_REPRESENTANTS_LEGAUX',
] as const);
const viewer = fc.oneof(
  {
    arbitrary: patient.map((p) => ({ patient: PATIENTS[p]!.id, rep: null as string | null })),
    weight: 3,
  },
  { arbitrary: fc.constantFrom(...REPS), weight: 2 },
);

/** A random API command. */
export const apiCommand = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({ t: target, mode, motive })
      .map(({ t, ...rest }) => ({ kind: 'search' as const, ...t, ...rest })),
  },
  {
    weight: 1,
    arbitrary: fc.record({ patient, episode }).map((t) => ({
      kind: 'search' as const,
      pro: PROS.findIndex((p) => p.isRegulator),
      ...t,
      mode: 'centre-de-regulation',
      motive: '',
    })),
  },
  { weight: 2, arbitrary: target.map((t) => ({ kind: 'check' as const, ...t })) },
  {
    weight: 4,
    arbitrary: fc
      .record({ t: target, mode, motive, docChoice })
      .map(({ t, ...rest }) => ({ kind: 'retrieve' as const, ...t, ...rest })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('breakGlass' as const),
      pro,
      patient,
      motive,
      unable: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('consent' as const),
      pro,
      patient,
      episode,
      team: fc.boolean(),
      informedOfTeam: fc.boolean(),
      givenBy: fc.constantFrom('patient', 'legal-representative', 'protector'),
      protectorInformed: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('opposition' as const),
      pro,
      patient,
      oppKind: fc.constantFrom('consultation', 'deposit'),
      scopeAll: fc.boolean(),
      reason: fc.constantFrom('', 'Refus exprimé oralement'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('deposit' as const),
      pro,
      patient,
      typeCode: fc.constantFrom(...DOCUMENT_TYPE_CODES, 'allergies'),
      labels,
      skewMinutes: fc.constantFrom(0, 0, 2, 30),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('patch' as const),
      pro,
      doc,
      op: fc.oneof(
        labels.map((l) => ({
          op: 'replace',
          path: '/securityLabel',
          value: l.map((code) => ({ coding: [{ code }] })),
        })),
        fc.constant({ op: 'replace', path: '/status', value: 'entered-in-error' }),
        fc.boolean().map((value) => ({ op: 'replace', path: '/extension/isArchived', value })),
      ),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('mes' as const),
      viewer,
      action: fc.oneof(
        fc.constant({ method: 'GET', path: '/mes/documents' }),
        fc.constant({ method: 'GET', path: '/mes/history' }),
        fc.constant({ method: 'GET', path: '/mes/profile' }),
        pro.map((p) => ({
          method: 'POST',
          path: '/mes/blocked-professionals',
          body: { rpps: PROS[p]!.rpps ?? '00000000000' },
        })),
        pro.map((p) => ({
          method: 'DELETE',
          path: `/mes/blocked-professionals/${PROS[p]!.rpps ?? '00000000000'}`,
        })),
        fc.boolean().map((all) => ({ method: 'PUT', path: '/mes/block-all', body: { all } })),
        fc
          .record({
            allowSamu: fc.boolean(),
            allowOtherProfessionals: fc.boolean(),
            allowMaskedDocumentsInEmergency: fc.boolean(),
          })
          .map((body) => ({ method: 'PUT', path: '/mes/emergency-settings', body })),
        fc.constant({
          method: 'POST',
          path: '/mes/oppositions',
          body: { kind: 'consultation', scope: { kind: 'all' }, reason: '' },
        }),
        fc
          .constantFrom('o-garnier', 'opposition-0002', 'nope')
          .map((id) => ({ method: 'DELETE', path: `/mes/oppositions/${id}` })),
        fc.constantFrom('DOCPAT05', '11488-4').map((typeCode) => ({
          method: 'POST',
          path: '/mes/documents',
          body: {
            typeCode,
            title: 'Mes analyses',
            serviceDate: '2025-09-01',
            contentBase64: 'UsOpc3VsdGF0cw==',
          },
        })),
        fc.tuple(doc, fc.boolean()).map(([id, masked]) => ({
          method: 'PATCH',
          path: `/mes/documents/${id}`,
          body: { maskedFromProfessionals: masked },
        })),
        doc.map((id) => ({ method: 'DELETE', path: `/mes/documents/${id}` })),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      hours: fc.integer({ min: 0, max: 30 * 24 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      pro,
      path: fc.constantFrom(
        '/dmp/consents',
        '/fhir/DocumentReference',
        '/dmp/break-glass',
        '/mes/block-all',
      ),
      raw: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('{"extra":true}'), fc.constant('[]')),
    }),
  },
);

/** A command. */
export type ApiCommand = typeof apiCommand extends fc.Arbitrary<infer T> ? T : never;

/** What a command did. */
interface Sent {
  readonly status: number;
  readonly body: unknown;
  readonly calls: number;
}

/** Session tokens of one run, by key (`ps:<id>`, `mes:<patient>:<rep>`). */
export type Sessions = Map<string, string>;

async function session(
  sessions: Sessions,
  key: string,
  login: () => Promise<{ status: number; body: unknown }>,
) {
  const cached = sessions.get(key);
  if (cached !== undefined) return { token: cached, calls: 0 };
  const res = await login();
  const token = (res.body as { access_token?: string } | null)?.access_token ?? 'none';
  sessions.set(key, token);
  return { token, calls: 1 };
}

const psKey = (p: number) => `ps:${PROS[p]!.id}`;
const psLogin = (base: string, p: number) => () =>
  call(base, 'POST', '/auth/psc/token', {
    body: { professionalId: PROS[p]!.id, card: PROS[p]!.card.type },
  });

/** Seeded professional and patient of indexes. */
export const seedPro = (p: number) => PROS[p]!;
export const seedPatient = (p: number) => PATIENTS[p]!;

/** Send a command (logging in first when needed); 401s drop the cached token. */
export async function send(
  base: string,
  sessions: Sessions,
  cmd: ApiCommand,
  nowMs: number,
): Promise<Sent> {
  if (cmd.kind === 'clock') {
    const res = await call(base, 'POST', '/training/clock', {
      body: { advance: { hours: cmd.hours } },
    });
    return { ...res, calls: 1 };
  }
  if (cmd.kind === 'mes') {
    const key = `mes:${cmd.viewer.patient}:${cmd.viewer.rep}`;
    const ins = PATIENTS.find((p) => p.id === cmd.viewer.patient)!.ins.matricule;
    const s = await session(sessions, key, () =>
      call(base, 'POST', '/auth/mes/token', {
        body: { ins: insId(ins), ...(cmd.viewer.rep ? { representativeId: cmd.viewer.rep } : {}) },
      }),
    );
    const a = cmd.action as { method: string; path: string; body?: unknown };
    const res = await call(base, a.method, a.path, {
      token: s.token,
      ...(a.body === undefined ? {} : { body: a.body }),
    });
    if (res.status === 401) sessions.delete(key);
    return { ...res, calls: s.calls + 1 };
  }
  const s = await session(sessions, psKey(cmd.pro), psLogin(base, cmd.pro));
  const ins = 'patient' in cmd ? PATIENTS[cmd.patient]!.ins.matricule : '';
  const q = (extra: Record<string, string>) =>
    new URLSearchParams({ 'patient.identifier': insToken(ins), ...extra }).toString();
  const read = (c: { episode: string; mode: string; motive: string }) => ({
    episode: c.episode,
    mode: c.mode,
    motive: c.motive,
  });
  let res: { status: number; body: unknown };
  switch (cmd.kind) {
    case 'search':
      res = await call(base, 'GET', `/fhir/DocumentReference?${q(read(cmd))}`, { token: s.token });
      break;
    case 'check':
      res = await call(
        base,
        'GET',
        `/fhir/Patient?${new URLSearchParams({ identifier: insToken(ins), episode: cmd.episode })}`,
        { token: s.token },
      );
      break;
    case 'retrieve': {
      const own = DOCS.filter((d) => d.patientId === PATIENTS[cmd.patient]!.id);
      const id =
        'own' in cmd.docChoice
          ? (own[cmd.docChoice.own % Math.max(own.length, 1)]?.id ?? 'doc-nope')
          : cmd.docChoice.id;
      res = await call(base, 'GET', `/fhir/Binary/${id}?${q(read(cmd))}`, { token: s.token });
      break;
    }
    case 'breakGlass':
      res = await call(base, 'POST', '/dmp/break-glass', {
        token: s.token,
        body: { patient: insId(ins), motive: cmd.motive, patientUnableToConsent: cmd.unable },
      });
      break;
    case 'consent':
      res = await call(base, 'POST', '/dmp/consents', {
        token: s.token,
        body: {
          patient: insId(ins),
          episode: cmd.episode,
          scope: cmd.team
            ? {
                kind: 'care-team',
                teamId: PROS[cmd.pro]!.careTeamIds[0] ?? 'no-team',
                informedOfTeamScope: cmd.informedOfTeam,
              }
            : { kind: 'self' },
          givenBy: cmd.givenBy,
          form: 'oral',
          traced: true,
          protectorInformed: cmd.protectorInformed,
        },
      });
      break;
    case 'opposition':
      res = await call(base, 'POST', '/dmp/oppositions', {
        token: s.token,
        body: {
          patient: insId(ins),
          kind: cmd.oppKind,
          scope: cmd.scopeAll
            ? { kind: 'all' }
            : { kind: 'professional', professionalId: PROS[cmd.pro]!.id },
          reason: cmd.reason,
          channel: 'oral',
        },
      });
      break;
    case 'deposit':
      res = await call(base, 'POST', '/fhir/DocumentReference', {
        token: s.token,
        body: {
          resourceType: 'DocumentReference',
          status: 'current',
          type: { coding: [{ code: cmd.typeCode }] },
          subject: { identifier: insId(ins) },
          date: new Date(nowMs + cmd.skewMinutes * 60_000).toISOString(),
          description: 'Document aléatoire',
          context: { period: { start: '2025-09-30' } },
          securityLabel: cmd.labels.map((code) => ({ coding: [{ code }] })),
          content: [{ attachment: { contentType: 'text/plain', data: 'Q29udGVudQ==' } }],
        },
      });
      break;
    case 'patch':
      res = await call(base, 'PATCH', `/fhir/DocumentReference/${cmd.doc}`, {
        token: s.token,
        body: [cmd.op],
      });
      break;
    case 'garbage':
      res = await call(base, 'POST', cmd.path, { token: s.token, raw: cmd.raw });
      break;
  }
  if (res.status === 401) sessions.delete(psKey(cmd.pro));
  return { ...res, calls: s.calls + 1 };
}
