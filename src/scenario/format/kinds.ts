/**
 * Zod-free entry of the scenario format, for the player's bundle and the engine: what kind a step
 * is, and the closed vocabularies they read at run time. Nothing here builds a zod schema
 * (`format/base.ts` and `format/index.ts` do, at load time).
 */
export { matchStep, unknownStepKind } from './step-kind';
export { AUDIENCES, CONSENT_SCOPES, THEMES } from './vocabulary';
export type { OPEN_MODES } from './vocabulary';
