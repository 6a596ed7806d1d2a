/**
 * Issue 15 (« How to make it last »): every rule id a rule predicate or a machine transition cites
 * is checked against the FAQ entry it cites. A rule predicate's R-ids must be listed by the front
 * matter (`faq.rules`) of one of its FAQ sources, and an FAQ page's R-ids, when a predicate
 * implements them, must be implemented by a predicate citing that page; a guarded transition cites
 * only R-ids its guards implement, each listed by its `meta.faq` page or by the FAQ page of a guard
 * that implements it (a transition gating on several guards cites one page, its main one).
 */
import { getStateNodes } from 'xstate/graph';
import type { AnyStateMachine } from 'xstate';
import { describe, expect, test } from 'vitest';
import { ASSUMPTION_IDS, isFaqId, RULES, type AnyRule } from '../src/dmp/index';
import { MACHINES } from '../machines/index';
import { readFaqDocs } from './support/faq-files';

const pages = readFaqDocs();
/** R-ids each FAQ page lists in its front matter. */
const FAQ_RULES = new Map(
  pages.map((d) => [String(d.faq['id']), new Set((d.faq['rules'] as string[] | undefined) ?? [])]),
);

/** FAQ ids a predicate may be cited under: its own, and the FAQ ids among its sources. */
const faqOf = (rule: AnyRule): string[] => [rule.faq, ...(rule.sources ?? []).filter(isFaqId)];

/** Names of the guards a guard expression refers to (through `not`, `and`, `or`). */
function guardNames(guard: unknown): string[] {
  if (guard === undefined || guard === null) return [];
  if (typeof guard === 'string') return [guard];
  if (typeof guard === 'function' && 'guards' in guard)
    return (guard as { guards: unknown[] }).guards.flatMap(guardNames);
  if (typeof guard === 'object' && 'type' in guard) return [String(guard.type)];
  return [];
}

interface Cited {
  readonly where: string;
  readonly guards: string[];
  readonly faq: string;
  readonly rules: string[];
}

function citedTransitions(machine: AnyStateMachine): Cited[] {
  return [machine.root, ...getStateNodes(machine.root)].flatMap((node) =>
    [...node.transitions.entries()].flatMap(([event, defs]) =>
      defs.flatMap((t, i) => {
        const meta = t.meta as { faq?: string; rules?: readonly string[] } | undefined;
        if (meta?.faq === undefined || t.guard === undefined) return [];
        return [
          {
            where: `${node.id} · ${event} #${i}`,
            guards: guardNames(t.guard),
            faq: meta.faq,
            rules: [...(meta.rules ?? [])],
          },
        ];
      }),
    ),
  );
}

describe('rule predicates ↔ FAQ front matter', () => {
  test.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s cites R-ids that one of its FAQ pages lists',
    (_, rule) => {
      const listed = new Set(faqOf(rule).flatMap((id) => [...(FAQ_RULES.get(id) ?? [])]));
      expect(rule.rules.filter((r) => !listed.has(r))).toEqual([]);
    },
  );

  test.each(pages.map((d) => [String(d.faq['id'])] as const))(
    '%s: each listed R-id a predicate implements is implemented by a predicate citing this page',
    (id) => {
      const orphans = [...(FAQ_RULES.get(id) ?? [])].filter((r) => {
        const implementing = RULES.filter((rule) => rule.rules.includes(r as never));
        return implementing.length > 0 && !implementing.some((rule) => faqOf(rule).includes(id));
      });
      expect(orphans).toEqual([]);
    },
  );
});

describe.each(MACHINES.map((m) => [m.id, m] as const))('machine %s: cited rules', (_, entry) => {
  const cited = citedTransitions(entry.machine);
  test.each(cited.map((t) => [t.where, t] as const))(
    '%s cites only R-ids its guards implement and its FAQ page lists',
    (_, t) => {
      const guardRules = t.guards.flatMap((g) => entry.guardRules[g] ?? []);
      const own = new Set(guardRules.flatMap((rule) => rule.rules));
      const listedFor = (r: string) =>
        (FAQ_RULES.get(t.faq)?.has(r) ?? false) ||
        guardRules.some(
          (rule) =>
            rule.rules.includes(r as never) &&
            faqOf(rule).some((id) => FAQ_RULES.get(id)?.has(r) ?? false),
        );
      expect({
        notImplementedByGuard: t.rules.filter((r) => !own.has(r as never)),
        notListedByFaq: t.rules.filter((r) => !listedFor(r)),
      }).toEqual({ notImplementedByGuard: [], notListedByFaq: [] });
    },
  );
});

/** Issue 15: a transition whose text speaks of an assumption names it by its registry id. */
describe.each(MACHINES.map((m) => [m.id, m] as const))('machine %s: assumptions', (_, entry) => {
  test('every description that speaks of an assumption gives its id (HSn)', () => {
    const nodes = [entry.machine.root, ...getStateNodes(entry.machine.root)];
    const texts = nodes.flatMap((node) => [
      node.description ?? '',
      ...[...node.transitions.values()].flatMap((defs) => defs.map((t) => t.description ?? '')),
    ]);
    const silent = texts.filter(
      (text) =>
        /hypothèse|choix du simulateur/i.test(text) &&
        !ASSUMPTION_IDS.some((id) => new RegExp(`\\b${id}\\b`).test(text)),
    );
    expect(silent).toEqual([]);
  });
});
