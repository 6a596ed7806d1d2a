/**
 * Query layer in front of Pagefind (decision 010): turns a question typed as a practitioner would
 * say it into the few words that carry its meaning, and decides in which order they become optional
 * when the strict query finds no answer. Pure functions: no DOM, no Pagefind.
 */
import { normalise } from './search-terms';

/** Elided articles and pronouns split off a word (« l'heure » → « heure », « m'a » → « a »). */
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  't',
  's',
  'n',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);

/**
 * French function words and question words, in normalised form (no accents, lower case). They
 * carry no meaning for the search and empty the result list, since Pagefind wants every word.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  // articles, determiners, possessives
  (
    'le la les l un une des du de d au aux ce cet cette ces ca cela ceci celui celle ' +
    'mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ' +
    // pronouns
    'je j tu il ils elle elles on nous vous me m te t se s moi toi lui eux y en soi ' +
    // prepositions and conjunctions
    'a dans pour par sur sous avec chez entre vers depuis pendant et ou mais donc or car ' +
    'que qu quand si comme lorsque lorsqu puisque afin lors ' +
    // question words
    'est-ce quoi qui quel quelle quels quelles comment pourquoi combien lequel laquelle ' +
    'lesquels lesquelles dont ' +
    // auxiliaries, modal and light verbs
    'suis es est sommes etes sont ai as avons avez ont etre avoir etais etait ' +
    'fais fait faire faut falloir peux peut pouvons pouvez peuvent pouvoir puis pourrais pourrait ' +
    'dois doit devons devez doivent devoir veux veut voudrais voudrait vouloir ' +
    'aurais aurait serais serait sera va vais vas vont aller allez ' +
    'sais sait savez connais voir vois voit ' +
    // fillers
    'bonjour merci svp stp bien tres aussi deja encore toujours alors ici la oui ' +
    'quelque chose truc normal vraiment actuellement maintenant ' +
    // the elided negation particle; the negation itself is kept (see NEGATIONS)
    'ne n'
  ).split(' '),
);

/**
 * Words that reverse or restrict the meaning: kept in the strict query (« DMP sans activation »,
 * « ne partent pas »), made optional first when it finds nothing, since they are frequent.
 */
const NEGATIONS: ReadonlySet<string> = new Set([
  'pas',
  'sans',
  'jamais',
  'aucun',
  'aucune',
  'non',
  'rien',
  'plus',
  'ni',
]);

/**
 * Practitioners' abbreviations and colloquial words, mapped to the words the answers use.
 * Keys are normalised. Words of the synonym groups (search-terms.ts) need no entry: every page
 * already carries the other words of its groups in its indexed metadata (decision 002).
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ide: 'infirmier',
  idel: 'infirmier liberal',
  inf: 'infirmier',
  infi: 'infirmier',
  infirmiere: 'infirmier',
  mg: 'medecin generaliste',
  doc: 'medecin',
  docteur: 'medecin',
  dr: 'medecin',
  toubib: 'medecin',
  sf: 'sage-femme',
  mk: 'kinesitherapeute',
  kine: 'kinesitherapeute',
  kines: 'kinesitherapeute',
  kinesi: 'kinesitherapeute',
  ergo: 'ergotherapeute',
  ergos: 'ergotherapeute',
  osteo: 'osteopathe',
  osteos: 'osteopathe',
  pharma: 'pharmacien',
  labo: 'laboratoire',
  labos: 'laboratoire',
  pc: 'ordinateur',
  ordi: 'ordinateur',
  appli: 'application',
  app: 'application',
  smartphone: 'application',
  portable: 'application',
  cr: 'compte rendu',
  cv: 'carte vitale',
  mdp: 'code',
  rdv: 'rendez-vous',
  sms: 'notification',
  ecps: 'e-cps',
  ado: 'mineur',
  ados: 'mineur',
  gamin: 'enfant',
  gosse: 'enfant',
  bebe: 'enfant',
  stats: 'statistiques',
  tuto: 'guide',
  tutoriel: 'guide',
  video: 'replay',
  previent: 'informe',
  prevenu: 'informe',
  prevenue: 'informe',
  averti: 'informe',
  alerte: 'informe',
  bloque: 'bloquer',
  bloquee: 'bloquer',
  bloquent: 'bloquer',
  partent: 'depot',
  part: 'depot',
  envoie: 'depot',
  envoyer: 'depot',
  remontent: 'verses',
  remonte: 'verses',
  arrivent: 'verses',
};

/**
 * Abbreviations that are also ordinary French words in lower case (« mes », « as »): expanded only
 * when typed in capitals.
 */
const UPPERCASE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  MES: 'mes',
  AS: 'aide-soignant',
  PS: 'professionnel',
  ES: 'etablissement',
};

/** One word (or expanded abbreviation) of the query that carries meaning. */
export interface QueryTerm {
  /** What is sent to Pagefind (normalised; may hold several words, e.g. « medecin generaliste »). */
  readonly text: string;
  /** What the reader typed for it. */
  readonly typed: string;
  /** A word that reverses the meaning (« pas », « sans »). */
  readonly negation: boolean;
  /** For an expanded abbreviation of 4 letters or more, the word as typed (normalised). */
  readonly alias?: string;
}

/** The query once analysed: the terms kept, in the reader's order, and the words dropped. */
interface AnalysedQuery {
  readonly terms: readonly QueryTerm[];
  /** Function words and question words removed, as typed. */
  readonly dropped: readonly string[];
  /** A request for a definition (« c'est quoi le RPPS ? »): one or two words and a cue. */
  readonly definition: boolean;
}

const DEFINITION_CUES =
  /(c'?est quoi|qu'?est[- ]ce que?|que veut dire|ca veut dire|que signifie|signification|definition|defini)/;

/** Splits a raw query into words, splitting elisions (« l'heure », « m'a ») and hyphens. */
export function tokenise(raw: string): string[] {
  const words: string[] = [];
  const cleaned = raw.replace(/[’`´]/g, "'").replace(/[^\p{L}\p{N}'+-]+/gu, ' ');
  for (const chunk of cleaned.split(/\s+/)) {
    let word = chunk.replace(/^['+-]+|['+-]+$/g, '');
    // Elisions: split the article or pronoun off (kept as its own word, a stop word).
    const parts: string[] = [];
    for (;;) {
      const m = /^([\p{L}]+)'(.+)$/u.exec(word);
      if (!m || !ELISIONS.has(normalise(m[1] ?? ''))) break;
      parts.push(m[1] ?? '');
      word = m[2] ?? '';
    }
    parts.push(...word.split("'"));
    for (const part of parts) {
      if (part === '') continue;
      // « e-CPS », « sage-femme », « rendez-vous » stay whole; « est-ce », « peut-on » are split.
      const pieces = part.split('-').filter(Boolean);
      if (pieces.length > 1 && pieces.some((p) => STOP_WORDS.has(normalise(p)) || p === 'on'))
        words.push(...pieces);
      else words.push(part);
    }
  }
  return words.filter((w) => w !== '');
}

/**
 * Analyses a practitioner's query: stop words and question words removed (negations kept),
 * elisions split, accents and case ignored, abbreviations expanded.
 */
export function analyseQuery(raw: string): AnalysedQuery {
  const terms: QueryTerm[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  for (const typed of tokenise(raw)) {
    const upper = UPPERCASE_ABBREVIATIONS[typed];
    const word = normalise(typed);
    let text: string;
    if (upper !== undefined) text = upper;
    else if (STOP_WORDS.has(word) || word === 'on') {
      dropped.push(typed);
      continue;
    } else text = ABBREVIATIONS[word] ?? word;
    if (seen.has(text)) continue;
    seen.add(text);
    terms.push({
      text,
      typed,
      negation: NEGATIONS.has(word),
      ...(text !== word && upper === undefined && word.length >= 4 ? { alias: word } : {}),
    });
  }
  const definition =
    terms.length > 0 &&
    terms.length <= 2 &&
    DEFINITION_CUES.test(normalise(raw.replace(/’/g, "'")));
  return { terms, dropped, definition };
}

/**
 * Other forms of a word to try when Pagefind knows it under none (its French stemmer does not
 * join every verb form or plural): « utilisent » → « utilise », « deposes » → « depose ».
 */
export function wordVariants(word: string): string[] {
  if (word.includes(' ') || word.length < 5) return [];
  const out: string[] = [];
  const swap = (from: RegExp, to: string) => {
    if (from.test(word)) out.push(word.replace(from, to));
  };
  swap(/ent$/, 'e');
  swap(/aient$/, 'er');
  swap(/ait$/, 'er');
  swap(/ez$/, 'er');
  swap(/ons$/, 'er');
  swap(/ees?$/, 'e');
  swap(/es$/, 'e');
  swap(/[sx]$/, '');
  swap(/e$/, 'er');
  swap(/er$/, 'e');
  return [...new Set(out)].filter((w) => w !== word && w.length >= 3);
}

/** Damerau–Levenshtein distance (optimal string alignment), bounded for speed. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Edit distance tolerated for a word: none under 4 letters, 1 up to 7, 2 beyond. */
function typoBudget(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/**
 * The domain word a misspelt word most likely stands for (« ergotérapeute » → « ergotherapeute »),
 * or undefined. Ties go to the earlier word of the vocabulary.
 * @param vocabulary normalised domain words
 */
export function correctTypo(word: string, vocabulary: readonly string[]): string | undefined {
  const budget = typoBudget(word);
  if (budget === 0) return undefined;
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const candidate of vocabulary) {
    if (candidate === word) return undefined;
    const dist = editDistance(word, candidate, budget);
    if (dist < bestDistance) {
      best = candidate;
      bestDistance = dist;
    }
  }
  return best;
}

const PROFESSION =
  /^(ergo|kine|mk$|masseur|osteo|infirm|ide$|idel$|medecin|generaliste|pharma|sage-?femme|secretair|secretariat|intern|dentist|chirurgien|podolog|pedicure|psychomot|dietetic|orthop|orthoph|opticien|audiopro|aide-?soignant|biolog|radiolog|paramedic)/;

/** Whether a term names a profession (« ergo », « infirmier », « sage-femme »…). */
function isProfession(text: string): boolean {
  return text.split(' ').some((w) => PROFESSION.test(w));
}

/**
 * Order in which terms become optional: least information first. Negations, then words outside
 * the domain vocabulary, then domain words; profession names last, since the answer depends on
 * them. Within each group, the word found on the most pages goes first. Ties keep the reader's
 * order, from the end.
 * @param df number of pages each term's text is found on
 * @param isDomain whether a term's text is a word of the domain vocabulary
 */
export function dropOrder(
  terms: readonly QueryTerm[],
  df: ReadonlyMap<string, number>,
  isDomain: (text: string) => boolean,
): QueryTerm[] {
  const rank = (t: QueryTerm) =>
    t.negation ? 0 : isProfession(t.text) ? 3 : isDomain(t.text) ? 2 : 1;
  return terms
    .map((t, i) => ({ t, i }))
    .sort(
      (a, b) =>
        rank(a.t) - rank(b.t) || (df.get(b.t.text) ?? 0) - (df.get(a.t.text) ?? 0) || b.i - a.i,
    )
    .map((x) => x.t);
}

/**
 * The successive queries: the strict one (every term), then one term fewer at a time, in drop order,
 * down to the most informative term alone. Each level keeps the reader's word order.
 */
export function relaxationLevels(
  terms: readonly QueryTerm[],
  order: readonly QueryTerm[],
): QueryTerm[][] {
  const levels: QueryTerm[][] = [];
  for (let k = 0; k < order.length; k++) {
    const gone = new Set(order.slice(0, k));
    levels.push(terms.filter((t) => !gone.has(t)));
  }
  return levels;
}

/** Kind of page behind a URL, which decides who it is for and where it ranks. */
export type PageKind = 'answer' | 'glossary' | 'scenario' | 'tool' | 'hub' | 'technical';

/** The kind of a site page from its path. */
export function pageKind(url: string): PageKind {
  const path = url.replace(/[?#].*$/, '');
  if (/^\/(regles|api|formateurs)\//.test(path) || path === '/simulateur/console/')
    return 'technical';
  if (/^\/faq\/[^/]+\/[^/]+\/$/.test(path)) return 'answer';
  if (path.startsWith('/glossaire/')) return 'glossary';
  if (/^\/simulateur\/[^/]+\/$/.test(path)) return 'scenario';
  if (path.startsWith('/outils/')) return 'tool';
  return 'hub';
}

/** Value of the `type` Pagefind filter that every page carries (MarkdownContent override). */
export const PAGE_KIND_FILTER: Readonly<Record<PageKind, string>> = {
  answer: 'Réponse',
  glossary: 'Glossaire',
  scenario: 'Scénario',
  tool: 'Outil',
  hub: 'Liste',
  technical: 'Documentation technique',
};

/** Rank of each kind in a practitioner's results: answers first, hub pages last. */
const KIND_RANK: Readonly<Record<PageKind, number>> = {
  answer: 0,
  glossary: 0,
  scenario: 0,
  tool: 1,
  hub: 2,
  technical: 3,
};

/** Within a relaxation level, FAQ answers and glossary terms come before scenarios. */
const SCENARIO_AFTER: Readonly<Record<PageKind, number>> = {
  answer: 0,
  glossary: 0,
  scenario: 1,
  tool: 0,
  hub: 0,
  technical: 0,
};

/** A search hit, with the relaxation level that found it and Pagefind's score at that level. */
export interface RankedHit {
  readonly url: string;
  readonly level: number;
  readonly score: number;
}

/**
 * Merges the hit lists of successive relaxation levels: one entry per page (its best level), pages
 * found with more words first, then FAQ answers and glossary before scenarios, then by score;
 * answers, glossary terms and scenarios always above tools, and tools above hub pages. For a
 * definition question (« c'est quoi… »), the glossary comes first.
 */
export function mergeByRank<T extends RankedHit>(hits: readonly T[], definition = false): T[] {
  const rank = (kind: PageKind) => (definition && kind === 'glossary' ? -1 : KIND_RANK[kind]);
  const best = new Map<string, T>();
  for (const h of hits) {
    const key = h.url.replace(/#.*$/, '');
    const prev = best.get(key);
    if (!prev || h.level < prev.level || (h.level === prev.level && h.score > prev.score))
      best.set(key, h);
  }
  return [...best.values()].sort(
    (a, b) =>
      rank(pageKind(a.url)) - rank(pageKind(b.url)) ||
      a.level - b.level ||
      SCENARIO_AFTER[pageKind(a.url)] - SCENARIO_AFTER[pageKind(b.url)] ||
      b.score - a.score,
  );
}

/**
 * A snippet fit for a practitioner: code identifiers (camelCase names, HTTP verbs and paths,
 * `snake_case`) are cut out, with the marks Pagefind put around matched words kept.
 */
export function practitionerExcerpt(html: string): string {
  return html
    .replace(/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, '…')
    .replace(/(?:^|\s)\/[\w-]+\/[\w/.-]*/g, ' …')
    .replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, '…')
    .replace(/\b\w+_\w+\b/g, '…')
    .replace(/(?:…\s*){2,}/g, '… ');
}
