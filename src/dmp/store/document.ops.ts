/**
 * Store operations on documents: professional deposit, patient deposit, logical deletion,
 * archiving, visibility changes. Every accepted change is traced; refusals change nothing.
 */
import type { DmpDocument, VisibilityFlags } from '../model/document';
import { professionalActor, type HistoryAction, type HistoryActor } from '../model/history';
import { professionalName } from '../model/professional';
import type { Patient } from '../model/patient';
import type { DocumentActor } from '../rules/lifecycle.rules';
import type { Denied } from '../services/decision';
import {
  decideDeposit,
  decidePatientDeposit,
  type DocumentDraft,
} from '../services/deposit.service';
import {
  decideArchiving,
  decideDeletion,
  decideVisibilityChange,
} from '../services/document-lifecycle.service';
import type { PatientSideViewer } from '../services/patient-view.service';
import {
  accepted,
  findDocument,
  findPatient,
  findProfessional,
  isDenied,
  nextId,
  refused,
  withDocument,
  withHistory,
  type DmpState,
  type OpOutcome,
} from './state';

/** A professional's deposit. */
export interface DepositInput {
  readonly professionalId: string;
  readonly patientId: string;
  readonly draft: DocumentDraft;
  /** Workstation clock offset in ms (R18); 0 when synchronised. */
  readonly workstationSkewMs: number;
  /** Episode of care of the deposit (a minor's secret binds one professional and one episode). */
  readonly episodeId?: string | undefined;
}

/** Deposit a document; the new document is returned and the deposit traced. */
export function deposit(state: DmpState, input: DepositInput): OpOutcome<DmpDocument> {
  const professional = findProfessional(state, input.professionalId);
  if (isDenied(professional)) return refused(state, professional);
  const patient = findPatient(state, input.patientId);
  if (isDenied(patient)) return refused(state, patient);
  const { now } = state.clock;
  const decision = decideDeposit(
    {
      professional,
      patient,
      now,
      workstationSkewMs: input.workstationSkewMs,
      episodeId: input.episodeId,
    },
    input.draft,
  );
  if (!decision.allowed) return refused(state, decision);
  const [id, numbered] = nextId(state, 'doc');
  const document = {
    id,
    patientId: patient.id,
    typeCode: input.draft.typeCode as DmpDocument['typeCode'], // validated by decideDeposit
    title: input.draft.title,
    serviceDate: input.draft.serviceDate,
    depositedAt: now,
    author: {
      kind: 'professional',
      professionalId: professional.id,
      name: professionalName(professional),
      rpps: professional.rpps,
      profession: professional.profession,
    },
    status: 'current',
    visibility: input.draft.visibility,
    deletedAt: null,
    summary: input.draft.summary,
  } as const satisfies DmpDocument;
  const next = withHistory(withDocument(numbered, document), {
    patientId: patient.id,
    actor: professionalActor(professional),
    action: 'document-deposit',
    mode: 'normal',
    documentId: id,
  });
  return accepted(next, decision, document);
}

function patientSideActor(viewer: PatientSideViewer, patient: Patient): HistoryActor {
  const rep =
    viewer.kind === 'representative'
      ? patient.legalRepresentatives.find((r) => r.id === viewer.representativeId)
      : undefined;
  return rep
    ? { kind: 'representative', name: professionalName(rep) }
    : { kind: 'patient', name: patient.displayName };
}

/** The patient (or a minor's representative) adding a document. */
export interface PatientDepositInput {
  readonly patientId: string;
  readonly viewer: PatientSideViewer;
  readonly draft: DocumentDraft;
}

/** Who changes which document. */
export interface DocumentActionInput {
  readonly actor: DocumentActor;
  readonly documentId: string;
}

/** The patient (or a minor's representative) adds a class-90 document. */
export function addPatientDocument(
  state: DmpState,
  input: PatientDepositInput,
): OpOutcome<DmpDocument> {
  const patient = findPatient(state, input.patientId);
  if (isDenied(patient)) return refused(state, patient);
  const decision = decidePatientDeposit(input.viewer, patient, input.draft, state.clock.now);
  if (!decision.allowed) return refused(state, decision);
  const [id, numbered] = nextId(state, 'doc');
  const document: DmpDocument = {
    id,
    patientId: patient.id,
    typeCode: input.draft.typeCode as DmpDocument['typeCode'],
    title: input.draft.title,
    serviceDate: input.draft.serviceDate,
    depositedAt: state.clock.now,
    author: { kind: 'patient' },
    status: 'current',
    visibility: {
      maskedFromProfessionals: input.draft.visibility.maskedFromProfessionals,
      invisibleToPatient: false,
      invisibleToLegalRepresentatives: false,
    },
    deletedAt: null,
    summary: input.draft.summary,
  };
  const next = withHistory(withDocument(numbered, document), {
    patientId: patient.id,
    actor: patientSideActor(input.viewer, patient),
    action: 'document-deposit',
    mode: 'normal',
    documentId: id,
  });
  return accepted(next, decision, document);
}

function actorFor(state: DmpState, actor: DocumentActor, patientId: string): HistoryActor | Denied {
  if (actor.kind === 'patient') {
    const patient = findPatient(state, patientId);
    return isDenied(patient) ? patient : { kind: 'patient', name: patient.displayName };
  }
  const professional = findProfessional(state, actor.professionalId);
  return isDenied(professional) ? professional : professionalActor(professional);
}

function change(
  state: DmpState,
  actor: DocumentActor,
  documentId: string,
  decide: (doc: DmpDocument) => ReturnType<typeof decideDeletion>,
  update: (doc: DmpDocument) => DmpDocument,
  action: (doc: DmpDocument) => HistoryAction,
): OpOutcome<DmpDocument> {
  const document = findDocument(state, documentId);
  if (isDenied(document)) return refused(state, document);
  const who = actorFor(state, actor, document.patientId);
  if (isDenied(who)) return refused(state, who);
  const decision = decide(document);
  if (!decision.allowed) return refused(state, decision);
  const updated = update(document);
  const next = withHistory(withDocument(state, updated), {
    patientId: document.patientId,
    actor: who,
    action: action(document),
    mode: 'normal',
    documentId,
  });
  return accepted(next, decision, updated);
}

/** Delete a document logically (author only): it stays stored with `deletedAt`. */
export function deleteDocument(
  state: DmpState,
  input: DocumentActionInput,
): OpOutcome<DmpDocument> {
  return change(
    state,
    input.actor,
    input.documentId,
    (d) => decideDeletion(input.actor, d),
    (d) => ({ ...d, deletedAt: state.clock.now }),
    () => 'document-deletion',
  );
}

/** Archive or unarchive a document (author only). */
export function setArchived(
  state: DmpState,
  input: DocumentActionInput & { readonly archived: boolean },
): OpOutcome<DmpDocument> {
  return change(
    state,
    input.actor,
    input.documentId,
    (d) => decideArchiving(input.actor, d),
    (d) => ({ ...d, status: input.archived ? 'archived' : 'current' }),
    () => (input.archived ? 'document-archiving' : 'document-unarchiving'),
  );
}

/** Change a document's visibility flags (masking: patient or author; audience: author). */
export function setVisibility(
  state: DmpState,
  input: DocumentActionInput & { readonly visibility: VisibilityFlags },
): OpOutcome<DmpDocument> {
  return change(
    state,
    input.actor,
    input.documentId,
    (d) => decideVisibilityChange(input.actor, d, input.visibility),
    (d) => ({ ...d, visibility: input.visibility }),
    (d) =>
      d.visibility.maskedFromProfessionals === input.visibility.maskedFromProfessionals
        ? 'document-visibility-change'
        : input.visibility.maskedFromProfessionals
          ? 'document-masking'
          : 'document-unmasking',
  );
}
