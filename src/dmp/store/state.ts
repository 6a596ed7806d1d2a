/**
 * State of the in-memory DMP and the helpers the operations share: look-ups, replacement of one
 * patient or document, history and notification appends, deterministic ids.
 */
import type { SimClock } from '../model/clock';
import type { DmpDocument } from '../model/document';
import { NO_FEATURE_SETTINGS, type FeatureSettings } from '../model/features';
import type { HistoryActor, HistoryEntry } from '../model/history';
import type { Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import type { Allowed, Denied } from '../services/decision';
import { cite, deny } from '../services/decision';

/** A notification sent to the patient (emergency access, R39). */
export interface PatientNotification {
  readonly id: string;
  readonly patientId: string;
  readonly at: string;
  readonly kind: 'emergency-access' | 'announcement-invitation';
  readonly message: string;
}

/** The whole simulated DMP. */
export interface DmpState {
  readonly clock: SimClock;
  readonly patients: readonly Patient[];
  readonly professionals: readonly Professional[];
  readonly documents: readonly DmpDocument[];
  readonly history: readonly HistoryEntry[];
  readonly notifications: readonly PatientNotification[];
  /** Announced features switched on or off by the world (absent: off at the FAQ's date). */
  readonly features: FeatureSettings;
  /** Counter for generated ids (deterministic). */
  readonly sequence: number;
}

/** What a store starts from. */
export interface DmpSeed {
  readonly clock: SimClock;
  readonly patients: readonly Patient[];
  readonly professionals: readonly Professional[];
  readonly documents: readonly DmpDocument[];
  readonly history?: readonly HistoryEntry[];
  /** Announced features the world switches on explicitly (e.g. the traits search). */
  readonly features?: FeatureSettings;
}

/** The result of a store operation: the decision, plus a value when allowed. */
export type StoreResult<T> = (Allowed & { readonly value: T }) | Denied;

/** An operation's outcome: the next state (unchanged when refused) and the result. */
export interface OpOutcome<T> {
  readonly state: DmpState;
  readonly result: StoreResult<T>;
}

/** The initial state of a seed. */
export function initialState(seed: DmpSeed): DmpState {
  return {
    ...seed,
    history: seed.history ?? [],
    features: seed.features ?? NO_FEATURE_SETTINGS,
    notifications: [],
    sequence: 0,
  };
}

/** A refused outcome: state untouched. */
export function refused<T>(state: DmpState, decision: Denied): OpOutcome<T> {
  return { state, result: decision };
}

/** An accepted outcome. */
export function accepted<T>(state: DmpState, decision: Allowed, value: T): OpOutcome<T> {
  return { state, result: { ...decision, value } };
}

/** A fresh id with a prefix, and the state with its counter advanced. */
export function nextId(state: DmpState, prefix: string): [string, DmpState] {
  const sequence = state.sequence + 1;
  return [`${prefix}-${String(sequence).padStart(4, '0')}`, { ...state, sequence }];
}

/** Look up a patient, or a refusal. */
export function findPatient(state: DmpState, id: string): Patient | Denied {
  return (
    state.patients.find((p) => p.id === id) ??
    deny('DMP.UNKNOWN_PATIENT', `Patient « ${id} » inconnu du simulateur.`, cite('FAQ-INS-01'))
  );
}

/** Look up a professional, or a refusal. */
export function findProfessional(state: DmpState, id: string): Professional | Denied {
  return (
    state.professionals.find((p) => p.id === id) ??
    deny(
      'DMP.UNKNOWN_PROFESSIONAL',
      `Professionnel « ${id} » inconnu du simulateur.`,
      cite('FAQ-ACC-01'),
    )
  );
}

/** Look up a document of a patient, or a refusal. */
export function findDocument(state: DmpState, id: string): DmpDocument | Denied {
  return (
    state.documents.find((d) => d.id === id) ??
    deny('DMP.DOCUMENT_NOT_FOUND', "Ce document n'existe pas dans le DMP.", cite('FAQ-ACC-09'))
  );
}

/** Whether a look-up failed. */
export function isDenied(value: object): value is Denied {
  return 'allowed' in value && value.allowed === false;
}

/** The state with one patient replaced. */
export function withPatient(state: DmpState, patient: Patient): DmpState {
  return { ...state, patients: state.patients.map((p) => (p.id === patient.id ? patient : p)) };
}

/** The state with one document replaced (or added when new). */
export function withDocument(state: DmpState, document: DmpDocument): DmpState {
  const exists = state.documents.some((d) => d.id === document.id);
  return {
    ...state,
    documents: exists
      ? state.documents.map((d) => (d.id === document.id ? document : d))
      : [...state.documents, document],
  };
}

/** The state with a history entry appended (id and date filled in). */
export function withHistory(state: DmpState, entry: Omit<HistoryEntry, 'id' | 'at'>): DmpState {
  const [id, next] = nextId(state, 'h');
  return { ...next, history: [...next.history, { ...entry, id, at: state.clock.now }] };
}

/** The state with a patient notification appended. */
export function withNotification(
  state: DmpState,
  n: Omit<PatientNotification, 'id' | 'at'>,
): DmpState {
  const [id, next] = nextId(state, 'n');
  return { ...next, notifications: [...next.notifications, { ...n, id, at: state.clock.now }] };
}

/** The history actor for the patient acting in Mon espace santé. */
export function patientActor(patient: Patient): HistoryActor {
  return { kind: 'patient', name: patient.displayName };
}
