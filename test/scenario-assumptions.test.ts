/**
 * Issue 15: a scenario text that speaks of the simulator's assumption (« hypothèse », « hypothèse du
 * simulateur », « choix du simulateur ») names it by its registered id (HS1, HS2…), as the decisions do
 * (src/dmp/assumptions.test.ts); every HS id a scenario names is registered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ASSUMPTION_IDS, mentionsAssumption } from '../src/dmp/index';
import { listScenarioFiles } from '../src/scenario/check-file';

// A bare « (hypothèse) » counts too: every assumption a learner reads is one of the registry's.
const SPEAKS_OF_ASSUMPTION = /hypothèse|choix du simulateur/i;

/** Every string of a parsed YAML value, with its path. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const texts = (await listScenarioFiles()).flatMap((file) =>
  strings(parse(readFileSync(file, 'utf8')), file),
);

describe('assumptions in scenario texts', () => {
  test('some scenario texts speak of an assumption (the checks below are not vacuous)', () => {
    expect(texts.filter((t) => SPEAKS_OF_ASSUMPTION.test(t.text)).length).toBeGreaterThan(3);
  });

  test('a text that speaks of the simulator’s assumption names a registered HS id', () => {
    const silent = texts.filter(
      (t) =>
        SPEAKS_OF_ASSUMPTION.test(t.text) &&
        !ASSUMPTION_IDS.some((id) => mentionsAssumption(t.text, id)),
    );
    expect(silent.map((t) => t.path)).toEqual([]);
  });

  test('every HS id named by a scenario is registered', () => {
    const known: readonly string[] = ASSUMPTION_IDS;
    const unknown = texts.flatMap((t) =>
      [...t.text.matchAll(/\bHS\d+\b/g)]
        .map(([id]) => id)
        .filter((id) => !known.includes(id))
        .map((id) => `${t.path}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });
});
