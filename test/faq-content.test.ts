import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FAQ_ENTRIES, FAQ_SECTIONS } from '../src/dmp/faq';
import { faqEntrySchema } from '../site/ui/faq-schema';
import { readDocs, readFaqDocs, shingles } from './support/faq-files';

const REFERENCE = join(import.meta.dirname, '../docs/reference');
const sourceFaq = readFileSync(join(REFERENCE, 'faq-dmp-webinaire-2025-09-18.md'), 'utf8');
const domainSheet = readFileSync(join(REFERENCE, 'dmp-facts.md'), 'utf8');
const docs = readFaqDocs();
const byId = new Map(docs.map((d) => [d.faq['id'] as string, d]));

/** Same text with spaces normalised (French typography uses non-breaking spaces). */
const flat = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** The short answer of a page (a string in every valid frontmatter; '' when absent). */
const shortAnswer = (doc: { faq: Record<string, unknown> } | undefined): string => {
  const answer = doc?.faq['shortAnswer'];
  return typeof answer === 'string' ? answer : '';
};

/**
 * Facts of each source answer that our wording must keep (figures, names, dates, addresses).
 * Each inner array lists acceptable spellings of one fact.
 */
const REQUIRED_FACTS: Record<string, readonly (readonly string[])[]> = {
  'FAQ-CNX-01': [['ma-cps.esante.gouv.fr']],
  // The source gives no address for the form and the portal: the page says so (issue 15).
  'FAQ-CNX-02': [['formulaire'], ['ma carte'], ["sans en donner l'adresse"]],
  'FAQ-CNX-03': [['android'], ['ios']],
  'FAQ-CNX-04': [['cps']],
  'FAQ-CNX-05': [['nominative'], ['consult']],
  'FAQ-INS-01': [['éditeur'], ['informatique']],
  'FAQ-INS-02': [['nom'], ['prénom'], ['date de naissance'], ['sexe'], ['10'], ['guide']],
  'FAQ-DEP-01': [['26 avril 2022'], ['ségur'], ['dmp.fr']],
  'FAQ-DEP-02': [['cpe'], ['nominative']],
  'FAQ-DEP-03': [['allergie'], ['synthèse médicale']],
  'FAQ-DEP-04': [['2026'], ['libéra']],
  'FAQ-DEP-05': [['arrêt de travail', 'aat']],
  'FAQ-DEP-06': [['documents']],
  'FAQ-DEP-07': [['ségur'], ['identitovigilance'], ['ins']],
  'FAQ-DEP-08': [['carnet de vaccination']],
  'FAQ-DEP-09': [['vih', 'hiv'], ['génétique'], ['cancer'], ["consultation d'annonce"]],
  'FAQ-DEP-10': [['@patient.mssante.fr'], ['convocation'], ['etp']],
  'FAQ-DEP-11': [['34 22'], ['hp'], ['délégué numérique en santé'], ['cpam']],
  'FAQ-DEP-12': [['2025'], ['éditeur']],
  'FAQ-ACC-01': [
    ['médecin'],
    ['pharmacien'],
    ['chirurgien'],
    ['sage'],
    ['infirmi'],
    ['kinésithérap'],
    ['podolog'],
    ['orthophon'],
    ["matrice d'habilitation"],
  ],
  'FAQ-ACC-02': [['ordre'], ['e-cps'], ['cpf']],
  'FAQ-ACC-03': [['ostéopathe']],
  'FAQ-ACC-04': [['établissement de santé']],
  'FAQ-ACC-05': [
    ['kinésithérap'],
    ['infirmi'],
    ['podolog'],
    ['orthophon'],
    ['orthopt'],
    ['prothésist'],
    ['opticien'],
    ['ergothérap'],
    ['psychomotric'],
    ['diététic'],
  ],
  'FAQ-ACC-06': [['étude']],
  'FAQ-ACC-07': [['rpps+'], ["matrice d'habilitation"]],
  'FAQ-ACC-08': [['synthèse psychiatrique'], ['profession']],
  'FAQ-ACC-09': [['catégorie'], ['date'], ['biologie'], ['imagerie'], ['compte']],
  'FAQ-ACC-10': [['national']],
  'FAQ-CON-01': [['épisode de soins'], ['pathologie'], ['consultation']],
  // Issue 15: the secret binds one professional and one episode, not the patient forever.
  'FAQ-CON-02': [
    ['représentant légal'],
    ['sauf secret du mineur'],
    ['L.1111-5'],
    ["professionnel n'en hérite pas"],
    ['épisode de soins suivant'],
  ],
  'FAQ-CON-03': [['équipe de soins']],
  'FAQ-CON-04': [['opposition'], ['recommand']],
  'FAQ-CON-05': [['oral']],
  'FAQ-CON-06': [['protection juridique'], ['représentation'], ['mémo']],
  'FAQ-CON-07': [['bris de glace'], ['urgence'], ['motif'], ['inform']],
  'FAQ-CON-08': [['inform'], ['motif légitime']],
  // Issue 15: the automatic opening left the right to object and to close the account.
  'FAQ-PAT-01': [['2022'], ["ne s'y est pas opposé", 'refuser la création'], ['fermer']],
  'FAQ-PAT-02': [["historique d'activité"]],
  'FAQ-PAT-03': [['accès bloqué'], ['tous']],
  'FAQ-PAT-04': [['naissance'], ['majorité'], ['codes'], ['représentant légal']],
  'FAQ-PAT-05': [['logiciel']],
  'FAQ-PAT-06': [['contrat de séjour'], ['trac'], ['logiciel']],
  'FAQ-STA-01': [['4 000'], ['2 millions'], ['deux']],
  'FAQ-STA-02': [['33'], ['200 000'], ['pays de la loire']],
  'FAQ-OUT-01': [
    ['youtube'],
    ['webinaire pour les professionnels de santé sur la consultation du dossier médical partagé'],
  ],
  'FAQ-OUT-02': [['support']],
  'FAQ-OUT-03': [['comment consulter les documents de mon espace santé']],
};

/** Answers that describe something planned or in progress: they must keep their date context. */
const FUTURE_STATEMENTS = [
  'FAQ-INS-02',
  'FAQ-DEP-04',
  'FAQ-DEP-05',
  'FAQ-DEP-12',
  'FAQ-ACC-06',
  'FAQ-ACC-07',
  'FAQ-PAT-05',
];

/** The only absolute address the source gives. Any other would be invented. */
const ALLOWED_URLS = ['https://ma-cps.esante.gouv.fr/'];
/** Addresses of this machine (the local simulated DMP server) are not third parties. */
const LOCAL_URL = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

/** Routes of the non-content pages in site/pages (static ones; dynamic ones by their prefix). */
function pageRoutes(): { exact: Set<string>; prefixes: string[] } {
  const root = join(import.meta.dirname, '../site/pages');
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const walk = (dir: string, base: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name), `${base}${d.name}/`);
      else if (d.name.includes('[')) prefixes.push(base);
      else if (d.name.endsWith('.astro'))
        exact.add(d.name === 'index.astro' ? base : `${base}${d.name.replace('.astro', '')}/`);
      else if (/\.[jt]s$/.test(d.name)) exact.add(`${base}${d.name.replace(/\.[jt]s$/, '')}`);
    }
  };
  walk(root, '/');
  return { exact, prefixes };
}

describe('FAQ entries match the registry of src/dmp/faq.ts', () => {
  test('there is exactly one page per question of the source (48)', () => {
    expect(FAQ_ENTRIES).toHaveLength(48);
    expect(docs.map((d) => d.faq['id']).sort()).toEqual(FAQ_ENTRIES.map((e) => e.id).sort());
  });

  test.each(FAQ_ENTRIES.map((e) => [e.id, e] as const))(
    '%s has its registry slug, section and title',
    (id, entry) => {
      const doc = byId.get(id);
      expect(doc?.path).toBe(`faq/${entry.section}/${entry.slug}.mdx`);
      expect(doc?.data['title']).toBe(entry.question);
      expect(doc?.faq['section']).toBe(entry.section);
    },
  );

  test('every section has an overview page and consecutive sidebar orders', () => {
    const all = readDocs();
    for (const s of FAQ_SECTIONS) {
      expect(
        all.some((d) => d.path === `faq/${s.id}/index.mdx`),
        s.id,
      ).toBe(true);
      const orders = docs
        .filter((d) => d.faq['section'] === s.id)
        .map((d) => (d.data['sidebar'] as { order: number }).order)
        .sort((a, b) => a - b);
      expect(orders).toEqual(orders.map((_, i) => i + 1));
    }
  });
});

describe('FAQ frontmatter is valid', () => {
  test.each(docs.map((d) => [d.path, d] as const))('%s', (_path, doc) => {
    const parsed = faqEntrySchema.safeParse(doc.faq);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(doc.data['description']).toBe(doc.faq['shortAnswer']);
  });
});

describe('FAQ answers are faithful to the source', () => {
  test.each(Object.entries(REQUIRED_FACTS))(
    '%s keeps every fact of the source answer',
    (id, facts) => {
      const doc = byId.get(id);
      const text = flat(`${shortAnswer(doc)} ${doc?.body ?? ''}`);
      const missing = facts.filter((spellings) => !spellings.some((s) => text.includes(flat(s))));
      expect(missing).toEqual([]);
    },
  );

  test.each(FUTURE_STATEMENTS)('%s dates its statement about the future', (id) => {
    const text = flat(byId.get(id)?.body ?? '');
    expect(text).toMatch(/septembre 2025|date du webinaire/);
  });
});

/** Short answers that point to a named resource: they give its title, not « see the answer » (issue 15). */
const SHORT_ANSWER_TITLES: Record<string, string> = {
  'FAQ-OUT-01':
    'Webinaire pour les professionnels de santé sur la consultation du Dossier Médical Partagé (DMP)',
  'FAQ-OUT-03': 'Comment consulter les documents de Mon espace santé ?',
};

describe('short answers stand alone', () => {
  test.each(Object.entries(SHORT_ANSWER_TITLES))('%s gives the title itself', (id, title) => {
    expect(flat(shortAnswer(byId.get(id)))).toContain(flat(title));
  });

  test.each(docs.map((d) => [d.path, d] as const))(
    '%s does not send the reader to the answer for what it leaves out',
    (_path, doc) => {
      expect(shortAnswer(doc)).not.toMatch(/(figure|indiqué|donné|précisé)e? dans la réponse/);
    },
  );
});

describe('FAQ answers are in our own words', () => {
  // Quoted titles of named resources («…» or "…") may be cited exactly.
  const unquoted = (s: string) => s.replace(/«[^»]*»/g, ' ').replace(/"[^"\n]*"/g, ' ');
  const sourceRuns = new Set([...shingles(sourceFaq, 8), ...shingles(domainSheet, 8)]);

  test.each(docs.map((d) => [d.path, d] as const))('%s copies no run of 8 words', (_path, doc) => {
    const ours = shingles(unquoted(`${shortAnswer(doc)}\n${doc.body}`), 8);
    expect([...ours].filter((s) => sourceRuns.has(s))).toEqual([]);
  });

  test('the copy check can fail: a sentence of the source is caught', () => {
    const copied = shingles(
      "Les ostéopathes n'ont pas accès au DMP. Une CPE permet l'alimentation du DMP si cette CPE est nominative.",
      8,
    );
    expect([...copied].some((s) => sourceRuns.has(s))).toBe(true);
  });
});

describe('FAQ answers are typographically safe and link nothing invented', () => {
  test.each(readDocs().map((d) => [d.path, d] as const))('%s', (_path, doc) => {
    const text = JSON.stringify(doc.data) + doc.body;
    // U+2019 makes Pagefind lose words ("d’urgence" is indexed as one token).
    expect(text.includes('’'), 'typographic apostrophe').toBe(false);
    // Addresses shown as code (curl examples) are not links.
    const prose = doc.body.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');
    const urls = [...prose.matchAll(/https?:\/\/[^\s)>\]`]+/g)].map((m) => m[0]);
    expect(urls.filter((u) => !ALLOWED_URLS.includes(u) && !LOCAL_URL.test(u))).toEqual([]);
  });

  test('internal links point to pages and anchors that exist', () => {
    const all = readDocs();
    const routes = pageRoutes();
    const pages = new Set([...all.map((d) => d.url), ...routes.exact]);
    const isPage = (path: string) =>
      pages.has(path) || routes.prefixes.some((p) => p !== '/' && path.startsWith(p));
    const glossaryIds = new Set(
      [
        ...readFileSync(join(import.meta.dirname, '../site/data/glossary.ts'), 'utf8').matchAll(
          /id: '([^']+)'/g,
        ),
      ].map((m) => m[1]),
    );
    const broken: string[] = [];
    for (const doc of all) {
      for (const [, href] of doc.body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
        const [path = '', anchor] = (href ?? '').split('#');
        if (!isPage(path)) broken.push(`${doc.path} → ${href}`);
        else if (path === '/glossaire/' && anchor && !glossaryIds.has(anchor))
          broken.push(`${doc.path} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** Wording corrections of the domain review (issue 15): they must not come back. */
const CORRECTED_WORDING: readonly { file: string; gone: RegExp; kept: RegExp }[] = [
  {
    file: 'faq/droits-acces/professionnels-ayant-acces.mdx',
    gone: /chirurgiens ;/,
    kept: /chirurgiens-dentistes/,
  },
  {
    file: 'faq/depot/deleguer-depot-secretariat.mdx',
    gone: /jamais en consulter/,
    kept: /à ce jour/,
  },
  {
    file: 'faq/depot/protocoles-de-soins-electroniques.mdx',
    gone: /par les médecins d'établissements|un médecin exerçant en établissement/,
    kept: /professionnels médicaux d'établissements/,
  },
];

describe('wording corrections stay', () => {
  test.each(CORRECTED_WORDING)('$file', ({ file, gone, kept }) => {
    const text = readFileSync(`site/content/docs/${file}`, 'utf8');
    expect(text).not.toMatch(gone);
    expect(text).toMatch(kept);
  });
});

/** Files whose strings are French text shown to readers: pages, glossary, scenarios, UI, core messages. */
function frenchTextFiles(): string[] {
  const root = join(import.meta.dirname, '..');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? walk(join(dir, d.name))
        : /\.(mdx?|ya?ml|tsx?|astro)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name)
          ? [join(dir, d.name)]
          : [],
    );
  return ['site', 'scenarios', 'src', 'machines'].flatMap((dir) => walk(join(root, dir)));
}

describe('French typography in shown text (issue 15)', () => {
  const root = join(import.meta.dirname, '..');
  const files = frenchTextFiles().map((file) => ({
    file: relative(root, file),
    text: readFileSync(file, 'utf8'),
  }));

  test('an ellipsis after a word is « … », never three dots (code spreads are not words)', () => {
    const dots = /[\p{L})\]]\.\.\.(?![\w([{])/u;
    expect(files.filter(({ text }) => dots.test(text)).map(({ file }) => file)).toEqual([]);
  });

  test('« comptes rendus » takes no hyphen in prose (the category id `comptes-rendus` is code)', () => {
    const prose = files.filter(({ file }) => /\.mdx?$/.test(file) || file.endsWith('glossary.ts'));
    const hyphenated = /[Cc]omptes?-rendus?(?![\w'-])/;
    expect(prose.filter(({ text }) => hyphenated.test(text)).map(({ file }) => file)).toEqual([]);
  });
});
