import { describe, expect, it } from 'vitest';
import { progressKey, saveProgress, type ProgressStorage } from '../player/progress';
import {
  addAttempt,
  bestAttempt,
  emptyRecord,
  loadRecord,
  MAX_ATTEMPTS_PER_SCENARIO,
  mergeRecords,
  RECORD_KEY,
  saveRecord,
  scenarioStatus,
  type Attempt,
} from './record';
import { buildProgressFile, EXPORT_FORMAT, importProgressFile, readProgressFile } from './transfer';

function memoryStorage(initial: Record<string, string> = {}): ProgressStorage & {
  data: Map<string, string>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const attempt = (over: Partial<Attempt> = {}): Attempt => ({
  scenarioId: 'demo',
  revision: 'r1',
  mode: 'entrainement',
  finishedAt: '2026-12-01T10:00:00.000Z',
  points: 2,
  played: 4,
  steps: [{ step: 'question', passed: false, answer: 'Non', scored: true }],
  faq: ['FAQ-CON-01'],
  ...over,
});

describe('learning record', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    const record = addAttempt(emptyRecord(), attempt());
    expect(saveRecord(storage, record)).toBe(true);
    expect(loadRecord(storage)).toEqual({ record, message: null });
  });

  it.each([
    ['{pas du json', 'illisible'],
    [JSON.stringify({ version: 99, attempts: [] }), 'format inconnu'],
    [JSON.stringify({ version: 1, attempts: [{ scenarioId: 'x' }] }), 'incomplet ou altéré'],
  ])('drops corrupted data with a French message (%s)', (raw, why) => {
    const storage = memoryStorage({ [RECORD_KEY]: raw });
    const loaded = loadRecord(storage);
    expect(loaded.record).toEqual(emptyRecord());
    expect(loaded.message).toContain(why);
    expect(storage.data.has(RECORD_KEY)).toBe(false);
  });

  it('merges two devices without losing or doubling a run, in either order', () => {
    const a = addAttempt(emptyRecord(), attempt());
    const b = addAttempt(
      addAttempt(emptyRecord(), attempt()),
      attempt({ finishedAt: '2026-12-02T10:00:00.000Z', points: 4 }),
    );
    const ab = mergeRecords(a, b);
    expect(ab.attempts).toHaveLength(2);
    expect(mergeRecords(b, a).attempts).toEqual(ab.attempts);
    expect(mergeRecords(ab, ab)).toEqual(ab);
  });

  it('keeps the best run when pruning old ones', () => {
    let record = addAttempt(
      emptyRecord(),
      attempt({ points: 4, finishedAt: '2026-01-01T00:00:00.000Z' }),
    );
    for (let i = 0; i < MAX_ATTEMPTS_PER_SCENARIO + 3; i += 1)
      record = addAttempt(
        record,
        attempt({
          points: 1,
          finishedAt: `2026-02-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
        }),
      );
    expect(record.attempts).toHaveLength(MAX_ATTEMPTS_PER_SCENARIO);
    expect(bestAttempt(record.attempts)?.points).toBe(4);
  });
});

describe('scenario status', () => {
  it('is not started, in progress, then done with the best score of Entraînement and Évaluation', () => {
    expect(scenarioStatus(emptyRecord(), 'demo', null).state).toBe('not-started');
    expect(scenarioStatus(emptyRecord(), 'demo', '2026-12-01T09:00:00.000Z').state).toBe(
      'in-progress',
    );
    const discovered = addAttempt(emptyRecord(), attempt({ mode: 'decouverte', points: 4 }));
    expect(scenarioStatus(discovered, 'demo', null)).toMatchObject({
      state: 'in-progress',
      discoveredOnly: true,
    });
    const done = addAttempt(
      addAttempt(
        discovered,
        attempt({ mode: 'evaluation', points: 3, finishedAt: '2026-12-03T10:00:00.000Z' }),
      ),
      attempt({ points: 2 }),
    );
    const status = scenarioStatus(done, 'demo', '2026-12-03T10:00:00.000Z');
    expect(status.state).toBe('done');
    expect(status.best?.mode).toBe('evaluation');
    expect(status.percent).toBe(75);
  });

  it('is in progress again when inputs were saved after the last finished run', () => {
    const done = addAttempt(emptyRecord(), attempt());
    expect(scenarioStatus(done, 'demo', '2026-12-05T00:00:00.000Z').state).toBe('done');
    expect(scenarioStatus(done, 'other', '2026-12-05T00:00:00.000Z').state).toBe('in-progress');
  });
});

describe('progress file', () => {
  it('exports then imports on another device: runs merged, the scenario in progress resumed', () => {
    const here = memoryStorage();
    saveRecord(here, { ...addAttempt(emptyRecord(), attempt()), learnerName: 'Camille Martin' });
    saveProgress(here, 'autre', 'r9', {
      mode: 'evaluation',
      seed: 'graine',
      inputs: [{ type: 'choose', step: 'q', option: 1 }],
    });
    const text = JSON.stringify(buildProgressFile(here, ['demo', 'autre']));
    const read = readProgressFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const there = memoryStorage();
    saveRecord(
      there,
      addAttempt(emptyRecord(), attempt({ finishedAt: '2026-12-02T00:00:00.000Z' })),
    );
    expect(importProgressFile(there, read.file)).toEqual({ added: 1, resumed: 1 });
    expect(loadRecord(there).record.attempts).toHaveLength(2);
    expect(loadRecord(there).record.learnerName).toBe('Camille Martin');
    expect(there.data.get(progressKey('autre'))).toBe(here.data.get(progressKey('autre')));
    expect(importProgressFile(there, read.file)).toEqual({ added: 0, resumed: 0 });
  });

  it.each([
    ['pas du json', "n'est pas un fichier de progression lisible"],
    [JSON.stringify({ hello: 1 }), 'format non reconnu'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 7 }), 'version 7'],
    [
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: 'hier' }),
      'incomplet ou a été modifié',
    ],
  ])('refuses a bad file with a French message (%s)', (text, message) => {
    const read = readProgressFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(message);
  });
});
