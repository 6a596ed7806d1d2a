/**
 * The patient's and the representative's actions over Mon espace santé (simulated API): blocking,
 * emergency settings, documents, history, personal documents; and the trainer's observation of a
 * patient's traces (history, notifications, vaccination book) through the training API.
 */
import type { Patient } from '../dmp/index';
import {
  allowedVerdict,
  asArray,
  asString,
  bundleOf,
  bundleVerdict,
  isRefusal,
  refusal,
  textToBase64,
  verdictOfDecision,
  type Json,
  type Reply,
} from './http-answers';
import { documentList, fhirDocumentSummary } from './http-document-summary';
import type { HttpClient } from './http-client';
import { unknownPatient } from './http-professional';
import type { DmpAnswer, DmpRequest, PatientObservation } from './port';

/** A request made in Mon espace santé. */
type PatientRequest = Extract<
  DmpRequest,
  { kind: `patient.${string}` | `representative.${string}` }
>;

async function documentsView(
  client: HttpClient,
  patientId: string,
  representativeId: string | null,
): Promise<DmpAnswer> {
  const reply = await client.asPatient(patientId, representativeId, 'GET', '/mes/documents');
  if (isRefusal(reply)) return refusal(reply);
  return {
    verdict: bundleVerdict(reply.body, allowedVerdict('DMP.PATIENT_VIEW_ALLOWED', '')),
    ...documentList(bundleOf(reply.body).matches),
  };
}

function settingsCall(client: HttpClient, r: PatientRequest): Promise<Reply> | null {
  const as = (method: string, path: string, body?: unknown) =>
    client.asPatient(r.patientId, null, method, path, body);
  switch (r.kind) {
    case 'patient.block':
      return as('POST', '/mes/blocked-professionals', { rpps: r.rpps });
    case 'patient.unblock':
      return as('DELETE', `/mes/blocked-professionals/${encodeURIComponent(r.rpps)}`);
    case 'patient.blockAll':
      return as('PUT', '/mes/block-all', { all: r.all });
    case 'patient.setEmergencySettings':
      return as('PUT', '/mes/emergency-settings', r.settings);
    case 'patient.opposeDeposit':
      return as('POST', '/mes/oppositions', {
        kind: 'deposit',
        scope:
          r.professionalId === null
            ? { kind: 'all' }
            : { kind: 'professional', professionalId: r.professionalId },
        reason: r.reason,
      });
    case 'patient.activateSpace':
      return as('POST', '/mes/activation');
    default:
      return null;
  }
}

/** Perform a request of Mon espace santé over the API. */
export async function performAsPatient(
  client: HttpClient,
  patients: ReadonlyMap<string, Patient>,
  r: PatientRequest,
): Promise<DmpAnswer> {
  if (!patients.has(r.patientId)) return unknownPatient(r.patientId);
  const settings = settingsCall(client, r);
  if (settings !== null) {
    const reply = await settings;
    if (isRefusal(reply)) return refusal(reply);
    return { verdict: verdictOfDecision(reply.body['decision'] as Json) };
  }
  switch (r.kind) {
    case 'patient.viewHistory': {
      // The history has no decision of its own: the access to the space is that of the documents.
      const access = await documentsView(client, r.patientId, null);
      if (!access.verdict.allowed) return { verdict: access.verdict };
      const reply = await client.asPatient(r.patientId, null, 'GET', '/mes/history');
      if (isRefusal(reply)) return refusal(reply);
      const lines = asArray(reply.body['entries']).map((e) => asString(e['text']));
      return { verdict: access.verdict, lines };
    }
    case 'patient.viewDocuments':
      return documentsView(client, r.patientId, null);
    case 'patient.maskDocument': {
      const path = `/mes/documents/${encodeURIComponent(r.documentId)}`;
      const reply = await client.asPatient(r.patientId, null, 'PATCH', path, {
        maskedFromProfessionals: r.masked,
      });
      if (isRefusal(reply)) return refusal(reply);
      return {
        verdict: allowedVerdict('DMP.DOCUMENT_CHANGE_ALLOWED', 'Visibilité du document modifiée.'),
      };
    }
    case 'representative.viewDocuments':
      return documentsView(client, r.patientId, r.representativeId);
    case 'patient.addDocument': {
      const { draft } = r;
      const reply = await client.asPatient(r.patientId, null, 'POST', '/mes/documents', {
        typeCode: draft.typeCode,
        title: draft.title,
        serviceDate: draft.serviceDate,
        contentBase64: textToBase64(draft.summary === '' ? draft.title : draft.summary),
        maskedFromProfessionals: draft.visibility.maskedFromProfessionals,
      });
      if (isRefusal(reply)) return refusal(reply);
      return {
        verdict: allowedVerdict('DMP.DEPOSIT_ALLOWED', `Document ajouté : ${draft.title}.`),
        documentId: asString(reply.body['id']),
        document: fhirDocumentSummary(reply.body),
      };
    }
    default:
      return unknownPatient(r.patientId);
  }
}

/**
 * Observe a patient's traces the way a trainer does (`GET /training/patients/:id/traces`): the DMP
 * records them whether or not the patient activated Mon espace santé, so an expectation on a
 * patient who never activated it is checked in the site as it is over the core.
 */
export async function observeOverHttp(
  client: HttpClient,
  patientId: string,
): Promise<PatientObservation> {
  const path = `/training/patients/${encodeURIComponent(patientId)}/traces`;
  const reply = await client.call('GET', path);
  if (isRefusal(reply))
    throw new Error(
      `Observation du patient « ${patientId} » impossible par l'API (${path} : HTTP ${reply.status}).`,
    );
  return {
    historyCount: Number(reply.body['historyCount']),
    notificationCount: Number(reply.body['notificationCount']),
    vaccinationBook: asArray(reply.body['vaccinationBook']).map(asString),
  };
}
