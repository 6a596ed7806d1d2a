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
    expect(saveProgress(storage, 'demo', 'abc123', inputs, new Date('2026-01-02T03:04:05Z'))).toBe(
      true,
    );
    const loaded = loadProgress(storage, 'demo', 'abc123');
    expect(loaded).toEqual({
      kind: 'resume',
      progress: {
        version: PROGRESS_VERSION,
        scenarioId: 'demo',
        revision: 'abc123',
        savedAt: '2026-01-02T03:04:05.000Z',
        inputs,
      },
    });
  });

  it('finds nothing when nothing was saved', () => {
    expect(loadProgress(memoryStorage(), 'demo', 'r')).toEqual({ kind: 'none' });
  });

  const cases: [string, string, RegExp][] = [
    ['invalid JSON', '{"version":1,', /illisible/],
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
        version: 1,
        scenarioId: 'demo',
        revision: 'r',
        savedAt: 'x',
        inputs: [{ type: 'act', step: 's', attempt: { action: 'ps.fly' } }],
      }),
      /incomplète ou altérée/,
    ],
    [
      'another scenario',
      JSON.stringify({ version: 1, scenarioId: 'autre', revision: 'r', savedAt: 'x', inputs: [] }),
      /incomplète ou altérée/,
    ],
    [
      'a changed scenario',
      JSON.stringify({ version: 1, scenarioId: 'demo', revision: 'old', savedAt: 'x', inputs: [] }),
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
    expect(saveProgress(broken, 'demo', 'r', inputs)).toBe(false);
    expect(() => clearProgress(broken, 'demo')).not.toThrow();
  });
});
