/**
 * Model of the consent machine: seeded personas (MSP team, EHPAD stay contract, minor turning 18,
 * protected adult, traced opposition, secret connection), event samples and invariants.
 */
import type { SnapshotFrom } from 'xstate';
import {
  addDuration,
  hasOpposedToConsultation,
  hasValidConsent,
  isAdultAt,
  SEED_EPISODES as EP,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
} from '../../src/dmp/index';
import { consentMachine, type ConsentDraft, type ConsentEvent } from '../consent.machine';
import type { ModelSpec } from './runner';
import { NOW, seedPatient, seedProfessional } from './seed';

type Snapshot = SnapshotFrom<typeof consentMachine>;

/** Absolute instants (relative ones would make the traversal endless). */
const LATER = [addDuration(NOW, { months: 6 }), addDuration(NOW, { years: 2 })];

const persona = (name: string, patientId: string, proId: string, episodeId: string) => ({
  name,
  input: {
    patient: seedPatient(patientId),
    professional: seedProfessional(proId),
    episodeId,
    now: NOW,
  },
});

/** Consents a professional may collect (givers, forms and scopes of the FAQ). */
export function consentDrafts(teamId: string): readonly ConsentDraft[] {
  const base = {
    givenBy: 'patient',
    form: 'oral',
    scope: { kind: 'professional', professionalId: '' },
    traced: false,
    protectorInformed: false,
  } as const;
  return [
    base,
    { ...base, givenBy: 'legal-representative' },
    // A minor who asks this professional for the secret (CSP L.1111-5).
    { ...base, minorSecret: true },
    { ...base, protectorInformed: true, traced: true },
    { ...base, scope: { kind: 'care-team', teamId, informedOfTeamScope: true } },
    {
      ...base,
      form: 'stay-contract-clause',
      scope: { kind: 'care-team', teamId, informedOfTeamScope: true },
    },
  ];
}

function events(s: Snapshot): ConsentEvent[] {
  const c = s.context;
  const own = { kind: 'professional', professionalId: c.professional.id } as const;
  return [
    { type: 'ps.checkConsent' },
    ...consentDrafts(c.professional.careTeamIds[0] ?? 'equipe-sans-nom').map((d): ConsentEvent => ({
      type: 'ps.recordConsent',
      consent: d.scope.kind === 'professional' ? { ...d, scope: own } : d,
    })),
    { type: 'patient.oppose', reason: 'Refus exprimé oralement', channel: 'oral' },
    { type: 'patient.liftOpposition' },
    { type: 'ps.startEpisode', episodeId: 'ep-nouvel-episode' },
    ...LATER.map((now): ConsentEvent => ({ type: 'clock.advance', now })),
  ];
}

/** Invariants of the consent machine (empty when everything holds). */
export function consentInvariants(
  s: Snapshot,
  previous: Snapshot | undefined,
  event: ConsentEvent | undefined,
): string[] {
  const c = s.context;
  const valid = hasValidConsent(c.patient, c.professional, c.episodeId, c.now);
  const opposed = hasOpposedToConsultation(c.patient, c.professional);
  const v: string[] = [];
  if (s.matches('granted') && !(valid && !opposed))
    v.push('granted sans consentement valable, ou malgré une opposition');
  if (s.matches('granted') && c.lastDecision?.allowed !== true)
    v.push('granted sans décision favorable');
  if (s.matches('required') && (valid || opposed))
    v.push('required alors que la situation est tranchée');
  if (s.matches('opposed') && !opposed) v.push('opposed sans opposition tracée');
  const before = previous?.context.patient.oppositions.length ?? c.patient.oppositions.length;
  if (
    c.patient.oppositions
      .slice(before)
      .some((o) => o.tracedAt !== c.now || o.tracedBy !== c.professional.id)
  )
    v.push('opposition enregistrée sans trace (date, professionnel)');
  if ((c.basis !== null) !== s.matches('granted')) v.push('base du consentement hors de granted');
  if (event?.type === 'ps.startEpisode' && !s.matches('unknown'))
    v.push('nouvel épisode sans nouvelle vérification');
  if (previous !== undefined && c.now < previous.context.now) v.push("l'horloge a reculé");
  if (
    previous !== undefined &&
    c.patient.consents.length < previous.context.patient.consents.length
  )
    v.push('un consentement a disparu');
  return v;
}

/** Inès (18 on 15/10/2025) with an oral consent she gave alone, not valid until her majority. */
function minorWhoConsentedAlone() {
  const ines = seedPatient(PAT.minorTurning18);
  const own = { kind: 'professional', professionalId: PRO.gp } as const;
  const record = {
    id: 'consent-seule',
    episodeId: 'ep-majorite',
    scope: own,
    givenBy: 'patient',
    form: 'oral',
    traced: false,
    protectorInformed: false,
    recordedAt: NOW,
    recordedBy: PRO.gp,
  } as const;
  return { ...ines, consents: [...ines.consents, record] };
}

/** The model of the consent machine. */
export const consentModel: ModelSpec<typeof consentMachine> = {
  machine: consentMachine,
  personas: [
    persona('Adulte, médecin traitant de la MSP', PAT.adult, PRO.gp, EP.adultFollowUp),
    persona("Adulte, infirmière de l'équipe MSP", PAT.adult, PRO.nurseLiberal, EP.adultFollowUp),
    persona(
      "Résidente d'EHPAD, contrat de séjour",
      PAT.ehpadResident,
      PRO.ehpadPhysician,
      EP.ehpadStay,
    ),
    persona(
      'Mineure qui aura 18 ans le 15/10/2025',
      PAT.minorTurning18,
      PRO.gp,
      EP.turning18FollowUp,
    ),
    persona(
      'Majeur protégé, nouvel épisode',
      PAT.protectedAdult,
      PRO.hospitalPhysician,
      'ep-nouvel-episode',
    ),
    persona(
      'Patiente opposée à la consultation',
      PAT.opposedToConsultation,
      PRO.gp,
      EP.generalFollowUp,
    ),
    persona(
      'Mineure en connexion secrète',
      PAT.minorSecretConnection,
      PRO.midwife,
      EP.secretContraception,
    ),
    {
      name: 'Mineure qui avait consenti seule, avant ses 18 ans',
      input: {
        patient: minorWhoConsentedAlone(),
        professional: seedProfessional(PRO.gp),
        episodeId: 'ep-majorite',
        now: NOW,
      },
    },
  ],
  events,
  project: (s) => {
    const c = s.context;
    return [
      c.episodeId,
      isAdultAt(c.patient, c.now),
      hasValidConsent(c.patient, c.professional, c.episodeId, c.now),
      hasOpposedToConsultation(c.patient, c.professional),
      c.basis,
      c.lastDecision?.code ?? null,
    ];
  },
  invariants: consentInvariants,
};
