/**
 * Model of the blocking machine: a blocked physiotherapist with a consent, a patient who blocks
 * everybody, an osteopath, an opposition, a professional without consent; small enough for
 * simple paths.
 */
import type { SnapshotFrom } from 'xstate';
import {
  decideConsultation,
  hasValidConsent,
  isBlockedFor,
  NORMAL_ACCESS,
  SEED_EPISODES as EP,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
} from '../../src/dmp/index';
import { blockingMachine, type BlockingEvent } from '../blocking.machine';
import type { ModelSpec, Persona } from './runner';
import { NOW, seedPatient, seedProfessional } from './seed';

type Snapshot = SnapshotFrom<typeof blockingMachine>;

const persona = (
  name: string,
  patientId: string,
  proId: string,
  episodeId: string,
  only?: readonly BlockingEvent['type'][],
): Persona<typeof blockingMachine> => ({
  ...(only === undefined ? {} : { only }),
  name,
  input: {
    patient: seedPatient(patientId),
    professional: seedProfessional(proId),
    episodeId,
    now: NOW,
  },
});

/** Invariants of the blocking machine. */
export function blockingInvariants(s: Snapshot): string[] {
  const c = s.context;
  const blocked = isBlockedFor(c.patient, c.professional);
  const d = c.lastDecision;
  const v: string[] = [];
  if (s.matches('granted') && blocked) v.push('un professionnel bloqué consulte');
  if (s.matches('granted') && !hasValidConsent(c.patient, c.professional, c.episodeId, c.now))
    v.push('consultation sans consentement');
  if (s.matches('blocked') && (!blocked || d?.code !== 'DMP.ACCESS_BLOCKED'))
    v.push('« accès bloqué » sans blocage');
  if (s.matches('refused') && (d === null || d.allowed || d.code === 'DMP.ACCESS_BLOCKED'))
    v.push('refus mal motivé');
  if (!s.matches('idle')) {
    const core = decideConsultation({ ...c, access: NORMAL_ACCESS });
    if (core.code !== d?.code) v.push(`décision ${d?.code} ≠ cœur ${core.code}`);
    if (core.allowed !== s.matches('granted')) v.push('état et décision du cœur divergent');
  }
  return v;
}

/** Events enough for the personas refused for another reason than blocking. */
const SHORT: readonly BlockingEvent['type'][] = [
  'ps.requestAccess',
  'patient.blockAll',
  'patient.unblockAll',
];

/** The model of the blocking machine. */
export const blockingModel: ModelSpec<typeof blockingMachine> = {
  machine: blockingMachine,
  traversal: 'simple',
  personas: [
    persona(
      'Kiné bloqué malgré son consentement',
      PAT.blockedOne,
      PRO.physiotherapistLiberal,
      EP.generalFollowUp,
    ),
    persona('Médecin traitant du même patient', PAT.blockedOne, PRO.gp, EP.generalFollowUp),
    persona('Patiente qui bloque tout le monde', PAT.blockedAll, PRO.gp, EP.generalFollowUp),
    persona('Ostéopathe', PAT.adult, PRO.osteopath, EP.adultFollowUp, SHORT),
    persona(
      'Patiente opposée à la consultation',
      PAT.opposedToConsultation,
      PRO.gp,
      EP.generalFollowUp,
      SHORT,
    ),
    persona('Sage-femme sans consentement', PAT.adult, PRO.midwife, EP.adultFollowUp, [
      ...SHORT,
      'patient.giveConsent',
    ]),
  ],
  events: (): BlockingEvent[] => [],
  project: (s) => {
    const c = s.context;
    // What the events change: the individual block, the global block, the consent.
    return [
      c.professional.rpps !== null && c.patient.blocked.rpps.includes(c.professional.rpps),
      c.patient.blocked.all,
      hasValidConsent(c.patient, c.professional, c.episodeId, c.now),
    ];
  },
  invariants: blockingInvariants,
};
