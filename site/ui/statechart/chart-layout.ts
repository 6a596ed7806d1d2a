import ELK from 'elkjs/lib/elk.bundled.js';
import type { Chart, ChartState, ChartTransition } from './chart-graph';
import { TECHNICAL_LABELS, type ChartLabeller } from './chart-labels';

/** A positioned state box (absolute coordinates). */
interface PlacedState {
  readonly state: ChartState;
  /** The lines of its name. */
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One line of a transition label: what happens, or a condition. */
interface LabelLine {
  readonly text: string;
  readonly condition: boolean;
}

/**
 * A routed arrow (absolute coordinates). Transitions with the same source and target share one
 * arrow, whose label lists each event and its conditions: parallel arrows would widen the drawing.
 */
interface PlacedTransition {
  /** The first transition of the arrow. */
  readonly transition: ChartTransition;
  /** Every transition the arrow stands for. */
  readonly transitions: readonly ChartTransition[];
  readonly points: readonly { x: number; y: number }[];
  readonly label: {
    x: number;
    y: number;
    width: number;
    height: number;
    lines: readonly LabelLine[];
  };
}

/** A laid-out statechart, ready to draw. */
interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly states: readonly PlacedState[];
  readonly transitions: readonly PlacedTransition[];
}

const LINE = 15;

/** Lines of a transition label with the code names: the event, then the guard in brackets. */
export function labelLines(t: ChartTransition): string[] {
  const { event, condition } = TECHNICAL_LABELS.transition(t);
  return [...event, ...condition];
}

const longest = (lines: readonly string[]) => Math.max(0, ...lines.map((l) => l.length));

function stateNode(s: ChartState, labeller: ChartLabeller): Record<string, unknown> {
  const lines = labeller.state(s);
  const textWidth = longest(lines) * labeller.glyph.bold;
  return {
    id: s.id,
    labels: [{ text: lines.join('\n'), width: textWidth, height: lines.length * LINE }],
    ...(s.children.length
      ? {
          children: s.children.map((c) => stateNode(c, labeller)),
          layoutOptions: {
            'elk.padding': `[top=${20 + lines.length * LINE},left=16,bottom=16,right=16]`,
            'elk.nodeLabels.placement': 'INSIDE V_TOP H_LEFT',
          },
        }
      : { width: Math.max(90, textWidth + 28), height: 25 + lines.length * LINE }),
  };
}

/** The drawn transitions grouped by arrow (same source and target), in declaration order. */
function arrows(chart: Chart): ChartTransition[][] {
  const groups = new Map<string, ChartTransition[]>();
  for (const t of chart.transitions.filter((t) => !t.internal)) {
    const key = `${t.source}\u0000${t.target}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()];
}

/**
 * The label of an arrow: each event once, then the condition of each of its transitions. A
 * transition without condition whose event has guarded siblings in its state reads « sinon ».
 */
function arrowLabel(
  chart: Chart,
  group: readonly ChartTransition[],
  labeller: ChartLabeller,
): LabelLine[] {
  const lines: LabelLine[] = [];
  for (const event of [...new Set(group.map((t) => t.event))]) {
    const same = group.filter((t) => t.event === event);
    lines.push(...labeller.transition(same[0]!).event.map((text) => ({ text, condition: false })));
    for (const t of same) {
      const { condition } = labeller.transition(t);
      const guardedSiblings = chart.transitions.some(
        (o) => o !== t && o.source === t.source && o.event === t.event && o.guard !== undefined,
      );
      const texts = condition.length > 0 ? condition : guardedSiblings ? [labeller.otherwise] : [];
      lines.push(...texts.map((text) => ({ text, condition: true })));
    }
  }
  return lines;
}

/**
 * Lays a statechart out with ELK (layered, hierarchy-aware). Runs at build time only: the page
 * receives a static SVG and no JavaScript.
 */
export async function layoutChart(
  chart: Chart,
  labeller: ChartLabeller = TECHNICAL_LABELS,
  options: Readonly<Record<string, string>> = {},
): Promise<ChartLayout> {
  const elk = new ELK();
  const groups = arrows(chart);
  const graph = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.layered.spacing.edgeNodeBetweenLayers': '10',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
      'elk.spacing.edgeEdge': '6',
      'elk.spacing.nodeNode': '20',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'false',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
      ...options,
    },
    children: chart.root.map((s) => stateNode(s, labeller)),
    edges: groups.map((group) => {
      const lines = arrowLabel(chart, group, labeller).map((l) => l.text);
      return {
        id: group[0]!.id,
        sources: [group[0]!.source],
        targets: [group[0]!.target],
        labels: [
          {
            text: lines.join('\n'),
            width: longest(lines) * labeller.glyph.regular + 8,
            height: lines.length * LINE + 4,
          },
        ],
      };
    }),
  };
  const out = (await elk.layout(graph as never)) as unknown as ElkOut;
  const states: PlacedState[] = [];
  const byId = new Map<string, ChartState>();
  const index = (s: ChartState) => {
    byId.set(s.id, s);
    s.children.forEach(index);
  };
  chart.root.forEach(index);
  const place = (n: ElkOut, ox: number, oy: number) => {
    for (const c of n.children ?? []) {
      const x = ox + (c.x ?? 0);
      const y = oy + (c.y ?? 0);
      const state = byId.get(c.id);
      if (state)
        states.push({
          state,
          lines: labeller.state(state),
          x,
          y,
          width: c.width ?? 0,
          height: c.height ?? 0,
        });
      place(c, x, y);
    }
  };
  place(out, 0, 0);
  const offsets = new Map<string, { x: number; y: number }>([['__root', { x: 0, y: 0 }]]);
  for (const s of states) offsets.set(s.state.id, { x: s.x, y: s.y });
  const byArrow = new Map(groups.map((g) => [g[0]!.id, g]));
  const transitions: PlacedTransition[] = [];
  const collectEdges = (n: ElkOut) => {
    for (const e of n.edges ?? []) {
      const group = byArrow.get(e.id);
      const t = group?.[0];
      // Edge coordinates are relative to the edge's container (ELK JSON "container").
      const o = offsets.get(e.container ?? '__root') ?? { x: 0, y: 0 };
      const sec = e.sections?.[0];
      const lab = e.labels?.[0];
      if (!group || !t || !sec) continue;
      transitions.push({
        transition: t,
        transitions: group,
        points: [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint].map((p) => ({
          x: p.x + o.x,
          y: p.y + o.y,
        })),
        label: {
          x: (lab?.x ?? 0) + o.x,
          y: (lab?.y ?? 0) + o.y,
          width: lab?.width ?? 0,
          height: lab?.height ?? 0,
          lines: arrowLabel(chart, group, labeller),
        },
      });
    }
    for (const c of n.children ?? []) collectEdges(c);
  };
  collectEdges(out);
  return { width: out.width ?? 0, height: out.height ?? 0, states, transitions };
}

interface ElkOut {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkOut[];
  edges?: {
    id: string;
    container?: string;
    sections?: {
      startPoint: { x: number; y: number };
      endPoint: { x: number; y: number };
      bendPoints?: { x: number; y: number }[];
    }[];
    labels?: { x?: number; y?: number; width?: number; height?: number }[];
  }[];
}
