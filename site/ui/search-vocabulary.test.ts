import { expect, test } from 'vitest';
import { STOP_WORDS } from './search-query';
import { domainVocabulary } from './search-vocabulary';

test('the domain vocabulary holds the texts’ words, synonyms and abbreviation targets, no stop word', () => {
  const words = domainVocabulary([
    'Les ergothérapeutes ont-ils accès au DMP ?',
    'Identitovigilance',
  ]);
  expect(words).toEqual(
    expect.arrayContaining(['ergotherapeutes', 'acces', 'dmp', 'identitovigilance']),
  );
  // From the synonym groups and the abbreviations, whatever the texts.
  expect(words).toEqual(expect.arrayContaining(['osteopathe', 'laboratoire', 'kinesitherapeute']));
  expect(words.filter((w) => STOP_WORDS.has(w) || w.length < 3)).toEqual([]);
  expect(new Set(words).size).toBe(words.length);
});
