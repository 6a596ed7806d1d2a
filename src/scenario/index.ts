/**
 * Public surface of the scenario tools: the format (schema, JSON Schema, vocabularies), the loader
 * and checker with their diagnostics, the headless engine and its DMP port. Other folders import
 * from here only.
 */
// Node-only helpers (reading files, the CLI) live in check-file.ts and cli.ts, outside this surface.
export { checkSource } from './check';
export type { CheckOptions, CheckResult } from './check';
export { createCoreDmpPort, verdictOf } from './core-port';
export {
  DIAGNOSTIC_CODES,
  diagnostic,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
} from './diagnostics';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostics';
export { createEngine } from './engine';
export type { ActOutcome, ChoiceOutcome, Ending, RunState, ScenarioEngine } from './engine';
export type { Mismatch } from './expect';
export { MAX_PATHS, playAllBranches } from './explore';
export type { PathEnding, PathReport, RunReport, StepReport } from './explore';
export { faqCitations, ruleCitations, verdictTitle, whyOf } from './feedback';
export type { FaqCitation, RuleCitation, StepFeedback, Why } from './feedback';
export { createCoreEngine, playOverCore } from './headless';
export { createHttpDmpPort } from './http-port';
export type { HttpDmpPortOptions } from './http-port';
export { JSON_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema';
export { loadScenario } from './load';
export type { LoadedScenario } from './load';
export type {
  Awaitable,
  DmpAnswer,
  DmpPort,
  DmpRequest,
  DraftDocument,
  PatientObservation,
  Verdict,
} from './port';
export { formatRunReport } from './report';
export { isActionStep, scenarioSchema } from './schema';
export type {
  ActionStep,
  ChoiceOption,
  ChoiceStep,
  Expectation,
  RoleSpec,
  Scenario,
  Step,
  StepAction,
  WorldSpec,
} from './schema';
export { levenshtein, closest, didYouMean } from './suggest';
export {
  ACTION_NAMES,
  ACTIONS,
  AUDIENCES,
  CARD_TYPES,
  ROLE_KINDS,
  SCHEMA_COMMENT,
  THEMES,
} from './vocabulary';
export type { ActionName, Audience, CardType, RoleKind, Theme } from './vocabulary';
export { buildWorld, DEFAULT_EPISODE } from './world';
export type { World } from './world';
