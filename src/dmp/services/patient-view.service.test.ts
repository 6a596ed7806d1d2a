import { describe, expect, test } from 'vitest';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { addDuration, SIMULATION_START as NOW } from '../model/clock';
import {
  awaitsActivation,
  decidePatientSideAccess,
  decidePatientView,
  decideRepresentativeAccess,
  entersSpace,
} from './patient-view.service';

const author = ProfessionalMother.hospitalPhysician();
const rep = { kind: 'representative', representativeId: 'rep-1' } as const;

describe('decideRepresentativeAccess (R45, R47)', () => {
  test('a representative manages the profile until the 18th birthday, then loses access', () => {
    const patient = PatientMother.minorTurning18(14);
    expect(decideRepresentativeAccess('rep-1', patient, NOW).code).toBe(
      'DMP.REPRESENTATIVE_ACCESS_ALLOWED',
    );
    const after = decideRepresentativeAccess('rep-1', patient, addDuration(NOW, { days: 14 }));
    expect(after).toMatchObject({
      allowed: false,
      code: 'DMP.REPRESENTATIVE_ACCESS_ENDED',
      rules: ['R47'],
      faq: ['FAQ-PAT-04'],
    });
  });
  test('a stranger is not a representative', () => {
    expect(decideRepresentativeAccess('nobody', PatientMother.minor(), NOW).code).toBe(
      'DMP.NOT_A_REPRESENTATIVE',
    );
  });
});

describe('decidePatientView', () => {
  test('R16: a document pending announcement is invisible to the patient, until one month after deposit', () => {
    const patient = PatientMother.adult();
    const doc = DocumentMother.hiddenFromPatient(patient, author, '2025-09-20T10:00:00.000Z');
    expect(decidePatientView({ kind: 'patient' }, patient, doc, NOW).code).toBe(
      'DMP.PENDING_ANNOUNCEMENT',
    );
    expect(
      decidePatientView({ kind: 'patient' }, patient, doc, '2025-10-20T10:00:00.000Z').allowed,
    ).toBe(true);
  });

  test('hidden from representatives: the representative does not see it, the young adult does after 18', () => {
    const patient = PatientMother.minorTurning18(14);
    const doc = DocumentMother.hiddenFromRepresentatives(patient, author);
    expect(decidePatientView(rep, patient, doc, NOW).code).toBe('DMP.HIDDEN_FROM_REPRESENTATIVES');
    expect(
      decidePatientView(rep, patient, DocumentMother.of(patient, author, '11502-2'), NOW).allowed,
    ).toBe(true);
    const later = addDuration(NOW, { days: 15 });
    const activated = { ...patient, ownAccountActivated: true };
    expect(decidePatientView({ kind: 'patient' }, activated, doc, later).allowed).toBe(true);
    expect(
      decidePatientView(rep, patient, DocumentMother.of(patient, author, '11502-2'), later).code,
    ).toBe('DMP.REPRESENTATIVE_ACCESS_ENDED');
  });

  test('FAQ-PAT-04, R47: at 18 the young adult sees nothing until she activates her own account', () => {
    const patient = PatientMother.minorTurning18(14, { mesActivated: true });
    const doc = DocumentMother.of(patient, author, '11502-2');
    const later = addDuration(NOW, { days: 15 });
    expect(decidePatientView({ kind: 'patient' }, patient, doc, later)).toMatchObject({
      allowed: false,
      code: 'DMP.OWN_ACCOUNT_NOT_ACTIVATED',
      faq: ['FAQ-PAT-04'],
      rules: ['R47'],
    });
    const entry = decidePatientSideAccess({ kind: 'patient' }, patient, later);
    expect(awaitsActivation(entry)).toBe(true);
    // R47: only the activation enters the space that awaits it; once in, every action does.
    expect(entersSpace(entry, true)).toBe(true);
    expect(entersSpace(entry, false)).toBe(false);
    const open = decidePatientSideAccess({ kind: 'patient' }, PatientMother.adult(), later);
    expect(entersSpace(open, false)).toBe(true);
    const activated = { ...patient, ownAccountActivated: true };
    expect(decidePatientView({ kind: 'patient' }, activated, doc, later).allowed).toBe(true);
    expect(decidePatientView({ kind: 'patient' }, PatientMother.adult(), doc, later).code).not.toBe(
      'DMP.OWN_ACCOUNT_NOT_ACTIVATED',
    );
  });

  test('R45: the minor has no access of their own before 18', () => {
    const patient = PatientMother.minor();
    expect(
      decidePatientView(
        { kind: 'patient' },
        patient,
        DocumentMother.of(patient, author, '11502-2'),
        NOW,
      ).code,
    ).toBe('DMP.PROFILE_MANAGED_BY_REPRESENTATIVE');
  });

  test('masked documents remain visible to the patient; pending announcement is hidden from representatives too', () => {
    const adult = PatientMother.adult();
    const masked = decidePatientView(
      { kind: 'patient' },
      adult,
      DocumentMother.masked(adult, author),
      NOW,
    );
    expect(masked.allowed && masked.notices.length).toBe(1);
    const minor = PatientMother.minor();
    expect(
      decidePatientView(
        rep,
        minor,
        DocumentMother.hiddenFromPatient(minor, author, '2025-09-28T00:00:00.000Z'),
        NOW,
      ).code,
    ).toBe('DMP.PENDING_ANNOUNCEMENT');
  });

  test('Mon espace santé not activated: nothing visible on the patient side (R42)', () => {
    const patient = PatientMother.withoutMes();
    expect(
      decidePatientView(
        { kind: 'patient' },
        patient,
        DocumentMother.of(patient, author, '11502-2'),
        NOW,
      ).code,
    ).toBe('DMP.MES_NOT_ACTIVATED');
  });

  test('deleted documents are not shown', () => {
    const patient = PatientMother.adult();
    expect(
      decidePatientView(
        { kind: 'patient' },
        patient,
        DocumentMother.of(patient, author, '11502-2', { deletedAt: NOW }),
        NOW,
      ).code,
    ).toBe('DMP.DOCUMENT_NOT_FOUND');
  });
});
