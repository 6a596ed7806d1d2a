/**
 * `walkAllPaths()`: generates every model-based path of every machine (xstate/graph), replays each
 * on a real actor with the invariants checked at every step, and returns the counts (the benchmark
 * times it). Rejects on the first violated invariant.
 */
import type { AnyStateMachine } from 'xstate';
import { MODELS } from './model/models';
import { coverage, modelPaths, runPath, type AnyModelSpec } from './model/runner';

/** Counts of one machine's walk. */
export interface MachineWalk {
  readonly machine: string;
  readonly personas: number;
  readonly paths: number;
  /** Steps replayed (each checked against the model and the invariants). */
  readonly steps: number;
  readonly states: { readonly reached: number; readonly total: number };
  readonly transitions: { readonly reached: number; readonly total: number };
  readonly ms: number;
}

/** Counts of the whole walk. */
export interface WalkReport {
  readonly machines: readonly MachineWalk[];
  readonly paths: number;
  readonly steps: number;
  readonly ms: number;
}

async function walk(spec: AnyModelSpec): Promise<MachineWalk> {
  const start = performance.now();
  const paths = modelPaths(spec);
  let steps = 0;
  for (const { persona, path } of paths) {
    const p = spec.personas.find((x) => x.name === persona);
    if (p === undefined) throw new Error(`Persona inconnue : ${persona}`);
    steps += await runPath(spec, p, path);
  }
  const c = coverage(spec, paths);
  return {
    machine: (spec.machine as AnyStateMachine).id,
    personas: spec.personas.length,
    paths: paths.length,
    steps,
    states: { reached: c.states.total - c.states.missing.length, total: c.states.total },
    transitions: {
      reached: c.transitions.total - c.transitions.missing.length,
      total: c.transitions.total,
    },
    ms: performance.now() - start,
  };
}

/** Runs every model-based path of every machine and returns the counts. */
export async function walkAllPaths(): Promise<WalkReport> {
  const start = performance.now();
  const machines: MachineWalk[] = [];
  for (const spec of MODELS) machines.push(await walk(spec));
  return {
    machines,
    paths: machines.reduce((n, m) => n + m.paths, 0),
    steps: machines.reduce((n, m) => n + m.steps, 0),
    ms: performance.now() - start,
  };
}
