import { describe, expect, test } from 'vitest';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { INS_OID_PRODUCTION } from '../model/ins';
import { findDmpByIns } from './ins-search.service';

describe('findDmpByIns', () => {
  const patient = PatientMother.adult();
  test('finds the active DMP of a valid test INS', () => {
    const result = findDmpByIns([patient], patient.ins.matricule);
    expect(result.allowed && result.patient.id).toBe(patient.id);
  });
  test('refuses a wrong key or a production OID with a typed code, without throwing', () => {
    const wrongKey = `${patient.ins.nir}${patient.ins.key === '01' ? '02' : '01'}`;
    expect(findDmpByIns([patient], wrongKey)).toMatchObject({
      allowed: false,
      code: 'DMP.INS_INVALID',
    });
    expect(findDmpByIns([patient], patient.ins.matricule, INS_OID_PRODUCTION).code).toBe(
      'DMP.INS_INVALID',
    );
  });
  test('no DMP: unknown INS, or closed DMP', () => {
    expect(findDmpByIns([], patient.ins.matricule).code).toBe('DMP.NO_MATCH');
    expect(findDmpByIns([{ ...patient, dmpStatus: 'closed' }], patient.ins.matricule).code).toBe(
      'DMP.NO_MATCH',
    );
  });
});
