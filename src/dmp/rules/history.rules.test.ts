import { describe, expect, test } from 'vitest';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { SIMULATION_START } from '../model/clock';
import { describeHistoryEntry, professionalActor, type HistoryEntry } from '../model/history';
import { isNominativeConsultationTrace } from './history.rules';

describe(`${isNominativeConsultationTrace.faq} ${isNominativeConsultationTrace.id}`, () => {
  const pro = ProfessionalMother.gp({ givenName: 'Hélène', familyName: 'Vidal' });
  const entry: HistoryEntry = {
    id: 'h-1',
    patientId: 'p',
    at: SIMULATION_START,
    actor: professionalActor(pro),
    action: 'dmp-consultation',
    mode: 'break-glass',
  };

  test('R43: a consultation names the professional, and the patient reads the name', () => {
    expect(isNominativeConsultationTrace(entry)).toBe(true);
    expect(describeHistoryEntry(entry)).toBe(
      '01/10/2025 — Hélène VIDAL (médecin) a consulté votre dossier en mode bris de glace (urgence).',
    );
  });
  test('a deposit or a patient action is not a consultation trace', () => {
    expect(isNominativeConsultationTrace({ ...entry, action: 'document-deposit' })).toBe(false);
    expect(
      isNominativeConsultationTrace({ ...entry, actor: { kind: 'patient', name: 'Claire' } }),
    ).toBe(false);
  });
  test('the patient reads their own actions in the second person', () => {
    expect(
      describeHistoryEntry({
        ...entry,
        actor: { kind: 'patient', name: 'Claire' },
        action: 'document-masking',
        mode: 'normal',
      }),
    ).toBe('01/10/2025 — Vous avez masqué un document aux professionnels.');
  });
});
