/**
 * What the scenarios teach, against what there is to teach: FAQ questions × scenarios, rules
 * R1–R50 × scenarios, and the machine transitions that carry rules (`meta.rules`) × scenarios. Gaps
 * come first in every table: it is the trainer's map of what is left to write. Computed from the
 * checked scenarios (their `faq:`, their feedback, and the decisions their played branches got).
 * Definitions (what « enseignée », « exercée » mean): docs/decisions/020-coverage-definitions.md.
 */
import { getStateNodes } from 'xstate/graph';
import { MACHINES } from '../../../machines/index';
import {
  FAQ_ENTRIES,
  NON_BEHAVIOURAL_RULES,
  RULE_IDS,
  RULE_STATEMENTS,
  RULES,
  type RuleId,
} from '../../dmp/index';
import type { RunReport } from '../engine/index';
import type { Scenario } from '../format/index';
import { matchStep } from '../format/kinds';

/** A checked scenario, as the coverage reads it. */
export interface CoveredScenario {
  readonly scenario: Scenario;
  readonly report: RunReport | null;
}

/** One row: a thing to teach, and the scenarios that teach (or merely touch) it. */
export interface CoverageRow {
  readonly id: string;
  readonly label: string;
  /** Scenarios that teach it (FAQ: listed in `faq:`; rule or transition: cited by a decision played). */
  readonly taught: readonly string[];
  /** Scenarios that only cite it on the way (FAQ cited by a feedback; rule cited by a feedback). */
  readonly cited: readonly string[];
  /** False when there is nothing to simulate (informational question, non-behavioural rule). */
  readonly behavioural: boolean;
}

/** The three tables, each with its gaps first. */
interface Coverage {
  readonly faq: readonly CoverageRow[];
  readonly rules: readonly CoverageRow[];
  readonly transitions: readonly CoverageRow[];
}

const feedbackOf = (s: Scenario) =>
  s.steps.flatMap((step) =>
    matchStep(step, {
      action: (a) => [a.feedback.success, a.feedback.failure],
      question: (q) => q.options.map((o) => o.feedback),
    }),
  );
const faqCited = (s: Scenario): string[] =>
  feedbackOf(s).flatMap((f) => (typeof f.faq === 'string' ? [f.faq] : [...f.faq]));
const rulesCited = (s: Scenario): string[] => [
  ...feedbackOf(s).flatMap((f) => f.rules ?? []),
  ...s.steps.flatMap((step) => ('expect' in step ? (step.expect.rules ?? []) : [])),
];
/** Rules cited by the decisions of every played step, by step. */
const decisions = (c: CoveredScenario): (readonly string[])[] =>
  (c.report?.paths ?? []).flatMap((p) => p.steps.map((st) => st.rules)).filter((r) => r.length > 0);

/** Gaps first (behavioural rows nobody teaches), then the rest, each group in source order. */
function gapsFirst(rows: readonly CoverageRow[]): CoverageRow[] {
  const gap = (r: CoverageRow) => (r.behavioural && r.taught.length === 0 ? 0 : 1);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => gap(a.r) - gap(b.r) || a.i - b.i)
    .map((x) => x.r);
}

/** FAQ questions that state a behaviour: a rule of the core comes from them or cites them. */
function isBehaviouralFaq(id: string): boolean {
  return RULES.some((r) => r.faq === id || (r.sources ?? []).includes(id));
}

function faqRows(list: readonly CoveredScenario[]): CoverageRow[] {
  return FAQ_ENTRIES.map((e) => {
    const taught = list.filter((c) => c.scenario.faq.includes(e.id)).map((c) => c.scenario.id);
    const cited = list
      .filter((c) => !taught.includes(c.scenario.id) && faqCited(c.scenario).includes(e.id))
      .map((c) => c.scenario.id);
    return { id: e.id, label: e.question, taught, cited, behavioural: isBehaviouralFaq(e.id) };
  });
}

function ruleRows(list: readonly CoveredScenario[]): CoverageRow[] {
  return RULE_IDS.map((r: RuleId) => {
    const taught = list
      .filter((c) => decisions(c).some((rules) => rules.includes(r)))
      .map((c) => c.scenario.id);
    const cited = list
      .filter((c) => !taught.includes(c.scenario.id) && rulesCited(c.scenario).includes(r))
      .map((c) => c.scenario.id);
    return {
      id: r,
      label: RULE_STATEMENTS[r],
      taught,
      cited,
      behavioural: NON_BEHAVIOURAL_RULES[r] === undefined,
    };
  });
}

/** Every transition that carries rules, as « machine : état —événement→ cible ». */
export function ruledTransitions(): { id: string; label: string; rules: readonly string[] }[] {
  return MACHINES.flatMap((m) =>
    [m.machine.root, ...getStateNodes(m.machine.root)].flatMap((node) =>
      [...node.transitions.values()].flat().flatMap((t, k) => {
        const meta = t.meta as { rules?: readonly string[]; faq?: string } | undefined;
        if (meta?.rules === undefined || meta.rules.length === 0) return [];
        const target = (t.target ?? []).map((n) => n.path.join('.')).join(', ') || 'même état';
        const source = node.path.join('.') || m.id;
        return [
          {
            id: `${m.id}:${source}:${t.eventType}:${k}`,
            label: `${m.title} — ${source} —${t.eventType}→ ${target}${t.description ? ` (${t.description})` : ''} [${meta.rules.join(', ')}]`,
            rules: meta.rules,
          },
        ];
      }),
    ),
  );
}

function transitionRows(list: readonly CoveredScenario[]): CoverageRow[] {
  return ruledTransitions().map((t) => ({
    id: t.id,
    label: t.label,
    taught: list
      .filter((c) => decisions(c).some((rules) => t.rules.every((r) => rules.includes(r))))
      .map((c) => c.scenario.id),
    cited: [],
    behavioural: true,
  }));
}

/** The coverage of a set of checked scenarios. */
export function computeCoverage(list: readonly CoveredScenario[]): Coverage {
  return {
    faq: gapsFirst(faqRows(list)),
    rules: gapsFirst(ruleRows(list)),
    transitions: gapsFirst(transitionRows(list)),
  };
}

/** Counts for a summary line: behavioural rows taught, out of behavioural rows. */
export function coverageCount(rows: readonly CoverageRow[]): { taught: number; total: number } {
  const behavioural = rows.filter((r) => r.behavioural);
  return {
    taught: behavioural.filter((r) => r.taught.length > 0).length,
    total: behavioural.length,
  };
}

const TITLES = {
  faq: 'Questions de la FAQ',
  rules: 'Règles R1 à R50',
  transitions: 'Transitions des machines (portant des règles)',
} as const;

/** The coverage as text lines for the terminal, gaps first in each table. */
export function formatCoverage(coverage: Coverage): string[] {
  const lines: string[] = [];
  for (const key of ['faq', 'rules', 'transitions'] as const) {
    const rows = coverage[key];
    const { taught, total } = coverageCount(rows);
    lines.push(`## ${TITLES[key]} : ${taught}/${total} enseignées`);
    const gaps = rows.filter((r) => r.behavioural && r.taught.length === 0);
    lines.push(`Lacunes (${gaps.length}) :`);
    for (const r of gaps)
      lines.push(
        `  ✗ ${key === 'transitions' ? r.label : `${r.id} ${r.label}`}${r.cited.length > 0 ? ` (citée par ${r.cited.join(', ')})` : ''}`,
      );
    lines.push('Enseignées :');
    for (const r of rows.filter((x) => x.taught.length > 0))
      lines.push(`  ✓ ${key === 'transitions' ? r.label : r.id} : ${r.taught.join(', ')}`);
    const info = rows.filter((r) => !r.behavioural && r.taught.length === 0);
    if (info.length > 0)
      lines.push(`Sans comportement à simuler : ${info.map((r) => r.id).join(', ')}`);
    lines.push('');
  }
  return lines;
}
