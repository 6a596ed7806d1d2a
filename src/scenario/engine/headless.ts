/**
 * Headless play over the core: a fresh in-memory store seeded with the scenario's world, the core
 * port, the engine, and every branch played. Used by the checker (contradictions with the DMP rules),
 * `npm run scenarios -- run`, the tests and the bench.
 */
import { createDmpStore } from '../../dmp/index';
import { createCoreDmpPort } from '../ports/index';
import { createEngine, type ScenarioEngine } from './engine';
import { playAllBranches, type RunReport } from './explore';
import type { Scenario } from '../format/index';
import type { World } from '../wire/index';

/** An engine over a fresh core store holding the scenario's world. */
export function createCoreEngine(scenario: Scenario, world: World): ScenarioEngine {
  return createEngine(scenario, world, createCoreDmpPort(createDmpStore(world.seed)));
}

/** Play every branch of a scenario over the core. */
export function playOverCore(
  scenario: Scenario,
  world: World,
  maxPaths?: number,
): Promise<RunReport> {
  return playAllBranches(createCoreEngine(scenario, world), maxPaths);
}
