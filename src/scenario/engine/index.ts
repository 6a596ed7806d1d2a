/**
 * The scenario engine (decision 049): plays a scenario step by step against a DMP port (engine,
 * engine-state, expect, goal, feedback), walks its graph (flow), explores every branch (explore,
 * headless over the core) and reports (report, the learners' sheet). Outside this folder, import
 * from here only (dependency rule `scenario-folders-through-their-index`); the player's bundle
 * imports it too, so every module here stays free of zod schemas at run time.
 */
export { INITIAL_RUN_STATE } from './engine-state';
export type { RunState } from './engine-state';
export { createEngine } from './engine';
export type { ScenarioEngine } from './engine';
export { playAllBranches } from './explore';
export type { ExploreOptions, RunReport } from './explore';
export { verdictTitle, whyOf } from './feedback';
export type { FaqCitation, StepFeedback } from './feedback';
export {
  expectedPathLength,
  roleIdOf,
  roleOf,
  startStep,
  stepIndex,
  stepsToEnd,
  targetOf,
  targetsOf,
} from './flow';
export { playOverCore } from './headless';
export { formatRunReport } from './report';
export { forLearners, formatScenarioSheet } from './sheet';
