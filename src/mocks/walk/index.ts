/** The documented walk: data, runner and curl rendering (no MSW import: safe for any page). */
export { WALK_CHAPTERS, WALK_INS, WALK_STEPS } from './steps';
export { decisionCodeOf, runStep, targetOf, type StepRun, type WalkTokens } from './runner';
export { expectationComment, toCurl, walkScript } from './curl';
export type { WalkChapterId, WalkRequest, WalkStep } from './types';
