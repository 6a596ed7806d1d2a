/**
 * Store operations on consents (R32–R37, R49) and oppositions, always traced (R35, R41) in the
 * professional's software, which is not the DMP: neither appears in the patient's DMP history
 * (only an opposition expressed in Mon espace santé does). An opposition can be withdrawn at the
 * patient's request. Refusals change nothing.
 */
import type {
  ConsentForm,
  ConsentGiver,
  ConsentScope,
  Opposition,
  OppositionKind,
  OppositionScope,
} from '../model/consent';
import type { Patient } from '../model/patient';
import { hasOpposedToConsultation } from '../rules/consent.rules';
import { hasDepositOpposition } from '../rules/deposit.rules';
import { allow, deny } from '../services/decision';
import { decideConsentRecord } from '../services/patient-settings.service';
import {
  accepted,
  findPatient,
  findProfessional,
  isDenied,
  nextId,
  patientActor,
  refused,
  withHistory,
  withPatient,
  type DmpState,
  type OpOutcome,
} from './state';

/** A consent to record. */
export interface RecordConsentInput {
  readonly patientId: string;
  readonly professionalId: string;
  readonly episodeId: string;
  /** Defaults to the recording professional only. */
  readonly scope?: ConsentScope;
  readonly givenBy: ConsentGiver;
  readonly form: ConsentForm;
  readonly traced: boolean;
  readonly protectorInformed: boolean;
  /** The minor asked this professional for the secret, for this episode (CSP L.1111-5). */
  readonly minorSecret?: boolean | undefined;
}

/** Record a consent for a care episode. */
export function recordConsent(state: DmpState, input: RecordConsentInput): OpOutcome<Patient> {
  const patient = findPatient(state, input.patientId);
  if (isDenied(patient)) return refused(state, patient);
  const professional = findProfessional(state, input.professionalId);
  if (isDenied(professional)) return refused(state, professional);
  const scope = input.scope ?? { kind: 'professional', professionalId: professional.id };
  const decision = decideConsentRecord(patient, professional, { ...input, scope }, state.clock.now);
  if (!decision.allowed) return refused(state, decision);
  const [id, numbered] = nextId(state, 'consent');
  const updated: Patient = {
    ...patient,
    consents: [
      ...patient.consents,
      {
        id,
        episodeId: input.episodeId,
        scope,
        givenBy: input.givenBy,
        form: input.form,
        traced: input.traced,
        protectorInformed: input.protectorInformed,
        recordedAt: state.clock.now,
        recordedBy: professional.id,
        ...(input.minorSecret === true ? { minorSecret: true } : {}),
      },
    ],
  };
  // Recorded in the professional's software, not in the DMP: no line in the patient's history.
  return accepted(withPatient(numbered, updated), decision, updated);
}

/** An opposition to record, by a professional (traced in the software) or by the patient in Mon espace santé. */
export interface RecordOppositionInput {
  readonly patientId: string;
  readonly professionalId: string | null;
  readonly kind: OppositionKind;
  readonly scope: OppositionScope;
  readonly reason: string;
  readonly channel: Opposition['channel'];
}

/** Record (and trace) an opposition; a deposit opposition needs a legitimate reason (R41). */
export function recordOpposition(
  state: DmpState,
  input: RecordOppositionInput,
): OpOutcome<Patient> {
  const patient = findPatient(state, input.patientId);
  if (isDenied(patient)) return refused(state, patient);
  const professional =
    input.professionalId === null ? null : findProfessional(state, input.professionalId);
  if (professional !== null && isDenied(professional)) return refused(state, professional);
  if (input.kind === 'deposit' && input.reason.trim() === '') {
    return refused(
      state,
      deny(
        'DMP.OPPOSITION_REASON_REQUIRED',
        "L'opposition au dépôt doit reposer sur un motif légitime : indiquez-le.",
        hasDepositOpposition,
      ),
    );
  }
  const [id, numbered] = nextId(state, 'opposition');
  const opposition: Opposition = {
    id,
    kind: input.kind,
    scope: input.scope,
    reason: input.reason,
    channel: input.channel,
    tracedAt: state.clock.now,
    tracedBy: professional?.id ?? null,
  };
  const updated = { ...patient, oppositions: [...patient.oppositions, opposition] };
  // An opposition traced in the professional's software is not a DMP trace: only the one the
  // patient expresses in Mon espace santé appears in the history.
  const next =
    professional === null
      ? withHistory(withPatient(numbered, updated), {
          patientId: patient.id,
          actor: patientActor(patient),
          action: 'opposition-recorded',
          mode: 'normal',
        })
      : withPatient(numbered, updated);
  const rule = input.kind === 'deposit' ? hasDepositOpposition : hasOpposedToConsultation;
  return accepted(
    next,
    allow('DMP.SETTINGS_ACCEPTED', 'Opposition enregistrée et tracée.', [rule]),
    updated,
  );
}

/** Withdraw an opposition at the patient's request. */
export function withdrawOpposition(
  state: DmpState,
  input: { readonly patientId: string; readonly oppositionId: string },
): OpOutcome<Patient> {
  const patient = findPatient(state, input.patientId);
  if (isDenied(patient)) return refused(state, patient);
  const opposition = patient.oppositions.find((o) => o.id === input.oppositionId);
  if (opposition === undefined)
    return refused(
      state,
      deny(
        'DMP.OPPOSITION_NOT_FOUND',
        'Aucune opposition de ce patient ne porte cet identifiant.',
        hasOpposedToConsultation,
      ),
    );
  const updated = {
    ...patient,
    oppositions: patient.oppositions.filter((o) => o.id !== input.oppositionId),
  };
  const next = withHistory(withPatient(state, updated), {
    patientId: patient.id,
    actor: patientActor(patient),
    action: 'settings-change',
    mode: 'normal',
  });
  const rule = opposition.kind === 'deposit' ? hasDepositOpposition : hasOpposedToConsultation;
  return accepted(
    next,
    allow('DMP.SETTINGS_ACCEPTED', 'Opposition levée à la demande du patient.', [rule]),
    updated,
  );
}
