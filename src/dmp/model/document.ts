/**
 * Documents of a DMP: metadata, author, status, the three visibility flags of JDV_J58 and the
 * announcement timers. Sources: dmp-facts.md §2.3, §3 (visibility, CSP R.1111-53), §11.2 (deletion).
 */
import { addDuration, instantMs, type Instant, type IsoDate } from './clock';
import type { DocumentTypeCode } from './document-types.data';
import type { ProfessionCode } from './professional';

/** The three DMP visibility codes (TRE_A07 values used by the DMP). */
export interface VisibilityFlags {
  /** MASQUE_PS: hidden from professionals (except the author and, if allowed, emergencies). */
  readonly maskedFromProfessionals: boolean;
  /** INVISIBLE_PATIENT: hidden from the patient, e.g. until an announcement consultation (R16). */
  readonly invisibleToPatient: boolean;
  /** INVISIBLE_REPRESENTANTS_LEGAUX: hidden from the legal representatives of a minor. */
  readonly invisibleToLegalRepresentatives: boolean;
}

/** Default visibility at deposit: visible to everybody the matrix allows. */
export const VISIBLE_TO_ALL: VisibilityFlags = {
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  invisibleToLegalRepresentatives: false,
};

/** XDS availabilities: current (Approved), deprecated (replaced) or archived. */
export const DOCUMENT_STATUSES = ['current', 'deprecated', 'archived'] as const;

/** A document's availability. */
type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Who deposited a document. */
export type DocumentAuthor =
  | {
      readonly kind: 'professional';
      readonly professionalId: string;
      readonly name: string;
      readonly rpps: string | null;
      readonly profession: ProfessionCode;
    }
  | { readonly kind: 'patient' };

/** A document stored in a DMP. */
export interface DmpDocument {
  readonly id: string;
  readonly patientId: string;
  readonly typeCode: DocumentTypeCode;
  readonly title: string;
  /** Date of the act (used for sorting, R30). */
  readonly serviceDate: IsoDate;
  readonly depositedAt: Instant;
  readonly author: DocumentAuthor;
  readonly status: DocumentStatus;
  readonly visibility: VisibilityFlags;
  /** Logical deletion only: the document stays stored, flagged deleted (dmp-facts.md §11.2). */
  readonly deletedAt: Instant | null;
  /** Free-text body shown by the simulator (synthetic). */
  readonly summary: string;
}

/** Delay after which a patient kept waiting for an announcement is invited to consult (CSP R.1111-53). */
const ANNOUNCEMENT_NOTIFICATION_DELAY = { days: 14 } as const;

/** Delay after which a document hidden pending announcement becomes visible automatically. */
const ANNOUNCEMENT_RELEASE_DELAY = { months: 1 } as const;

/** Where a document hidden from the patient stands on its announcement timeline. */
type AnnouncementStage = 'not-hidden' | 'pending' | 'patient-notified' | 'released';

/** Announcement stage at `now`: pending < 14 days ≤ patient notified < 1 month ≤ released. */
export function announcementStage(doc: DmpDocument, now: Instant): AnnouncementStage {
  if (!doc.visibility.invisibleToPatient) return 'not-hidden';
  const t = instantMs(now);
  if (t >= instantMs(addDuration(doc.depositedAt, ANNOUNCEMENT_RELEASE_DELAY))) return 'released';
  if (t >= instantMs(addDuration(doc.depositedAt, ANNOUNCEMENT_NOTIFICATION_DELAY)))
    return 'patient-notified';
  return 'pending';
}

/** Whether the document is effectively hidden from the patient at `now` (flag and timer combined). */
export function isHiddenFromPatientAt(doc: DmpDocument, now: Instant): boolean {
  const stage = announcementStage(doc, now);
  return stage === 'pending' || stage === 'patient-notified';
}

/** Whether a professional is the author of a document. */
export function isAuthoredBy(doc: DmpDocument, professionalId: string): boolean {
  return doc.author.kind === 'professional' && doc.author.professionalId === professionalId;
}

/** Whether a document has been logically deleted. */
export function isDeleted(doc: DmpDocument): boolean {
  return doc.deletedAt !== null;
}
