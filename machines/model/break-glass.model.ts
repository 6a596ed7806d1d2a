/**
 * Model of the break-glass machine: emergency physician, SAMU regulator, patient who opposed
 * emergency access beforehand, blocked professional, osteopath, pharmacist (matrix), masked
 * documents with and without the « masked in emergency » setting.
 */
import type { SnapshotFrom } from 'xstate';
import {
  decideConsultation,
  isBlockedFor,
  isRegulator,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
  type EmergencySettings,
} from '../../src/dmp/index';
import { breakGlassMachine, type BreakGlassEvent } from '../break-glass.machine';
import type { ModelSpec } from './runner';
import { documentsOf, NOW, seedPatient, seedProfessional } from './seed';

type Snapshot = SnapshotFrom<typeof breakGlassMachine>;

const persona = (name: string, patientId: string, proId: string) => ({
  name,
  input: {
    patient: seedPatient(patientId),
    professional: seedProfessional(proId),
    episodeId: 'ep-urgence',
    now: NOW,
  },
});

/** Emergency settings the patient may choose (one inconsistent). */
export const SETTINGS_SAMPLES: readonly EmergencySettings[] = [
  { allowSamu: true, allowOtherProfessionals: true, allowMaskedDocumentsInEmergency: true },
  { allowSamu: false, allowOtherProfessionals: false, allowMaskedDocumentsInEmergency: false },
  { allowSamu: false, allowOtherProfessionals: false, allowMaskedDocumentsInEmergency: true },
];

/** Break-glass requests: motive and situation right, motive missing, patient able to consent. */
export const BREAK_GLASS_SAMPLES = [
  { motive: 'Patient inconscient, polytraumatisé', patientUnableToConsent: true },
  { motive: '   ', patientUnableToConsent: true },
  { motive: 'Urgence', patientUnableToConsent: false },
] as const;

function events(s: Snapshot): BreakGlassEvent[] {
  return [
    ...SETTINGS_SAMPLES.map((settings): BreakGlassEvent => ({
      type: 'patient.updateEmergencySettings',
      settings,
    })),
    ...BREAK_GLASS_SAMPLES.map((r): BreakGlassEvent => ({ type: 'ps.requestBreakGlass', ...r })),
    { type: 'ps.requestRegulation' },
    ...documentsOf(s.context.patient).map((document): BreakGlassEvent => ({
      type: 'ps.openDocument',
      document,
    })),
    { type: 'session.end' },
  ];
}

/** Invariants of the break-glass machine. */
export function breakGlassInvariants(
  s: Snapshot,
  previous: Snapshot | undefined,
  event: BreakGlassEvent | undefined,
): string[] {
  const c = s.context;
  const d = c.lastDecision;
  const v: string[] = [];
  if (s.matches('active')) {
    const entering = previous !== undefined && !previous.matches('active');
    if (
      entering &&
      !(d?.code === 'DMP.BREAK_GLASS_ALLOWED' || d?.code === 'DMP.REGULATION_ALLOWED')
    )
      v.push('accès actif sans décision favorable du cœur');
    if (!decideConsultation(c).allowed) v.push('accès actif que le cœur refuse');
    if (c.access.mode === 'normal') v.push('mode normal en accès d’urgence');
    if (isBlockedFor(c.patient, c.professional))
      v.push('un professionnel bloqué accède en urgence');
    if (
      c.access.mode === 'break-glass' &&
      (c.access.motive.trim() === '' ||
        !c.access.patientUnableToConsent ||
        !c.patient.emergency.allowOtherProfessionals)
    )
      v.push('bris de glace sans motif, sans urgence vitale ou contre le réglage du patient');
    if (
      c.access.mode === 'regulation-centre' &&
      (!isRegulator(c.professional) || !c.patient.emergency.allowSamu)
    )
      v.push('régulation par un non-régulateur ou contre le réglage du patient');
    if (c.notices.length === 0) v.push("le mode d'urgence n'est pas signalé");
  }
  if (previous?.matches('active') === true && event?.type !== 'session.end' && !s.matches('active'))
    v.push("le mode d'urgence a disparu avant la fin de session");
  if (
    s.matches('closed') &&
    !(c.informed.includes('patient') && c.informed.includes('treating-doctor'))
  )
    v.push('fin de session sans information du patient et du médecin traitant');
  if (s.matches('idle') && c.access.mode !== 'normal') v.push('mode d’urgence hors accès');
  if (s.matches('idle') && d?.allowed === true && d.code !== 'DMP.SETTINGS_ACCEPTED')
    v.push('accès accordé sans entrer en mode urgence');
  if (
    previous !== undefined &&
    c.openedDocuments.length > previous.context.openedDocuments.length &&
    d?.code !== 'DMP.DOCUMENT_ALLOWED'
  )
    v.push('document ouvert sans décision favorable');
  return v;
}

/** The model of the break-glass machine. */
export const breakGlassModel: ModelSpec<typeof breakGlassMachine> = {
  machine: breakGlassMachine,
  personas: [
    persona('Médecin hospitalier, patiente inconsciente', PAT.adult, PRO.hospitalPhysician),
    persona('Médecin traitant, document masqué', PAT.adult, PRO.gp),
    persona(
      'Médecin traitant, documents masqués ouverts en urgence',
      PAT.maskedInEmergency,
      PRO.gp,
    ),
    persona('Régulatrice du SAMU – Centre 15', PAT.adult, PRO.regulator),
    persona("Patient opposé d'avance à l'accès en urgence", PAT.noEmergencyAccess, PRO.regulator),
    persona('Kiné bloqué par le patient', PAT.blockedOne, PRO.physiotherapistLiberal),
    persona('Ostéopathe', PAT.adult, PRO.osteopath),
    persona(
      'Pharmacien (synthèse psychiatrique)',
      PAT.maskedInEmergency,
      PRO.pharmacistMentalHealth,
    ),
  ],
  events,
  project: (s) => [
    s.context.patient.emergency,
    s.context.access.mode,
    s.context.lastDecision?.code ?? null,
    s.context.informed.length,
  ],
  invariants: breakGlassInvariants,
};
