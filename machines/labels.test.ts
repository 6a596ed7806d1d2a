/**
 * Every state, event and guard of every machine has a French label (the rule pages draw the
 * diagrams with them), and no label is a leftover code name.
 */
import { getStateNodes } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { MACHINES } from './index';
import { GUARD_LABELS } from './labels';

/** A code identifier: `ps.requestBreakGlass`, `idle`, `depositOnly`, `hasActiveDmp`. */
const CODE_NAME = /^[a-z]+([A-Z.][A-Za-z]*)*$/;

describe.each(MACHINES.map((m) => [m.id, m] as const))('%s', (_id, entry) => {
  const nodes = getStateNodes(entry.machine.root);

  test('every state has a French label', () => {
    const paths = nodes.map((n) => n.path.join('.'));
    expect(paths.filter((p) => entry.labels.states[p] === undefined)).toEqual([]);
    // And no label is left for a state that no longer exists.
    expect(Object.keys(entry.labels.states).filter((p) => !paths.includes(p))).toEqual([]);
  });

  test('every event has a French label', () => {
    const events = [entry.machine.root, ...nodes].flatMap((n) => [...n.transitions.keys()]);
    const labels = entry.labels.events as Record<string, string | undefined>;
    expect([...new Set(events)].filter((e) => labels[e] === undefined)).toEqual([]);
  });

  test('every guard has a French label, true and false', () => {
    const guards = Object.keys(entry.guardRules);
    const labels = GUARD_LABELS as Record<string, { yes: string; no: string } | undefined>;
    expect(guards.filter((g) => !labels[g]?.yes || !labels[g]?.no)).toEqual([]);
  });

  test('labels are French words, not code names', () => {
    const all = [...Object.values(entry.labels.states), ...Object.values(entry.labels.events)];
    expect(all.filter((l) => CODE_NAME.test(l) || l.trim() === '')).toEqual([]);
  });
});

test('guard labels are French words, not code names', () => {
  const all = Object.values(GUARD_LABELS).flatMap((l) => [l.yes, l.no]);
  expect(all.filter((l) => CODE_NAME.test(l))).toEqual([]);
});
