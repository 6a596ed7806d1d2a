/**
 * The engine's door to the DMP: `DmpPort`, three methods that may return promises (reset the world,
 * perform one learner action, observe a patient's traces). `createCoreDmpPort` implements it over
 * the in-memory core store; an HTTP-backed port can implement the same interface over the API.
 * Requests carry resolved ids only: the engine has already applied the scenario's defaults.
 */
import type {
  AccessRequest,
  Allowed,
  CardType,
  ConsentForm,
  ConsentGiver,
  Duration,
  EmergencySettings,
  TraitQuery,
  VisibilityFlags,
} from '../dmp/index';
import type { DocumentSummary } from './document-summary';

/** A value, or a promise of it. */
type Awaitable<T> = T | Promise<T>;

/** A document about to be deposited (core `DocumentDraft`). */
export interface DraftDocument {
  readonly typeCode: string;
  readonly title: string;
  readonly serviceDate: string;
  readonly visibility: VisibilityFlags;
  readonly summary: string;
}

/** One action, with every id resolved. */
export type DmpRequest =
  | { readonly kind: 'ps.login'; readonly professionalId: string; readonly card: CardType }
  | {
      readonly kind: 'ps.searchByIns';
      readonly professionalId: string;
      readonly matricule: string;
      readonly oid?: string;
    }
  | {
      readonly kind: 'ps.searchByTraits';
      readonly professionalId: string;
      readonly query: TraitQuery;
    }
  | {
      readonly kind: 'ps.recordConsent';
      readonly professionalId: string;
      readonly patientId: string;
      readonly episodeId: string;
      readonly givenBy: ConsentGiver;
      readonly form: ConsentForm;
      readonly team: { readonly teamId: string; readonly informedOfTeamScope: boolean } | null;
      readonly traced: boolean;
      readonly protectorInformed: boolean;
      /** The minor consents alone and asks this professional for the secret, for this episode. */
      readonly minorSecret: boolean;
    }
  | {
      readonly kind: 'ps.openDmp';
      readonly professionalId: string;
      readonly patientId: string;
      readonly episodeId: string;
      readonly access: AccessRequest;
    }
  | {
      readonly kind: 'ps.openDocument';
      readonly professionalId: string;
      readonly patientId: string;
      readonly episodeId: string;
      readonly access: AccessRequest;
      readonly documentId: string;
    }
  | {
      readonly kind: 'ps.deposit';
      readonly professionalId: string;
      readonly patientId: string;
      readonly draft: DraftDocument;
      readonly workstationSkewMs: number;
      /** Episode of care ('' when none): a minor's secret binds one professional and one episode. */
      readonly episodeId: string;
      /** The software's checklist box « patient informé » (R40): never sent to the DMP. */
      readonly patientInformed: boolean;
    }
  | {
      /** In the professional's software (INSi + ID document), not in the DMP: identity → QUAL. */
      readonly kind: 'ps.qualifyIdentity';
      readonly professionalId: string;
      readonly patientId: string;
    }
  | {
      readonly kind: 'patient.block' | 'patient.unblock';
      readonly patientId: string;
      readonly rpps: string;
    }
  | { readonly kind: 'patient.blockAll'; readonly patientId: string; readonly all: boolean }
  | {
      readonly kind: 'patient.setEmergencySettings';
      readonly patientId: string;
      readonly settings: EmergencySettings;
    }
  | { readonly kind: 'patient.viewHistory' | 'patient.viewDocuments'; readonly patientId: string }
  | {
      readonly kind: 'patient.addDocument';
      readonly patientId: string;
      readonly draft: DraftDocument;
    }
  | {
      readonly kind: 'patient.maskDocument';
      readonly patientId: string;
      readonly documentId: string;
      readonly masked: boolean;
    }
  | {
      readonly kind: 'patient.opposeDeposit';
      readonly patientId: string;
      readonly reason: string;
      /** The professional the opposition targets, or null for every professional. */
      readonly professionalId: string | null;
    }
  | { readonly kind: 'patient.activateSpace'; readonly patientId: string }
  | {
      readonly kind: 'representative.viewDocuments';
      readonly patientId: string;
      readonly representativeId: string;
    }
  | { readonly kind: 'clock.advance'; readonly by: Duration };

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

/** The DMP as the engine sees it. */
export interface DmpPort {
  /** Back to the scenario's initial world. */
  reset(): Awaitable<void>;
  /** Perform one action. Refusals are answers, never exceptions. */
  perform(request: DmpRequest): Awaitable<DmpAnswer>;
  /** Observe a patient's traces (for `traced`, `notified`, `vaccinationBook`). */
  observe(patientId: string): Awaitable<PatientObservation>;
  /** The simulated date and time (ISO 8601, UTC), shown in the learner's screens. */
  now(): Awaitable<string>;
}
