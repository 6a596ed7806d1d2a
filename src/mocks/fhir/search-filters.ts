/**
 * TD3.1 search filters on the documents the core let the professional see: FHIR status, type,
 * category (classCode) and deposit date. Pure query narrowing: access was decided by the core.
 */
import { documentType, type DmpDocument } from '../../dmp/index';
import type { DateFilter } from '../schemas/fhir.schemas';
import { fhirStatus } from './resources';

/** Parsed filters of a DocumentReference search (absent = no filter). */
interface DocumentFilters {
  readonly status?: readonly string[] | undefined;
  readonly type?: readonly string[] | undefined;
  readonly category?: readonly string[] | undefined;
  readonly date?: DateFilter | readonly DateFilter[] | undefined;
}

const COMPARE: Record<DateFilter['prefix'], (day: string, bound: string) => boolean> = {
  eq: (day, bound) => day === bound,
  ge: (day, bound) => day >= bound,
  gt: (day, bound) => day > bound,
  le: (day, bound) => day <= bound,
  lt: (day, bound) => day < bound,
};

function matchesDate(doc: DmpDocument, date: DocumentFilters['date']): boolean {
  if (date === undefined) return true;
  const day = doc.depositedAt.slice(0, 10);
  const bounds: readonly DateFilter[] = Array.isArray(date) ? date : [date as DateFilter];
  return bounds.every((b) => COMPARE[b.prefix](day, b.date));
}

/** The documents that match every filter, in the core's display order. */
export function filterDocuments(
  documents: readonly DmpDocument[],
  filters: DocumentFilters,
): readonly DmpDocument[] {
  return documents.filter(
    (doc) =>
      (filters.status === undefined || filters.status.includes(fhirStatus(doc))) &&
      (filters.type === undefined || filters.type.includes(doc.typeCode)) &&
      (filters.category === undefined ||
        filters.category.includes(documentType(doc.typeCode).classCode)) &&
      matchesDate(doc, filters.date),
  );
}
