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

/** A guard as a tree: a named guard, or `not`/`and`/`or` of guards. */
export type GuardTree =
  | { readonly kind: 'ref'; readonly name: string }
  | { readonly kind: 'not'; readonly of: GuardTree }
  | { readonly kind: 'and' | 'or'; readonly of: readonly GuardTree[] };

/** A transition of a statechart, as drawn. */
export interface ChartTransition {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly event: string;
  readonly guard?: string;
  /** The same guard as a tree, to read it in French. */
  readonly guardTree?: GuardTree;
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

function combinator(op: string, parts: readonly unknown[]): GuardTree | undefined {
  const of = parts.map(guardTreeOf).filter((g): g is GuardTree => g !== undefined);
  if (op === 'not') return of[0] ? { kind: 'not', of: of[0] } : undefined;
  if (op === 'and' || op === 'or') return { kind: op, of };
  return undefined;
}

/** The guard as a tree (string, `{ type }`, `xstate.and` params or xstate's `not`/`and`/`or`). */
export function guardTreeOf(guard: unknown): GuardTree | undefined {
  if (!guard) return undefined;
  if (typeof guard === 'string') return { kind: 'ref', name: guard };
  if (typeof guard === 'object' && 'type' in guard) {
    const g = guard as { type: unknown; params?: { guards?: unknown[] } };
    const type = String(g.type);
    if (type.startsWith('xstate.') && g.params?.guards)
      return combinator(type.replace('xstate.', ''), g.params.guards);
    return { kind: 'ref', name: type };
  }
  if (typeof guard === 'function') {
    const inner = (guard as { guards?: unknown[] }).guards;
    if (inner) return combinator(guard.name, inner);
    return guard.name ? { kind: 'ref', name: guard.name } : undefined;
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
      const guardTree = guardTreeOf(t.guard);
      transitions.push({
        id: edge.id,
        source: edge.source.id,
        target: edge.target.id,
        event: t.eventType,
        ...(guard ? { guard } : {}),
        ...(guardTree ? { guardTree } : {}),
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
