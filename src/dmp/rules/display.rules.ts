/**
 * Display rule: documents are listed by category, then by date (most recent first).
 * Source: FAQ-ACC-09; dmp-facts.md §2.4.
 */
import type { DmpDocument } from '../model/document';
import {
  DISPLAY_CATEGORIES,
  documentType,
  type DisplayCategory,
} from '../model/document-types.data';
import { defineRule } from './rule';

const CATEGORY_ORDER = Object.keys(DISPLAY_CATEGORIES) as DisplayCategory[];

function compareForDisplay(a: DmpDocument, b: DmpDocument): number {
  const byCategory =
    CATEGORY_ORDER.indexOf(documentType(a.typeCode).category) -
    CATEGORY_ORDER.indexOf(documentType(b.typeCode).category);
  if (byCategory !== 0) return byCategory;
  if (a.serviceDate !== b.serviceDate) return a.serviceDate < b.serviceDate ? 1 : -1;
  if (a.depositedAt !== b.depositedAt) return a.depositedAt < b.depositedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** FAQ-ACC-09: document `a` is listed before `b` (category first, then most recent date). */
export const isListedBefore = defineRule({
  id: 'isListedBefore',
  faq: 'FAQ-ACC-09',
  rules: ['R30'],
  summary: 'Les documents sont classés par catégorie puis par date, du plus récent au plus ancien.',
  test: (a: DmpDocument, b: DmpDocument) => compareForDisplay(a, b) < 0,
});

/** Documents sorted for display (R30), without mutating the input. */
export function sortForDisplay(documents: readonly DmpDocument[]): DmpDocument[] {
  return [...documents].sort(compareForDisplay);
}
