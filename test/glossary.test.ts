import { describe, expect, test } from 'vitest';
import { GLOSSARY } from '../site/data/glossary';
import { readDocs, readFaqDocs } from './support/faq-files';

/** Text of a body with link targets removed, and the glossary anchors it links to. */
function analyse(body: string) {
  const links = [...body.matchAll(/\[([^\]]+)\]\(\/glossaire\/#([^)]+)\)/g)].map((m) => ({
    text: m[1] ?? '',
    id: m[2] ?? '',
  }));
  return { links };
}

/** Index of the first occurrence of a glossary term in a Markdown body (outside link targets and headings). */
function firstOccurrence(body: string, match: readonly string[]): number {
  const cleaned = body
    .replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length))
    .replace(/^#+ .*$/gm, (m) => ' '.repeat(m.length));
  const positions = match.map((src) => cleaned.search(new RegExp(src, 'u'))).filter((i) => i >= 0);
  return positions.length ? Math.min(...positions) : -1;
}

describe('glossary', () => {
  test('ids are unique and kebab-case', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('covers the terms the issue asks for', () => {
    const required = [
      'cps',
      'e-cps',
      'cpe',
      'cpf',
      'ins',
      'matricule-ins',
      'rpps',
      'rpps-plus',
      'msp',
      'mssante',
      'segur',
      'bris-de-glace',
      'dmp',
      'mon-espace-sante',
      'matrice-d-habilitation',
      'representant-legal',
      'personne-de-confiance',
    ];
    expect(required.filter((id) => !GLOSSARY.some((t) => t.id === id))).toEqual([]);
  });

  test('every match pattern is a valid regular expression that finds its own term', () => {
    for (const t of GLOSSARY) {
      const found = t.match.some((src) => new RegExp(src, 'u').test(t.term));
      expect(found, t.id).toBe(true);
    }
  });

  test('every term is used by at least one FAQ question or answer', () => {
    const texts = readFaqDocs().map((d) => `${String(d.data['title'])}\n${d.body}`);
    const unused = GLOSSARY.filter(
      (t) => !texts.some((x) => t.match.some((src) => new RegExp(src, 'u').test(x))),
    );
    expect(unused.map((t) => t.id)).toEqual([]);
  });
});

describe('answers link the glossary terms they use', () => {
  test.each(readFaqDocs().map((d) => [d.path, d] as const))(
    '%s links the first occurrence of each term',
    (_p, doc) => {
      const { links } = analyse(doc.body);
      const problems: string[] = [];
      for (const term of GLOSSARY) {
        const first = firstOccurrence(doc.body, term.match);
        if (first < 0) continue;
        const linked = links.some((l) => l.id === term.id);
        if (!linked) {
          problems.push(`${term.term} n'est pas relié à /glossaire/#${term.id}`);
          continue;
        }
        // The first occurrence must sit inside the link text "[…](/glossaire/#id)".
        const linkStart = doc.body.indexOf(`](/glossaire/#${term.id})`);
        const open = doc.body.lastIndexOf('[', linkStart);
        if (!(first >= open && first < linkStart))
          problems.push(`${term.term} : la première occurrence n'est pas celle qui est reliée`);
      }
      expect(problems).toEqual([]);
    },
  );

  test('glossary links on every page point to existing terms', () => {
    const ids = new Set(GLOSSARY.map((t) => t.id));
    const bad = readDocs().flatMap((d) =>
      analyse(d.body)
        .links.filter((l) => !ids.has(l.id))
        .map((l) => `${d.path}#${l.id}`),
    );
    expect(bad).toEqual([]);
  });
});

/** Corrections of the domain review (issue 15): each definition keeps its condition. */
const CORRECTIONS: readonly { id: string; has: RegExp; hasNot?: RegExp }[] = [
  { id: 'equipe-de-soins', has: /prévenu/ },
  { id: 'msp', has: /prévenu/ },
  { id: 'matrice-d-habilitation', has: /mode d'exercice/, hasNot: /pas du lieu d'exercice/ },
  { id: 'professionnel-a-role', has: /prévu.*pas encore effectif/ },
  { id: 'mon-espace-sante', has: /pas opposée.*fermer/ },
  // RPPS: facts §9 (11 digits, for life, replaces ADELI); the expansion is not in the facts file.
  { id: 'rpps', has: /11 chiffres/ },
  // A mandat de protection future is not a court decision: no « décision de justice » for all measures.
  { id: 'mesure-de-protection-juridique', has: /tutelle/, hasNot: /[Dd]écision de justice/ },
  // Facts §8: the INS traits are the birth name and birth first names.
  { id: 'ins', has: /nom et prénoms de naissance/ },
  // Not only a relative (the attending physician may be chosen).
  { id: 'aat', has: /sages-femmes/, hasNot: /un médecin prescrit/ },
  { id: 'personne-de-confiance', has: /[Pp]ersonne désignée.*médecin traitant/, hasNot: /^Proche/ },
  // CSP L.1111-17: unless the patient objected beforehand (facts §4).
  { id: 'bris-de-glace', has: /opposé à l'avance/ },
  // R21: interns log in with an e-CPS or a CPF.
  { id: 'dmp-fr', has: /CPF/ },
];

describe('glossary corrections stay', () => {
  test.each(CORRECTIONS)('$id', ({ id, has, hasNot }) => {
    const term = GLOSSARY.find((t) => t.id === id);
    expect(term, id).toBeDefined();
    expect(term?.definition).toMatch(has);
    if (hasNot) expect(term?.definition).not.toMatch(hasNot);
  });
});

test('the RPPS keeps no outdated expansion (the facts file gives none)', () => {
  const rpps = GLOSSARY.find((t) => t.id === 'rpps');
  expect(rpps?.expansion ?? '').not.toBe('Répertoire partagé des professionnels de santé');
});
