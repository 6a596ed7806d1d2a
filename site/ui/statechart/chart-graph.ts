import type { AnyStateMachine } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';

/** A state of a statechart, as drawn. */
export interface ChartState {
  readonly id: string;
  readonly key: string;
  readonly description?: string;
  readonly initial: boolean;
  readonly final: boolean;
  readonly children: readonly ChartState[];
}

/** A transition of a statechart, as drawn. */
export interface ChartTransition {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly event: string;
  readonly guard?: string;
  readonly description?: string;
  readonly meta?: Record<string, unknown>;
}

/** A statechart extracted from an XState machine definition: states (nested) and transitions. */
export interface Chart {
  readonly id: string;
  readonly root: readonly ChartState[];
  readonly transitions: readonly ChartTransition[];
}

function guardName(guard: unknown): string | undefined {
  if (!guard) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) {
    const g = guard as { type: unknown; params?: { guards?: unknown[] } };
    const type = String(g.type);
    if (type.startsWith('xstate.') && g.params?.guards) {
      const op = type.replace('xstate.', '');
      return `${op}(${g.params.guards.map(guardName).join(', ')})`;
    }
    return type;
  }
  return typeof guard === 'function' ? guard.name || 'garde' : undefined;
}

/**
 * Extracts the statechart of a machine from its definition (`toDirectedGraph`), so diagrams are
 * generated from the code and cannot drift from it.
 */
export function chartOf(machine: AnyStateMachine): Chart {
  const graph = toDirectedGraph(machine);
  const transitions: ChartTransition[] = [];
  const visit = (node: DirectedGraphNode): ChartState => {
    const sn = node.stateNode;
    for (const edge of node.edges) {
      const t = edge.transition as { eventType: string; guard?: unknown; description?: string; meta?: Record<string, unknown> };
      const guard = guardName(t.guard);
      transitions.push({
        id: edge.id,
        source: edge.source.id,
        target: edge.target.id,
        event: t.eventType,
        ...(guard ? { guard } : {}),
        ...(t.description ? { description: t.description } : {}),
        ...(t.meta ? { meta: t.meta } : {}),
      });
    }
    const parent = sn.parent;
    return {
      id: sn.id,
      key: sn.key,
      ...(sn.description ? { description: sn.description } : {}),
      initial: parent !== undefined && parent.initial?.target?.[0]?.id === sn.id,
      final: sn.type === 'final',
      children: node.children.map(visit),
    };
  };
  const root = visit(graph);
  return { id: machine.id, root: root.children, transitions };
}
