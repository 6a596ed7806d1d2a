import { beforeEach, describe, expect, test } from 'vitest';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { DEFAULT_SEED, SEED_PATIENT_IDS as PAT, SEED_PROFESSIONAL_IDS as PRO } from '../seed';
import { createDmpStore, type DmpStore } from '../store';

let store: DmpStore;
beforeEach(() => {
  store = createDmpStore(DEFAULT_SEED);
});

const statusOf = (patientId: string) =>
  store.getState().patients.find((p) => p.id === patientId)?.identityStatus;

const deposit = () =>
  store.deposit({
    professionalId: PRO.gp,
    patientId: PAT.provisionalIdentity,
    draft: DocumentMother.draft(),
    workstationSkewMs: 0,
  });

describe('store: identity qualification (FAQ-DEP-07, HS17)', () => {
  test('R14: a provisional identity becomes qualified, then the deposit is accepted', () => {
    expect(deposit().code).toBe('DMP.INS_NOT_QUALIFIED');
    const result = store.qualifyIdentity({
      professionalId: PRO.gp,
      patientId: PAT.provisionalIdentity,
    });
    expect(result).toMatchObject({
      allowed: true,
      code: 'DMP.IDENTITY_QUALIFIED',
      rules: ['R14'],
      faq: ['FAQ-DEP-07', 'FAQ-INS-01'],
      assumptions: ['HS17'],
    });
    expect(result.explanation).toContain('PROV → QUAL');
    expect(result.explanation).toContain('HS17');
    expect(statusOf(PAT.provisionalIdentity)).toBe('QUAL');
    expect(deposit().allowed).toBe(true);
  });

  test('HS17: the qualification happens in the software and is not traced in the DMP', () => {
    const before = store.history(PAT.provisionalIdentity).length;
    store.qualifyIdentity({ professionalId: PRO.gp, patientId: PAT.provisionalIdentity });
    expect(store.history(PAT.provisionalIdentity)).toHaveLength(before);
    expect(store.notifications(PAT.provisionalIdentity)).toHaveLength(0);
  });

  test('a qualified identity stays qualified and says so', () => {
    const state = store.getState();
    const result = store.qualifyIdentity({ professionalId: PRO.gp, patientId: PAT.adult });
    expect(result.allowed).toBe(true);
    expect(result.explanation).toContain('déjà qualifiée');
    expect(store.getState()).toBe(state);
  });

  test('an unknown patient or professional is refused and changes nothing', () => {
    const state = store.getState();
    expect(store.qualifyIdentity({ professionalId: PRO.gp, patientId: 'pat-nobody' }).code).toBe(
      'DMP.UNKNOWN_PATIENT',
    );
    expect(
      store.qualifyIdentity({ professionalId: 'pro-nobody', patientId: PAT.provisionalIdentity })
        .code,
    ).toBe('DMP.UNKNOWN_PROFESSIONAL');
    expect(store.getState()).toBe(state);
  });
});
