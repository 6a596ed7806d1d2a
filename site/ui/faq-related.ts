/** What relatedness is computed from. */
export interface RelatedInput {
  readonly id: string;
  readonly rules: readonly string[];
  readonly topics: readonly string[];
  readonly professions: readonly string[];
  readonly cards: readonly string[];
}

const common = (x: readonly string[], y: readonly string[]) =>
  x.filter((v) => y.includes(v)).length;

/** Relatedness score: shared rules weigh 3, shared topics 2, shared professions and cards 1. */
export function relatedScore(a: RelatedInput, b: RelatedInput): number {
  return (
    3 * common(a.rules, b.rules) +
    2 * common(a.topics, b.topics) +
    common(a.professions, b.professions) +
    common(a.cards, b.cards)
  );
}

/**
 * Ids of the questions most related to `page`, best first, ties broken by source order; questions
 * sharing nothing are left out. Computed, so it stays right when entries change.
 */
export function rankRelated(page: RelatedInput, all: readonly RelatedInput[], max = 4): string[] {
  return all
    .map((o, index) => ({ id: o.id, s: o.id === page.id ? 0 : relatedScore(page, o), index }))
    .filter((x) => x.s > 0)
    .sort((x, y) => y.s - x.s || x.index - y.index)
    .slice(0, max)
    .map((x) => x.id);
}
