/**
 * Public surface of the scenario tools: the format (schema, JSON Schema, vocabularies), the loader
 * and checker with their diagnostics, the headless engine and its DMP port.
 *
 * Layout (decisions 049, 053): seven folders, each imported through its entries only from anywhere
 * outside it (dependency rules `scenario-folders-through-their-index` and
 * `scenario-folders-import-each-other-through-their-index`): `format/` (schemas, vocabularies, JSON
 * Schema; entries `index.ts`, `base.ts` below the actions, `kinds.ts` without zod), `diagnostics/`,
 * `wire/` (what the actions play on), `actions/`, `ports/`, `engine/` and `check/`. Only this file,
 * `cli.ts` and `check-file.ts` stay flat: they are entries, not parts of a folder.
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
