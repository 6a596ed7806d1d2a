/**
 * Public surface of the training paths (« parcours »): the format (schema, JSON Schema), the pure
 * checker with its `file:line:col CODE` diagnostics, and small queries. Reading the files from
 * disk (`loadParcours(dir)`) is Node-only: import it from `src/parcours/load-dir`.
 */
export { formatParcoursDiagnostic, PARCOURS_CODES } from './diagnostics';
export type { ParcoursCode } from './diagnostics';
export { PARCOURS_JSON_SCHEMA_PATH, parcoursJsonSchemaText } from './json-schema';
export { checkParcoursSource } from './load';
export { requiredItems } from './model';
export type { Parcours, ParcoursItem } from './schema';
