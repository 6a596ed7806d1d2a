/**
 * Read-only views of the store: the patient's activity history (by name, R43), what the patient or
 * a representative sees, the vaccination book (R15), notifications (R39 and announcement
 * invitations), and the search by traits (R6). Queries never change the state.
 */
import { announcementStage, isDeleted, type DmpDocument } from '../model/document';
import { describeHistoryEntry, type HistoryEntry } from '../model/history';
import { feedsVaccinationBook } from '../rules/deposit.rules';
import { sortForDisplay } from '../rules/display.rules';
import type { Decision } from '../services/decision';
import {
  decidePatientSideAccess,
  decidePatientView,
  type PatientSideViewer,
} from '../services/patient-view.service';
import {
  searchByTraits,
  type TraitQuery,
  type TraitSearchResult,
} from '../services/trait-search.service';
import { findPatient, isDenied, type DmpState, type PatientNotification } from './state';

/** One line of the activity history as the patient reads it. */
export interface HistoryLine {
  readonly entry: HistoryEntry;
  readonly text: string;
}

/** The patient's activity history, most recent first, each line naming the actor (R43). */
export function patientHistory(state: DmpState, patientId: string): readonly HistoryLine[] {
  return state.history
    .filter((e) => e.patientId === patientId)
    .map((entry) => ({ entry, text: describeHistoryEntry(entry) }))
    .reverse();
}

/** What the holder or a representative sees: the access decision and the visible documents. */
export function patientView(
  state: DmpState,
  viewer: PatientSideViewer,
  patientId: string,
): { readonly decision: Decision; readonly documents: readonly DmpDocument[] } {
  const patient = findPatient(state, patientId);
  if (isDenied(patient)) return { decision: patient, documents: [] };
  const { now } = state.clock;
  const decision = decidePatientSideAccess(viewer, patient, now);
  if (!decision.allowed) return { decision, documents: [] };
  const documents = state.documents.filter(
    (d) => d.patientId === patientId && decidePatientView(viewer, patient, d, now).allowed,
  );
  return { decision, documents: sortForDisplay(documents) };
}

/** The vaccination book: vaccination notes of the patient, most recent first (R15). */
export function vaccinationBook(state: DmpState, patientId: string): readonly DmpDocument[] {
  return state.documents
    .filter((d) => d.patientId === patientId && !isDeleted(d) && feedsVaccinationBook(d.typeCode))
    .sort((a, b) => (a.serviceDate < b.serviceDate ? 1 : a.serviceDate > b.serviceDate ? -1 : 0));
}

/** Notifications of a patient: stored emergency-access notices plus announcement invitations due now. */
export function patientNotifications(
  state: DmpState,
  patientId: string,
): readonly PatientNotification[] {
  const invitations = state.documents
    .filter(
      (d) =>
        d.patientId === patientId &&
        !isDeleted(d) &&
        announcementStage(d, state.clock.now) === 'patient-notified',
    )
    .map((d): PatientNotification => ({
      id: `invitation-${d.id}`,
      patientId,
      at: state.clock.now,
      kind: 'announcement-invitation',
      message:
        'Un résultat vous attend : prenez rendez-vous avec le professionnel qui vous suit pour en parler.',
    }));
  return [...state.notifications.filter((n) => n.patientId === patientId), ...invitations];
}

/** Search the store's patients by traits (R6). */
export function searchPatientsByTraits(state: DmpState, query: TraitQuery): TraitSearchResult {
  return searchByTraits(state.patients, query, {
    features: state.features,
    now: state.clock.now,
  });
}
