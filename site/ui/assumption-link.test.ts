import { describe, expect, it } from 'vitest';
import { ASSUMPTION_IDS } from '../../src/dmp/assumptions';
import { assumptionAnchor, assumptionsNamedIn } from './assumption-link';

describe('assumptions named in a decision text', () => {
  it('finds every registered id, once, in order, and ignores unknown ones', () => {
    const [first, second] = ASSUMPTION_IDS;
    const text = `Refusé (hypothèse du simulateur (${second})). Voir aussi ${first}, ${second} et HS999.`;
    expect(assumptionsNamedIn(text)).toEqual([second, first]);
    expect(assumptionsNamedIn('Aucune hypothèse ici.', 'ni là')).toEqual([]);
  });

  it('gives each assumption a distinct anchor', () => {
    const anchors = ASSUMPTION_IDS.map(assumptionAnchor);
    expect(new Set(anchors).size).toBe(ASSUMPTION_IDS.length);
    for (const a of anchors) expect(a).toMatch(/^hs\d+$/);
  });
});
