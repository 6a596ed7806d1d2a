import { describe, expect, test } from 'vitest';
import { faqEntry } from '../../../src/dmp/faq';
import type { Parcours } from '../../../src/parcours/index';
import { groupReport } from './group';
import { attestationData, nextScenario, pathProgress } from './path-progress';
import { addAttempt, emptyRecord, type Attempt, type LearningRecord } from './record';
import { EXPORT_FORMAT, EXPORT_VERSION, type ProgressFile } from './transfer';

const parcours: Parcours = {
  id: 'essai',
  title: 'Parcours essai',
  summary: 'Essai.',
  audience: ['tous'],
  objectives: ['Savoir.'],
  passMark: 70,
  scenarios: [{ scenario: 'a' }, { scenario: 'b' }, { scenario: 'c', optional: true }],
};

const run = (scenarioId: string, points: number, over: Partial<Attempt> = {}): Attempt => ({
  scenarioId,
  revision: 'r',
  mode: 'evaluation',
  finishedAt: '2026-12-01T10:00:00.000Z',
  points,
  played: 4,
  steps: [
    { step: 'q1', passed: points >= 2, answer: points >= 2 ? 'Bonne' : 'Piège', scored: true },
  ],
  faq: [`FAQ-CON-0${points}`],
  ...over,
});

const record = (...runs: Attempt[]): LearningRecord => runs.reduce(addAttempt, emptyRecord());
const nothingSaved = () => null;

describe('path progress and attestation', () => {
  test('a path is complete when every required scenario reaches the pass mark', () => {
    const low = pathProgress(parcours, record(run('a', 4), run('b', 2)), nothingSaved);
    expect(low.complete).toBe(false);
    expect(nextScenario(low)).toBe('b');
    expect(attestationData(low, {}, 'Camille')).toBeNull();
    const full = pathProgress(parcours, record(run('a', 4), run('b', 3)), nothingSaved);
    expect(full.complete).toBe(true);
    expect(nextScenario(full)).toBe('c');
  });

  test('the next scenario: the positioning first, then one in progress, then the path order', () => {
    const progress = pathProgress(parcours, emptyRecord(), (id) =>
      id === 'b' ? '2026-12-01T00:00:00.000Z' : null,
    );
    expect(nextScenario(progress)).toBe('b');
    expect(nextScenario(progress, ['hors-parcours', 'c', 'a'])).toBe('c');
  });

  test('the attestation lists the scenarios done with date and best score, and the FAQ covered', () => {
    const full = pathProgress(
      parcours,
      record(run('a', 4), run('b', 3), run('b', 1, { finishedAt: '2026-12-02T00:00:00.000Z' })),
      nothingSaved,
    );
    const data = attestationData(
      full,
      { a: 'Scénario A' },
      '  Camille Martin ',
      new Date('2026-12-03T00:00:00Z'),
    );
    expect(data).toMatchObject({
      learnerName: 'Camille Martin',
      parcoursTitle: parcours.title,
      passMark: 70,
      issuedAt: '2026-12-03T00:00:00.000Z',
      lines: [
        {
          scenarioId: 'a',
          title: 'Scénario A',
          percent: 100,
          finishedAt: '2026-12-01T10:00:00.000Z',
        },
        { scenarioId: 'b', title: 'b', percent: 75 },
      ],
    });
    expect(data?.faq.map((f) => f.id)).toEqual(['FAQ-CON-03', 'FAQ-CON-04']);
    expect(data?.faq[0]?.question).toBe(faqEntry('FAQ-CON-03').question);
  });
});

describe('group report', () => {
  const file = (...runs: Attempt[]): ProgressFile => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: '2026-12-03T00:00:00.000Z',
    record: record(...runs),
    inProgress: [],
  });

  test('per scenario and per step, with the wrong answers counted once per learner', () => {
    const report = groupReport(
      [
        {
          label: 'un',
          file: file(run('a', 1), run('a', 1, { finishedAt: '2026-12-02T00:00:00.000Z' })),
        },
        { label: 'deux', file: file(run('a', 4)) },
        { label: 'trois', file: file(run('a', 0, { mode: 'decouverte' })) },
      ],
      [
        { id: 'a', title: 'Scénario A' },
        { id: 'b', title: 'Scénario B' },
      ],
    );
    expect(report).toEqual([
      {
        scenarioId: 'a',
        title: 'Scénario A',
        learners: 2,
        meanPercent: 63,
        steps: [
          {
            step: 'q1',
            learners: 2,
            passedFirst: 1,
            wrongAnswers: [{ answer: 'Piège', learners: 1 }],
          },
        ],
      },
    ]);
  });
});
