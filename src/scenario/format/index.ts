/**
 * The scenario format: the Zod schema of a scenario file and of its steps (built from
 * `actions/index.ts`), their parsed types and the JSON Schema written by `npm run schema`.
 * Two more entries: `format/base.ts` (fields, roles, vocabularies: what `actions/` and `wire/`
 * import, below this one) and `format/kinds.ts` (zod-free, for the player). Decision 053.
 */
export { JSON_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema';
export { scenarioSchema } from './schema';
export type { Scenario } from './schema';
export type {
  ActionStep,
  AnswerBranch,
  ChoiceOption,
  ChoiceStep,
  Expectation,
  Step,
  StepEvent,
} from './steps.schema';
