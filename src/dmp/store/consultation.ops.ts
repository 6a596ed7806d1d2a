/**
 * Store operations of a professional reading the DMP: open the DMP (list of documents they may
 * open) and open one document. Each successful call appends a nominative history entry (R43) and,
 * in an emergency mode, a notification to the patient (R39). Refusals change nothing.
 */
import type { AccessRequest } from '../model/access-request';
import type { DmpDocument } from '../model/document';
import { professionalActor, type AccessMode, type HistoryAction } from '../model/history';
import { professionalName, type Professional } from '../model/professional';
import type { Patient } from '../model/patient';
import { requiresPatientInformation } from '../rules/break-glass.rules';
import { sortForDisplay } from '../rules/display.rules';
import { decideConsultation, type ConsultationContext } from '../services/consultation.service';
import type { Denied } from '../services/decision';
import {
  decideDocumentAccess,
  decideDocumentWithinOpenDmp,
} from '../services/document-access.service';
import {
  accepted,
  findDocument,
  findPatient,
  findProfessional,
  isDenied,
  refused,
  withHistory,
  withNotification,
  type DmpState,
  type OpOutcome,
} from './state';

/** A professional's request to open a DMP. */
export interface ConsultInput {
  readonly professionalId: string;
  readonly patientId: string;
  readonly episodeId: string;
  readonly access: AccessRequest;
}

/** What the professional sees after opening the DMP. */
export interface ConsultView {
  readonly patientId: string;
  readonly mode: AccessMode;
  /** Documents this professional may open, sorted by category then date (R30). */
  readonly documents: readonly DmpDocument[];
}

function contextOf(state: DmpState, input: ConsultInput): ConsultationContext | Denied {
  const professional = findProfessional(state, input.professionalId);
  if (isDenied(professional)) return professional;
  const patient = findPatient(state, input.patientId);
  if (isDenied(patient)) return patient;
  return {
    professional,
    patient,
    now: state.clock.now,
    episodeId: input.episodeId,
    access: input.access,
  };
}

function traced(
  state: DmpState,
  pro: Professional,
  patient: Patient,
  access: AccessRequest,
  action: HistoryAction,
  documentId?: string,
): DmpState {
  let next = withHistory(state, {
    patientId: patient.id,
    actor: professionalActor(pro),
    action,
    mode: access.mode,
    ...(documentId === undefined ? {} : { documentId }),
    ...(access.mode === 'break-glass' ? { motive: access.motive } : {}),
  });
  if (requiresPatientInformation(access.mode)) {
    const how =
      access.mode === 'break-glass'
        ? 'en mode bris de glace'
        : 'depuis le centre de régulation (SAMU – Centre 15)';
    next = withNotification(next, {
      patientId: patient.id,
      kind: 'emergency-access',
      message: `${professionalName(pro)} a accédé à votre dossier ${how}.`,
    });
  }
  return next;
}

/** Open a patient's DMP; on success the consultation is traced in the history. */
export function consult(state: DmpState, input: ConsultInput): OpOutcome<ConsultView> {
  const ctx = contextOf(state, input);
  if (isDenied(ctx)) return refused(state, ctx);
  const decision = decideConsultation(ctx);
  if (!decision.allowed) return refused(state, decision);
  const documents = sortForDisplay(
    state.documents.filter(
      // The consultation is already allowed above: only the per-document checks remain.
      (d) =>
        d.patientId === ctx.patient.id && decideDocumentWithinOpenDmp(ctx, d, decision).allowed,
    ),
  );
  const next = traced(state, ctx.professional, ctx.patient, input.access, 'dmp-consultation');
  return accepted(next, decision, {
    patientId: ctx.patient.id,
    mode: input.access.mode,
    documents,
  });
}

/** Open one document; on success the opening is traced in the history with the document id. */
export function openDocument(
  state: DmpState,
  input: ConsultInput & { readonly documentId: string },
): OpOutcome<DmpDocument> {
  const ctx = contextOf(state, input);
  if (isDenied(ctx)) return refused(state, ctx);
  const document = findDocument(state, input.documentId);
  if (isDenied(document)) return refused(state, document);
  const decision = decideDocumentAccess(ctx, document);
  if (!decision.allowed) return refused(state, decision);
  const next = traced(
    state,
    ctx.professional,
    ctx.patient,
    input.access,
    'document-consultation',
    document.id,
  );
  return accepted(next, decision, document);
}
