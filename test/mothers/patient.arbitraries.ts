/**
 * fast-check arbitraries for patients (any age and settings, valid TEST INS), their consents and
 * oppositions, and their documents; used by the property-based tests of src/dmp.
 */
import fc from 'fast-check';
import {
  DOCUMENT_TYPE_CODES,
  SIMULATION_START,
  addDuration,
  testInsFromNir,
  type ConsentRecord,
  type DmpDocument,
  type Opposition,
  type Patient,
  type Professional,
} from '../../src/dmp/index';
import { EPISODES, TEAMS, likely, mostly, rpps } from './arbitraries';

/** A random consent record for one of the given professionals. */
function arbConsent(professionalIds: readonly string[]): fc.Arbitrary<ConsentRecord> {
  return fc.record({
    id: fc.uuid(),
    episodeId: fc.constantFrom(...EPISODES),
    scope: fc.oneof(
      fc
        .constantFrom(...professionalIds)
        .map((professionalId) => ({ kind: 'professional' as const, professionalId })),
      fc.record({
        kind: fc.constant('care-team' as const),
        teamId: fc.constantFrom(...TEAMS),
        informedOfTeamScope: fc.boolean(),
      }),
    ),
    givenBy: mostly('patient' as const, 6, 'legal-representative' as const, 'protector' as const),
    form: fc.constantFrom('oral', 'written', 'stay-contract-clause'),
    traced: fc.boolean(),
    protectorInformed: fc.boolean(),
    recordedAt: fc.constant(SIMULATION_START),
    recordedBy: fc.constantFrom(...professionalIds),
  });
}

const opposition: fc.Arbitrary<Opposition> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('consultation', 'deposit'),
  scope: fc.oneof(
    fc.constant({ kind: 'all' as const }),
    fc.constantFrom(...TEAMS).map((teamId) => ({ kind: 'care-team' as const, teamId })),
  ),
  reason: fc.constantFrom('', 'Motif légitime'),
  channel: fc.constantFrom('oral', 'letter', 'email', 'mon-espace-sante'),
  tracedAt: fc.constant(SIMULATION_START),
  tracedBy: fc.constant(null),
});

/** A random patient (adult or minor, any settings), with consents given to some of the professionals. */
export function arbPatient(professionalIds: readonly string[] = ['pro-0']): fc.Arbitrary<Patient> {
  return fc
    .record({
      age: fc.oneof(
        { arbitrary: fc.integer({ min: 18, max: 95 }), weight: 6 },
        { arbitrary: fc.integer({ min: 0, max: 19 }), weight: 4 },
      ),
      dayOffset: fc.integer({ min: 0, max: 364 }),
      sex: fc.constantFrom('M' as const, 'F' as const),
      order: fc.integer({ min: 1, max: 999 }),
      identityStatus: mostly(
        'QUAL' as const,
        8,
        'PROV' as const,
        'RECUP' as const,
        'VALI' as const,
      ),
      representatives: fc.integer({ min: 0, max: 2 }),
      protection: fc.option(fc.boolean(), { nil: null }),
      mesActivated: fc.boolean(),
      dmpStatus: mostly('active' as const, 9, 'closed' as const),
      emergency: fc.record({
        allowSamu: likely(7),
        allowOtherProfessionals: likely(7),
        allowMaskedDocumentsInEmergency: fc.boolean(),
      }),
      blockedAll: likely(1),
      blockedRpps: fc.array(rpps, { maxLength: 2 }),
      oppositions: fc.oneof(
        { arbitrary: fc.constant([]), weight: 7 },
        { arbitrary: fc.array(opposition, { minLength: 1, maxLength: 2 }), weight: 3 },
      ),
      consents: fc.array(arbConsent(professionalIds), { maxLength: 5 }),
      region: fc.constantFrom('Pays de la Loire', 'Bretagne', 'Occitanie'),
    })
    .map((r) => {
      const birthDate = addDuration(SIMULATION_START, { years: -r.age, days: -r.dayOffset }).slice(
        0,
        10,
      );
      const nir = `${r.sex === 'M' ? '1' : '2'}${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}44109${String(r.order).padStart(3, '0')}`;
      const ins = testInsFromNir(nir) ?? testInsFromNir('1800144109001')!;
      return {
        id: `pat-${ins.matricule}`,
        ins,
        identityStatus: r.identityStatus,
        traits: {
          birthName: 'ALEA',
          givenNames: ['Test'],
          birthDate,
          sex: r.sex,
          birthPlaceCode: '44109',
        },
        displayName: 'Test Aléa',
        legalRepresentatives: Array.from({ length: r.representatives }, (_, i) => ({
          id: `rep-${i}`,
          familyName: 'Alea',
          givenName: `Rep${i}`,
          relationship: 'mother' as const,
        })),
        legalProtection:
          r.protection === null
            ? null
            : {
                measure: 'guardianship' as const,
                representationRelatingToPerson: r.protection,
                protectorName: 'Tuteur',
              },
        trustedPerson: null,
        mesActivated: r.mesActivated,
        dmpStatus: r.dmpStatus,
        emergency: r.emergency,
        blocked: { all: r.blockedAll, rpps: r.blockedRpps },
        oppositions: r.oppositions,
        consents: r.consents,
        residenceRegion: r.region,
      } satisfies Patient;
    });
}

/** A random document of a patient, authored by one of the given professionals or by the patient. */
export function arbDocument(
  patientId: string,
  authors: readonly Professional[],
): fc.Arbitrary<DmpDocument> {
  return fc
    .record({
      n: fc.nat(99999),
      typeCode: fc.constantFrom(...DOCUMENT_TYPE_CODES),
      author:
        authors.length === 0
          ? fc.constant(null)
          : fc.option(fc.constantFrom(...authors), { nil: null }),
      status: fc.constantFrom('current', 'deprecated', 'archived'),
      visibility: fc.record({
        maskedFromProfessionals: fc.boolean(),
        invisibleToPatient: fc.boolean(),
        invisibleToLegalRepresentatives: fc.boolean(),
      }),
      daysAgo: fc.integer({ min: 0, max: 90 }),
      deleted: fc.boolean(),
    })
    .map((r): DmpDocument => {
      const depositedAt = addDuration(SIMULATION_START, { days: -r.daysAgo });
      return {
        id: `doc-${r.n}`,
        patientId,
        typeCode: r.typeCode,
        title: 'Aléatoire',
        serviceDate: depositedAt.slice(0, 10),
        depositedAt,
        author:
          r.author === null
            ? { kind: 'patient' }
            : {
                kind: 'professional',
                professionalId: r.author.id,
                name: 'Pro',
                rpps: r.author.rpps,
                profession: r.author.profession,
              },
        status: r.status,
        visibility: r.visibility,
        deletedAt: r.deleted ? SIMULATION_START : null,
        summary: '',
      };
    });
}
