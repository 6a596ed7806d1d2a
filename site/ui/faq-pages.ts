import { getCollection, type CollectionEntry } from 'astro:content';
import { FAQ_SECTIONS, type FaqSectionId } from '../../src/dmp/faq';
import type { FaqFrontmatter } from './faq-schema';

/** A docs entry that is an FAQ question (has a `faq` block). */
export type FaqPage = CollectionEntry<'docs'> & { data: { faq: FaqFrontmatter } };

/** Site path of a docs entry. */
export function pathOf(entry: CollectionEntry<'docs'>): string {
  return entry.id === 'index' ? '/' : `/${entry.id}/`;
}

/** All FAQ questions, in section order then sidebar order. */
export async function getFaqPages(): Promise<FaqPage[]> {
  const docs = await getCollection('docs');
  const order = (p: FaqPage) => FAQ_SECTIONS.findIndex((s) => s.id === p.data.faq.section);
  return docs
    .filter((d): d is FaqPage => d.data.faq !== undefined)
    .sort((a, b) => order(a) - order(b) || (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0));
}

/** Title of a section. */
export function sectionTitle(id: FaqSectionId | string): string {
  return FAQ_SECTIONS.find((s) => s.id === id)?.title ?? id;
}

/**
 * Related questions: those sharing rules (weight 3), topics (2) or professions/cards (1), best first,
 * ties broken by source order. Computed, so it stays right when entries change.
 */
export function relatedPages(page: FaqPage, all: readonly FaqPage[], max = 4): FaqPage[] {
  const score = (other: FaqPage) => {
    const a = page.data.faq;
    const b = other.data.faq;
    const common = (x: readonly string[], y: readonly string[]) => x.filter((v) => y.includes(v)).length;
    return (
      3 * common(a.rules, b.rules) +
      2 * common(a.topics, b.topics) +
      common(a.professions, b.professions) +
      common(a.cards, b.cards)
    );
  };
  return all
    .filter((o) => o.id !== page.id)
    .map((o, index) => ({ o, s: score(o), index }))
    .filter((x) => x.s > 0)
    .sort((x, y) => y.s - x.s || x.index - y.index)
    .slice(0, max)
    .map((x) => x.o);
}
