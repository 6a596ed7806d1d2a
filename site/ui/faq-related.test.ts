import { expect, test } from 'vitest';
import { rankRelated, relatedScore, type RelatedInput } from './faq-related';

const q = (id: string, over: Partial<RelatedInput> = {}): RelatedInput => ({
  id,
  rules: [],
  topics: [],
  professions: [],
  cards: [],
  ...over,
});

test('shared rules weigh more than shared topics, which weigh more than shared cards', () => {
  const page = q('a', { rules: ['R1'], topics: ['carte'], cards: ['CPS'] });
  expect(relatedScore(page, q('b', { rules: ['R1'] }))).toBe(3);
  expect(relatedScore(page, q('c', { topics: ['carte'] }))).toBe(2);
  expect(relatedScore(page, q('d', { cards: ['CPS'] }))).toBe(1);
});

test('ranks best first, keeps source order on ties, skips itself and unrelated pages', () => {
  const page = q('a', { rules: ['R1'], topics: ['carte'] });
  const all = [
    page,
    q('b', { topics: ['carte'] }),
    q('c', { rules: ['R1'] }),
    q('d'),
    q('e', { topics: ['carte'] }),
  ];
  expect(rankRelated(page, all)).toEqual(['c', 'b', 'e']);
  expect(rankRelated(page, all, 1)).toEqual(['c']);
});
