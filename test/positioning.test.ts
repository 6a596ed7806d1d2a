/**
 * The positioning quiz (site/data/positioning.ts) against the FAQ registry, and its
 * recommendations derived from the scenarios on disk (no list written by hand).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FAQ_ENTRIES, FAQ_SECTIONS } from '../src/dmp/faq';
import { listScenarioFiles } from '../src/scenario/check-file';
import { loadScenario } from '../src/scenario/check/index';
import { POSITIONING_QUESTIONS } from '../site/data/positioning';
import {
  MAX_RECOMMENDED,
  recommendScenarios,
  scorePositioning,
  sectionsToRead,
  type ScenarioFacts,
} from '../site/ui/progression/positioning';

const scenarios: ScenarioFacts[] = (await listScenarioFiles()).flatMap((file) => {
  const s = loadScenario(readFileSync(file, 'utf8'), file).scenario;
  return s === null
    ? []
    : [{ id: s.id, title: s.title, faq: s.faq, citedFaq: [], duration: s.duration }];
});

const allRight = Object.fromEntries(
  POSITIONING_QUESTIONS.map((q) => [q.id, q.options.findIndex((o) => o.correct === true)]),
);
const sectionOf = (faq: string) => FAQ_ENTRIES.find((e) => e.id === faq)?.section;

describe('the quiz file', () => {
  test('10 to 12 questions covering the 8 FAQ sections', () => {
    expect(POSITIONING_QUESTIONS.length).toBeGreaterThanOrEqual(10);
    expect(POSITIONING_QUESTIONS.length).toBeLessThanOrEqual(12);
    for (const section of FAQ_SECTIONS)
      expect(POSITIONING_QUESTIONS.map((q) => q.section)).toContain(section.id);
  });

  test.each(POSITIONING_QUESTIONS.map((q) => [q.id, q] as const))(
    '%s cites an FAQ entry of its section and has 3 or 4 options, one right',
    (_, q) => {
      expect(sectionOf(q.faq)).toBe(q.section);
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.length).toBeLessThanOrEqual(4);
      expect(q.options.filter((o) => o.correct === true)).toHaveLength(1);
      expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
    },
  );

  test('ids are unique and the right answer is not always at the same place', () => {
    expect(new Set(POSITIONING_QUESTIONS.map((q) => q.id)).size).toBe(POSITIONING_QUESTIONS.length);
    expect(new Set(Object.values(allRight)).size).toBeGreaterThan(1);
  });
});

describe('where the learner stands and what to play', () => {
  test('all right: every section mastered, nothing recommended', () => {
    const result = scorePositioning(POSITIONING_QUESTIONS, allRight);
    expect(result.sections.every((s) => s.mastered)).toBe(true);
    expect(recommendScenarios(result, scenarios)).toEqual([]);
  });

  test.each(POSITIONING_QUESTIONS.map((q) => [q.id, q] as const))(
    'missing %s recommends the scenarios teaching its entry first, or sends to its FAQ section',
    (_, q) => {
      const wrong = q.options.findIndex((o) => o.correct !== true);
      const result = scorePositioning(POSITIONING_QUESTIONS, { ...allRight, [q.id]: wrong });
      expect(result.sections.find((s) => s.section === q.section)?.mastered).toBe(false);
      const recommended = recommendScenarios(result, scenarios);
      expect(recommended.length).toBeLessThanOrEqual(MAX_RECOMMENDED);
      for (const s of recommended)
        expect(s.faq.some((id) => sectionOf(id) === q.section)).toBe(true);
      const teaching = scenarios.filter((s) => s.faq.includes(q.faq));
      if (teaching.length > 0) expect(teaching.map((s) => s.id)).toContain(recommended[0]?.id);
      const inSection = scenarios.some((s) => s.faq.some((id) => sectionOf(id) === q.section));
      expect(sectionsToRead(result, scenarios).map((s) => s.section)).toEqual(
        inSection ? [] : [q.section],
      );
    },
  );

  test('an unanswered question counts as to review', () => {
    const [first] = POSITIONING_QUESTIONS;
    if (first === undefined) return;
    const { [first.id]: _, ...rest } = allRight;
    expect(scorePositioning(POSITIONING_QUESTIONS, rest).missedFaq).toEqual([first.faq]);
  });
});
