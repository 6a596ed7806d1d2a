/**
 * Runs an analysed query against Pagefind (decision 010): typo correction of unknown words against
 * the domain vocabulary, the strict query, then relaxed queries in order of least information, and
 * one merged list ranked answers first. Takes Pagefind as a parameter, so tests can pass a fake.
 */
import {
  analyseQuery,
  correctTypo,
  dropOrder,
  mergeByRank,
  PAGE_KIND_FILTER,
  pageKind,
  practitionerExcerpt,
  relaxationLevels,
  wordVariants,
  type PageKind,
  type QueryTerm,
  type RankedHit,
} from './search-query';
import { normalise } from './search-terms';

/** What the engine needs of a Pagefind result's data. */
export interface PagefindData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly locations?: readonly number[];
  readonly anchors?: readonly {
    readonly id: string;
    readonly text?: string;
    readonly location: number;
  }[];
}

/** What the engine needs of Pagefind (`search` of its JS API). */
export interface PagefindLike {
  search(
    term: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{
    readonly results: readonly {
      readonly id: string;
      readonly score: number;
      data(): Promise<PagefindData>;
    }[];
  } | null>;
}

/** Who the results are for: practitioners (default) or the technical documentation. */
type SearchScope = 'practitioner' | 'technical';

/** Options of one search. */
interface SearchOptions {
  readonly scope?: SearchScope;
  /** Pagefind filters (section, profession), passed through. */
  readonly filters?: Record<string, unknown>;
  /** Normalised domain words, for typo tolerance and for the drop order. */
  readonly vocabulary?: readonly string[];
  /** Answers wanted before relaxation stops (default 3). */
  readonly enough?: number;
  /** Results returned at most (default 12). */
  readonly max?: number;
}

/** One result as the search page shows it. */
export interface SearchResult {
  readonly url: string;
  readonly title: string;
  readonly excerpt: string;
  readonly kind: PageKind;
  /** Relaxation level that found it (0: every word). */
  readonly level: number;
}

/** The outcome of a search: results, and what was actually searched. */
interface SearchOutcome {
  readonly results: readonly SearchResult[];
  /** Words searched by the strictest query that found something, as shown to the reader. */
  readonly searched: readonly string[];
  /** Whether words of the query were left out (stop words, unknown words or relaxation). */
  readonly reduced: boolean;
}

interface Hit extends RankedHit {
  readonly data: PagefindData;
}

/** Per-level cap on results whose data is loaded (each is a small fragment fetch). */
const LOAD_PER_LEVEL = 12;

function inScope(kind: PageKind, scope: SearchScope): boolean {
  return scope === 'technical' ? kind === 'technical' : kind !== 'technical';
}

/**
 * The glossary term a hit lands on: the term the query names (« c'est quoi le RPPS ? »), or else
 * the term under which most matches fall. Starlight's own anchors (`_top`, the page outline) are
 * not terms.
 */
function glossaryTarget(
  data: PagefindData,
  words: readonly string[],
): { url: string; title: string } | undefined {
  const anchors = (data.anchors ?? [])
    .filter((a) => a.id !== '' && !a.id.startsWith('_') && !a.id.startsWith('starlight__'))
    .sort((a, b) => a.location - b.location);
  if (anchors.length === 0) return undefined;
  const named = anchors.find((a) =>
    normalise(a.text ?? a.id)
      .split(/[^a-z0-9+-]+/)
      .some((t) => words.includes(t)),
  );
  let anchor = named;
  if (!anchor) {
    const votes = new Map<(typeof anchors)[number], number>();
    for (const loc of data.locations ?? []) {
      const under = anchors.filter((a) => a.location <= loc).at(-1);
      if (under) votes.set(under, (votes.get(under) ?? 0) + 1);
    }
    anchor = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  if (!anchor) return undefined;
  const base = data.url.replace(/#.*$/, '');
  return { url: `${base}#${anchor.id}`, title: `${anchor.text?.trim() || anchor.id} — Glossaire` };
}

function toResult(hit: Hit, scope: SearchScope, words: readonly string[]): SearchResult {
  const kind = pageKind(hit.data.url);
  let url = hit.data.url;
  let title = hit.data.meta['title'] ?? url;
  if (kind === 'glossary') {
    const target = glossaryTarget(hit.data, words);
    if (target) ({ url, title } = target);
  }
  if (kind === 'scenario') title = `Scénario : ${title}`;
  const excerpt = scope === 'technical' ? hit.data.excerpt : practitionerExcerpt(hit.data.excerpt);
  return { url, title, excerpt, kind, level: hit.level };
}

/**
 * Searches as a practitioner means it: see the module comment. Returns no result, and searches
 * nothing, for a query made only of function words.
 */
export async function searchQuestion(
  pagefind: PagefindLike,
  raw: string,
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const scope = options.scope ?? 'practitioner';
  const vocabulary = options.vocabulary ?? [];
  const domain = new Set(vocabulary);
  const analysed = analyseQuery(raw);
  let reduced = analysed.dropped.length > 0;

  // Only pages of the scope count, for word frequencies as for results.
  const kinds = (Object.keys(PAGE_KIND_FILTER) as PageKind[]).filter((k) => inScope(k, scope));
  const filters = { ...options.filters, type: { any: kinds.map((k) => PAGE_KIND_FILTER[k]) } };

  // Document frequency of each term. An expanded abbreviation of 4 letters or more keeps the typed
  // word when that is found on more pages; a word found nowhere is tried in its other forms, then
  // corrected to the nearest domain word, or else dropped.
  const df = new Map<string, number>();
  const count = async (text: string) => {
    const known = df.get(text);
    if (known !== undefined) return known;
    const n = (await pagefind.search(text, { filters }))?.results.length ?? 0;
    df.set(text, n);
    return n;
  };
  const terms: QueryTerm[] = [];
  for (const term of analysed.terms) {
    let t = term;
    let n = await count(t.text);
    if (t.alias !== undefined) {
      const typed = await count(t.alias);
      if (typed > n) {
        t = { ...t, text: t.alias };
        n = typed;
      }
    }
    if (n === 0 && !t.negation) {
      for (const variant of wordVariants(t.text)) {
        n = await count(variant);
        if (n > 0) {
          t = { ...t, text: variant };
          break;
        }
      }
    }
    if (n === 0 && !t.negation) {
      const fixed = correctTypo(t.text, vocabulary);
      if (fixed !== undefined) {
        n = await count(fixed);
        if (n > 0) t = { ...t, text: fixed, typed: fixed };
      }
    }
    if (n === 0 || terms.some((x) => x.text === t.text)) reduced = true;
    else terms.push(t);
  }
  if (terms.length === 0) return { results: [], searched: [], reduced };

  const order = dropOrder(terms, df, (text) => text.split(' ').every((w) => domain.has(w)));
  const levels = relaxationLevels(terms, order);
  const enough = options.enough ?? 3;
  const hits: Hit[] = [];
  let searched: readonly QueryTerm[] | undefined;
  const found = new Set<string>();
  for (const [level, words] of levels.entries()) {
    const search = await pagefind.search(words.map((w) => w.text).join(' '), { filters });
    const top = (search?.results ?? []).slice(0, LOAD_PER_LEVEL);
    const loaded = await Promise.all(top.map(async (r) => ({ r, data: await r.data() })));
    for (const { r, data } of loaded) {
      const kind = pageKind(data.url);
      if (!inScope(kind, scope)) continue;
      hits.push({ url: data.url, level, score: r.score, data });
      if (scope === 'technical' || kind === 'answer' || kind === 'glossary' || kind === 'scenario')
        found.add(data.url);
    }
    if (searched === undefined && hits.length > 0) searched = words;
    if (found.size >= enough) break;
  }
  searched ??= terms;
  if (searched.length < terms.length) reduced = true;
  const results = mergeByRank(hits, analysed.definition)
    .slice(0, options.max ?? 12)
    .map((h) =>
      toResult(
        h,
        scope,
        terms.flatMap((t) => t.text.split(' ')),
      ),
    );
  return { results, searched: searched.map((t) => t.typed), reduced };
}
