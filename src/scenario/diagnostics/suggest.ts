import { referencePointer, type ReferenceTopic } from './reference-model';

/**
 * "Did you mean" suggestions for typos in keys and references: a small Levenshtein distance
 * (with transpositions), case-insensitive, and a French hint built from the closest candidate.
 */

/**
 * Edit distance between two strings: insertions, deletions, substitutions and transpositions of two
 * adjacent characters (optimal string alignment), the usual typos.
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** The closest candidate within a tolerance that grows with the length (at least 2 edits), or null. */
export function closest(value: string, candidates: readonly string[]): string | null {
  const needle = value.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : null;
}

/** Past this many values, a hint points at the référentiel instead of listing them. */
const MAX_LISTED = 12;

/**
 * The values for a hint: every one of them (never a list cut short), or, past {@link MAX_LISTED}
 * values when the référentiel lists them, a pointer to its section.
 */
export function listForHint(values: readonly string[], topic?: ReferenceTopic): string {
  if (values.length === 0) return '(aucune)';
  if (topic !== undefined && values.length > MAX_LISTED)
    return `${values.length} valeurs, toutes dans le ${referencePointer(topic)}`;
  return values.join(', ');
}

/** French hint: « vouliez-vous dire « x » ? », else the known values (or where they are listed). */
export function didYouMean(
  value: string,
  candidates: readonly string[],
  what = 'valeurs connues',
  topic?: ReferenceTopic,
): string {
  const best = closest(value, candidates);
  if (best !== null) return `vouliez-vous dire « ${best} » ?`;
  return `${what} : ${listForHint(candidates, topic)}`;
}
