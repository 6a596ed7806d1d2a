/**
 * Fictitious professionals of the seed. RPPS numbers are invented: 11 digits in the 19999… range,
 * with a Luhn key (not required by the simulator, see `isRppsFormat`). Any resemblance to real
 * people is accidental.
 */
import type { Professional } from '../model/professional';

/** Stable ids of the seeded professionals, by role. */
export const SEED_PROFESSIONAL_IDS = {
  gp: 'pro-gp',
  hospitalPhysician: 'pro-hospital-physician',
  regulator: 'pro-regulator',
  pharmacistMentalHealth: 'pro-pharmacist-mental-health',
  osteopath: 'pro-osteopath',
  occupationalTherapistLiberal: 'pro-ot-liberal',
  occupationalTherapistStructure: 'pro-ot-structure',
  psychomotorTherapistLiberal: 'pro-psychomotor-liberal',
  physiotherapistLiberal: 'pro-physio-liberal',
  nurseLiberal: 'pro-nurse-liberal',
  internRegistered: 'pro-intern-registered',
  internUnregistered: 'pro-intern-unregistered',
  secretaryNominativeCpe: 'pro-secretary-nominative-cpe',
  staffAnonymousCpe: 'pro-staff-anonymous-cpe',
  rppsPlusSocialWorker: 'pro-rpps-plus-social-worker',
  midwife: 'pro-midwife',
  dentist: 'pro-dentist',
  paediatricianECps: 'pro-paediatrician-ecps',
  ehpadPhysician: 'pro-ehpad-physician',
  dietitianStructure: 'pro-dietitian-structure',
} as const;

/** Care teams of the seed. */
export const SEED_TEAMS = {
  msp: 'msp-erdre',
  hospitalUnit: 'chu-nantes-medecine-interne',
  samu: 'samu-44',
  mentalHealth: 'chs-blain-pharmacie',
  rehabilitation: 'ssr-les-pins',
  ehpad: 'ehpad-les-glycines',
} as const;

const ids = SEED_PROFESSIONAL_IDS;

const pro = (
  p: Partial<Professional> &
    Pick<Professional, 'id' | 'rpps' | 'familyName' | 'givenName' | 'profession' | 'setting'>,
): Professional => ({
  rppsPlusRole: null,
  establishmentKind: null,
  structureName: null,
  card: { type: 'CPS' },
  isIntern: false,
  orderRegistered: true,
  careTeamIds: [],
  isRegulator: false,
  ...p,
});

/** The seeded professionals (20). */
// Tabular data: one entry per line is easier to review than Prettier's expansion.
// prettier-ignore
export const SEED_PROFESSIONALS: readonly Professional[] = [
  pro({ id: ids.gp, rpps: '19999000011', familyName: 'Vidal', givenName: 'Hélène', gender: 'F', profession: '10', setting: 'liberal', establishmentKind: 'msp', structureName: "MSP de l'Erdre", careTeamIds: [SEED_TEAMS.msp] }),
  pro({ id: ids.hospitalPhysician, rpps: '19999000029', familyName: 'Lambert', givenName: 'Antoine', gender: 'M', profession: '10', setting: 'establishment', establishmentKind: 'chu', structureName: 'CHU de Nantes — médecine interne', careTeamIds: [SEED_TEAMS.hospitalUnit] }),
  pro({ id: ids.regulator, rpps: '19999000037', familyName: 'Colin', givenName: 'Sarah', gender: 'F', profession: '10', setting: 'establishment', establishmentKind: 'samu', structureName: 'SAMU 44 — Centre 15', card: { type: 'e-CPS' }, careTeamIds: [SEED_TEAMS.samu], isRegulator: true }),
  pro({ id: ids.pharmacistMentalHealth, rpps: '19999000045', familyName: 'Robin', givenName: 'Nicolas', gender: 'M', profession: '21', setting: 'establishment', establishmentKind: 'mental-health', structureName: 'Centre hospitalier spécialisé de Blain', careTeamIds: [SEED_TEAMS.mentalHealth] }),
  // Osteopaths have no RPPS here; the card is fictitious: the point is the refusal by profession (R22).
  pro({ id: ids.osteopath, rpps: null, familyName: 'Dupuis', givenName: 'Marc', gender: 'M', profession: 'osteopath', setting: 'liberal' }),
  pro({ id: ids.occupationalTherapistLiberal, rpps: '19999000052', familyName: 'Caron', givenName: 'Julie', gender: 'F', profession: '94', setting: 'liberal' }),
  pro({ id: ids.occupationalTherapistStructure, rpps: '19999000060', familyName: 'Perrin', givenName: 'Thomas', gender: 'M', profession: '94', setting: 'establishment', establishmentKind: 'smr', structureName: 'SMR Les Pins', careTeamIds: [SEED_TEAMS.rehabilitation] }),
  pro({ id: ids.psychomotorTherapistLiberal, rpps: '19999000078', familyName: 'Roux', givenName: 'Camille', gender: 'F', profession: '96', setting: 'liberal' }),
  pro({ id: ids.physiotherapistLiberal, rpps: '19999000086', familyName: 'Fournier', givenName: 'Bruno', gender: 'M', profession: '70', setting: 'liberal' }),
  pro({ id: ids.nurseLiberal, rpps: '19999000094', familyName: 'Giraud', givenName: 'Nathalie', gender: 'F', profession: '60', setting: 'liberal', careTeamIds: [SEED_TEAMS.msp] }),
  pro({ id: ids.internRegistered, rpps: '19999000102', familyName: 'Morel', givenName: 'Léo', gender: 'M', profession: '10', setting: 'establishment', establishmentKind: 'chu', structureName: 'CHU de Nantes — médecine interne', card: { type: 'CPF' }, isIntern: true, careTeamIds: [SEED_TEAMS.hospitalUnit] }),
  pro({ id: ids.internUnregistered, rpps: '19999000110', familyName: 'André', givenName: 'Manon', gender: 'F', profession: '10', setting: 'establishment', establishmentKind: 'chu', structureName: 'CHU de Nantes — médecine interne', card: { type: 'CPF' }, isIntern: true, orderRegistered: false, careTeamIds: [SEED_TEAMS.hospitalUnit] }),
  pro({ id: ids.secretaryNominativeCpe, rpps: null, familyName: 'Lucas', givenName: 'Sandrine', gender: 'F', profession: 'secretary', setting: 'structure', establishmentKind: 'msp', structureName: "MSP de l'Erdre", card: { type: 'CPE', nominative: true }, careTeamIds: [SEED_TEAMS.msp] }),
  pro({ id: ids.staffAnonymousCpe, rpps: null, familyName: 'Admissions', givenName: 'Poste', profession: 'secretary', setting: 'establishment', establishmentKind: 'chu', structureName: 'CHU de Nantes — bureau des admissions', card: { type: 'CPE', nominative: false } }),
  pro({ id: ids.rppsPlusSocialWorker, rpps: '19999000128', familyName: 'Blanchard', givenName: 'Aurélie', gender: 'F', profession: 'rpps-plus-role', rppsPlusRole: 'social-worker', setting: 'structure', establishmentKind: 'ehpad', structureName: 'EHPAD Les Glycines', card: { type: 'e-CPS' }, careTeamIds: [SEED_TEAMS.ehpad] }),
  pro({ id: ids.midwife, rpps: '19999000136', familyName: 'Guérin', givenName: 'Élise', gender: 'F', profession: '50', setting: 'liberal' }),
  pro({ id: ids.dentist, rpps: '19999000144', familyName: 'Bonnet', givenName: 'François', gender: 'M', profession: '40', setting: 'liberal' }),
  pro({ id: ids.paediatricianECps, rpps: '19999000151', familyName: 'Lemaire', givenName: 'Sophie', gender: 'F', profession: '10', setting: 'liberal', establishmentKind: 'msp', structureName: "MSP de l'Erdre", card: { type: 'e-CPS' }, careTeamIds: [SEED_TEAMS.msp] }),
  pro({ id: ids.ehpadPhysician, rpps: '19999000169', familyName: 'Renaud', givenName: 'Pierre', gender: 'M', profession: '10', setting: 'structure', establishmentKind: 'ehpad', structureName: 'EHPAD Les Glycines', careTeamIds: [SEED_TEAMS.ehpad] }),
  pro({ id: ids.dietitianStructure, rpps: '19999000177', familyName: 'Muller', givenName: 'Laura', gender: 'F', profession: '95', setting: 'establishment', establishmentKind: 'smr', structureName: 'SMR Les Pins', careTeamIds: [SEED_TEAMS.rehabilitation] }),
];
