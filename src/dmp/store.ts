/**
 * In-memory DMP for the simulator: `createDmpStore(seed)` holds patients, professionals, documents,
 * history and clock. Every operation is a pure function of the state (see `store/*.ops.ts`); the
 * store only keeps the latest state. Refused operations return their decision and change nothing.
 */
import { breakGlass } from './model/access-request';
import { advanceClock, setClock, type Duration } from './model/clock';
import type { DmpDocument, VisibilityFlags } from './model/document';
import type { EmergencySettings, Patient } from './model/patient';
import type { Decision } from './services/decision';
import { findDmpByIns, type InsSearchResult } from './services/ins-search.service';
import type { PatientSideViewer } from './services/patient-view.service';
import type { TraitQuery, TraitSearchResult } from './services/trait-search.service';
import {
  consult,
  openDocument,
  type ConsultInput,
  type ConsultView,
} from './store/consultation.ops';
import {
  addPatientDocument,
  deleteDocument,
  deposit,
  setArchived,
  setVisibility,
  type DepositInput,
  type DocumentActionInput,
  type PatientDepositInput,
} from './store/document.ops';
import {
  activateSpace,
  blockProfessional,
  setBlockAll,
  setEmergencySettings,
  unblockProfessional,
} from './store/access-settings.ops';
import {
  recordConsent,
  recordOpposition,
  withdrawOpposition,
  type RecordConsentInput,
  type RecordOppositionInput,
} from './store/consent.ops';
import { qualifyIdentity, type QualifyIdentityInput } from './store/identity.ops';
import {
  patientHistory,
  patientNotifications,
  patientView,
  searchPatientsByTraits,
  vaccinationBook,
  type HistoryLine,
} from './store/queries';
import {
  initialState,
  type DmpSeed,
  type DmpState,
  type OpOutcome,
  type PatientNotification,
  type StoreResult,
} from './store/state';

/** Input of the break-glass shortcut. */
interface BreakGlassInput extends Omit<ConsultInput, 'access'> {
  readonly motive: string;
  /** Defaults to true: the professional declares the patient cannot consent. */
  readonly patientUnableToConsent?: boolean;
}

/** The in-memory DMP. */
export interface DmpStore {
  /** The current state (immutable snapshot). */
  getState(): DmpState;
  /** The seed the store was created from (what `reset()` goes back to). */
  getSeed(): DmpSeed;
  /** Back to the seed; with `next`, start this once from another seed (a training world). */
  reset(next?: DmpSeed): void;
  /** Open a DMP (normal, break-glass or regulation); traced on success (R43). */
  consult(input: ConsultInput): StoreResult<ConsultView>;
  /** Shortcut for `consult` in break-glass mode with a motive (R38, R39). */
  breakGlass(input: BreakGlassInput): StoreResult<ConsultView>;
  /** Open one document; traced with its id on success. */
  openDocument(input: ConsultInput & { readonly documentId: string }): StoreResult<DmpDocument>;
  /** A professional deposits a document (no consent needed, R40). */
  deposit(input: DepositInput): StoreResult<DmpDocument>;
  /** The patient or a minor's representative adds a class-90 document (R13). */
  addPatientDocument(input: PatientDepositInput): StoreResult<DmpDocument>;
  /** Logical deletion, author only. */
  deleteDocument(input: DocumentActionInput): StoreResult<DmpDocument>;
  /** Archive or unarchive, author only. */
  setArchived(
    input: DocumentActionInput & { readonly archived: boolean },
  ): StoreResult<DmpDocument>;
  /** Change visibility flags: masking by the patient or author, audience by the author. */
  setVisibility(
    input: DocumentActionInput & { readonly visibility: VisibilityFlags },
  ): StoreResult<DmpDocument>;
  /** Block one professional by RPPS (R44). */
  blockProfessional(input: {
    readonly patientId: string;
    readonly rpps: string;
  }): StoreResult<Patient>;
  /** Unblock one professional by RPPS. */
  unblockProfessional(input: {
    readonly patientId: string;
    readonly rpps: string;
  }): StoreResult<Patient>;
  /** Block or unblock every professional (R44). */
  setBlockAll(input: { readonly patientId: string; readonly all: boolean }): StoreResult<Patient>;
  /** Change the three emergency settings. */
  setEmergencySettings(input: {
    readonly patientId: string;
    readonly settings: EmergencySettings;
  }): StoreResult<Patient>;
  /** The patient activates Mon espace santé (R42: the DMP existed before); traced. */
  activateSpace(input: { readonly patientId: string }): StoreResult<Patient>;
  /**
   * In the professional's software, the identity becomes qualified (INSi + ID document, HS17): not
   * a DMP operation, nothing traced.
   */
  qualifyIdentity(input: QualifyIdentityInput): StoreResult<Patient>;
  /** Record a consent for a care episode (R32–R37, R49). */
  recordConsent(input: RecordConsentInput): StoreResult<Patient>;
  /** Record and trace an opposition (R35, R41, R49). */
  recordOpposition(input: RecordOppositionInput): StoreResult<Patient>;
  /** Withdraw an opposition at the patient's request. */
  withdrawOpposition(input: {
    readonly patientId: string;
    readonly oppositionId: string;
  }): StoreResult<Patient>;
  /** Move the simulated clock forward (announcement timers, majority). */
  advanceClock(by: Duration): void;
  /** Set the simulated clock. */
  setClock(at: string): void;
  /** The patient's activity history, most recent first, by name (R43). */
  history(patientId: string): readonly HistoryLine[];
  /** What the holder or a representative sees in Mon espace santé. */
  patientView(
    viewer: PatientSideViewer,
    patientId: string,
  ): { readonly decision: Decision; readonly documents: readonly DmpDocument[] };
  /** The vaccination book of a patient (R15). */
  vaccinationBook(patientId: string): readonly DmpDocument[];
  /** Emergency-access notices and announcement invitations of a patient. */
  notifications(patientId: string): readonly PatientNotification[];
  /** Search a DMP by traits (R6). */
  searchByTraits(query: TraitQuery): TraitSearchResult;
  /** Find a DMP by matricule INS (test OID only). */
  findByIns(matricule: string, oid?: string): InsSearchResult;
}

/** Create an in-memory DMP from a seed (see `seed.ts`). */
export function createDmpStore(seed: DmpSeed): DmpStore {
  let state = initialState(seed);
  const run =
    <I, T>(op: (s: DmpState, input: I) => OpOutcome<T>) =>
    (input: I): StoreResult<T> => {
      const outcome = op(state, input);
      if (outcome.result.allowed) state = outcome.state;
      return outcome.result;
    };
  return {
    getState: () => state,
    getSeed: () => seed,
    reset: (next = seed) => {
      state = initialState(next);
    },
    consult: run(consult),
    breakGlass: ({ motive, patientUnableToConsent = true, ...rest }) =>
      run(consult)({ ...rest, access: breakGlass(motive, patientUnableToConsent) }),
    openDocument: run(openDocument),
    deposit: run(deposit),
    addPatientDocument: run(addPatientDocument),
    deleteDocument: run(deleteDocument),
    setArchived: run(setArchived),
    setVisibility: run(setVisibility),
    blockProfessional: run(blockProfessional),
    unblockProfessional: run(unblockProfessional),
    setBlockAll: run(setBlockAll),
    setEmergencySettings: run(setEmergencySettings),
    activateSpace: run(activateSpace),
    qualifyIdentity: run(qualifyIdentity),
    recordConsent: run(recordConsent),
    recordOpposition: run(recordOpposition),
    withdrawOpposition: run(withdrawOpposition),
    advanceClock: (by) => {
      state = { ...state, clock: advanceClock(state.clock, by) };
    },
    setClock: (at) => {
      state = { ...state, clock: setClock(state.clock, at) };
    },
    history: (patientId) => patientHistory(state, patientId),
    patientView: (viewer, patientId) => patientView(state, viewer, patientId),
    vaccinationBook: (patientId) => vaccinationBook(state, patientId),
    notifications: (patientId) => patientNotifications(state, patientId),
    searchByTraits: (query) => searchPatientsByTraits(state, query),
    findByIns: (matricule, oid) => findDmpByIns(state.patients, matricule, oid),
  };
}
