/**
 * Pure helpers of the professional session machine: patient look-ups (by INS, by traits) and the
 * core consultation context (the card step's decision is the core's `cardConsultationRefusal`). No business rule lives here:
 * the rules are the core predicates called by the guards.
 */
import {
  findDmpByIns,
  hasActiveDmp,
  matchesTraits,
  parseIns,
  searchByTraits,
  type AccessRequest,
  type ConsentRecord,
  type ConsultationContext,
  type Decision,
  type Instant,
  type Patient,
  type Professional,
  type TraitQuery,
  type TraitSearchOptions,
} from '../src/dmp/index';
import { collectorScope } from './shared';

/** The session's view of the consultation (professional, patient, episode, mode). */
export interface SessionView {
  readonly professional: Professional;
  readonly patient: Patient | null;
  readonly episodeId: string;
  readonly now: Instant;
  readonly access: AccessRequest;
}

/** Patients whose INS matricule is the one typed (parsed and normalised by the core). */
export function insCandidates(
  directory: readonly Patient[],
  matricule: string,
): readonly Patient[] {
  const parsed = parseIns(matricule);
  return parsed.ok ? directory.filter((p) => p.ins.matricule === parsed.ins.matricule) : [];
}

/** Patients with an active DMP whose INS traits match the query (as `searchByTraits` counts them). */
export function traitMatches(directory: readonly Patient[], query: TraitQuery): readonly Patient[] {
  return directory.filter((p) => hasActiveDmp(p) && matchesTraits(p, query));
}

/** A search result without the patient object (kept in `context.patient`). */
function decisionOnly(result: Decision & { readonly patient?: Patient }): Decision {
  const { patient: _found, ...decision } = result;
  return decision;
}

/** The core decision of a search by INS, and the patient found. */
export function searchIns(directory: readonly Patient[], matricule: string) {
  const result = findDmpByIns(directory, matricule);
  return { lastDecision: decisionOnly(result), patient: result.allowed ? result.patient : null };
}

/** The core decision of a search by traits, and the patient found. */
export function searchTraits(
  directory: readonly Patient[],
  query: TraitQuery,
  options: TraitSearchOptions,
) {
  const result = searchByTraits(directory, query, options);
  return { lastDecision: decisionOnly(result), patient: result.allowed ? result.patient : null };
}

/** The core consultation context of the session (null before a patient is selected). */
export function consultation(view: SessionView): ConsultationContext | null {
  return view.patient === null ? null : { ...view, patient: view.patient };
}

/** A consent as collected in the session (id, episode, date and recorder are added). */
export type SessionConsentDraft = Pick<
  ConsentRecord,
  'givenBy' | 'form' | 'scope' | 'traced' | 'protectorInformed'
>;

/**
 * The record of a consent collected by the professional for the session's episode. A consent for
 * one professional is always for the collector (collecting on behalf of a colleague, CSP L.1111-17
 * II, is not simulated).
 */
export function consentRecord(
  view: SessionView & { readonly patient: Patient },
  draft: SessionConsentDraft,
): ConsentRecord {
  return {
    ...draft,
    scope: collectorScope(draft.scope, view.professional.id),
    id: `consent-${view.patient.id}-${view.patient.consents.length + 1}`,
    episodeId: view.episodeId,
    recordedAt: view.now,
    recordedBy: view.professional.id,
  };
}
