/**
 * What the DMP answers to one action, as the engine and the screens see it, over either port: a
 * verdict (the core's decision, or the answer of a step the core has no use case for), with the
 * documents, patient or history lines it shows; and what a trainer observes of a patient.
 */
import type { Allowed, VisibilityFlags } from '../../dmp/index';
import type { DocumentSummary } from './document-summary';

/** A document about to be deposited (core `DocumentDraft`). */
export interface DraftDocument {
  readonly typeCode: string;
  readonly title: string;
  readonly serviceDate: string;
  readonly visibility: VisibilityFlags;
  readonly summary: string;
}

/**
 * The DMP's verdict: a core decision (`Allowed`/`Denied`, notices empty for a refusal), or the answer
 * of a step the core has no use case for, whose `code` is then `PSC.SESSION_OPENED` or
 * `SIM.CLOCK_ADVANCED`.
 */
export type Verdict = Omit<Allowed, 'allowed' | 'code' | 'checked'> & {
  readonly allowed: boolean;
  readonly code: string;
};

/** What the DMP answers to one action. */
export interface DmpAnswer {
  readonly verdict: Verdict;
  /** Documents shown (open DMP, Mon espace santé lists). */
  readonly documents?: readonly string[];
  /** The same documents as the screens show them, in the DMP's display order (R30). */
  readonly summaries?: readonly DocumentSummary[];
  /** Document created by a deposit. */
  readonly documentId?: string;
  /** The document created by a deposit, as the screens show it. */
  readonly document?: DocumentSummary;
  /** The text of a document opened. */
  readonly content?: string;
  /** Patient found by a search. */
  readonly patientId?: string;
  /** History lines shown to the patient. */
  readonly lines?: readonly string[];
}

/** What the engine observes of a patient around an action (traces, notifications, vaccination book). */
export interface PatientObservation {
  readonly historyCount: number;
  readonly notificationCount: number;
  readonly vaccinationBook: readonly string[];
}
