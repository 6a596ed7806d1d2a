import { describe, expect, it } from 'vitest';
import { isPlayMode, MODE_IDS, MODES, optionOrder } from './modes';

describe('play modes', () => {
  it('only Découverte names the action and prefills; only Évaluation forbids retries and hints', () => {
    expect(MODE_IDS.filter((m) => MODES[m].namesAction)).toEqual(['decouverte']);
    expect(MODE_IDS.filter((m) => MODES[m].prefills)).toEqual(['decouverte']);
    expect(MODE_IDS.filter((m) => !MODES[m].retries)).toEqual(['evaluation']);
    expect(MODES.evaluation.hints).toBe('never');
    expect(MODES.entrainement.hints).toBe('on-request');
    expect(isPlayMode('evaluation')).toBe(true);
    expect(isPlayMode('turbo')).toBe(false);
  });

  it('draws a permutation of the options, stable for a seed and a step, never the file order', () => {
    for (const count of [2, 3, 4]) {
      for (const seed of ['a', 'b', 'c', 'd', 'e']) {
        const order = optionOrder(seed, 'question', count);
        expect([...order].sort()).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(order).not.toEqual(Array.from({ length: count }, (_, i) => i));
        expect(optionOrder(seed, 'question', count)).toEqual(order);
      }
    }
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((s) => optionOrder(s, 'q', 4).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect(optionOrder('a', 'q', 1)).toEqual([0]);
  });
});
