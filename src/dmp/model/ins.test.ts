import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  computeNirKey,
  INS_OID_DEMONSTRATION,
  INS_OID_NIA_PRODUCTION,
  INS_OID_PRODUCTION,
  INS_OID_TEST,
  isValidNirKey,
  parseIns,
  patientMailboxAddress,
  testInsFromNir,
} from './ins';

describe('NIR key (97 − NIR mod 97)', () => {
  test('matches the worked examples of dmp-facts.md §8.1', () => {
    expect(computeNirKey('1631278477042')).toBe('94');
    expect(computeNirKey('2620875032039')).toBe('77');
  });

  test('accepts the valid ANS example and rejects the invalid one', () => {
    expect(isValidNirKey('279035121518989')).toBe(true);
    expect(isValidNirKey('288091234567823')).toBe(false);
  });

  test('pads keys below 10 with a leading zero', () => {
    const nir = fc
      .sample(fc.integer({ min: 0, max: 999 }), { numRuns: 200, seed: 1 })
      .map((n) => `18001441${String(n).padStart(5, '0')}`)
      .find((candidate) => Number(computeNirKey(candidate)) < 10);
    expect(nir).toBeDefined();
    expect(computeNirKey(nir ?? '')).toMatch(/^0\d$/);
  });

  test('Corsica: 2A counts as 19 and 2B as 18', () => {
    const a = 97 - (Number('2350819004912') % 97);
    const b = 97 - (Number('1651218033913') % 97);
    expect(computeNirKey('235082A004912')).toBe(String(a).padStart(2, '0'));
    expect(computeNirKey('165122B033913')).toBe(String(b).padStart(2, '0'));
    expect(isValidNirKey('235082A00491266')).toBe(true);
    expect(isValidNirKey('165122B03391397')).toBe(true);
    // Same digits with "20" instead of "2A" give another key: the substitution matters.
    expect(computeNirKey('2350820004912')).not.toBe(computeNirKey('235082A004912'));
  });

  test('rejects malformed NIRs instead of throwing', () => {
    expect(computeNirKey('12345')).toBeNull();
    expect(computeNirKey('5800144109001')).toBeNull();
    expect(computeNirKey('180012C109001')).toBeNull();
    expect(isValidNirKey('1800144109001')).toBe(false);
  });

  test('every wrong key is rejected (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 1, max: 96 }),
        (n, shift) => {
          const nir = `1800144${String(n).padStart(6, '0')}`;
          const key = Number(computeNirKey(nir));
          const wrong = String(((key - 1 + shift) % 97) + 1).padStart(2, '0');
          expect(isValidNirKey(`${nir}${key.toString().padStart(2, '0')}`)).toBe(true);
          expect(isValidNirKey(`${nir}${wrong}`)).toBe(false);
        },
      ),
    );
  });
});

describe('parseIns', () => {
  test('parses a valid test INS, ignoring spaces and case', () => {
    const result = parseIns('2 78 04 44 109 901 95', INS_OID_TEST);
    expect(result).toEqual({
      ok: true,
      ins: { matricule: '278044410990195', nir: '2780444109901', key: '95', oid: INS_OID_TEST },
    });
    expect(parseIns('235082a00491266').ok).toBe(true);
  });

  test('rejects production OIDs (NIR and NIA): the simulator never holds real identities', () => {
    for (const oid of [INS_OID_PRODUCTION, INS_OID_NIA_PRODUCTION]) {
      const result = parseIns('278044410990195', oid);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.code).toBe('INS.OID_PRODUCTION');
    }
  });

  test('rejects other OIDs, including the demonstration one', () => {
    const result = parseIns('278044410990195', INS_OID_DEMONSTRATION);
    expect(!result.ok && result.code).toBe('INS.OID_UNKNOWN');
  });

  test('reports format and key errors with typed codes', () => {
    const short = parseIns('2780444109901');
    expect(!short.ok && short.code).toBe('INS.FORMAT');
    const bad = parseIns('278044410990196');
    expect(!bad.ok && bad.code).toBe('INS.KEY');
    expect(!bad.ok && bad.message).toContain('95');
  });

  test('testInsFromNir computes the key, and the mailbox address uses the matricule (R17)', () => {
    const ins = testInsFromNir('2780444109901');
    expect(ins?.matricule).toBe('278044410990195');
    expect(testInsFromNir('bad')).toBeNull();
    expect(ins && patientMailboxAddress(ins)).toBe('278044410990195@patient.mssante.fr');
  });
});
