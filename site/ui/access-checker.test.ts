import { describe, expect, test } from 'vitest';
import { isMinorSecretConsent } from '../../src/dmp/index';
import { checkAccess, toPatient, toProfessional } from './access-checker';
import { DEFAULT_FORM, type CheckerForm } from './access-checker-form';
import { citationsOf, DOCUMENT_TYPE_GROUPS, PROFESSION_GROUPS } from './access-checker-options';
import { faqLinks } from './faq-links';

const check = (over: Partial<CheckerForm>) => checkAccess({ ...DEFAULT_FORM, ...over });

describe('FAQ cases, decided by the core through the adapter', () => {
  test('FAQ-ACC-03: an osteopath may neither consult nor deposit', () => {
    const v = check({ profession: 'osteopath' });
    expect(v.consultation).toMatchObject({ allowed: false, code: 'DMP.PROFESSION_NOT_AUTHORISED' });
    expect(v.consultation.faq).toContain('FAQ-ACC-03');
    expect(v.consultation.rules).toContain('R22');
    expect(v.deposit.allowed).toBe(false);
  });

  test('FAQ-ACC-04/05: a liberal occupational therapist is refused, one in a structure is allowed', () => {
    const liberal = check({ profession: '94', setting: 'liberal' });
    expect(liberal.consultation).toMatchObject({
      allowed: false,
      code: 'DMP.PROFESSION_NOT_AUTHORISED',
    });
    expect(liberal.consultation.faq).toContain('FAQ-ACC-05');
    expect(check({ profession: '94', setting: 'structure' }).consultation.allowed).toBe(true);
  });

  test("a liberal physiotherapist does not deposit the VSM, the médecin traitant's document (HS18)", () => {
    const kine = check({ profession: '70', setting: 'liberal', documentType: '60591-5' });
    expect(kine.deposit).toMatchObject({
      allowed: false,
      code: 'DMP.DOCUMENT_TYPE_RESERVED_TO_PHYSICIAN',
      assumptions: ['HS18'],
    });
    const texts = (v: ReturnType<typeof check>) =>
      [v.deposit.explanation, ...(v.deposit.allowed ? v.deposit.notices : [])].join(' ');
    expect(texts(kine)).not.toMatch(/obligatoire/i);
    const report = check({ profession: '70', setting: 'liberal', documentType: '11488-4' });
    expect(report.deposit.allowed).toBe(true);
    const gp = check({ profession: '10', documentType: '60591-5' });
    expect(gp.deposit.allowed).toBe(true);
    expect(texts(gp)).toMatch(/médecin traitant/);
  });

  test('FAQ-ACC-05: a liberal physiotherapist (MK) may consult', () => {
    expect(check({ profession: '70', setting: 'liberal' }).consultation).toMatchObject({
      allowed: true,
      code: 'DMP.CONSULTATION_ALLOWED',
    });
  });

  test('FAQ-ACC-08: a pharmacist opens the DMP but never the psychiatric synthesis (68599-0)', () => {
    const v = check({ profession: '21', setting: 'establishment', documentType: '68599-0' });
    expect(v.consultation.allowed).toBe(true);
    expect(v.document).toMatchObject({
      allowed: false,
      code: 'DMP.DOCUMENT_FORBIDDEN_FOR_PROFESSION',
    });
    expect(v.document.faq).toContain('FAQ-ACC-08');
    expect(v.document.rules).toEqual(expect.arrayContaining(['R28', 'R29']));
  });

  test('FAQ-CNX-05: a CPE never consults, but a nominative CPE deposits', () => {
    const v = check({ profession: 'secretary', setting: 'structure', card: 'CPE-nominative' });
    expect(v.consultation).toMatchObject({ allowed: false, code: 'DMP.CARD_CANNOT_CONSULT' });
    expect(v.deposit).toMatchObject({ allowed: true, code: 'DMP.DEPOSIT_ALLOWED' });
    expect(check({ card: 'CPE-anonymous' }).deposit).toMatchObject({
      allowed: false,
      code: 'DMP.CARD_CANNOT_DEPOSIT',
    });
  });

  test('FAQ-PAT-03: a blocked professional is refused even with the consent', () => {
    for (const blocked of ['me', 'all'] as const) {
      const v = check({ blocked, consent: 'patient' });
      expect(v.consultation).toMatchObject({ allowed: false, code: 'DMP.ACCESS_BLOCKED' });
      expect(v.consultation.faq).toContain('FAQ-PAT-03');
    }
  });

  test('FAQ-CON-07: break-glass with the « urgence » motive is allowed without consent', () => {
    const v = check({
      emergency: true,
      consent: 'none',
      patientUnableToConsent: true,
      motive: 'Urgence : coma',
    });
    expect(v.consultation).toMatchObject({ allowed: true, code: 'DMP.BREAK_GLASS_ALLOWED' });
    expect(v.consultation.faq).toContain('FAQ-CON-07');
  });

  test('FAQ-CON-07: break-glass without a motive is refused', () => {
    const v = check({ emergency: true, consent: 'none', motive: '   ' });
    expect(v.consultation).toMatchObject({
      allowed: false,
      code: 'DMP.BREAK_GLASS_MOTIVE_REQUIRED',
    });
  });

  test('FAQ-PAT-04: after majority, the former representative no longer consents nor accesses', () => {
    const v = check({ age: 'turned-adult', consent: 'representative' });
    expect(v.consultation).toMatchObject({
      allowed: false,
      code: 'DMP.CONSENT_GIVER_NOT_ENTITLED',
    });
    expect(v.formerRepresentative).toMatchObject({
      allowed: false,
      code: 'DMP.REPRESENTATIVE_ACCESS_ENDED',
    });
    expect(v.formerRepresentative?.faq).toContain('FAQ-PAT-04');
    expect(check({ age: 'turned-adult', consent: 'patient' }).consultation.allowed).toBe(true);
  });

  test('FAQ-CON-02: for a minor, the representative consents (the minor alone under secret connection)', () => {
    expect(check({ age: 'minor', consent: 'representative' }).consultation.allowed).toBe(true);
    expect(check({ age: 'minor', consent: 'patient' }).consultation.allowed).toBe(false);
    expect(
      check({ age: 'minor', consent: 'patient', secretConnection: true }).consultation.allowed,
    ).toBe(true);
  });
});

describe('mapping', () => {
  test('an intern is a physician in training, registered or not', () => {
    expect(toProfessional({ ...DEFAULT_FORM, profession: 'intern-unregistered' })).toMatchObject({
      profession: '10',
      isIntern: true,
      orderRegistered: false,
    });
    const v = check({ profession: 'intern-unregistered', card: 'CPF', setting: 'establishment' });
    expect(v.consultation).toMatchObject({ allowed: false, code: 'DMP.TRAINEE_NOT_AUTHORISED' });
  });

  test('the secret connection is only read for a minor, and binds this practitioner for this episode', () => {
    const secretOf = (patient: ReturnType<typeof toPatient>) =>
      patient.consents.filter((c) => isMinorSecretConsent(patient, c));
    expect(secretOf(toPatient({ ...DEFAULT_FORM, secretConnection: true }))).toEqual([]);
    const [secret] = secretOf(toPatient({ ...DEFAULT_FORM, age: 'minor', secretConnection: true }));
    expect(secret?.scope).toEqual({
      kind: 'professional',
      professionalId: toProfessional(DEFAULT_FORM).id,
    });
  });

  test('the default form is an allowed consultation, document and deposit', () => {
    const v = checkAccess(DEFAULT_FORM);
    expect([v.consultation.allowed, v.document.allowed, v.deposit.allowed]).toEqual([
      true,
      true,
      true,
    ]);
    expect(v.formerRepresentative).toBeNull();
  });

  test('citations link to the FAQ pages of the site', () => {
    const { faq } = citationsOf(check({ profession: 'osteopath' }).consultation, faqLinks());
    expect(faq).toContainEqual({
      id: 'FAQ-ACC-03',
      href: '/faq/droits-acces/osteopathes/',
      question: 'Les ostéopathes ont-ils accès au DMP ?',
    });
  });

  test('every profession and document type of the core can be chosen', () => {
    const professions = PROFESSION_GROUPS.flatMap((g) => g.choices.map((c) => c.value));
    expect(professions).toEqual(
      expect.arrayContaining(['10', '21', '94', 'osteopath', 'secretary', 'rpps-plus-role']),
    );
    expect(DOCUMENT_TYPE_GROUPS.flatMap((g) => g.choices)).toHaveLength(32);
  });
});
