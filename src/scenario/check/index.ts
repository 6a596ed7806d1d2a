/**
 * The scenario checker (decisions 049, 053): loading a YAML file against the format (load,
 * source-map, schema-issues, yaml-causes), the checks that follow (references, graph, assumptions,
 * contradictions played over the core, or over the simulated API in memory: http-local), and what
 * is written from the format for trainers (reference, guide, coverage). Outside this folder, import from here only
 * (dependency rule `scenario-folders-through-their-index`). Not for the player's bundle: load and
 * schema-issues pull the zod schemas in, http-local the simulated API's handlers.
 */
export { checkSource } from './check';
export type { CheckOptions, CheckResult } from './check';
export { computeCoverage, coverageCount, formatCoverage, ruledTransitions } from './coverage';
export type { CoverageRow, CoveredScenario } from './coverage';
export { GUIDE_PATH, refreshGuide } from './guide';
export { createInProcessHttpPort, playOverHttp, playRoutesOverHttp } from './http-local';
export { loadScenario } from './load';
export { actionExample } from './reference-actions';
export { createSourceMap } from './source-map';
export type { SourceMap } from './source-map';
export { buildReference, formatReferenceSection, referenceSection } from './reference';
