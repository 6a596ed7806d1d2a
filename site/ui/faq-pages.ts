import { getCollection, type CollectionEntry } from 'astro:content';
import { FAQ_SECTIONS, type FaqSectionId } from '../../src/dmp/faq';
import type { FaqFrontmatter } from './faq-schema';
import { rankRelated } from './faq-related';

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
    .sort(
      (a, b) => order(a) - order(b) || (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0),
    );
}

/** Title of a section. */
export function sectionTitle(id: FaqSectionId | string): string {
  return FAQ_SECTIONS.find((s) => s.id === id)?.title ?? id;
}

/** Related questions of a page (see `rankRelated`). */
export function relatedPages(page: FaqPage, all: readonly FaqPage[], max = 4): FaqPage[] {
  return rankRelated(
    { ...page.data.faq, id: page.id },
    all.map((p) => ({ ...p.data.faq, id: p.id })),
    max,
  ).flatMap((id) => all.filter((p) => p.id === id));
}
