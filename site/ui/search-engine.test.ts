import { describe, expect, test } from 'vitest';
import { searchQuestion, type PagefindData, type PagefindLike } from './search-engine';
import { normalise } from './search-terms';
import { PAGE_KIND_FILTER, pageKind } from './search-query';

/** A fake Pagefind: every word must be on the page (prefix match), as in Pagefind. */
function fakePagefind(pages: Record<string, string>, anchors: PagefindData['anchors'] = []) {
  const queries: string[] = [];
  const pf: PagefindLike = {
    search(term, options) {
      queries.push(term);
      const allowed = (options?.filters?.['type'] as { any: string[] } | undefined)?.any;
      const words = normalise(term).split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .filter(([url]) => !allowed || allowed.includes(PAGE_KIND_FILTER[pageKind(url)]))
        .map(([url, text]) => {
          const tokens = normalise(text).split(/[^a-z0-9-]+/);
          const hits = words.map((w) => tokens.filter((t) => t.startsWith(w)).length);
          return {
            url,
            text,
            score: hits.reduce((a, b) => a + b, 0) / tokens.length,
            ok: hits.every((h) => h > 0),
          };
        })
        .filter((r) => r.ok)
        .sort((a, b) => b.score - a.score)
        .map((r) => ({
          id: r.url,
          score: r.score,
          data: () =>
            Promise.resolve({
              url: r.url,
              excerpt: r.text.slice(0, 60),
              meta: { title: r.text.split('.')[0] ?? r.url },
              locations: [
                normalise(r.text)
                  .split(/\s+/)
                  .findIndex((t) => t.startsWith(words[0] ?? '')),
              ],
              anchors,
            }),
        }));
      return Promise.resolve({ results });
    },
  };
  return { pf, queries };
}

const PAGES = {
  '/faq/droits-patients/bloquer-un-professionnel/':
    'Un patient peut-il bloquer un professionnel. Le professionnel bloqué n’est pas informé du blocage.',
  '/faq/consentement/maison-de-sante/': 'Consentement en maison de santé. Le patient est informé.',
  '/faq/droits-patients/':
    'Droits des patients. Bloquer un professionnel, patient informé, majorité.',
  '/regles/blocking/': 'Machine de blocage. Le patient bloque un professionnel ; garde isBlocked.',
  '/simulateur/bloquer-un-professionnel/':
    'Bloquer un professionnel. Un patient bloque son médecin.',
};

describe('searchQuestion', () => {
  test('a whole question finds its answer first, without technical pages', async () => {
    const { pf } = fakePagefind(PAGES);
    const out = await searchQuestion(pf, "un patient m'a bloqué, est-ce que je suis prévenu ?");
    expect(out.results[0]?.url).toBe('/faq/droits-patients/bloquer-un-professionnel/');
    expect(out.results.map((r) => r.kind)).not.toContain('technical');
    // The hub page, although it has every word, comes after the answers.
    expect(out.results.at(-1)?.url).toBe('/faq/droits-patients/');
    expect(out.reduced).toBe(true);
  });

  test('relaxes in order of least information when the strict query finds nothing', async () => {
    const { pf, queries } = fakePagefind(PAGES);
    const out = await searchQuestion(pf, 'patient bloqué vacances', {
      vocabulary: ['patient', 'bloquer'],
    });
    // « vacances » is on no page: dropped before any relaxed query is made.
    expect(queries).not.toContain('patient bloquer vacances');
    expect(out.searched).toEqual(['patient', 'bloqué']);
    expect(out.results[0]?.url).toBe('/faq/droits-patients/bloquer-un-professionnel/');
  });

  test('goes on relaxing, most frequent word first, and ranks answers above a stricter hub', async () => {
    const { pf, queries } = fakePagefind({
      ...PAGES,
      '/faq/droits-patients/enfants-a-la-majorite/':
        'Que devient le DMP d’un enfant à sa majorité. Le patient majeur gère son dossier.',
    });
    const out = await searchQuestion(pf, 'patient professionnel majorité', {
      vocabulary: ['patient', 'professionnel', 'majorite'],
    });
    expect(queries.slice(-3)).toEqual([
      'patient professionnel majorite',
      'professionnel majorite',
      'majorite',
    ]);
    expect(out.results.map((r) => [r.url, r.level])).toEqual([
      ['/faq/droits-patients/enfants-a-la-majorite/', 2],
      ['/faq/droits-patients/', 0],
    ]);
    expect(out.searched).toEqual(['patient', 'professionnel', 'majorité']);
  });

  test('the technical scope returns only technical pages, with their identifiers', async () => {
    const { pf } = fakePagefind(PAGES);
    const out = await searchQuestion(pf, 'garde isBlocked', { scope: 'technical' });
    expect(out.results.map((r) => r.url)).toEqual(['/regles/blocking/']);
  });

  test('corrects a typo to a domain word', async () => {
    const { pf } = fakePagefind(PAGES);
    const out = await searchQuestion(pf, 'bloqage professionel', {
      vocabulary: ['blocage', 'professionnel'],
    });
    expect(out.searched).toEqual(['blocage', 'professionnel']);
    expect(out.results[0]?.url).toBe('/faq/droits-patients/bloquer-un-professionnel/');
  });

  test('a glossary hit links to the term it falls under', async () => {
    const { pf } = fakePagefind(
      {
        '/glossaire/':
          'Glossaire RPPS sigles. AAT arrêt de travail. RPPS répertoire partagé des professionnels.',
      },
      [
        { id: '_top', text: 'Glossaire', location: 0 },
        { id: 'aat', text: 'AAT', location: 3 },
        { id: 'rpps', text: 'RPPS', location: 7 },
      ],
    );
    const out = await searchQuestion(pf, "c'est quoi le RPPS ?");
    expect(out.results[0]).toMatchObject({ url: '/glossaire/#rpps', title: 'RPPS — Glossaire' });
  });

  test('function words only: nothing is searched', async () => {
    const { pf, queries } = fakePagefind(PAGES);
    const out = await searchQuestion(pf, 'est-ce que je peux ?');
    expect(out.results).toEqual([]);
    expect(queries).toEqual([]);
  });
});
