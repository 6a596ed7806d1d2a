import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { JSON_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema';
import { scenarioSchema } from './schema';

test('scenarios/scenario.schema.json is up to date (run `npm run schema`)', () => {
  expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(scenarioJsonSchemaText());
});

test('every field of the schema carries a French description', () => {
  const missing: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const properties = record['properties'];
    if (typeof properties === 'object' && properties !== null) {
      for (const [key, value] of Object.entries(properties)) {
        if (typeof (value as Record<string, unknown>)['description'] !== 'string')
          missing.push(`${path}.${key}`);
      }
    }
    for (const [key, value] of Object.entries(record))
      if (key !== 'definitions') walk(value, `${path}/${key}`);
  };
  walk(scenarioJsonSchema(), '');
  expect(missing).toEqual([]);
});

test('the long closed lists are hoisted into definitions', () => {
  const schema = scenarioJsonSchema();
  expect(Object.keys(schema['definitions'] as object)).toEqual([
    'faqId',
    'ruleId',
    'errorCode',
    'documentType',
    'profession',
  ]);
  expect(scenarioJsonSchemaText().match(/"FAQ-CON-07"/g)).toHaveLength(1);
});

test('objects are strict: an unknown key is an issue', () => {
  const result = scenarioSchema.safeParse({ id: 'x', typo: true });
  expect(result.success).toBe(false);
  expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
});

test('a parsed step carries its kind, which a file never writes', () => {
  const files = readdirSync('scenarios', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `scenarios/${f}`);
  const kinds = new Set<string>();
  for (const file of files) {
    const data = parse(readFileSync(file, 'utf8')) as { steps: Record<string, unknown>[] };
    const parsed = scenarioSchema.parse(data);
    parsed.steps.forEach((step, i) => {
      const written = data.steps[i]!;
      expect(Object.keys(step)[0]).toBe('kind');
      expect(step.kind).toBe('do' in written ? 'action' : 'question');
      expect('options' in written).toBe(step.kind === 'question');
      kinds.add(step.kind);
    });
  }
  expect([...kinds].sort()).toEqual(['action', 'question']);
  const schema = scenarioJsonSchema() as {
    properties: { steps: { items: { anyOf: { properties: object }[] } } };
  };
  expect(schema.properties.steps.items.anyOf).toHaveLength(2);
  for (const option of schema.properties.steps.items.anyOf)
    expect(Object.keys(option.properties)).not.toContain('kind');
  const [first] = files;
  const data = parse(readFileSync(first!, 'utf8')) as { steps: object[] };
  const tagged = { ...data, steps: data.steps.map((step) => ({ kind: 'action', ...step })) };
  expect(scenarioSchema.safeParse(tagged).success).toBe(false);
});
