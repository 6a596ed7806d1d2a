import { describe, expect, it } from 'vitest';
import {
  clearProgress,
  loadProgress,
  progressKey,
  PROGRESS_VERSION,
  saveProgress,
  type PlayerInput,
  type ProgressStorage,
} from './progress';

function memoryStorage(
  initial: Record<string, string> = {},
): ProgressStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const inputs: PlayerInput[] = [
  { type: 'act', step: 'connexion', attempt: { action: 'ps.login', card: 'CPS' } },
  { type: 'choose', step: 'question', option: 1 },
];

describe('saved progress', () => {
  it('round-trips the inputs of a scenario at a revision', () => {
    const storage = memoryStorage();
    expect(
      saveProgress(
        storage,
        'demo',
        'abc123',
        { mode: 'evaluation', seed: 'graine', inputs },
        new Date('2026-01-02T03:04:05Z'),
      ),
    ).toBe(true);
    const loaded = loadProgress(storage, 'demo', 'abc123');
    expect(loaded).toEqual({
      kind: 'resume',
      progress: {
        version: PROGRESS_VERSION,
        scenarioId: 'demo',
        revision: 'abc123',
        savedAt: '2026-01-02T03:04:05.000Z',
        mode: 'evaluation',
        seed: 'graine',
        inputs,
      },
    });
  });

  it('finds nothing when nothing was saved', () => {
    expect(loadProgress(memoryStorage(), 'demo', 'r')).toEqual({ kind: 'none' });
  });

  const base = {
    version: 2,
    scenarioId: 'demo',
    revision: 'r',
    savedAt: 'x',
    mode: 'entrainement',
    seed: 'graine',
    inputs: [],
  };
  const cases: [string, string, RegExp][] = [
    ['an unknown mode', JSON.stringify({ ...base, mode: 'turbo' }), /incomplète ou altérée/],
    ['invalid JSON', '{"version":2,', /illisible/],
    [
      'the format before the play modes',
      JSON.stringify({ version: 1, scenarioId: 'demo', revision: 'r', savedAt: 'x', inputs: [] }),
      /version plus ancienne.*format 1/,
    ],
    [
      'an older format',
      JSON.stringify({ version: 0, inputs: [] }),
      /version plus ancienne.*format 0/,
    ],
    ['an unknown format', JSON.stringify({ version: 99 }), /format inconnu/],
    ['a non-object', '42', /format inconnu/],
    [
      'an action the schema rejects',
      JSON.stringify({
        ...base,
        inputs: [{ type: 'act', step: 's', attempt: { action: 'ps.fly' } }],
      }),
      /incomplète ou altérée/,
    ],
    ['another scenario', JSON.stringify({ ...base, scenarioId: 'autre' }), /incomplète ou altérée/],
    [
      'a changed scenario',
      JSON.stringify({ ...base, revision: 'old' }),
      /modifié depuis votre dernière visite/,
    ],
  ];
  it.each(cases)(
    'recovers from %s with a French message and forgets it',
    (_label, raw, message) => {
      const storage = memoryStorage({ [progressKey('demo')]: raw });
      const loaded = loadProgress(storage, 'demo', 'r');
      expect(loaded.kind).toBe('recovered');
      expect(loaded.kind === 'recovered' && loaded.message).toMatch(message);
      expect(loaded.kind === 'recovered' && loaded.message).toMatch(/reprend au début/);
      expect(storage.data.has(progressKey('demo'))).toBe(false);
    },
  );

  it('never throws when the storage itself fails', () => {
    const broken: ProgressStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadProgress(broken, 'demo', 'r')).toEqual({ kind: 'none' });
    expect(saveProgress(broken, 'demo', 'r', { mode: 'entrainement', seed: 's', inputs })).toBe(
      false,
    );
    expect(() => clearProgress(broken, 'demo')).not.toThrow();
  });
});
