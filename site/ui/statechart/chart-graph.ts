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
  /** A transition without target: it runs actions and stays in its state (not drawn as an arrow). */
  readonly internal: boolean;
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
  if (typeof guard === 'function') {
    // not/and/or from xstate are functions carrying the guards they combine.
    const inner = (guard as { guards?: unknown[] }).guards;
    return inner ? `${guard.name}(${inner.map(guardName).join(', ')})` : guard.name || 'garde';
  }
  return undefined;
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
      const t = edge.transition as {
        eventType: string;
        guard?: unknown;
        description?: string;
        meta?: Record<string, unknown>;
        target?: unknown;
      };
      const guard = guardName(t.guard);
      transitions.push({
        id: edge.id,
        source: edge.source.id,
        target: edge.target.id,
        event: t.eventType,
        ...(guard ? { guard } : {}),
        ...(t.description ? { description: t.description } : {}),
        ...(t.meta ? { meta: t.meta } : {}),
        internal: t.target === undefined,
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
  // Transitions declared on the machine itself start from the root: draw the root as a box then.
  const rootIsEndpoint = transitions.some(
    (t) => !t.internal && (t.source === root.id || t.target === root.id),
  );
  return { id: machine.id, root: rootIsEndpoint ? [root] : root.children, transitions };
}
