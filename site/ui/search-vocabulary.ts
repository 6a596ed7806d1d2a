/**
 * The domain vocabulary of the search (decision 010): the words practitioners and the answers use
 * for the DMP's notions (synonym groups, FAQ titles, keywords and topics, glossary terms,
 * abbreviations). It drives typo tolerance and keeps domain words longest when a query is relaxed.
 */
import { ABBREVIATIONS, STOP_WORDS, tokenise } from './search-query';
import { normalise, SYNONYM_GROUPS } from './search-terms';

/**
 * Normalised domain words of at least 3 letters found in the given texts, plus the synonym groups
 * and the targets of the abbreviations; the most frequent first, then alphabetical.
 */
export function domainVocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const sources = [...texts, ...SYNONYM_GROUPS.flat(), ...Object.values(ABBREVIATIONS)];
  for (const text of sources) {
    for (const word of tokenise(text)) {
      const w = normalise(word);
      if (w.length < 3 || STOP_WORDS.has(w) || /^\d+$/.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([w]) => w);
}
