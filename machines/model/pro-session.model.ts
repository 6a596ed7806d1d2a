/**
 * Model of the professional session: each persona is a seeded professional with a small directory
 * of seeded patients; cards, searches (INS and traits), access requests, consents, break-glass,
 * regulation and document openings are sampled.
 */
import type { SnapshotFrom } from 'xstate';
import {
  decideConsultation,
  hasConsultingCard,
  hasOpposedToConsultation,
  hasValidConsent,
  isBlockedFor,
  isInsQualified,
  isProfessionAllowedInSetting,
  isRegulator,
  isTraineeAuthorised,
  SEED_EPISODES as EP,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
  type Card,
  type FeatureSettings,
} from '../../src/dmp/index';
import { proSessionMachine, type ProSessionEvent } from '../pro-session.machine';
import type { ModelSpec, Persona } from './runner';
import { documentsOf, NOW, seedPatient, seedProfessional } from './seed';

type Snapshot = SnapshotFrom<typeof proSessionMachine>;

/** Cards a professional may insert. */
export const CARD_SAMPLES: readonly Card[] = [
  { type: 'CPS' },
  { type: 'e-CPS' },
  { type: 'CPF' },
  { type: 'CPE', nominative: true },
  { type: 'CPE', nominative: false },
];

/** Break-glass requests: right, without motive, patient able to consent. */
const BREAK_GLASS = [
  { motive: 'Détresse respiratoire, patient inconscient', patientUnableToConsent: true },
  { motive: '', patientUnableToConsent: true },
  { motive: 'Urgence', patientUnableToConsent: false },
] as const;

const persona = (
  name: string,
  proId: string,
  patientIds: readonly string[],
  episodeId: string,
  only?: readonly ProSessionEvent['type'][],
  features: FeatureSettings = { traitSearch: true },
): Persona<typeof proSessionMachine> => ({
  name,
  input: {
    professional: seedProfessional(proId),
    patients: patientIds.map(seedPatient),
    episodeId,
    now: NOW,
    features,
  },
  ...(only === undefined ? {} : { only }),
});

function events(s: Snapshot): ProSessionEvent[] {
  const c = s.context;
  const own = { kind: 'professional', professionalId: c.professional.id } as const;
  const consent = {
    givenBy: 'patient',
    form: 'oral',
    scope: own,
    traced: false,
    protectorInformed: false,
  } as const;
  return [
    ...CARD_SAMPLES.map((card): ProSessionEvent => ({ type: 'ps.insertCard', card })),
    { type: 'ps.removeCard' },
    { type: 'ps.searchByIns', matricule: '123 456' },
    ...c.directory.map((p): ProSessionEvent => ({
      type: 'ps.searchByIns',
      matricule: p.ins.matricule,
    })),
    ...c.directory.map((p): ProSessionEvent => ({
      type: 'ps.searchByTraits',
      query: {
        familyName: p.traits.birthName,
        givenName: p.traits.givenNames[0] ?? '',
        birthDate: p.traits.birthDate,
        sex: p.traits.sex,
      },
    })),
    { type: 'ps.openDmp' },
    { type: 'ps.requestAccess' },
    { type: 'ps.recordConsent', consent },
    { type: 'ps.recordConsent', consent: { ...consent, givenBy: 'legal-representative' } },
    { type: 'ps.recordConsent', consent: { ...consent, protectorInformed: true } },
    ...BREAK_GLASS.map((r): ProSessionEvent => ({ type: 'ps.requestBreakGlass', ...r })),
    { type: 'ps.requestRegulation' },
    ...(c.patient === null ? [] : documentsOf(c.patient)).map((document): ProSessionEvent => ({
      type: 'ps.openDocument',
      document,
    })),
    { type: 'ps.closePatient' },
  ];
}

const inSession = (s: Snapshot) => s.matches('session');
const consulting = (s: Snapshot) => s.matches({ session: 'consulting' });

/** Invariants of the professional session. */
export function proSessionInvariants(
  s: Snapshot,
  previous: Snapshot | undefined,
  event: ProSessionEvent | undefined,
): string[] {
  const c = s.context;
  const pro = c.professional;
  const v: string[] = [];
  if (inSession(s) && (!hasConsultingCard(pro.card) || !isTraineeAuthorised(pro)))
    v.push(
      'session de consultation avec une carte qui ne consulte pas (CPE) ou un interne non autorisé',
    );
  if (consulting(s)) {
    const p = c.patient;
    if (p === null) return [...v, 'consultation sans patient'];
    if (!isProfessionAllowedInSetting(pro.profession, pro.setting))
      v.push('profession non habilitée en consultation');
    if (!isInsQualified(p)) v.push('consultation sans INS qualifiée');
    if (isBlockedFor(p, pro)) v.push('un professionnel bloqué consulte');
    const mode = c.access;
    if (
      mode.mode === 'normal' &&
      (!hasValidConsent(p, pro, c.episodeId, c.now) || hasOpposedToConsultation(p, pro))
    )
      v.push('consultation sans consentement, bris de glace ni consentement d’équipe');
    if (
      mode.mode === 'break-glass' &&
      (mode.motive.trim() === '' ||
        !mode.patientUnableToConsent ||
        !p.emergency.allowOtherProfessionals)
    )
      v.push('bris de glace irrégulier');
    if (mode.mode === 'regulation-centre' && (!isRegulator(pro) || !p.emergency.allowSamu))
      v.push('régulation irrégulière');
    if (!decideConsultation({ ...c, patient: p }).allowed)
      v.push('consultation que le cœur refuse');
  }
  if (
    s.matches({ session: 'blocked' }) &&
    (c.patient === null ||
      !isBlockedFor(c.patient, pro) ||
      c.lastDecision?.code !== 'DMP.ACCESS_BLOCKED')
  )
    v.push('« accès bloqué » sans blocage');
  if (
    previous !== undefined &&
    c.openedDocuments.length > previous.context.openedDocuments.length &&
    c.lastDecision?.code !== 'DMP.DOCUMENT_ALLOWED'
  )
    v.push('document ouvert sans décision favorable');
  if (
    previous !== undefined &&
    consulting(previous) &&
    previous.context.access.mode !== 'normal' &&
    !consulting(s) &&
    c.notifications.length <= previous.context.notifications.length
  )
    v.push("fin d'accès en urgence sans information du patient");
  if (
    event?.type === 'ps.insertCard' &&
    event.card.type === 'CPE' &&
    previous?.matches('idle') === true &&
    inSession(s)
  )
    v.push('une CPE ouvre une session');
  return v;
}

const SESSION_ONLY: readonly ProSessionEvent['type'][] = [
  'ps.insertCard',
  'ps.searchByIns',
  'ps.openDmp',
  'ps.closePatient',
  'ps.removeCard',
];

/** The model of the professional session. */
export const proSessionModel: ModelSpec<typeof proSessionMachine> = {
  machine: proSessionMachine,
  personas: [
    persona(
      'Urgentiste, recherche par traits pas encore en service',
      PRO.hospitalPhysician,
      [PAT.adult],
      EP.adultFollowUp,
      [...SESSION_ONLY, 'ps.searchByTraits'],
      {},
    ),
    persona(
      'Médecin traitant (MSP)',
      PRO.gp,
      [PAT.adult, PAT.provisionalIdentity, PAT.homonymA, PAT.homonymB],
      EP.adultFollowUp,
    ),
    persona(
      'Médecin traitant, patiente opposée',
      PRO.gp,
      [PAT.opposedToConsultation],
      EP.generalFollowUp,
      [...SESSION_ONLY, 'ps.requestAccess'],
    ),
    persona(
      'Pédiatre, mineur, nouvel épisode',
      PRO.paediatricianECps,
      [PAT.minorTwoRepresentatives],
      'ep-nouvel-episode',
      [...SESSION_ONLY, 'ps.requestAccess', 'ps.recordConsent'],
    ),
    persona(
      'Médecin hospitalier, majeur protégé',
      PRO.hospitalPhysician,
      [PAT.protectedAdult],
      'ep-nouvel-episode',
      [...SESSION_ONLY, 'ps.requestAccess', 'ps.recordConsent'],
    ),
    persona(
      'Régulatrice du SAMU',
      PRO.regulator,
      [PAT.adult, PAT.noEmergencyAccess],
      'ep-urgence',
      [...SESSION_ONLY, 'ps.requestRegulation', 'ps.requestBreakGlass'],
    ),
    persona(
      'Pharmacien en santé mentale',
      PRO.pharmacistMentalHealth,
      [PAT.maskedInEmergency],
      'ep-urgence',
      [...SESSION_ONLY, 'ps.requestBreakGlass', 'ps.requestRegulation', 'ps.openDocument'],
    ),
    persona(
      'Kiné libéral bloqué',
      PRO.physiotherapistLiberal,
      [PAT.blockedOne],
      EP.generalFollowUp,
      SESSION_ONLY,
    ),
    persona('Ostéopathe', PRO.osteopath, [PAT.adult], EP.adultFollowUp, SESSION_ONLY),
    persona(
      'Ergothérapeute libéral',
      PRO.occupationalTherapistLiberal,
      [PAT.adult],
      EP.adultFollowUp,
      SESSION_ONLY,
    ),
    persona(
      "Interne non inscrit à l'Ordre",
      PRO.internUnregistered,
      [PAT.adult],
      EP.adultFollowUp,
      ['ps.insertCard', 'ps.removeCard'],
    ),
  ],
  events,
  project: (s) => {
    const c = s.context;
    return [
      hasConsultingCard(c.professional.card) && isTraineeAuthorised(c.professional),
      c.patient?.id ?? null,
      c.access.mode,
      c.patient === null ? null : hasValidConsent(c.patient, c.professional, c.episodeId, c.now),
      c.notifications.length > 0,
    ];
  },
  invariants: proSessionInvariants,
};
