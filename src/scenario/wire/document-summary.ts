/**
 * A document as the DMP's answers describe it to the screens (plain data), here from a core document
 * (`DmpDocument`); http-document-summary.ts reads it from the simulated API. Lists keep the DMP's
 * order (R30), never re-sorted.
 */
import type { DmpDocument } from '../../dmp/index';

/** What the screens show of a document listed, deposited or opened. */
export interface DocumentSummary {
  readonly id: string;
  readonly patientId: string;
  readonly typeCode: string;
  readonly title: string;
  /** Date of the act (`YYYY-MM-DD`). */
  readonly serviceDate: string;
  /** The professional author's name, or null for a document the patient added. */
  readonly author: string | null;
}

/** The summary of a core document. */
export function documentSummary(doc: DmpDocument): DocumentSummary {
  return {
    id: doc.id,
    patientId: doc.patientId,
    typeCode: doc.typeCode,
    title: doc.title,
    serviceDate: doc.serviceDate,
    author: doc.author.kind === 'patient' ? null : doc.author.name,
  };
}

/** The summaries of core documents, in their order. */
export const documentSummaries = (docs: readonly DmpDocument[]): DocumentSummary[] =>
  docs.map(documentSummary);
