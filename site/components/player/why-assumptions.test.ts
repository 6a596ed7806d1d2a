/**
 * « Pourquoi ? » names each simulator assumption the DMP's answer rests on, with its summary and a
 * link to its entry on the Sources page. The `Why` component has no hooks: called as a function, it
 * returns its element tree, read here without a DOM.
 */
import { describe, expect, test } from 'vitest';
import { ASSUMPTIONS } from '../../../src/dmp/assumptions';
import { whyOf } from '../../../src/scenario/engine/index';
import type { LogEntry } from '../../ui/player/session';
import { Why } from './Feedback';

interface Element {
  readonly type?: unknown;
  readonly props: { readonly children?: unknown; readonly href?: string };
}
const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && 'props' in node;
const textOf = (node: unknown): string =>
  typeof node === 'string' || typeof node === 'number'
    ? String(node)
    : Array.isArray(node)
      ? node.map(textOf).join('')
      : isElement(node)
        ? textOf(node.props.children)
        : '';
const linksOf = (node: unknown): string[] =>
  Array.isArray(node)
    ? node.flatMap(linksOf)
    : isElement(node)
      ? [...(node.type === 'a' ? [node.props.href ?? ''] : []), ...linksOf(node.props.children)]
      : [];

/** « Pourquoi ? » for a refusal whose text names `id`, as the core writes it. */
function whyFor(explanation: string) {
  const why = whyOf({
    allowed: false,
    code: 'DMP.ACCESS_BLOCKED',
    explanation,
    rules: ['R1'],
    faq: [],
    notices: [],
  });
  return Why({ entry: { feedback: { why } } as unknown as LogEntry });
}

describe('« Pourquoi ? » and the simulator assumptions', () => {
  test.each(ASSUMPTIONS.map((a) => [a.id, a] as const))(
    '%s: named, summarised and linked to the Sources page',
    (id, assumption) => {
      const tree = whyFor(`Refusé ; hypothèse du simulateur (${id}).`);
      expect(textOf(tree)).toContain(assumption.summary);
      expect(linksOf(tree)).toContain(`/sources/#${id.toLowerCase()}`);
    },
  );

  test('an answer that rests on no assumption shows none', () => {
    const tree = whyFor('Refusé : le patient vous a bloqué.');
    expect(textOf(tree)).not.toContain('Hypothèse du simulateur');
    expect(linksOf(tree).some((href) => href.includes('/sources/'))).toBe(false);
  });
});
