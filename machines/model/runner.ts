/**
 * Model-based testing of the business machines (xstate/graph): bounded traversal with explicit
 * event samples and a serialisation that keeps only what drives behaviour, replay of every path
 * on a real actor with the invariants checked at every step, and state/transition coverage.
 */
import {
  createActor,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';
import { createTestModel, getStateNodes, toDirectedGraph, type TestPath } from 'xstate/graph';

/** A named input of a machine (a persona of the seed), with optional event restrictions. */
export interface Persona<M extends AnyStateMachine> {
  readonly name: string;
  readonly input: InputFrom<M>;
  /** Keep only these event types during the traversal (to bound short personas). */
  readonly only?: readonly EventFromLogic<M>['type'][];
}

/** How to explore one machine: personas, event samples, projection, invariants. */
export interface ModelSpec<M extends AnyStateMachine> {
  readonly machine: M;
  readonly personas: readonly Persona<M>[];
  /** Event samples offered in a snapshot (every payload event needs at least one sample). */
  readonly events: (snapshot: SnapshotFrom<M>) => readonly EventFromLogic<M>[];
  /** The part of the context that drives behaviour (everything else is ignored by the traversal). */
  readonly project: (snapshot: SnapshotFrom<M>) => unknown;
  /** Invariant violations of a snapshot, given the previous snapshot and the event between them. */
  readonly invariants: (
    snapshot: SnapshotFrom<M>,
    previous: SnapshotFrom<M> | undefined,
    event: EventFromLogic<M> | undefined,
  ) => readonly string[];
  /** Path generator: shortest paths (default) or simple paths (small machines only). */
  readonly traversal?: 'shortest' | 'simple';
  /** Upper bound of the traversal (xstate throws beyond it, so a growing model fails loudly). */
  readonly limit?: number;
}

/** Any spec (for catalogues). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogeneous catalogue of specs
export type AnyModelSpec = ModelSpec<any>;

/** A generated path of a persona. */
export interface PersonaPath {
  readonly persona: string;
  readonly name: string;
  readonly path: TestPath<AnyMachineSnapshot, { type: string }>;
}

/** Stable key of a transition definition: source state, event, position among the candidates. */
export function transitionKey(t: {
  source: { id: string; transitions: Map<string, unknown[]> };
  eventType: string;
}): string {
  const index = t.source.transitions.get(t.eventType)?.indexOf(t) ?? -1;
  return `${t.source.id} · ${t.eventType} #${index}`;
}

/** Keys of the transitions an event takes from a snapshot. */
export function takenTransitions(
  machine: AnyStateMachine,
  from: AnyMachineSnapshot,
  event: { type: string },
): string[] {
  return machine.getTransitionData(from, event).map(transitionKey);
}

function summarise(value: unknown): string {
  if (typeof value === 'string') return value.length > 24 ? `${value.slice(0, 24)}…` : value;
  if (typeof value !== 'object' || value === null) return String(value);
  const o = value as Record<string, unknown>;
  for (const k of ['id', 'type', 'typeCode', 'familyName', 'givenBy'] as const)
    if (typeof o[k] === 'string') return o[k];
  return JSON.stringify(value).slice(0, 40);
}

/** A short label of an event: its type and a summary of its payload. */
export function eventLabel(event: { type: string }): string {
  const rest = Object.entries(event).filter(([k]) => k !== 'type');
  return rest.length === 0
    ? event.type
    : `${event.type}(${rest.map(([k, v]) => `${k}=${summarise(v)}`).join(', ')})`;
}

/** Every path of every persona of a spec. */
export function modelPaths<M extends AnyStateMachine>(spec: ModelSpec<M>): PersonaPath[] {
  return spec.personas.flatMap((persona) => {
    const model = createTestModel(spec.machine, {
      input: persona.input,
      events: (s) => spec.events(s),
      // Dropping a type from the samples would make xstate send it without payload: filter instead.
      // (For a generic machine xstate types the event as `any`: read it as a plain event object.)
      filterEvents: (_, e: { type: string }) =>
        persona.only === undefined || (persona.only as readonly string[]).includes(e.type),
      serializeState: (s, e, prev) =>
        JSON.stringify([
          (s as AnyMachineSnapshot).value,
          spec.project(s),
          // The event and the previous state value (never its context): a key that depends only on
          // the target snapshot and what led to it, as xstate's own serialisation does.
          // Simple paths keep the state alone (they already enumerate every way in).
          spec.traversal === 'simple' ? null : (e ?? null),
          spec.traversal === 'simple' || prev === undefined
            ? null
            : (prev as AnyMachineSnapshot).value,
        ]),
    });
    const options = { limit: spec.limit ?? 20_000 };
    const paths =
      spec.traversal === 'simple' ? model.getSimplePaths(options) : model.getShortestPaths(options);
    return paths.map((path) => ({
      persona: persona.name,
      name: `${persona.name} : ${
        path.steps
          .slice(1)
          .map((s) => eventLabel(s.event))
          .join(' → ') || '(départ)'
      } ⇒ ${JSON.stringify((path.state as AnyMachineSnapshot).value)}`,
      path,
    }));
  });
}

/**
 * Replays a path on a real actor: each step sends the event, then checks that the actor is in the
 * model's state with the same context, and that no invariant is violated. Rejects on failure.
 */
export async function runPath<M extends AnyStateMachine>(
  spec: ModelSpec<M>,
  persona: Persona<M>,
  path: PersonaPath['path'],
): Promise<number> {
  const actor = createActor(spec.machine, { input: persona.input });
  actor.start();
  let previous: SnapshotFrom<M> | undefined;
  let last: EventFromLogic<M> | undefined;
  let steps = 0;
  const send = (step: { event: { type: string } }) => {
    last = step.event as EventFromLogic<M>;
    actor.send(step.event as EventFromLogic<M>);
  };
  const events = Object.fromEntries(spec.machine.events.map((type: string) => [type, send]));
  await path.test({
    events,
    states: {
      '*': (modelSnapshot) => {
        const snapshot = actor.getSnapshot();
        const real = snapshot as AnyMachineSnapshot;
        if (JSON.stringify(real.value) !== JSON.stringify(modelSnapshot.value))
          throw new Error(
            `actor in ${JSON.stringify(real.value)}, model in ${JSON.stringify(modelSnapshot.value)}`,
          );
        if (
          JSON.stringify(spec.project(snapshot)) !==
          JSON.stringify(spec.project(modelSnapshot as SnapshotFrom<M>))
        )
          throw new Error('the actor and the model disagree on what drives behaviour');
        const violations = spec.invariants(snapshot, previous, last);
        if (violations.length > 0)
          throw new Error(`invariants violated: ${violations.join(' ; ')}`);
        previous = snapshot;
        steps += 1;
      },
    },
  });
  actor.stop();
  return steps;
}

/** Every state id and transition key of a machine, and the (source, event) pairs of its graph. */
export function machineShape(machine: AnyStateMachine) {
  const nodes = getStateNodes(machine.root);
  const transitions = [machine.root, ...nodes].flatMap((n) =>
    [...n.transitions.values()].flat().map(transitionKey),
  );
  const pairs = new Set<string>();
  const visit = (g: ReturnType<typeof toDirectedGraph>): void => {
    for (const e of g.edges) pairs.add(`${e.source.id} · ${e.label.text}`);
    g.children.forEach(visit);
  };
  visit(toDirectedGraph(machine));
  return { states: nodes.map((n) => n.id), transitions, pairs: [...pairs] };
}

/** Replays the events of a path on a real actor: state ids entered and transitions taken. */
export function replay<M extends AnyStateMachine>(
  spec: ModelSpec<M>,
  input: InputFrom<M>,
  events: readonly { type: string }[],
) {
  const states = new Set<string>();
  const transitions = new Set<string>();
  const actor = createActor(spec.machine, { input });
  actor.start();
  const visit = () => {
    for (const node of (actor.getSnapshot() as AnyMachineSnapshot)._nodes) states.add(node.id);
  };
  visit();
  for (const event of events) {
    const from = actor.getSnapshot() as AnyMachineSnapshot;
    for (const key of takenTransitions(spec.machine, from, event)) transitions.add(key);
    actor.send(event as EventFromLogic<M>);
    visit();
  }
  actor.stop();
  return { states, transitions };
}

/** What a set of paths reaches on real actors: state ids, transition keys, (source, event) pairs. */
export function reached<M extends AnyStateMachine>(
  spec: ModelSpec<M>,
  paths: readonly PersonaPath[],
) {
  const states = new Set<string>();
  const transitions = new Set<string>();
  for (const { persona, path } of paths) {
    const input = spec.personas.find((p) => p.name === persona)?.input;
    if (input === undefined) throw new Error(`Persona inconnue : ${persona}`);
    const hit = replay(
      spec,
      input,
      path.steps.slice(1).map((s) => s.event),
    );
    hit.states.forEach((x) => states.add(x));
    hit.transitions.forEach((x) => transitions.add(x));
  }
  const pairs = new Set([...transitions].map((k) => k.replace(/ #\d+$/, '')));
  return { states, transitions, pairs };
}

/** Coverage of a spec: totals, and what its paths miss. */
export function coverage<M extends AnyStateMachine>(spec: ModelSpec<M>, paths = modelPaths(spec)) {
  const shape = machineShape(spec.machine);
  const hit = reached(spec, paths);
  return {
    states: { total: shape.states.length, missing: shape.states.filter((s) => !hit.states.has(s)) },
    transitions: {
      total: shape.transitions.length,
      missing: shape.transitions.filter((t) => !hit.transitions.has(t)),
    },
    pairs: { total: shape.pairs.length, missing: shape.pairs.filter((p) => !hit.pairs.has(p)) },
  };
}
