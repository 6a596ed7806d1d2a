/**
 * Public surface of the scenario tools: the format (schema, JSON Schema, vocabularies), the loader
 * and checker with their diagnostics, the headless engine and its DMP port. Other folders import
 * from here only.
 */
// Node-only helpers (reading files, the CLI) live in check-file.ts and cli.ts, outside this surface.
export { checkSource } from './check/index';
export type { CheckOptions } from './check/index';
export { createCoreDmpPort } from './core-port';
export { DIAGNOSTIC_CODES, formatDiagnostic, hasErrors } from './diagnostics';
export type { DiagnosticCode } from './diagnostics';
export { createEngine } from './engine/index';
export { playAllBranches } from './engine/index';
export type { RunReport } from './engine/index';
export { createHttpDmpPort } from './http-port';
export type { DmpRequest } from './actions/index';
export { isActionStep } from './schema';
export type { RoleSpec, Scenario, Step } from './schema';
export { machinesOfAction } from './actions/index';
export { AUDIENCES, MACHINE_IDS, THEMES } from './vocabulary';
export type { MachineId, Theme } from './vocabulary';
