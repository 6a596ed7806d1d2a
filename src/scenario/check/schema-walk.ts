/**
 * Reading the parsed data and the JSON Schema along a path: the value at a path, and the keys an
 * object accepts at that place (for "did you mean" on unknown keys). Unions pick the option the
 * data matches best: a `const` discriminator first, then the largest overlap of keys.
 */
import type { DataPath } from '../diagnostics/index';

type JsonNode = Readonly<Record<string, unknown>>;

const isNode = (v: unknown): v is JsonNode =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path in plain data, or undefined. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isNode(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

function score(option: JsonNode, data: unknown): number {
  const props = isNode(option['properties']) ? option['properties'] : {};
  if (!isNode(data)) return 0;
  let total = 0;
  for (const [key, value] of Object.entries(data)) {
    const prop = props[key];
    if (!isNode(prop)) continue;
    total += 1;
    if ('const' in prop) total += prop['const'] === value ? 100 : -100;
  }
  return total;
}

function resolve(node: JsonNode, data: unknown): JsonNode {
  const options = [node['anyOf'], node['oneOf']].find(Array.isArray) as unknown[] | undefined;
  if (options === undefined) return node;
  const candidates = options.filter(isNode);
  const best = [...candidates].sort((a, b) => score(b, data) - score(a, data))[0];
  return best === undefined ? node : resolve(best, data);
}

/** Keys accepted by the object schema at `path` (empty when the path leaves the schema). */
export function allowedKeysAt(schema: JsonNode, path: DataPath, data: unknown): string[] {
  let node: JsonNode | undefined = resolve(schema, data);
  for (const [index, key] of path.entries()) {
    const here = valueAt(data, path.slice(0, index + 1));
    const next: unknown =
      typeof key === 'number'
        ? node['items']
        : isNode(node['properties'])
          ? node['properties'][String(key)]
          : undefined;
    if (!isNode(next)) return [];
    node = resolve(next, here);
  }
  return isNode(node['properties']) ? Object.keys(node['properties']) : [];
}
