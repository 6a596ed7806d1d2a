/**
 * Issue 15 (« How to make it last »): a citation pairs FAQ entries with rules R1–R50, and the pair
 * must hold. Every citation a scenario shows (`{ text, faq, rules }` in feedback, options and
 * branches) and every `cite(faq, ...rules)` call of the code cites FAQ ids of the registry
 * (src/dmp/faq.ts) and rule ids the rules registry covers (src/dmp/rules/registry.ts: a predicate
 * implements it, or it is listed as non-behavioural), and each rule is listed by the front matter
 * (`faq.rules`) of one of the FAQ entries cited next to it. test/rule-faq-crosscheck.test.ts does
 * the same for rule predicates and machine transitions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { isFaqId, NON_BEHAVIOURAL_RULES, RULE_IDS, RULES } from '../src/dmp/index';
import { listScenarioFiles } from '../src/scenario/check-file';
import { readFaqDocs } from './support/faq-files';

const ROOT = join(import.meta.dirname, '..');

/** R-ids each FAQ page lists in its front matter. */
const FAQ_RULES = new Map(
  readFaqDocs().map((d) => [
    String(d.faq['id']),
    new Set((d.faq['rules'] as string[] | undefined) ?? []),
  ]),
);

/** One citation: where it is, the FAQ ids and the rule ids it pairs. */
interface Citation {
  readonly where: string;
  readonly faq: readonly string[];
  readonly rules: readonly string[];
}

/** Whether the rules registry covers a rule id: a predicate implements it, or it is non-behavioural. */
function inRulesRegistry(id: string): boolean {
  return (
    RULES.some((rule) => (rule.rules as readonly string[]).includes(id)) ||
    Object.hasOwn(NON_BEHAVIOURAL_RULES, id)
  );
}

/** What is wrong with a citation (empty when it holds). */
function problems(c: Citation): string[] {
  return [
    ...c.faq.filter((id) => !isFaqId(id)).map((id) => `${c.where}: unknown FAQ id ${id}`),
    ...c.rules.filter((id) => !inRulesRegistry(id)).map((id) => `${c.where}: unknown rule ${id}`),
    ...c.rules
      .filter((id) => inRulesRegistry(id) && !c.faq.some((f) => FAQ_RULES.get(f)?.has(id)))
      .map((id) => `${c.where}: ${id} is not listed by ${c.faq.join(', ')}`),
  ];
}

/** Every citation object (`text` + `faq`) of a parsed scenario, with its path. */
function scenarioCitations(value: unknown, where: string): Citation[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => scenarioCitations(v, `${where}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  const own: Citation[] =
    typeof o['text'] === 'string' && o['faq'] !== undefined
      ? [
          {
            where,
            faq: typeof o['faq'] === 'string' ? [o['faq']] : (o['faq'] as string[]),
            rules: (o['rules'] as string[] | undefined) ?? [],
          },
        ]
      : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => scenarioCitations(v, `${where}.${k}`))];
}

const files = await listScenarioFiles();
const fromScenarios = files.map((file) => ({
  file,
  citations: scenarioCitations(parse(readFileSync(file, 'utf8')), relative(ROOT, file)),
}));

/** Source files of the code that may call `cite(...)` (tests excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

// `cite('FAQ-…', 'R…', …)`: the calls of decision.ts's `cite`, not `citeCell` nor a declaration.
const CITE_CALL = /(?<![\w.])cite\(([^()]*)\)/g;
const fromCode = ['src', 'machines', 'site'].flatMap(sourceFiles).flatMap((file) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(CITE_CALL)].flatMap((m): Citation[] => {
    const args = m[1] ?? '';
    if (/^\s*faq\s*:/.test(args)) return []; // the declaration `function cite(faq: FaqId, ...)`
    return [
      {
        where: file,
        faq: [...args.matchAll(/'(FAQ-[A-Z]+-\d+)'/g)].map((a) => a[1] ?? ''),
        rules: [...args.matchAll(/'(R\d+)'/g)].map((a) => a[1] ?? ''),
      },
    ];
  }),
);

describe('citations pair FAQ entries and rules that belong together', () => {
  test('every rule R1–R50 is listed by some FAQ page (the pairing below has data)', () => {
    const listed = new Set([...FAQ_RULES.values()].flatMap((s) => [...s]));
    expect(RULE_IDS.filter((id) => !listed.has(id))).toEqual([]);
  });

  test('every scenario shows citations, and the code calls cite() (the checks are not vacuous)', () => {
    expect(fromScenarios.filter((s) => s.citations.length === 0).map((s) => s.file)).toEqual([]);
    expect(fromScenarios.some((s) => s.citations.some((c) => c.rules.length > 0))).toBe(true);
    expect(fromCode.some((c) => c.rules.length > 0)).toBe(true);
    // A call whose FAQ id is not a literal would escape the check: there is none.
    expect(fromCode.filter((c) => c.faq.length !== 1).map((c) => c.where)).toEqual([]);
  });

  test('a mismatched pair is caught (control case: R46 is FAQ-PAT-04’s, not FAQ-CON-02’s)', () => {
    expect(problems({ where: 'témoin', faq: ['FAQ-CON-02'], rules: ['R46'] })).toEqual([
      'témoin: R46 is not listed by FAQ-CON-02',
    ]);
    expect(problems({ where: 'témoin', faq: ['FAQ-CON-99'], rules: ['R51'] })).toEqual([
      'témoin: unknown FAQ id FAQ-CON-99',
      'témoin: unknown rule R51',
    ]);
    expect(
      problems({ where: 'témoin', faq: ['FAQ-CON-02', 'FAQ-PAT-04'], rules: ['R46'] }),
    ).toEqual([]);
  });

  test.each(fromScenarios.map((s) => [relative(ROOT, s.file), s.citations] as const))(
    '%s: every citation holds',
    (_, citations) => {
      expect(citations.flatMap(problems)).toEqual([]);
    },
  );

  test('every cite() call of the code holds', () => {
    expect(fromCode.flatMap(problems)).toEqual([]);
  });
});
