import { describe, expect, test } from 'vitest';
import { normalise, searchTermsFor, SYNONYM_GROUPS } from './search-terms';

describe('searchTermsFor', () => {
  test('adds the other words of a group the text mentions', () => {
    const terms = searchTermsFor(
      'Les masseurs-kinésithérapeutes exerçant en libéral ont accès au DMP.',
    );
    expect(terms).toEqual(expect.arrayContaining(['kiné', 'MK', 'cabinet']));
  });

  test('maps the emergency vocabulary both ways', () => {
    expect(searchTermsFor('Accès en mode bris de glace.')).toContain('urgence');
    expect(searchTermsFor('En cas d’urgence vitale.')).toContain('bris de glace');
  });

  test('does not repeat words already present, and adds nothing for unrelated text', () => {
    expect(searchTermsFor('bris de glace et urgence')).not.toContain('urgence');
    expect(searchTermsFor('Bonjour tout le monde')).toEqual([]);
  });

  test('matches whole words only, ignoring accents and case', () => {
    expect(searchTermsFor('Un MINEUR de 15 ans')).toContain('ado');
    // "mineure" alone is not the word "mineur"; "insuffisant" does not contain the word "INS".
    expect(searchTermsFor('insuffisant')).toEqual([]);
  });

  test('keeps the page keywords that the text lacks', () => {
    expect(searchTermsFor('Carte perdue', ['code PIN oublié', 'carte'])).toEqual(
      expect.arrayContaining(['code PIN oublié']),
    );
    expect(searchTermsFor('Carte perdue', ['carte'])).not.toContain('carte');
  });

  test('groups have no duplicate word', () => {
    for (const g of SYNONYM_GROUPS) expect(new Set(g.map(normalise)).size).toBe(g.length);
  });
});
