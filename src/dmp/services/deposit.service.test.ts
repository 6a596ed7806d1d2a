import { describe, expect, test } from 'vitest';
import { ConsentMother } from '../../../test/mothers/consent.mother';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { CLOCK_SKEW_TOLERANCE_MS, SIMULATION_START as NOW } from '../model/clock';
import type { Patient } from '../model/patient';
import type { Card, Professional } from '../model/professional';
import { hasDepositingCard } from '../rules/cards.rules';
import { DMP_ERROR_CODES } from '../errors';
import {
  decideDeposit,
  decidePatientDeposit,
  DEPOSIT_INFORMATION_REMINDER,
  withInformationReminder,
  type DepositContext,
  type DocumentDraft,
} from './deposit.service';

const gp = ProfessionalMother.gp();
const ctx = (
  o: Partial<DepositContext> = {},
  professional: Professional = gp,
  patient: Patient = PatientMother.adult(),
): DepositContext => ({
  professional,
  patient,
  now: NOW,
  workstationSkewMs: 0,
  ...o,
});
const draft = (o: Partial<DocumentDraft> = {}): DocumentDraft => ({
  ...DocumentMother.draft(),
  ...o,
});

describe('decideDeposit', () => {
  test('R40: no consent needed; informing the patient is never a DMP refusal', () => {
    const decision = decideDeposit(ctx(), draft());
    expect(decision).toMatchObject({ allowed: true, code: 'DMP.DEPOSIT_ALLOWED' });
    expect(decision.rules).toContain('R40');
    expect(decision.allowed && decision.notices).not.toContain(DEPOSIT_INFORMATION_REMINDER);
    expect(Object.keys(DMP_ERROR_CODES).filter((c) => /INFORMED/.test(c))).toEqual([
      'DMP.PROTECTOR_NOT_INFORMED',
    ]);
  });

  test('an accepted deposit cites what allowed it, and apart the conditions merely met', () => {
    const decision = decideDeposit(ctx(), draft());
    if (!decision.allowed) throw new Error('deposit refused');
    // Who may deposit with which card, and R40: « Pourquoi ? » explains these.
    expect(decision.rules).toEqual(expect.arrayContaining(['R3', 'R40']));
    // A qualified INS and a clock on time (R14, R18) passed without deciding anything.
    for (const passed of ['R14', 'R18'] as const) {
      expect(decision.rules).not.toContain(passed);
      expect(decision.checked).toContain(passed);
    }
  });

  test('R40: the software reminds of the duty when its checklist is not ticked', () => {
    const decision = decideDeposit(ctx(), draft());
    const reminded = withInformationReminder(decision, { patientInformed: false });
    expect(reminded).toMatchObject({ allowed: true, code: 'DMP.DEPOSIT_ALLOWED' });
    expect(reminded.allowed && reminded.notices).toContain(DEPOSIT_INFORMATION_REMINDER);
    expect(DEPOSIT_INFORMATION_REMINDER).toMatch(/devoir/);
    expect(withInformationReminder(decision, { patientInformed: true })).toBe(decision);
    const refused = decideDeposit(ctx({ workstationSkewMs: 3_600_000 }), draft());
    expect(withInformationReminder(refused, { patientInformed: false })).toBe(refused);
  });

  test('R3, R9: a secretary with a nominative CPE deposits; R5: not with an anonymous CPE', () => {
    expect(
      decideDeposit(ctx({}, ProfessionalMother.secretaryWithNominativeCpe()), draft()).allowed,
    ).toBe(true);
    expect(decideDeposit(ctx({}, ProfessionalMother.staffWithAnonymousCpe()), draft()).code).toBe(
      'DMP.CARD_CANNOT_DEPOSIT',
    );
  });

  test('the card refusal names every card the rule accepts (CPF included)', () => {
    const cards: readonly Card[] = [
      { type: 'CPS' },
      { type: 'e-CPS' },
      { type: 'CPE', nominative: true },
      { type: 'CPE', nominative: false },
      { type: 'CPF' },
    ];
    const refused = decideDeposit(ctx({}, ProfessionalMother.staffWithAnonymousCpe()), draft());
    const named = (card: Card) =>
      card.type === 'CPE' ? `${card.type} nominative` : `une ${card.type}`;
    const accepted = cards.filter((card) => hasDepositingCard(card));
    expect(accepted.filter((card) => !refused.explanation.includes(named(card)))).toEqual([]);
  });

  test('R22: osteopaths cannot deposit', () => {
    expect(decideDeposit(ctx({}, ProfessionalMother.osteopath()), draft()).code).toBe(
      'DMP.PROFESSION_NOT_AUTHORISED',
    );
  });

  test('R14: INS must be qualified', () => {
    const decision = decideDeposit(
      ctx({ patient: PatientMother.withProvisionalIdentity() }),
      draft(),
    );
    expect(decision).toMatchObject({ code: 'DMP.INS_NOT_QUALIFIED', faq: ['FAQ-DEP-07'] });
  });

  test('R18: a skewed workstation fails, then succeeds once synchronised', () => {
    const skewed = decideDeposit(ctx({ workstationSkewMs: 12 * 60_000 }), draft());
    expect(skewed).toMatchObject({ allowed: false, code: 'DMP.CLOCK_SKEW', rules: ['R18'] });
    expect(skewed.explanation).toContain('12 min');
    expect(
      decideDeposit(ctx({ workstationSkewMs: CLOCK_SKEW_TOLERANCE_MS - 1 }), draft()).allowed,
    ).toBe(true);
    expect(decideDeposit(ctx({ workstationSkewMs: 60_000, toleranceMs: 1000 }), draft()).code).toBe(
      'DMP.CLOCK_SKEW',
    );
  });

  test('R41: a legitimate opposition to deposit refuses; R35 opposition to consultation does not', () => {
    expect(
      decideDeposit(
        ctx({ patient: PatientMother.adult({ oppositions: [ConsentMother.depositOpposition()] }) }),
        draft(),
      ).code,
    ).toBe('DMP.DEPOSIT_OPPOSITION');
    expect(
      decideDeposit(
        ctx({
          patient: PatientMother.adult({ oppositions: [ConsentMother.consultationOpposition()] }),
        }),
        draft(),
      ).allowed,
    ).toBe(true);
  });

  test('R44: blocking concerns consultation, not deposit (assumption)', () => {
    expect(decideDeposit(ctx({ patient: PatientMother.blockingAll() }), draft()).allowed).toBe(
      true,
    );
  });

  test('R42: the DMP is fed even if Mon espace santé was never activated (with a notice)', () => {
    const decision = decideDeposit(ctx({ patient: PatientMother.withoutMes() }), draft());
    expect(decision.allowed && decision.notices.join(' ')).toContain("n'a pas activé");
  });

  test('R10: no « allergies » type; R17: non-official documents go through secure messaging', () => {
    const allergies = decideDeposit(ctx(), draft({ typeCode: 'allergies' }));
    expect(allergies).toMatchObject({ code: 'DMP.UNKNOWN_DOCUMENT_TYPE' });
    expect(allergies.explanation).toContain('synthèse médicale');
    const patient = PatientMother.adult();
    const convocation = decideDeposit(ctx({ patient }), draft({ typeCode: 'convocation' }));
    expect(convocation.explanation).toContain(`${patient.ins.matricule}@patient.mssante.fr`);
  });

  test('class 90 is reserved to the patient', () => {
    expect(decideDeposit(ctx(), draft({ typeCode: 'DOCPAT01' })).code).toBe(
      'DMP.DOCUMENT_TYPE_RESERVED_FOR_PATIENT',
    );
  });

  test('R16: hidden from the patient is allowed (with timer notice), not combined with masking', () => {
    const hidden = decideDeposit(
      ctx(),
      draft({
        visibility: {
          maskedFromProfessionals: false,
          invisibleToPatient: true,
          invisibleToLegalRepresentatives: false,
        },
      }),
    );
    expect(hidden.allowed && hidden.notices.join(' ')).toContain('2 semaines');
    expect(
      decideDeposit(
        ctx(),
        draft({
          visibility: {
            maskedFromProfessionals: true,
            invisibleToPatient: true,
            invisibleToLegalRepresentatives: false,
          },
        }),
      ).code,
    ).toBe('DMP.VISIBILITY_COMBINATION');
  });

  test('secret connection of a minor: the document must be hidden from the representatives', () => {
    const minor = PatientMother.minorWithSecretConnection(gp.id, 'ep-1');
    expect(decideDeposit(ctx({ patient: minor, episodeId: 'ep-1' }), draft()).code).toBe(
      'DMP.SECRET_CONNECTION_REQUIRES_HIDDEN_FROM_REPRESENTATIVES',
    );
    // Another professional's deposit is not hidden; nor the same professional's next episode.
    const other = ProfessionalMother.midwife();
    expect(decideDeposit(ctx({ patient: minor, episodeId: 'ep-1' }, other), draft()).allowed).toBe(
      true,
    );
    expect(decideDeposit(ctx({ patient: minor, episodeId: 'ep-2' }), draft()).allowed).toBe(true);
    expect(
      decideDeposit(
        ctx({ patient: minor, episodeId: 'ep-1' }),
        draft({
          visibility: {
            maskedFromProfessionals: false,
            invisibleToPatient: false,
            invisibleToLegalRepresentatives: true,
          },
        }),
      ).allowed,
    ).toBe(true);
  });

  test('R8, R15: mandatory documents and vaccination notes are announced', () => {
    const bio = decideDeposit(ctx(), draft({ typeCode: '11502-2' }));
    expect(bio.allowed && bio.notices.join(' ')).toContain('26 avril 2022');
    const vaccine = decideDeposit(ctx(), draft({ typeCode: '87273-9' }));
    expect(vaccine.allowed && vaccine.notices.join(' ')).toContain('carnet de vaccination');
  });
});

describe('decidePatientDeposit (R13)', () => {
  test('the adult holder adds a class-90 document; other types are refused', () => {
    const patient = PatientMother.adult();
    expect(
      decidePatientDeposit({ kind: 'patient' }, patient, draft({ typeCode: 'DOCPAT01' }), NOW)
        .allowed,
    ).toBe(true);
    expect(
      decidePatientDeposit({ kind: 'patient' }, patient, draft({ typeCode: '11502-2' }), NOW).code,
    ).toBe('DMP.PATIENT_DOCUMENT_TYPE_REQUIRED');
  });
  test('needs Mon espace santé activated; a minor is represented', () => {
    expect(
      decidePatientDeposit(
        { kind: 'patient' },
        PatientMother.withoutMes(),
        draft({ typeCode: 'DOCPAT01' }),
        NOW,
      ).code,
    ).toBe('DMP.MES_NOT_ACTIVATED');
    const minor = PatientMother.minor();
    expect(
      decidePatientDeposit({ kind: 'patient' }, minor, draft({ typeCode: 'DOCPAT01' }), NOW).code,
    ).toBe('DMP.PROFILE_MANAGED_BY_REPRESENTATIVE');
    expect(
      decidePatientDeposit(
        { kind: 'representative', representativeId: 'rep-1' },
        minor,
        draft({ typeCode: 'DOCPAT01' }),
        NOW,
      ).allowed,
    ).toBe(true);
  });
});
