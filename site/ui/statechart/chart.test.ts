import { and, not, setup } from 'xstate';
import { describe, expect, test } from 'vitest';
import { chartOf, guardTreeOf } from './chart-graph';
import { frenchLabeller, frenchLabels, guardText, MissingLabelError } from './chart-labels';
import { labelLines, layoutChart } from './chart-layout';

const machine = setup({
  types: { events: {} as { type: 'ps.ask' } | { type: 'ps.cancel' } | { type: 'patient.agree' } },
  guards: { isAdult: () => true, hasCard: () => true },
}).createMachine({
  id: 'probe',
  initial: 'idle',
  states: {
    idle: { on: { 'ps.ask': { target: 'asking', guard: 'isAdult' } } },
    asking: {
      initial: 'waiting',
      states: {
        waiting: {
          on: {
            'patient.agree': {
              target: '#probe.done',
              guard: { type: 'xstate.and', params: { guards: ['isAdult', 'hasCard'] } } as never,
            },
          },
        },
      },
      on: { 'ps.cancel': 'idle' },
    },
    done: { type: 'final' },
  },
});

describe('chartOf', () => {
  const chart = chartOf(machine);

  test('keeps the nesting, the initial states and the final state', () => {
    expect(chart.root.map((s) => s.key)).toEqual(['idle', 'asking', 'done']);
    expect(chart.root.find((s) => s.key === 'idle')?.initial).toBe(true);
    expect(chart.root.find((s) => s.key === 'asking')?.children.map((c) => c.key)).toEqual([
      'waiting',
    ]);
    expect(chart.root.find((s) => s.key === 'done')?.final).toBe(true);
  });

  test('lists every transition with its event and named guard', () => {
    const byEvent = Object.fromEntries(chart.transitions.map((t) => [t.event, t]));
    expect(Object.keys(byEvent).sort()).toEqual(['patient.agree', 'ps.ask', 'ps.cancel']);
    expect(byEvent['ps.ask']).toMatchObject({
      source: 'probe.idle',
      target: 'probe.asking',
      guard: 'isAdult',
    });
    expect(byEvent['ps.cancel']?.guard).toBeUndefined();
    expect(labelLines(byEvent['ps.ask']!)).toEqual(['ps.ask', '[isAdult]']);
  });
});

test('draws the machine itself as a box when a transition starts from it', () => {
  const rooted = setup({
    types: { events: {} as { type: 'session.reset' } | { type: 'ps.go' } | { type: 'ps.note' } },
  }).createMachine({
    id: 'rooted',
    initial: 'a',
    on: { 'session.reset': '.a', 'ps.note': { actions: [] } },
    states: { a: { on: { 'ps.go': 'b' } }, b: {} },
  });
  const chart = chartOf(rooted);
  expect(chart.root.map((s) => s.id)).toEqual(['rooted']);
  expect(chart.root[0]?.children.map((s) => s.key)).toEqual(['a', 'b']);
  expect(chart.transitions.find((t) => t.event === 'session.reset')?.source).toBe('rooted');
  expect(chart.transitions.find((t) => t.event === 'ps.note')?.internal).toBe(true);
});

test('names combined guards from their parts', () => {
  const m = setup({ guards: { isBlocked: () => true, hasCard: () => true } }).createMachine({
    id: 'g',
    initial: 'a',
    states: {
      a: { on: { 'ps.go': { target: 'b', guard: and(['hasCard', not('isBlocked')]) } } },
      b: {},
    },
  });
  expect(chartOf(m).transitions[0]?.guard).toBe('and(hasCard, not(isBlocked))');
});

describe('layoutChart', () => {
  test('places every state inside the drawing and routes every transition', async () => {
    const layout = await layoutChart(chartOf(machine));
    expect(layout.states.map((s) => s.state.key).sort()).toEqual([
      'asking',
      'done',
      'idle',
      'waiting',
    ]);
    for (const s of layout.states) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x + s.width).toBeLessThanOrEqual(layout.width);
      expect(s.y + s.height).toBeLessThanOrEqual(layout.height);
    }
    const asking = layout.states.find((s) => s.state.key === 'asking')!;
    const waiting = layout.states.find((s) => s.state.key === 'waiting')!;
    expect(waiting.x).toBeGreaterThan(asking.x);
    expect(waiting.y).toBeGreaterThan(asking.y);
    expect(layout.transitions).toHaveLength(3);
    for (const t of layout.transitions) expect(t.points.length).toBeGreaterThanOrEqual(2);
  });
});

describe('French labels', () => {
  const labels = {
    states: {
      idle: 'Au repos',
      asking: 'Demande en cours',
      'asking.waiting': 'En attente',
      done: 'Fini',
    },
    events: {
      'ps.ask': 'Le professionnel demande',
      'ps.cancel': 'Il annule',
      'patient.agree': "Le patient est d'accord",
    },
  };
  const guards = {
    isAdult: { yes: 'patient majeur', no: 'patient mineur' },
    hasCard: { yes: 'carte présente', no: 'sans carte' },
  };

  test('reads guards in French, negations through De Morgan', () => {
    const tree = guardTreeOf(not(and(['isAdult', 'hasCard'])));
    expect(tree && guardText(tree, guards)).toBe('patient mineur ou sans carte');
    const both = guardTreeOf({ type: 'xstate.and', params: { guards: ['isAdult', 'hasCard'] } });
    expect(both && guardText(both, guards)).toBe('patient majeur et carte présente');
  });

  test('draws every state and arrow in French, with no code name', async () => {
    const chart = chartOf(machine);
    const layout = await layoutChart(chart, frenchLabeller(chart, 'Sonde', labels, guards));
    const words = [
      ...layout.states.flatMap((s) => s.lines),
      ...layout.transitions.flatMap((t) => t.label.lines.map((l) => l.text)),
    ].join(' ');
    expect(words).toContain('Demande en cours');
    expect(words).toContain('si patient majeur');
    for (const code of ['idle', 'asking', 'ps.ask', 'isAdult', 'patient.agree'])
      expect(words).not.toContain(code);
  });

  test('a state or an event without a label fails the build', () => {
    const chart = chartOf(machine);
    const partial = { states: { idle: 'Au repos' }, events: labels.events };
    const fr = frenchLabels(chart, 'Sonde', partial, guards);
    expect(() => fr.stateName('probe.asking')).toThrow(MissingLabelError);
    expect(() =>
      frenchLabels(chart, 'Sonde', { ...labels, events: {} }, guards).eventName('ps.ask'),
    ).toThrow(/ps\.ask/);
  });

  test('transitions with the same source and target share one arrow', async () => {
    const m = setup({ guards: { a: () => true } }).createMachine({
      id: 'm',
      initial: 'x',
      states: {
        x: { on: { go: [{ target: 'y', guard: 'a' }, { target: 'y' }], back: 'y' } },
        y: {},
      },
    });
    const layout = await layoutChart(chartOf(m));
    expect(layout.transitions).toHaveLength(1);
    expect(layout.transitions[0]?.label.lines.map((l) => l.text)).toEqual([
      'go',
      '[a]',
      '[else]',
      'back',
    ]);
  });
});
