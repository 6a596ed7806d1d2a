/**
 * Meta-tests of the machines: every guard maps to a core rule with a known FAQ id and calls it;
 * every guarded transition carries its sources (`meta.faq`, `meta.rules`) and a description; the
 * behavioural FAQ rules are implemented by the core, and those no guard decides are listed with a
 * reason (`NOT_IN_MACHINES`).
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import {
  FAQ_IDS,
  isFaqId,
  isRuleId,
  NON_BEHAVIOURAL_RULES,
  RULE_IDS,
  RULES,
  type AnyRule,
} from '../src/dmp/index';
import { checkOfGuard } from './checks';
import { behaviouralRulesOutsideGuards, NOT_IN_MACHINES } from './coverage';
import { MACHINES } from './index';
import { MODELS } from './model/models';

interface TransitionView {
  readonly where: string;
  readonly guard: unknown;
  readonly meta?: { readonly faq?: unknown; readonly rules?: unknown };
  readonly description?: string;
}

/** Every transition definition of a machine, with where it is. */
function transitionsOf(machine: AnyStateMachine): TransitionView[] {
  return [machine.root, ...getStateNodes(machine.root)].flatMap((node) =>
    [...node.transitions.entries()].flatMap(([event, defs]) =>
      defs.map((t, i) => ({
        where: `${node.id} · ${event} #${i}`,
        guard: t.guard,
        ...(t.meta === undefined ? {} : { meta: t.meta as NonNullable<TransitionView['meta']> }),
        ...(t.description === undefined ? {} : { description: t.description }),
      })),
    ),
  );
}

/** Names of the guards a guard expression refers to (through `not`, `and`, `or`). */
function guardNames(guard: unknown): string[] {
  if (guard === undefined || guard === null) return [];
  if (typeof guard === 'string') return [guard];
  if (typeof guard === 'function' && 'guards' in guard)
    return (guard as { guards: unknown[] }).guards.flatMap(guardNames);
  if (typeof guard === 'object' && 'type' in guard) return [String(guard.type)];
  throw new Error('garde en ligne (lambda) : interdit par STYLE.md §3');
}

/** FAQ ids a rule may be cited under: its own, and the FAQ ids among its sources. */
const faqOf = (rule: AnyRule): string[] => [rule.faq, ...(rule.sources ?? []).filter(isFaqId)];

describe.each(MACHINES.map((m) => [m.id, m] as const))('machine %s', (_, entry) => {
  const guards = Object.entries(entry.machine.implementations.guards);
  const transitions = transitionsOf(entry.machine);
  const guarded = transitions.filter((t) => t.guard !== undefined);

  test('le catalogue est complet : id, titre et résumé en français, FAQ connues', () => {
    expect(entry.id).toBe(entry.machine.id);
    expect(entry.title.length).toBeGreaterThan(10);
    expect(entry.summary.length).toBeGreaterThan(80);
    expect(entry.faq.length).toBeGreaterThan(0);
    for (const id of entry.faq) expect(FAQ_IDS).toContain(id);
  });

  test.each(guards.map(([name]) => [name] as const))(
    'la garde %s correspond à une règle du cœur, enregistrée, citant une FAQ connue',
    (name) => {
      const rule = entry.guardRules[name];
      expect(rule, `${name} n'a pas d'entrée dans GUARD_RULES`).toBeDefined();
      if (rule === undefined) return;
      expect(RULES, `${rule.id} n'est pas dans RULES`).toContain(rule);
      expect(isFaqId(rule.faq), `${rule.id} cite ${rule.faq}`).toBe(true);
      for (const r of rule.rules) expect(isRuleId(r)).toBe(true);
      const guard = entry.machine.implementations.guards[name];
      // A guard built from a core check list calls its check's rule (machines/checks.ts).
      const check = checkOfGuard(guard);
      if (check !== undefined)
        expect(check.rule, `la garde ${name} vient de ${check.id}`).toBe(rule);
      else expect(String(guard), `la garde ${name} doit appeler ${rule.id}`).toContain(rule.id);
    },
  );

  test('GUARD_RULES ne décrit que des gardes implémentées, et chaque garde sert', () => {
    const implemented = guards.map(([name]) => name).sort();
    const used = new Set(guarded.flatMap((t) => guardNames(t.guard)));
    expect(Object.keys(entry.guardRules).sort()).toEqual(implemented);
    expect(implemented.filter((name) => !used.has(name))).toEqual([]);
  });

  test.each(guarded.map((t) => [t.where, t] as const))(
    'la transition gardée %s porte meta.faq, meta.rules et une description',
    (_, t) => {
      expect(t.description?.length ?? 0, 'description').toBeGreaterThan(10);
      expect(isFaqId(String(t.meta?.faq)), `meta.faq = ${String(t.meta?.faq)}`).toBe(true);
      expect(Array.isArray(t.meta?.rules), 'meta.rules').toBe(true);
      for (const r of (t.meta?.rules ?? []) as unknown[]) expect(isRuleId(String(r))).toBe(true);
      const sources = guardNames(t.guard).flatMap((name) => {
        const rule = entry.guardRules[name];
        return rule === undefined ? [] : faqOf(rule);
      });
      expect(sources, `meta.faq doit être une source d'une garde de ${t.where}`).toContain(
        t.meta?.faq,
      );
    },
  );

  // Issue 15: masking from professionals (MASQUE_PS) was cited as R16, which is about hiding a
  // document from the patient. Those transitions cite only the rules their guard declares.
  const masking = guarded.filter((t) => guardNames(t.guard).includes('isOpenDespiteMasking'));
  test.each(masking.map((t) => [t.where, t] as const))(
    'la transition de masquage %s ne cite que les règles R de sa garde (pas R16)',
    (_, t) => {
      const own = new Set(
        guardNames(t.guard).flatMap((name) => entry.guardRules[name]?.rules ?? []),
      );
      const cited = (t.meta?.rules ?? []) as unknown[];
      expect(cited.filter((r) => !own.has(r as never))).toEqual([]);
    },
  );

  test('chaque FAQ citée par une transition figure dans le catalogue de la machine', () => {
    const cited = new Set(
      transitions.flatMap((t) => {
        const faq = t.meta?.faq;
        return faq === undefined ? [] : [typeof faq === 'string' ? faq : JSON.stringify(faq)];
      }),
    );
    expect([...cited].filter((faq) => !entry.faq.includes(faq as never))).toEqual([]);
  });

  test('chaque exemple du catalogue démarre la machine', () => {
    // The examples are the personas of the machine's model (test code, kept out of the catalogue).
    const examples = MODELS.find((m) => m.machine === entry.machine)?.personas ?? [];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const actor = createActor(entry.machine as AnyStateMachine, { input: example.input });
      actor.start();
      expect(actor.getSnapshot().status, example.name).toBe('active');
      actor.stop();
    }
  });

  test('toute transition (gardée ou non) a une description', () => {
    expect(
      transitions.filter((t) => (t.description ?? '').length === 0).map((t) => t.where),
    ).toEqual([]);
  });
});

describe('règles R1–R50', () => {
  const implemented = new Set(RULES.flatMap((rule) => rule.rules));
  const behavioural = RULE_IDS.filter((id) => !Object.hasOwn(NON_BEHAVIOURAL_RULES, id));
  const outside = behaviouralRulesOutsideGuards(MACHINES.map((m) => m.guardRules));

  test.each(behavioural)(
    '%s, règle de comportement, est implémentée par un prédicat du cœur',
    (id) => {
      expect(implemented.has(id)).toBe(true);
    },
  );

  test(`règles de comportement hors des gardes des machines (décisions du cœur seulement) : ${outside.join(', ')}`, () => {
    expect(outside).toEqual(Object.keys(NOT_IN_MACHINES));
    for (const reason of Object.values(NOT_IN_MACHINES))
      expect(reason?.length ?? 0).toBeGreaterThan(40);
  });

  test('les gardes des machines décident plus de 90 % des règles de comportement', () => {
    expect(1 - outside.length / behavioural.length).toBeGreaterThan(0.9);
  });
});
