/**
 * The model-based test suite every `*.model.test.ts` declares: one test per generated path (named
 * after the path: persona, events, final state), replayed on a real actor with the invariants
 * checked at every step, then a coverage test (every state, every transition, every guarded branch).
 */
import type { AnyStateMachine } from 'xstate';
import { describe, expect, test } from 'vitest';
import { coverage, modelPaths, runPath, type ModelSpec } from './runner';

/** Declares the model-based tests of a machine. */
export function describeModel<M extends AnyStateMachine>(spec: ModelSpec<M>): void {
  const paths = modelPaths(spec);
  const id = spec.machine.id;

  describe(`${id} — chemins générés (invariants à chaque étape)`, () => {
    test.each(paths.map((p) => [p.name, p] as const))('%s', async (_, { persona, path }) => {
      const p = spec.personas.find((x) => x.name === persona);
      if (p === undefined) throw new Error(`Persona inconnue : ${persona}`);
      const steps = await runPath(spec, p, path);
      expect(steps).toBe(path.steps.length);
    });
  });

  describe(`${id} — couverture`, () => {
    test('les chemins générés sont nombreux et couvrent chaque persona', () => {
      expect(paths.length).toBeGreaterThan(spec.personas.length);
      for (const persona of spec.personas)
        expect(
          paths.some((p) => p.persona === persona.name),
          persona.name,
        ).toBe(true);
    });

    test('chaque état, chaque couple (état, événement) et chaque branche gardée sont atteints', () => {
      const c = coverage(spec, paths);
      expect(c.states.missing).toEqual([]);
      expect(c.pairs.missing).toEqual([]);
      expect(c.transitions.missing).toEqual([]);
      expect(c.states.total).toBeGreaterThan(1);
    });
  });
}
