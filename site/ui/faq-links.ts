/**
 * Links to every FAQ entry (href and question), built on the server and handed to the « Ai-je
 * accès ? » island as a prop, so that the browser bundle does not carry the FAQ registry.
 */
import { FAQ_ENTRIES, faqPath } from '../../src/dmp/index';

/** FAQ id → its page and its question. */
export type FaqLinks = Readonly<
  Record<string, { readonly href: string; readonly question: string }>
>;

/** Links to all FAQ entries, keyed by id. */
export function faqLinks(): FaqLinks {
  return Object.fromEntries(
    FAQ_ENTRIES.map((e) => [e.id, { href: faqPath(e.id), question: e.question }]),
  );
}
