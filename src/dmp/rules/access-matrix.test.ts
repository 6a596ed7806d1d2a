import { describe, expect, test } from 'vitest';
import { DOCUMENT_TYPE_CODES } from '../model/document-types.data';
import { PRACTICE_SETTINGS, PROFESSION_CODES, type G15Code } from '../model/professional';
import {
  ACCESS_MATRIX,
  documentCell,
  listMatrixAssumptions,
  settingCell,
} from './access-matrix.data';
import { isDocumentTypeOpenToProfession, isProfessionAllowedInSetting } from './access.rules';
import { isFaqId } from '../faq';
import { DEFAULT_SEED } from '../seed';
import { decideConsultation } from '../services/consultation.service';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';

describe(`${isProfessionAllowedInSetting.faq} ${isProfessionAllowedInSetting.id}`, () => {
  test('R22: osteopaths have no access, in any setting', () => {
    for (const setting of PRACTICE_SETTINGS)
      expect(isProfessionAllowedInSetting('osteopath', setting)).toBe(false);
    expect(settingCell('osteopath', 'liberal')).toMatchObject({
      faq: 'FAQ-ACC-03',
      assumption: false,
    });
  });

  test('R23, R25: occupational therapists, psychomotor therapists and dietitians only in a structure or establishment', () => {
    for (const code of ['94', '95', '96'] as const) {
      expect(isProfessionAllowedInSetting(code, 'liberal')).toBe(false);
      expect(isProfessionAllowedInSetting(code, 'structure')).toBe(true);
      expect(isProfessionAllowedInSetting(code, 'establishment')).toBe(true);
      expect(settingCell(code, 'liberal').assumption).toBe(false);
      expect(settingCell(code, 'establishment').assumption).toBe(false);
    }
    expect(settingCell('95', 'structure').assumption).toBe(false);
    expect(settingCell('96', 'structure').assumption).toBe(false);
  });

  test('R27: RPPS+ role professionals: access planned, not in effect at the FAQ date, in every setting', () => {
    for (const setting of PRACTICE_SETTINGS) {
      expect(isProfessionAllowedInSetting('rpps-plus-role', setting)).toBe(false);
      expect(settingCell('rpps-plus-role', setting)).toMatchObject({
        faq: 'FAQ-ACC-07',
        note: expect.stringMatching(/prévu, non effectif à la date de la FAQ/) as unknown,
      });
    }
  });

  test('codes 31, 32, 81–86, 98: « non documenté » (the FAQ list ends with « etc. »), closed as an assumption', () => {
    const codes = ['31', '32', '81', '82', '83', '84', '85', '86', '98'] as const;
    for (const code of codes) {
      for (const setting of PRACTICE_SETTINGS) {
        const cell = settingCell(code, setting);
        expect(cell).toMatchObject({ allowed: false, assumption: true, undocumented: true });
        expect(cell.note).toMatch(/^Non documenté/);
      }
    }
    const pro = {
      ...ProfessionalMother.gp(),
      profession: '98' as const,
      setting: 'establishment' as const,
    };
    const decision = decideConsultation({
      professional: pro,
      patient: PatientMother.adult(),
      now: '2025-10-01T09:00:00.000Z',
      episodeId: 'ep',
      access: { mode: 'normal' },
    });
    expect(decision.code).toBe('DMP.PROFESSION_UNDOCUMENTED');
    expect(decision.explanation).toMatch(/non documenté/i);
  });

  test('R23 vs R25: the occupational therapist in a structure is an assumption that says the FAQ disagrees', () => {
    const cell = settingCell('94', 'structure');
    expect(cell.assumption).toBe(true);
    expect(cell.note).toMatch(/Hypothèse/);
    expect(cell.note).toMatch(/établissement de santé/);
    expect(cell.note).toMatch(/contredit/);
    expect(settingCell('94', 'establishment')).toMatchObject({
      faq: 'FAQ-ACC-04',
      assumption: false,
    });
  });

  test("the seed's occupational therapist and dietitian of a SMR (ex-SSR) practise in an establishment", () => {
    const smr = DEFAULT_SEED.professionals.filter((p) => p.establishmentKind === 'smr');
    expect(smr.length).toBeGreaterThan(0);
    for (const p of smr) expect(p.setting).toBe('establishment');
  });

  test('R24: the seven listed paramedics have access in liberal practice as well as in a structure', () => {
    const listed: readonly G15Code[] = ['70', '60', '80', '91', '92', '26', '28'];
    for (const code of listed) {
      for (const setting of PRACTICE_SETTINGS) {
        expect(isProfessionAllowedInSetting(code, setting)).toBe(true);
        expect(settingCell(code, setting)).toMatchObject({ faq: 'FAQ-ACC-05', assumption: false });
      }
    }
  });

  test('R20: the professions cited by the FAQ have access everywhere (physicians, pharmacists, dentists, midwives)', () => {
    for (const code of ['10', '21', '40', '50'] as const) {
      for (const setting of PRACTICE_SETTINGS)
        expect(isProfessionAllowedInSetting(code, setting)).toBe(true);
    }
  });

  test('R26, R9: a secretariat never consults', () => {
    for (const setting of PRACTICE_SETTINGS)
      expect(isProfessionAllowedInSetting('secretary', setting)).toBe(false);
  });

  test('professions absent from the sources are closed, and flagged as an assumption', () => {
    for (const code of ['31', '32', '81', '82', '83', '84', '85', '86', '98'] as const) {
      expect(isProfessionAllowedInSetting(code, 'establishment')).toBe(false);
      expect(settingCell(code, 'establishment').assumption).toBe(true);
    }
  });
});

describe(`${isDocumentTypeOpenToProfession.faq} ${isDocumentTypeOpenToProfession.id}`, () => {
  test('R29: a pharmacist never opens the psychiatric synthesis (68599-0), and this cell is sourced', () => {
    expect(isDocumentTypeOpenToProfession('21', '68599-0')).toBe(false);
    expect(documentCell('21', '68599-0')).toMatchObject({
      faq: 'FAQ-ACC-08',
      assumption: false,
      rules: ['R28', 'R29'],
    });
  });

  test('R28: the document cell does not depend on the setting (no setting parameter exists)', () => {
    expect(isDocumentTypeOpenToProfession.test.length).toBe(2);
  });

  test('R27: RPPS+ role professionals only see what the matrix opens', () => {
    expect(documentCell('rpps-plus-role', '11502-2')).toMatchObject({
      allowed: false,
      faq: 'FAQ-ACC-07',
      assumption: false,
    });
    expect(isDocumentTypeOpenToProfession('rpps-plus-role', '80788-3')).toBe(true);
    expect(isDocumentTypeOpenToProfession('rpps-plus-role', '68599-0')).toBe(false);
  });

  test('physicians see everything except the residence certificate (secondary source, flagged)', () => {
    const closed = DOCUMENT_TYPE_CODES.filter(
      (code) => !isDocumentTypeOpenToProfession('10', code),
    );
    expect(closed).toEqual(['ATTEST-RESID']);
    expect(documentCell('10', 'ATTEST-RESID').assumption).toBe(true);
  });

  test('osteopaths and secretaries open no document type', () => {
    for (const code of DOCUMENT_TYPE_CODES) {
      expect(isDocumentTypeOpenToProfession('osteopath', code)).toBe(false);
      expect(isDocumentTypeOpenToProfession('secretary', code)).toBe(false);
    }
  });

  test('dentists: exceptions cited by secondary sources are closed', () => {
    for (const code of [
      '80788-3',
      '75496-0',
      '83981-1',
      '83901-9',
      '68599-0',
      'EXPPAT_3',
    ] as const) {
      expect(isDocumentTypeOpenToProfession('40', code)).toBe(false);
    }
    expect(isDocumentTypeOpenToProfession('40', '11502-2')).toBe(true);
  });
});

describe('matrix data integrity', () => {
  test('every profession has a row; every cell has a French note and a known FAQ id', () => {
    expect(Object.keys(ACCESS_MATRIX).sort()).toEqual([...PROFESSION_CODES].sort());
    for (const profession of PROFESSION_CODES) {
      const cells = [
        ...PRACTICE_SETTINGS.map((s) => settingCell(profession, s)),
        ...DOCUMENT_TYPE_CODES.map((c) => documentCell(profession, c)),
      ];
      for (const cell of cells) {
        expect(cell.note.length).toBeGreaterThan(5);
        if (cell.faq !== null) expect(isFaqId(cell.faq)).toBe(true);
        if (!cell.assumption) expect(cell.faq).not.toBeNull();
      }
    }
  });

  test('assumptions are listed for display, and FAQ-stated cells are not among them', () => {
    const assumptions = listMatrixAssumptions();
    expect(assumptions.length).toBeGreaterThan(10);
    expect(assumptions.some((a) => a.profession === 'osteopath')).toBe(false);
    expect(assumptions.some((a) => a.profession === '21' && a.where === '68599-0')).toBe(false);
  });
});

describe('pharmacists and the medical summary (issue 15)', () => {
  test('closed as an assumption whose note says why: allergies go there, no source either way', () => {
    const cell = documentCell('21', '60591-5');
    expect(cell.allowed).toBe(false);
    expect(cell.assumption).toBe(true);
    expect(cell.note).toMatch(/allergies/);
    expect(cell.note).toMatch(/FAQ-DEP-03/);
  });
});
