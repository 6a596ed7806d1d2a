/**
 * The coverage (FAQ × scenarios, rules × scenarios, transitions × scenarios) is computed from the
 * scenario files: every FAQ question and rule has a row, gaps come first, and a scenario listing a
 * question in `faq:` makes it taught.
 */
import { expect, test } from 'vitest';
import { FAQ_IDS, RULE_IDS } from '../src/dmp/index';
import { checkFile, listScenarioFiles } from '../src/scenario/check-file';
import { main } from '../src/scenario/cli';
import {
  computeCoverage,
  ruledTransitions,
  type CoverageRow,
  type CoveredScenario,
} from '../src/scenario/check/index';

const list: CoveredScenario[] = [];
for (const file of await listScenarioFiles()) {
  const { loaded, report } = await checkFile(file);
  if (loaded.scenario !== null) list.push({ scenario: loaded.scenario, report });
}
const coverage = computeCoverage(list);
const isGap = (r: CoverageRow) => r.behavioural && r.taught.length === 0;

test('every FAQ question, rule and ruled transition has one row, gaps first', () => {
  expect(coverage.faq.map((r) => r.id).sort()).toEqual([...FAQ_IDS].sort());
  expect(coverage.rules.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  expect(coverage.transitions).toHaveLength(ruledTransitions().length);
  for (const rows of [coverage.faq, coverage.rules, coverage.transitions]) {
    const flags = rows.map(isGap);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  }
});

test('a question is taught by exactly the scenarios that list it in faq:', () => {
  for (const row of coverage.faq)
    expect(row.taught, row.id).toEqual(
      list.filter((c) => c.scenario.faq.includes(row.id)).map((c) => c.scenario.id),
    );
});

test('a rule is exercised when a decision met while playing a scenario cites it', () => {
  for (const row of coverage.rules) {
    const expected = list
      .filter((c) =>
        (c.report?.paths ?? []).some((p) => p.steps.some((s) => s.rules.includes(row.id))),
      )
      .map((c) => c.scenario.id);
    expect(row.taught, row.id).toEqual(expected);
  }
});

test('without scenarios, every behavioural question is a gap', () => {
  const empty = computeCoverage([]);
  expect(empty.faq.filter((r) => r.behavioural).every(isGap)).toBe(true);
  expect(empty.transitions.every(isGap)).toBe(true);
});

test('npm run scenarios -- coverage prints the gaps of each table', async () => {
  const out: string[] = [];
  const io = { out: (l: string) => out.push(l), err: () => undefined };
  expect(await main(['coverage'], io)).toBe(0);
  expect(out[0]).toBe(
    `Couverture de ${list.length} scénarios (page du site : /formateurs/couverture/).`,
  );
  expect(out.filter((l) => l.startsWith('Lacunes ('))).toHaveLength(3);
  for (const gap of coverage.faq.filter(isGap))
    expect(out.some((l) => l.startsWith(`  ✗ ${gap.id} `))).toBe(true);
});
