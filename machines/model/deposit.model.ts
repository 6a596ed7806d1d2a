/**
 * Model of the deposit machine: a GP (full exploration of the draft: type, visibility, patient
 * information, clock, opposition), a secretary with a nominative CPE, a midwife under the secret
 * connection, and personas refused at once (anonymous CPE, unregistered intern, osteopath,
 * provisional identity, closed DMP), explored with `ps.submit` only.
 */
import type { SnapshotFrom } from 'xstate';
import {
  decideDeposit,
  DEPOSIT_INFORMATION_REMINDER,
  hasDepositOpposition,
  hasDepositingCard,
  isClockInSync,
  isInsQualified,
  isPatientInformedOfDeposit,
  SEED_EPISODES,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
  VISIBLE_TO_ALL,
  type VisibilityFlags,
} from '../../src/dmp/index';
import { depositMachine, type DepositEvent } from '../deposit.machine';
import type { ModelSpec, Persona } from './runner';
import { NOW, seedPatient, seedProfessional } from './seed';

type Snapshot = SnapshotFrom<typeof depositMachine>;

/** Types tried: a report, a vaccination note, « allergies » (no such type), a patient type. */
export const TYPE_SAMPLES = ['11488-4', '87273-9', 'allergies', 'DOCPAT01', '60591-5'] as const;

/** Visibility choices tried, one of them forbidden. */
export const VISIBILITY_SAMPLES: readonly VisibilityFlags[] = [
  VISIBLE_TO_ALL,
  { ...VISIBLE_TO_ALL, invisibleToPatient: true },
  { ...VISIBLE_TO_ALL, invisibleToLegalRepresentatives: true },
  { ...VISIBLE_TO_ALL, invisibleToPatient: true, maskedFromProfessionals: true },
];

const persona = (
  name: string,
  patientId: string,
  proId: string,
  only?: readonly DepositEvent['type'][],
  episodeId?: string,
): Persona<typeof depositMachine> => ({
  name,
  input: {
    professional: seedProfessional(proId),
    patient: seedPatient(patientId),
    now: NOW,
    ...(episodeId === undefined ? {} : { episodeId }),
  },
  ...(only === undefined ? {} : { only }),
});

const events = (): DepositEvent[] => [
  ...TYPE_SAMPLES.map((typeCode): DepositEvent => ({ type: 'ps.chooseType', typeCode })),
  ...VISIBILITY_SAMPLES.map((visibility): DepositEvent => ({
    type: 'ps.setVisibility',
    visibility,
  })),
  { type: 'ps.informPatient' },
  { type: 'ps.syncClock' },
  { type: 'workstation.drift', skewMs: 15 * 60 * 1000 },
  { type: 'patient.opposeDeposit', reason: 'Motif légitime invoqué par le patient' },
  { type: 'patient.opposeDeposit', reason: '' },
  { type: 'ps.submit' },
  { type: 'ps.newDocument' },
];

/** Invariants of the deposit machine. */
export function depositInvariants(s: Snapshot, previous: Snapshot | undefined): string[] {
  const c = s.context;
  const v: string[] = [];
  const arrived = previous !== undefined && c.deposits > previous.context.deposits;
  if (arrived) {
    const core = decideDeposit({ ...c }, c.draft);
    if (!core.allowed || c.lastDecision?.allowed !== true) v.push('dépôt que le cœur refuse');
    if (!hasDepositingCard(c.professional.card)) v.push('dépôt avec une carte qui ne dépose pas');
    if (!isInsQualified(c.patient)) v.push('dépôt sans INS qualifiée');
    if (!isClockInSync(c.workstationSkewMs)) v.push('dépôt avec une horloge décalée');
    const reminded =
      c.lastDecision?.allowed === true &&
      c.lastDecision.notices.includes(DEPOSIT_INFORMATION_REMINDER);
    if (!isPatientInformedOfDeposit(c) && !reminded)
      v.push('dépôt sans information du patient, et sans rappel du logiciel');
    if (isPatientInformedOfDeposit(c) && reminded)
      v.push('rappel alors que le patient est informé');
    if (hasDepositOpposition(c.patient, c.professional))
      v.push('dépôt malgré une opposition légitime');
    if (c.document === null) v.push('dépôt sans document classé');
  }
  if (s.matches('deposited') && c.document === null) v.push('déposé sans document');
  if (s.matches('rejected') && c.lastDecision?.allowed !== false) v.push('rejet sans refus motivé');
  if (previous?.matches('draft') === true && s.matches('draft') && c.lastDecision?.allowed === true)
    v.push('décision favorable sans dépôt');
  return v;
}

/** The model of the deposit machine. */
export const depositModel: ModelSpec<typeof depositMachine> = {
  machine: depositMachine,
  personas: [
    persona('Médecin traitant, patiente adulte', PAT.adult, PRO.gp),
    persona('Secrétaire avec CPE nominative', PAT.adult, PRO.secretaryNominativeCpe, [
      'ps.informPatient',
      'ps.submit',
    ]),
    persona(
      'Sage-femme, mineure en connexion secrète',
      PAT.minorSecretConnection,
      PRO.midwife,
      ['ps.setVisibility', 'ps.informPatient', 'ps.submit'],
      SEED_EPISODES.secretContraception,
    ),
    persona('Poste avec CPE non nominative', PAT.adult, PRO.staffAnonymousCpe, ['ps.submit']),
    persona("Interne non inscrit à l'Ordre", PAT.adult, PRO.internUnregistered, ['ps.submit']),
    persona('Ostéopathe', PAT.adult, PRO.osteopath, ['ps.submit']),
    {
      name: 'Kinésithérapeute, synthèse médicale (VSM)',
      input: {
        professional: seedProfessional(PRO.physiotherapistLiberal),
        patient: seedPatient(PAT.adult),
        now: NOW,
      },
      only: ['ps.chooseType', 'ps.submit'],
    },
    persona('Identité provisoire', PAT.provisionalIdentity, PRO.gp, ['ps.submit']),
    {
      name: 'DMP fermé',
      input: {
        professional: seedProfessional(PRO.gp),
        patient: { ...seedPatient(PAT.adult), dmpStatus: 'closed' },
        now: NOW,
      },
      only: ['ps.submit'],
    },
  ],
  events,
  project: (s) => {
    const c = s.context;
    return [
      c.draft.typeCode,
      c.draft.visibility,
      c.patientInformed,
      isClockInSync(c.workstationSkewMs),
      hasDepositOpposition(c.patient, c.professional),
      c.patient.oppositions.length > 0,
    ];
  },
  invariants: depositInvariants,
};
