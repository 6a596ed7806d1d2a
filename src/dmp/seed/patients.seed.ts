/**
 * Fictitious patients of the seed, one per situation the FAQ discusses. Every INS uses the TEST OID
 * (1.2.250.1.213.1.4.10) with a NIR key computed by `computeNirKey` (two Corsican birth places).
 * Names and numbers are invented.
 */
import type { ConsentRecord } from '../model/consent';
import { INS_OID_TEST, type Ins } from '../model/ins';
import { DEFAULT_EMERGENCY_SETTINGS, NOBODY_BLOCKED, type Patient } from '../model/patient';
import { SEED_PROFESSIONAL_IDS as PRO, SEED_TEAMS } from './professionals.seed';

/** Stable ids of the seeded patients, by situation. */
export const SEED_PATIENT_IDS = {
  adult: 'pat-adult',
  minorTwoRepresentatives: 'pat-minor-two-representatives',
  minorTurning18: 'pat-minor-turning-18',
  protectedAdult: 'pat-protected-adult',
  blockedOne: 'pat-blocked-one',
  blockedAll: 'pat-blocked-all',
  noEmergencyAccess: 'pat-no-emergency-access',
  mesNotActivated: 'pat-mes-not-activated',
  provisionalIdentity: 'pat-provisional-identity',
  opposedToConsultation: 'pat-opposed-to-consultation',
  minorSecretConnection: 'pat-minor-secret-connection',
  ehpadResident: 'pat-ehpad-resident',
  maskedInEmergency: 'pat-masked-in-emergency',
  homonymA: 'pat-homonym-a',
  homonymB: 'pat-homonym-b',
} as const;

/** Care episodes used by the seeded consents. */
export const SEED_EPISODES = {
  adultFollowUp: 'ep-adult-follow-up-2025',
  adultHospitalStay: 'ep-adult-hospital-2025-09',
  minorPaediatrics: 'ep-minor-paediatrics-2025',
  turning18FollowUp: 'ep-turning-18-follow-up',
  protectedHospitalStay: 'ep-protected-hospital-2025',
  generalFollowUp: 'ep-follow-up-2025',
  secretContraception: 'ep-secret-contraception',
  ehpadStay: 'stay-ehpad-2024',
} as const;

/** An INS of the test authority from a 15-character matricule (validity is checked by seed tests). */
function testIns(matricule: string): Ins {
  return { matricule, nir: matricule.slice(0, 13), key: matricule.slice(13), oid: INS_OID_TEST };
}

const patient = (
  p: Partial<Patient> & Pick<Patient, 'id' | 'ins' | 'traits' | 'displayName'>,
): Patient => ({
  identityStatus: 'QUAL',
  legalRepresentatives: [],
  legalProtection: null,
  trustedPerson: null,
  mesActivated: true,
  dmpStatus: 'active',
  emergency: DEFAULT_EMERGENCY_SETTINGS,
  blocked: NOBODY_BLOCKED,
  oppositions: [],
  consents: [],
  residenceRegion: 'Pays de la Loire',
  ...p,
});

const consent = (
  id: string,
  episodeId: string,
  recordedBy: string,
  extra: Partial<ConsentRecord> = {},
): ConsentRecord => ({
  id,
  episodeId,
  scope: { kind: 'professional', professionalId: recordedBy },
  givenBy: 'patient',
  form: 'oral',
  traced: true,
  protectorInformed: false,
  recordedAt: '2025-09-01T08:00:00.000Z',
  recordedBy,
  ...extra,
});

const mspTeam = { kind: 'care-team', teamId: SEED_TEAMS.msp, informedOfTeamScope: true } as const;
const ids = SEED_PATIENT_IDS;
const ep = SEED_EPISODES;

/** The seeded patients (15). */
// Tabular data: one entry per line is easier to review than Prettier's expansion.
// prettier-ignore
export const SEED_PATIENTS: readonly Patient[] = [
  patient({ id: ids.adult, displayName: 'Claire Moreau', ins: testIns('278044410990195'),
    traits: { birthName: 'MOREAU', givenNames: ['Claire', 'Anne'], birthDate: '1978-04-12', sex: 'F', birthPlaceCode: '44109' },
    trustedPerson: { name: 'Marc Moreau', relationship: 'conjoint' },
    consents: [consent('c-adult-msp', ep.adultFollowUp, PRO.gp, { scope: mspTeam }), consent('c-adult-chu', ep.adultHospitalStay, PRO.hospitalPhysician, { scope: { kind: 'care-team', teamId: SEED_TEAMS.hospitalUnit, informedOfTeamScope: true } })] }),
  patient({ id: ids.minorTwoRepresentatives, displayName: 'Lucas Bernard', ins: testIns('115064900790277'),
    traits: { birthName: 'BERNARD', givenNames: ['Lucas'], birthDate: '2015-06-03', sex: 'M', birthPlaceCode: '49007' },
    legalRepresentatives: [{ id: 'rep-bernard-sophie', familyName: 'Bernard', givenName: 'Sophie', relationship: 'mother' }, { id: 'rep-bernard-thomas', familyName: 'Bernard', givenName: 'Thomas', relationship: 'father' }],
    consents: [consent('c-minor-paed', ep.minorPaediatrics, PRO.paediatricianECps, { givenBy: 'legal-representative', scope: mspTeam })] }),
  patient({ id: ids.minorTurning18, displayName: 'Inès Petit', ins: testIns('207107218190373'),
    traits: { birthName: 'PETIT', givenNames: ['Inès'], birthDate: '2007-10-15', sex: 'F', birthPlaceCode: '72181' },
    legalRepresentatives: [{ id: 'rep-petit-nadia', familyName: 'Petit', givenName: 'Nadia', relationship: 'mother' }],
    consents: [consent('c-turning18', ep.turning18FollowUp, PRO.gp, { givenBy: 'legal-representative' })] }),
  patient({ id: ids.protectedAdult, displayName: 'Robert Girard', ins: testIns('150015313090411'),
    traits: { birthName: 'GIRARD', givenNames: ['Robert', 'Louis'], birthDate: '1950-01-20', sex: 'M', birthPlaceCode: '53130' },
    legalProtection: { measure: 'guardianship', representationRelatingToPerson: true, protectorName: 'Anne Girard (tutrice)' },
    trustedPerson: { name: 'Anne Girard', relationship: 'fille' },
    consents: [consent('c-protected', ep.protectedHospitalStay, PRO.hospitalPhysician, { protectorInformed: true })] }),
  patient({ id: ids.blockedOne, displayName: 'Julien Rousseau', ins: testIns('185098519190594'),
    traits: { birthName: 'ROUSSEAU', givenNames: ['Julien'], birthDate: '1985-09-30', sex: 'M', birthPlaceCode: '85191' },
    blocked: { all: false, rpps: ['19999000086'] },
    consents: [consent('c-blocked-one-gp', ep.generalFollowUp, PRO.gp), consent('c-blocked-one-mk', ep.generalFollowUp, PRO.physiotherapistLiberal)] }),
  patient({ id: ids.blockedAll, displayName: 'Émilie Faure', ins: testIns('292114418490679'),
    traits: { birthName: 'FAURE', givenNames: ['Émilie'], birthDate: '1992-11-08', sex: 'F', birthPlaceCode: '44184' },
    blocked: { all: true, rpps: [] }, consents: [consent('c-blocked-all', ep.generalFollowUp, PRO.gp)] }),
  patient({ id: ids.noEmergencyAccess, displayName: 'Henri Leroy', ins: testIns('144024909990795'),
    traits: { birthName: 'LEROY', givenNames: ['Henri'], birthDate: '1944-02-14', sex: 'M', birthPlaceCode: '49099' },
    emergency: { allowSamu: false, allowOtherProfessionals: false, allowMaskedDocumentsInEmergency: false },
    consents: [consent('c-no-emergency', ep.generalFollowUp, PRO.gp)] }),
  patient({ id: ids.mesNotActivated, displayName: 'Martine Blanc', ins: testIns('260074932890836'),
    traits: { birthName: 'BLANC', givenNames: ['Martine'], birthDate: '1960-07-01', sex: 'F', birthPlaceCode: '49328' },
    mesActivated: false, consents: [consent('c-mes', ep.generalFollowUp, PRO.gp)] }),
  patient({ id: ids.provisionalIdentity, displayName: 'Yanis Mercier', ins: testIns('199034410990962'), identityStatus: 'PROV',
    traits: { birthName: 'MERCIER', givenNames: ['Yanis'], birthDate: '1999-03-22', sex: 'M', birthPlaceCode: '44109' },
    consents: [consent('c-prov', ep.generalFollowUp, PRO.gp)] }),
  patient({ id: ids.opposedToConsultation, displayName: 'Sylvie Garnier', ins: testIns('270054900791024'),
    traits: { birthName: 'GARNIER', givenNames: ['Sylvie'], birthDate: '1970-05-05', sex: 'F', birthPlaceCode: '49007' },
    oppositions: [{ id: 'o-garnier', kind: 'consultation', scope: { kind: 'all' }, reason: 'Refus exprimé par courrier', channel: 'letter', tracedAt: '2025-09-15T14:00:00.000Z', tracedBy: PRO.gp }] }),
  patient({ id: ids.minorSecretConnection, displayName: 'Léa Fontaine', ins: testIns('209024410991139'),
    traits: { birthName: 'FONTAINE', givenNames: ['Léa'], birthDate: '2009-02-17', sex: 'F', birthPlaceCode: '44109' },
    legalRepresentatives: [{ id: 'rep-fontaine-marc', familyName: 'Fontaine', givenName: 'Marc', relationship: 'father' }],
    consents: [consent('c-secret', ep.secretContraception, PRO.midwife, { givenBy: 'patient', traced: false, minorSecret: true })] }),
  patient({ id: ids.ehpadResident, displayName: 'Germaine Chevalier', ins: testIns('235082A00491266'),
    traits: { birthName: 'CHEVALIER', givenNames: ['Germaine', 'Marie'], birthDate: '1935-08-25', sex: 'F', birthPlaceCode: '2A004' },
    consents: [consent('c-ehpad-contract', ep.ehpadStay, PRO.ehpadPhysician, { form: 'stay-contract-clause', scope: { kind: 'care-team', teamId: SEED_TEAMS.ehpad, informedOfTeamScope: true }, recordedAt: '2024-03-01T10:00:00.000Z' })] }),
  patient({ id: ids.maskedInEmergency, displayName: 'Paul Marchand', ins: testIns('165122B03391397'),
    traits: { birthName: 'MARCHAND', givenNames: ['Paul'], birthDate: '1965-12-01', sex: 'M', birthPlaceCode: '2B033' },
    emergency: { allowSamu: true, allowOtherProfessionals: true, allowMaskedDocumentsInEmergency: true },
    consents: [consent('c-masked', ep.generalFollowUp, PRO.gp)] }),
  patient({ id: ids.homonymA, displayName: 'Jean Martin', ins: testIns('180014410991483'),
    traits: { birthName: 'MARTIN', givenNames: ['Jean'], birthDate: '1980-01-01', sex: 'M', birthPlaceCode: '44109' } }),
  patient({ id: ids.homonymB, displayName: 'Jean Martin', ins: testIns('180014900791597'), residenceRegion: 'Bretagne',
    traits: { birthName: 'MARTIN', givenNames: ['Jean'], birthDate: '1980-01-01', sex: 'M', birthPlaceCode: '49007' } }),
];
