/**
 * Export of the path schema as JSON Schema (draft 7, read by yaml-language-server), written to
 * parcours/parcours.schema.json by `npm run schema`.
 */
import { z } from 'zod';
import { parcoursSchema } from './schema';

/** Where the generated schema lives, relative to the project root. */
export const PARCOURS_JSON_SCHEMA_PATH = 'parcours/parcours.schema.json';

/** The JSON Schema of the path format, as written to disk (two-space indented, final newline). */
export function parcoursJsonSchemaText(): string {
  const raw = z.toJSONSchema(parcoursSchema, { target: 'draft-7', io: 'input' });
  return `${JSON.stringify({ ...raw, title: 'Parcours de formation DMP' }, null, 2)}\n`;
}
