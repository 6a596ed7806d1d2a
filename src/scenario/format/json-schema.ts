/**
 * Export of the scenario schema as JSON Schema (draft 7, the draft yaml-language-server reads
 * best), written to scenarios/scenario.schema.json by `npm run schema`. The long closed lists (FAQ
 * ids, rules, error codes, document types, professions) are hoisted into `definitions` once instead
 * of being repeated at every field that uses them.
 */
import { z } from 'zod';
import { scenarioSchema } from './schema';
import {
  DOCUMENT_TYPE_LIST,
  ERROR_CODE_LIST,
  FAQ_ID_LIST,
  PROFESSION_LIST,
  RULE_ID_LIST,
} from './vocabulary';

/** Where the generated schema lives, relative to the project root. */
export const JSON_SCHEMA_PATH = 'scenarios/scenario.schema.json';

const SHARED_LISTS: Readonly<Record<string, readonly string[]>> = {
  faqId: FAQ_ID_LIST,
  ruleId: RULE_ID_LIST,
  errorCode: ERROR_CODE_LIST,
  documentType: DOCUMENT_TYPE_LIST,
  profession: PROFESSION_LIST,
};

const sameList = (a: unknown, b: readonly string[]): boolean =>
  Array.isArray(a) && a.length === b.length && a.every((v, i) => v === b[i]);

function hoist(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(hoist);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = hoist(value);
  const shared = Object.entries(SHARED_LISTS).find(([, list]) => sameList(out['enum'], list));
  if (shared) {
    delete out['enum'];
    out['allOf'] = [{ $ref: `#/definitions/${shared[0]}` }];
  }
  return out;
}

/** The JSON Schema of the scenario format. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const raw = z.toJSONSchema(scenarioSchema, { target: 'draft-7', io: 'input' });
  const definitions = Object.fromEntries(
    Object.entries(SHARED_LISTS).map(([name, list]) => [name, { type: 'string', enum: list }]),
  );
  return { ...(hoist(raw) as Record<string, unknown>), title: 'Scénario DMP', definitions };
}

/** The JSON Schema as written to disk: stable, two-space indented, final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
