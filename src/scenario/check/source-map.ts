/**
 * Positions in a scenario file: `locate(path)` asks the YAML document for the node at a data path
 * (`doc.getIn(path, true)`, so scalars keep their `range`) and converts its start offset with the
 * parser's `LineCounter`. With `target: 'key'` it points at the key of the last segment. A path the
 * file does not contain (a missing field) falls back on the closest existing ancestor, so the
 * diagnostic lands on the object that lacks the field.
 */
import { isMap, isNode, isScalar, type Document, type LineCounter, type Pair } from 'yaml';
import type { DataPath } from '../diagnostics/index';

/** A 1-based position. */
interface Position {
  readonly line: number;
  readonly col: number;
}

/** Locates data paths in one file. */
export interface SourceMap {
  /** Position of the value at `path` (or of its key with `target: 'key'`). */
  locate(path: DataPath, target?: 'value' | 'key'): Position;
  /** Position of a character offset. */
  offset(at: number): Position;
}

const keyOf = (pair: Pair): string =>
  isScalar(pair.key) ? String(pair.key.value) : String(pair.key);

/** A source map over a parsed document. */
export function createSourceMap(doc: Document, counter: LineCounter): SourceMap {
  const at = (offset: number): Position => counter.linePos(offset);
  const startAt = (path: DataPath): number | undefined => {
    const node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
    return isNode(node) ? node.range?.[0] : undefined;
  };
  const keyStart = (path: DataPath): number | undefined => {
    const parent: unknown = path.length <= 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((p) => keyOf(p) === String(path.at(-1)));
    return pair !== undefined && isNode(pair.key) ? pair.key.range?.[0] : undefined;
  };
  return {
    offset: at,
    locate(path, target = 'value') {
      const exact = target === 'key' ? keyStart(path) : (startAt(path) ?? keyStart(path));
      if (exact !== undefined) return at(exact);
      for (let depth = path.length - 1; depth >= 0; depth -= 1) {
        const start = startAt(path.slice(0, depth));
        if (start !== undefined) return at(start);
      }
      return at(0);
    },
  };
}
