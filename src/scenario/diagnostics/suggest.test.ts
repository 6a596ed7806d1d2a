import { expect, test } from 'vitest';
import { closest, didYouMean, levenshtein, listForHint } from './suggest';

test('levenshtein counts insertions, deletions, substitutions and transpositions', () => {
  expect(levenshtein('expect', 'expect')).toBe(0);
  expect(levenshtein('expcet', 'expect')).toBe(1);
  expect(levenshtein('ned', 'end')).toBe(1);
  expect(levenshtein('kitten', 'sitting')).toBe(3);
  expect(levenshtein('hint', 'hints')).toBe(1);
  expect(levenshtein('', 'goto')).toBe(4);
});

test('closest ignores case and refuses far-fetched candidates', () => {
  expect(closest('PS.OPENDMP', ['ps.openDmp', 'ps.login'])).toBe('ps.openDmp');
  expect(closest('FAQ-CON-1', ['FAQ-CON-01', 'FAQ-CON-10'])).toBe('FAQ-CON-01');
  expect(closest('zzzzzz', ['expect', 'feedback'])).toBeNull();
});

test('didYouMean suggests the closest value, else lists the known ones', () => {
  expect(didYouMean('hint', ['hints', 'goto'])).toBe('vouliez-vous dire « hints » ?');
  expect(didYouMean('zzz', ['goto', 'end'], 'clés possibles')).toBe('clés possibles : goto, end');
  expect(didYouMean('zzz', [], 'étapes connues')).toBe('étapes connues : (aucune)');
});

test('listForHint never cuts a list: all values, or past 12 the référentiel section that lists them', () => {
  const many = Array.from({ length: 20 }, (_, i) => `v${i}`);
  expect(listForHint(many)).toBe(many.join(', '));
  expect(listForHint(many, 'professions')).toBe(
    '20 valeurs, toutes dans le référentiel /formateurs/referentiel/#professions (ou npm run scenarios -- ref professions)',
  );
  expect(listForHint(['a', 'b'], 'professions')).toBe('a, b');
});
