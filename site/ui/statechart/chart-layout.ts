import ELK from 'elkjs/lib/elk.bundled.js';
import type { Chart, ChartState, ChartTransition } from './chart-graph';

/** A positioned state box (absolute coordinates). */
export interface PlacedState {
  readonly state: ChartState;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A routed transition (absolute coordinates). */
export interface PlacedTransition {
  readonly transition: ChartTransition;
  readonly points: readonly { x: number; y: number }[];
  readonly label: { x: number; y: number; width: number; height: number; lines: readonly string[] };
}

/** A laid-out statechart, ready to draw. */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly states: readonly PlacedState[];
  readonly transitions: readonly PlacedTransition[];
}

const CHAR = 6.6; // average glyph width at 12px, for label boxes
const LINE = 15;

/** Lines of a transition label: the event, then the guard in brackets. */
export function labelLines(t: ChartTransition): string[] {
  return [t.event, ...(t.guard ? [`[${t.guard}]`] : [])];
}

function stateNode(s: ChartState): Record<string, unknown> {
  const width = Math.max(90, s.key.length * 7.6 + 28);
  return {
    id: s.id,
    labels: [{ text: s.key, width: s.key.length * 7.6, height: 16 }],
    ...(s.children.length
      ? {
          children: s.children.map(stateNode),
          layoutOptions: {
            'elk.padding': '[top=34,left=16,bottom=16,right=16]',
            'elk.nodeLabels.placement': 'INSIDE V_TOP H_LEFT',
          },
        }
      : { width, height: 40 }),
  };
}

/**
 * Lays a statechart out with ELK (layered, hierarchy-aware). Runs at build time only: the page
 * receives a static SVG and no JavaScript.
 */
export async function layoutChart(chart: Chart): Promise<ChartLayout> {
  const elk = new ELK();
  const graph = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '40',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'false',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
    },
    children: chart.root.map(stateNode),
    edges: chart.transitions
      .filter((t) => !t.internal)
      .map((t) => {
        const lines = labelLines(t);
        return {
          id: t.id,
          sources: [t.source],
          targets: [t.target],
          labels: [
            {
              text: lines.join('\n'),
              width: Math.max(...lines.map((l) => l.length)) * CHAR + 8,
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
      if (state) states.push({ state, x, y, width: c.width ?? 0, height: c.height ?? 0 });
      place(c, x, y);
    }
  };
  place(out, 0, 0);
  const offsets = new Map<string, { x: number; y: number }>([['__root', { x: 0, y: 0 }]]);
  for (const s of states) offsets.set(s.state.id, { x: s.x, y: s.y });
  const byTransition = new Map(chart.transitions.map((t) => [t.id, t]));
  const transitions: PlacedTransition[] = [];
  const collectEdges = (n: ElkOut) => {
    for (const e of n.edges ?? []) {
      const t = byTransition.get(e.id);
      // Edge coordinates are relative to the edge's container (ELK JSON "container").
      const o = offsets.get(e.container ?? '__root') ?? { x: 0, y: 0 };
      const sec = e.sections?.[0];
      const lab = e.labels?.[0];
      if (!t || !sec) continue;
      transitions.push({
        transition: t,
        points: [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint].map((p) => ({
          x: p.x + o.x,
          y: p.y + o.y,
        })),
        label: {
          x: (lab?.x ?? 0) + o.x,
          y: (lab?.y ?? 0) + o.y,
          width: lab?.width ?? 0,
          height: lab?.height ?? 0,
          lines: labelLines(t),
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
