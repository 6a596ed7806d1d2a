/** Generated French: feminine profession labels, « de » elided before a vowel, agreement. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_SEED } from '../seed';
import { agreed, de, startsWithVowelSound } from './french';
import { describeHistoryEntry, professionalActor } from './history';
import {
  FEMININE_PROFESSION_LABELS,
  PROFESSION_CODES,
  professionLabel,
  professionLabelOf,
} from './professional';

describe('« de » before a name', () => {
  test.each([
    ['Inès', "d'Inès"],
    ['Élise', "d'Élise"],
    ['Hélène', "d'Hélène"],
    ['Yves', "d'Yves"],
    ['Yasmine', 'de Yasmine'],
    ['Claire', 'de Claire'],
    ['Œdipe', "d'Œdipe"],
  ])('%s → %s', (word, expected) => {
    expect(de(word)).toBe(expected);
  });

  test('a sentence built with it never reads « de » before a vowel', () => {
    for (const name of ['Inès', 'Anne', 'Ulysse', 'Claire', 'Olivier']) {
      const sentence = `Profil ${de(name)}, que vous gérez comme représentant légal.`;
      expect(sentence).not.toMatch(/\bde [AEIOUÉÈÊÎÔÛaeiouéèêîôû]/);
      expect(startsWithVowelSound(name)).toBe(sentence.includes("d'"));
    }
  });
});

describe('agreement with the professional', () => {
  test('every profession has a feminine label', () => {
    for (const code of PROFESSION_CODES) expect(FEMININE_PROFESSION_LABELS[code]).toMatch(/\S/);
    expect(professionLabel('60', 'F')).toBe('Infirmière');
    expect(professionLabel('60', 'M')).toBe('Infirmier');
    expect(professionLabel('60')).toBe('Infirmier');
  });

  test('every seeded professional with a person behind the card has a civility', () => {
    const people = DEFAULT_SEED.professionals.filter(
      (p) => p.card.type !== 'CPE' || p.card.nominative,
    );
    expect(people.filter((p) => p.gender === undefined).map((p) => p.id)).toEqual([]);
  });

  test('the lines about a woman use the feminine label; about a man, the masculine one', () => {
    for (const p of DEFAULT_SEED.professionals.filter((x) => x.gender !== undefined)) {
      const line = describeHistoryEntry({
        id: 'h-1',
        patientId: 'pat-adult',
        at: '2025-09-18T10:00:00.000Z',
        actor: professionalActor(p),
        action: 'dmp-consultation',
        mode: 'normal',
      });
      const label = professionLabelOf(p).toLowerCase();
      expect(line).toContain(`(${label})`);
      if (
        p.gender === 'F' &&
        FEMININE_PROFESSION_LABELS[p.profession] !== professionLabel(p.profession)
      )
        expect(line).not.toContain(`(${professionLabel(p.profession).toLowerCase()})`);
    }
    const nurse = DEFAULT_SEED.professionals.find((p) => p.familyName === 'Giraud');
    expect(nurse && professionLabelOf(nurse)).toBe('Infirmière');
  });

  test('past participles agree with a woman', () => {
    expect(`vous en êtes ${agreed('averti', 'F')}`).toBe('vous en êtes avertie');
    expect(`vous en êtes ${agreed('averti', 'M')}`).toBe('vous en êtes averti');
    expect(agreed('bloquée', 'F')).toBe('bloquée');
  });
});
