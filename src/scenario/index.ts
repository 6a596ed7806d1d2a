/**
 * Public surface of the scenario tools: the format (schema, JSON Schema, vocabularies), the loader
 * and checker with their diagnostics, the headless engine and its DMP port.
 *
 * Layout (decision 049): the folders `actions/`, `check/`, `engine/` and `ports/` are imported
 * through their own `index.ts` only, from anywhere outside them (dependency rules
 * `scenario-folders-through-their-index` and `scenario-folders-import-each-other-through-their-index`).
 * The format, the diagnostics and the ports' wire (answer, http-*, request-context…) are still flat
 * files of this folder, imported directly until they move into folders (issue 9, step 5, second
 * half).
 */
// Node-only helpers (reading files, the CLI) live in check-file.ts and cli.ts, outside this surface.
export { checkSource } from './check/index';
export type { CheckOptions } from './check/index';
export { createCoreDmpPort } from './ports/index';
export { DIAGNOSTIC_CODES, formatDiagnostic, hasErrors } from './diagnostics/index';
export type { DiagnosticCode } from './diagnostics/index';
export { createEngine, playAllBranches } from './engine/index';
export type { RunReport } from './engine/index';
export { createHttpDmpPort } from './ports/index';
export type { DmpRequest } from './actions/index';
export { matchStep } from './format/kinds';
export type { RoleSpec } from './format/base';
export type { Scenario, Step } from './format/index';
export { machinesOfAction } from './actions/index';
export { AUDIENCES, MACHINE_IDS, THEMES } from './format/base';
export type { MachineId, Theme } from './format/base';
