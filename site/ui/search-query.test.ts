import { describe, expect, test } from 'vitest';
import {
  analyseQuery,
  correctTypo,
  dropOrder,
  editDistance,
  mergeByRank,
  pageKind,
  practitionerExcerpt,
  relaxationLevels,
  STOP_WORDS,
  tokenise,
  wordVariants,
  type QueryTerm,
} from './search-query';

const texts = (q: string) => analyseQuery(q).terms.map((t) => t.text);

describe('analyseQuery: stop words and question words', () => {
  test('keeps only the words that carry meaning', () => {
    expect(texts("un patient m'a bloqué, est-ce que je suis prévenu")).toEqual([
      'patient',
      'bloquer',
      'informe',
    ]);
    expect(texts('est-ce que les osteo peuvent consulter le dmp')).toEqual([
      'osteopathe',
      'consulter',
      'dmp',
    ]);
  });

  test('reports the dropped words as typed', () => {
    expect(analyseQuery('Est-ce que je peux ?').dropped).toEqual([
      'Est',
      'ce',
      'que',
      'je',
      'peux',
    ]);
  });

  test('a query of function words only has no term', () => {
    expect(analyseQuery('est-ce que je peux le faire ?').terms).toEqual([]);
  });

  test('keeps the negations that change the meaning, marked as such', () => {
    const { terms } = analyseQuery("le DMP existe-t-il sans activation, n'est-ce pas ?");
    expect(terms.map((t) => t.text)).toEqual(['dmp', 'existe', 'sans', 'activation', 'pas']);
    expect(terms.filter((t) => t.negation).map((t) => t.text)).toEqual(['sans', 'pas']);
    // The particle « ne » alone says nothing; « pas » does.
    expect(texts('mes comptes rendus ne partent pas')).toEqual([
      'comptes',
      'rendus',
      'depot',
      'pas',
    ]);
  });

  test('every stop word is in normalised form (no accent, lower case)', () => {
    for (const w of STOP_WORDS)
      expect(w).toBe(
        w
          .normalize('NFD')
          .replace(/\p{Diacritic}/gu, '')
          .toLowerCase(),
      );
  });
});

describe('analyseQuery: elisions, accents and case', () => {
  test('splits elisions, straight or curly apostrophe', () => {
    expect(tokenise("l'heure du PC")).toEqual(['l', 'heure', 'du', 'PC']);
    expect(tokenise('j’ai déjà une CPS')).toEqual(['j', 'ai', 'déjà', 'une', 'CPS']);
    expect(tokenise("qu'est-ce qu'un DMP")).toEqual(['qu', 'est', 'ce', 'qu', 'un', 'DMP']);
    expect(texts("l'heure du PC n'est pas bonne")).toEqual(['heure', 'ordinateur', 'pas', 'bonne']);
  });

  test('keeps hyphenated domain words whole', () => {
    expect(tokenise('e-CPS sage-femme peut-on')).toEqual(['e-CPS', 'sage-femme', 'peut', 'on']);
  });

  test('ignores accents and case', () => {
    expect(texts('Ergothérapeute ÉTABLISSEMENT')).toEqual(texts('ergotherapeute etablissement'));
  });

  test('expands capitalised abbreviations that are also ordinary words only in capitals', () => {
    expect(texts('MES activation')).toEqual(['mes', 'activation']);
    expect(texts('mes documents')).toEqual(['documents']);
    expect(texts('un AS en Ehpad')).toEqual(['aide-soignant', 'ehpad']);
    expect(texts('tu as une CPS')).toEqual(['cps']);
  });
});

describe('analyseQuery: practitioners’ synonyms and abbreviations', () => {
  test.each([
    ['ergo', 'ergotherapeute'],
    ['osteo', 'osteopathe'],
    ['kiné', 'kinesitherapeute'],
    ['labo', 'laboratoire'],
    ['PC', 'ordinateur'],
    ['appli', 'application'],
    ['IDE', 'infirmier'],
    ['MG', 'medecin generaliste'],
    ['SF', 'sage-femme'],
    ['CV', 'carte vitale'],
    ['mdp', 'code'],
  ])('« %s » → « %s »', (typed, expected) => {
    expect(texts(typed)).toEqual([expected]);
  });

  test('an expanded word of 4 letters or more remembers what was typed', () => {
    const [labo] = analyseQuery('labo').terms;
    expect(labo?.alias).toBe('labo');
    const [ide] = analyseQuery('IDE').terms;
    expect(ide?.alias).toBeUndefined();
  });

  test('recognises a definition question of one or two words', () => {
    expect(analyseQuery("c'est quoi le RPPS ?").definition).toBe(true);
    expect(analyseQuery("qu'est-ce que l'identitovigilance").definition).toBe(true);
    expect(analyseQuery("j'ai perdu ma carte CPS, qu'est-ce que je fais ?").definition).toBe(false);
  });
});

describe('typo tolerance', () => {
  const vocabulary = ['ergotherapeute', 'osteopathe', 'vaccination', 'consentement', 'dmp'];

  test('edit distance counts a transposition as one', () => {
    expect(editDistance('consentmeent', 'consentement')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('chat', 'chien', 1)).toBe(2);
  });

  test('corrects a misspelt domain word', () => {
    expect(correctTypo('ergoterapeute', vocabulary)).toBe('ergotherapeute');
    expect(correctTypo('osteopate', vocabulary)).toBe('osteopathe');
    expect(correctTypo('consentemant', vocabulary)).toBe('consentement');
  });

  test('leaves short words, known words and far words alone', () => {
    expect(correctTypo('dmo', vocabulary)).toBeUndefined();
    expect(correctTypo('osteopathe', vocabulary)).toBeUndefined();
    expect(correctTypo('pharmacien', vocabulary)).toBeUndefined();
  });

  test('tries other forms of a verb or a plural', () => {
    expect(wordVariants('utilisent')).toContain('utilise');
    expect(wordVariants('documents')).toContain('document');
    expect(wordVariants('dmp')).toEqual([]);
  });
});

describe('relaxation order', () => {
  const term = (text: string, negation = false): QueryTerm => ({ text, typed: text, negation });
  const patient = term('patient');
  const bloquer = term('bloquer');
  const informe = term('informe');
  const pas = term('pas', true);
  const ergo = term('ergotherapeute');
  const df = new Map([
    ['patient', 60],
    ['bloquer', 8],
    ['informe', 5],
    ['pas', 70],
    ['ergotherapeute', 9],
  ]);
  const domain = (t: string) => ['patient', 'bloquer', 'ergotherapeute'].includes(t);

  test('negations first, then words outside the domain, then the most frequent domain words', () => {
    expect(dropOrder([patient, bloquer, informe, pas], df, domain)).toEqual([
      pas,
      informe,
      patient,
      bloquer,
    ]);
  });

  test('profession names are dropped last, even when frequent', () => {
    const often = new Map([...df, ['ergotherapeute', 99]]);
    expect(dropOrder([ergo, patient], often, domain)).toEqual([patient, ergo]);
  });

  test('levels go from every word to the most informative word alone, in the reader’s order', () => {
    const terms = [patient, bloquer, informe];
    const order = dropOrder(terms, df, domain);
    expect(relaxationLevels(terms, order).map((l) => l.map((t) => t.text))).toEqual([
      ['patient', 'bloquer', 'informe'],
      ['patient', 'bloquer'],
      ['bloquer'],
    ]);
  });
});

describe('ranking', () => {
  test('page kinds from their path', () => {
    expect(pageKind('/faq/consentement/patient-mineur/')).toBe('answer');
    expect(pageKind('/faq/consentement/')).toBe('hub');
    expect(pageKind('/faq/')).toBe('hub');
    expect(pageKind('/glossaire/#rpps')).toBe('glossary');
    expect(pageKind('/simulateur/osteopathe/')).toBe('scenario');
    expect(pageKind('/simulateur/console/')).toBe('technical');
    expect(pageKind('/regles/consent/')).toBe('technical');
    expect(pageKind('/api/')).toBe('technical');
    expect(pageKind('/formateurs/ecrire-un-scenario/')).toBe('technical');
    expect(pageKind('/outils/ai-je-acces/')).toBe('tool');
  });

  test('hub pages never above an answer, more words before fewer, one entry per page', () => {
    const merged = mergeByRank([
      { url: '/faq/consentement/', level: 0, score: 50 },
      { url: '/faq/a/b/', level: 1, score: 2 },
      { url: '/faq/a/c/', level: 0, score: 1 },
      { url: '/simulateur/s/', level: 0, score: 9 },
      { url: '/faq/a/c/', level: 1, score: 30 },
      { url: '/outils/ai-je-acces/', level: 0, score: 40 },
    ]);
    expect(merged.map((h) => [h.url, h.level])).toEqual([
      ['/faq/a/c/', 0],
      ['/simulateur/s/', 0],
      ['/faq/a/b/', 1],
      ['/outils/ai-je-acces/', 0],
      ['/faq/consentement/', 0],
    ]);
  });

  test('a definition question puts the glossary first', () => {
    const hits = [
      { url: '/faq/a/b/', level: 0, score: 20 },
      { url: '/glossaire/', level: 0, score: 2 },
    ];
    expect(mergeByRank(hits)[0]?.url).toBe('/faq/a/b/');
    expect(mergeByRank(hits, true)[0]?.url).toBe('/glossaire/');
  });

  test('a practitioner snippet shows no code identifier', () => {
    const html =
      'La garde <mark>areEmergencySettingsConsistent</mark> refuse ; POST /training/reset puis break_glass ; le <mark>bris</mark> de glace';
    const clean = practitionerExcerpt(html);
    expect(clean).not.toMatch(/areEmergency|POST|\/training|break_glass/);
    expect(clean).toContain('<mark>bris</mark> de glace');
  });
});
