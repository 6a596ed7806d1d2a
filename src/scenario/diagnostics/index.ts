/**
 * Diagnostics of the scenario tools: the codes and their format (`file:line:col severity CODE`),
 * the problems the engine and the world report, the data paths they concern, the « did you mean » hints and the trainer's reference topics they point to.
 * Imports only itself and the core: every other folder of src/scenario/ may import it.
 */
export {
  DIAGNOSTIC_CODES,
  defaultSee,
  diagnostic,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
} from './diagnostics';
export type { Diagnostic, DiagnosticCode } from './diagnostics';
export { createProblemSink } from './problems';
export type { DataPath, Problem, ProblemSink } from './problems';
export { REFERENCE_TOPICS, isReferenceTopic, referenceHref } from './reference-model';
export type { ReferenceSection, ReferenceTopic } from './reference-model';
export { didYouMean } from './suggest';
export { faqHint, professionHint, ruleHint } from './suggest-domain';
