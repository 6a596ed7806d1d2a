import { describe, expect, test } from 'vitest';
import { ConsentMother } from '../../../test/mothers/consent.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import {
  breakGlass,
  NORMAL_ACCESS,
  REGULATION_ACCESS,
  type AccessRequest,
} from '../model/access-request';
import { SIMULATION_START as NOW } from '../model/clock';
import type { Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import { CONSENT_CHECK, CONSULTATION_CHECKS } from './consultation.checks';
import { BLOCKING_IN_EMERGENCY_ASSUMPTION, decideConsultation } from './consultation.service';

const EP = 'ep-1';
const decide = (
  professional: Professional,
  patient: Patient,
  access: AccessRequest = NORMAL_ACCESS,
  now = NOW,
) => decideConsultation({ professional, patient, now, episodeId: EP, access });
const consenting = (pro: Professional, o: Partial<Patient> = {}) =>
  PatientMother.adult({ consents: [ConsentMother.for(pro, EP)], ...o });

describe('decideConsultation — normal mode', () => {
  const gp = ProfessionalMother.gp();

  test('allowed with a consent for the episode: cites what granted it, apart from the checks passed', () => {
    const decision = decide(gp, consenting(gp));
    expect(decision).toMatchObject({ allowed: true, code: 'DMP.CONSULTATION_ALLOWED' });
    if (!decision.allowed) return;
    // Granted by the consent and by the GP's own cell of the matrix…
    expect(decision.rules).toEqual(expect.arrayContaining(['R32']));
    expect(decision.faq).toContain('FAQ-CON-01');
    // …not by the rules of secretaries or interns, nor by « not blocked »: those merely passed.
    for (const passed of ['R9', 'R21', 'R44', 'R14'] as const) {
      expect(decision.rules).not.toContain(passed);
    }
    expect(decision.checked).toEqual(expect.arrayContaining(['R21', 'R44', 'R14']));
    // The matrix cell is cited first, then the consent.
    expect(decision.rules.slice(-CONSENT_CHECK.rule.rules.length)).toEqual(
      CONSENT_CHECK.rule.rules,
    );
    expect(decision.faq.at(-1)).toBe(CONSENT_CHECK.rule.faq);
  });

  test('R32: consent required without one, with a French explanation', () => {
    const decision = decide(gp, PatientMother.adult());
    expect(decision).toMatchObject({
      allowed: false,
      code: 'DMP.CONSENT_REQUIRED',
      rules: ['R32', 'R35', 'R36'],
      faq: ['FAQ-CON-01'],
    });
    expect(decision.explanation).toMatch(/consentement/);
  });

  test('R4, R26: a CPE never consults; a secretary never consults', () => {
    expect(
      decide(ProfessionalMother.secretaryWithNominativeCpe(), PatientMother.adult()).code,
    ).toBe('DMP.CARD_CANNOT_CONSULT');
    const secretaryWithCps = ProfessionalMother.secretaryWithNominativeCpe({
      card: { type: 'CPS' },
    });
    expect(decide(secretaryWithCps, consenting(secretaryWithCps)).code).toBe(
      'DMP.PROFESSION_NOT_AUTHORISED',
    );
  });

  test('R21: unregistered intern refused, registered intern allowed', () => {
    const unregistered = ProfessionalMother.intern(false);
    const registered = ProfessionalMother.intern(true);
    expect(decide(unregistered, consenting(unregistered)).code).toBe('DMP.TRAINEE_NOT_AUTHORISED');
    expect(decide(registered, consenting(registered)).allowed).toBe(true);
  });

  test('R22–R25: profession and setting (explanation quotes the matrix)', () => {
    const osteo = ProfessionalMother.osteopath();
    const decision = decide(osteo, consenting(osteo));
    expect(decision).toMatchObject({
      allowed: false,
      code: 'DMP.PROFESSION_NOT_AUTHORISED',
      faq: ['FAQ-ACC-03'],
      rules: ['R22'],
    });
    expect(decision.explanation).toContain('Ostéopathe');
    const liberalOt = ProfessionalMother.occupationalTherapist('liberal');
    expect(decide(liberalOt, consenting(liberalOt))).toMatchObject({
      code: 'DMP.PROFESSION_NOT_AUTHORISED',
      faq: ['FAQ-ACC-05'],
      rules: ['R23', 'R25'],
    });
    const structureOt = ProfessionalMother.occupationalTherapist('structure');
    expect(decide(structureOt, consenting(structureOt)).allowed).toBe(true);
    const physio = ProfessionalMother.physiotherapist();
    expect(decide(physio, consenting(physio)).allowed).toBe(true);
  });

  test('R14: identity not qualified', () => {
    expect(decide(gp, consenting(gp, { identityStatus: 'VALI' })).code).toBe(
      'DMP.INS_NOT_QUALIFIED',
    );
  });

  test('R44: blocked professional sees « accès bloqué », even with consent', () => {
    const decision = decide(gp, consenting(gp, { blocked: { all: false, rpps: [gp.rpps ?? ''] } }));
    expect(decision).toMatchObject({ allowed: false, code: 'DMP.ACCESS_BLOCKED', rules: ['R44'] });
    expect(decision.explanation).toContain('Accès bloqué');
    expect(decide(gp, consenting(gp, { blocked: { all: true, rpps: [] } })).code).toBe(
      'DMP.ACCESS_BLOCKED',
    );
  });

  test('R35: a traced opposition wins over an earlier consent', () => {
    expect(
      decide(gp, consenting(gp, { oppositions: [ConsentMother.consultationOpposition()] })).code,
    ).toBe('DMP.OPPOSITION');
  });

  test('R33: for a minor, a consent given by the minor is refused with a specific code', () => {
    const minor = PatientMother.minor({
      consents: [ConsentMother.for(gp, EP, { givenBy: 'patient' })],
    });
    expect(decide(gp, minor).code).toBe('DMP.CONSENT_GIVER_NOT_ENTITLED');
    expect(decide(gp, PatientMother.minor()).explanation).toContain('représentant légal');
  });

  test('R37: protected adult, protector not informed', () => {
    const patient = PatientMother.protectedAdult({ consents: [ConsentMother.for(gp, EP)] });
    expect(decide(gp, patient).code).toBe('DMP.PROTECTOR_NOT_INFORMED');
  });

  test('the consent is the last check of the normal mode: it decides, refused or granted', () => {
    const passedBefore = CONSULTATION_CHECKS.normal.slice(0, -1).map((c) => c.id);
    const protectedAdult = PatientMother.protectedAdult({ consents: [ConsentMother.for(gp, EP)] });

    for (const patient of [PatientMother.adult(), PatientMother.minor(), protectedAdult])
      expect(decide(gp, patient).checks).toEqual({
        decided: [CONSENT_CHECK.id],
        passed: passedBefore,
      });
    expect(decide(gp, consenting(gp)).checks?.decided).toEqual([CONSENT_CHECK.id]);
    expect(CONSULTATION_CHECKS.normal.at(-1)).toBe(CONSENT_CHECK);
  });

  test("R33, HS15: an adult's consent given by someone else rests on the protector assumption", () => {
    const patient = PatientMother.adult({
      consents: [ConsentMother.for(gp, EP, { givenBy: 'legal-representative' })],
    });
    const decision = decide(gp, patient);

    expect(decision).toMatchObject({
      code: 'DMP.CONSENT_GIVER_NOT_ENTITLED',
      rules: ['R33', 'R46'],
      faq: ['FAQ-CON-02'],
      assumptions: ['HS15'],
    });
    expect(decision.explanation).toContain('(HS15)');
  });

  test('R42: a patient who never activated Mon espace santé still has a DMP', () => {
    expect(decide(gp, consenting(gp, { mesActivated: false })).allowed).toBe(true);
  });

  test('a closed DMP cannot be consulted', () => {
    expect(decide(gp, consenting(gp, { dmpStatus: 'closed' })).code).toBe('DMP.DMP_CLOSED');
  });

  test('R31: the region of residence changes nothing', () => {
    const here = decide(gp, consenting(gp, { residenceRegion: 'Pays de la Loire' }));
    const there = decide(gp, consenting(gp, { residenceRegion: 'Guadeloupe' }));
    expect(there).toEqual(here);
  });
});

describe('decideConsultation — break-glass (R38, R39)', () => {
  const er = ProfessionalMother.hospitalPhysician();

  test('allowed without consent with a motive, with notices about informing the patient', () => {
    const decision = decide(
      er,
      PatientMother.adult(),
      breakGlass("Patient inconscient, suspicion d'AVC"),
    );
    expect(decision).toMatchObject({ allowed: true, code: 'DMP.BREAK_GLASS_ALLOWED' });
    expect(decision.rules).toEqual(expect.arrayContaining(['R38', 'R39']));
    expect(decision.allowed && decision.notices.join(' ')).toMatch(/inform/);
  });

  test('R38, L.1111-17: reserved to health professionals; a RPPS+ social worker cannot break the glass', () => {
    const social = ProfessionalMother.rppsPlusRole({ setting: 'establishment' });
    const decision = decide(social, PatientMother.adult(), breakGlass('Urgence'));
    expect(decision).toMatchObject({
      allowed: false,
      code: 'DMP.BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY',
    });
    expect(decision.rules).toContain('R38');
  });

  test('refused without motive, when the patient can consent, or when the patient opposed emergency access', () => {
    expect(decide(er, PatientMother.adult(), breakGlass(' ')).code).toBe(
      'DMP.BREAK_GLASS_MOTIVE_REQUIRED',
    );
    expect(decide(er, PatientMother.adult(), breakGlass('Urgence', false)).code).toBe(
      'DMP.BREAK_GLASS_NOT_JUSTIFIED',
    );
    expect(decide(er, PatientMother.withoutEmergencyAccess(), breakGlass('Urgence')).code).toBe(
      'DMP.EMERGENCY_ACCESS_REFUSED',
    );
  });

  test('still subject to blocking, card and profession', () => {
    const blocked = decide(er, PatientMother.blockingAll(), breakGlass('Urgence'));
    expect(blocked.code).toBe('DMP.ACCESS_BLOCKED');
    // Blocking in an emergency is an assumption of the simulator: the decision says so.
    expect(blocked.explanation).toContain(BLOCKING_IN_EMERGENCY_ASSUMPTION);
    expect(decide(er, PatientMother.blockingAll(), NORMAL_ACCESS).explanation).not.toContain(
      'Hypothèse',
    );
    expect(
      decide(
        ProfessionalMother.secretaryWithNominativeCpe(),
        PatientMother.adult(),
        breakGlass('Urgence'),
      ).code,
    ).toBe('DMP.CARD_CANNOT_CONSULT');
    expect(
      decide(ProfessionalMother.osteopath(), PatientMother.adult(), breakGlass('Urgence')).code,
    ).toBe('DMP.BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY');
  });

  test('assumption: a traced opposition to consultation does not prevent break-glass (only the emergency setting does)', () => {
    const opposed = PatientMother.adult({ oppositions: [ConsentMother.consultationOpposition()] });
    expect(decide(er, opposed, breakGlass('Urgence')).allowed).toBe(true);
  });
});

describe('decideConsultation — centre de régulation', () => {
  test('the regulator accesses unless the patient opposed SAMU access', () => {
    const regulator = ProfessionalMother.regulator();
    expect(decide(regulator, PatientMother.adult(), REGULATION_ACCESS).code).toBe(
      'DMP.REGULATION_ALLOWED',
    );
    const samuRefused = PatientMother.adult({
      emergency: {
        allowSamu: false,
        allowOtherProfessionals: true,
        allowMaskedDocumentsInEmergency: false,
      },
    });
    expect(decide(regulator, samuRefused, REGULATION_ACCESS).code).toBe(
      'DMP.EMERGENCY_ACCESS_REFUSED',
    );
  });
  test('other professionals cannot use the mode', () => {
    expect(decide(ProfessionalMother.gp(), PatientMother.adult(), REGULATION_ACCESS).code).toBe(
      'DMP.NOT_A_REGULATOR',
    );
  });
});
