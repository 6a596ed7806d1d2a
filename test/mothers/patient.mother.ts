/**
 * Object Mother for patients: one named constructor per situation (adult, minors, protected adult,
 * blocking, oppositions…), each with a fresh valid TEST INS and overridable fields.
 */
import {
  addDuration,
  DEFAULT_EMERGENCY_SETTINGS,
  NOBODY_BLOCKED,
  SIMULATION_START,
  testInsFromNir,
  type Ins,
  type IsoDate,
  type Patient,
  type Sex,
} from '../../src/dmp/index';

let counter = 0;

/** A fresh valid test INS for a birth date and sex (birth place 44109). */
function nextIns(birthDate: IsoDate, sex: Sex, place = '44109'): Ins {
  counter += 1;
  const nir = `${sex === 'M' ? '1' : '2'}${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${place}${String(counter % 1000).padStart(3, '0')}`;
  const ins = testInsFromNir(nir);
  if (ins === null) throw new Error(`Mother produced a malformed NIR: ${nir}`);
  return ins;
}

/** The birth date of someone who turns `years` `daysAfter` days after the simulation start. */
function birthDateTurning(years: number, daysAfter: number): IsoDate {
  return addDuration(SIMULATION_START, { years: -years, days: daysAfter }).slice(0, 10);
}

function build(birthDate: IsoDate, o: Partial<Patient> = {}): Patient {
  const sex: Sex = o.traits?.sex ?? 'F';
  const ins = nextIns(birthDate, sex);
  return {
    id: `pat-${ins.matricule}`,
    ins,
    identityStatus: 'QUAL',
    traits: {
      birthName: 'ESSAI',
      givenNames: ['Camille'],
      birthDate,
      sex,
      birthPlaceCode: '44109',
    },
    displayName: 'Camille Essai',
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
    ...o,
  };
}

const parent = {
  id: 'rep-1',
  familyName: 'Essai',
  givenName: 'Alex',
  relationship: 'mother',
} as const;
const otherParent = {
  id: 'rep-2',
  familyName: 'Essai',
  givenName: 'Sam',
  relationship: 'father',
} as const;

/** Named constructors of patients. */
export const PatientMother = {
  adult: (o: Partial<Patient> = {}) => build('1980-05-17', o),
  minor: (o: Partial<Patient> = {}) =>
    build('2014-03-08', { legalRepresentatives: [parent], ...o }),
  minorWithTwoRepresentatives: (o: Partial<Patient> = {}) =>
    build('2015-06-03', { legalRepresentatives: [parent, otherParent], ...o }),
  /** A minor who turns 18 `daysAfter` days after the simulation start. */
  minorTurning18: (daysAfter = 14, o: Partial<Patient> = {}) =>
    build(birthDateTurning(18, daysAfter), { legalRepresentatives: [parent], ...o }),
  /** A minor who asked `professionalId` for the secret (connexion secrète) for one episode. */
  minorWithSecretConnection: (
    professionalId: string,
    episodeId = 'ep-1',
    o: Partial<Patient> = {},
  ) =>
    build('2009-02-17', {
      legalRepresentatives: [parent],
      consents: [
        {
          id: `consent-secret-${professionalId}-${episodeId}`,
          episodeId,
          scope: { kind: 'professional', professionalId },
          givenBy: 'patient',
          form: 'oral',
          traced: false,
          protectorInformed: false,
          recordedAt: SIMULATION_START,
          recordedBy: professionalId,
          minorSecret: true,
        },
      ],
      ...o,
    }),
  protectedAdult: (o: Partial<Patient> = {}) =>
    build('1950-01-20', {
      legalProtection: {
        measure: 'guardianship',
        representationRelatingToPerson: true,
        protectorName: 'Tuteur Essai',
      },
      ...o,
    }),
  blocking: (rpps: readonly string[], o: Partial<Patient> = {}) =>
    build('1985-09-30', { blocked: { all: false, rpps }, ...o }),
  blockingAll: (o: Partial<Patient> = {}) =>
    build('1992-11-08', { blocked: { all: true, rpps: [] }, ...o }),
  withoutEmergencyAccess: (o: Partial<Patient> = {}) =>
    build('1944-02-14', {
      emergency: {
        allowSamu: false,
        allowOtherProfessionals: false,
        allowMaskedDocumentsInEmergency: false,
      },
      ...o,
    }),
  withoutMes: (o: Partial<Patient> = {}) => build('1960-07-01', { mesActivated: false, ...o }),
  withProvisionalIdentity: (o: Partial<Patient> = {}) =>
    build('1999-03-22', { identityStatus: 'PROV', ...o }),
};
