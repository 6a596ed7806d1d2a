import { describe, expect, test } from 'vitest';
import { DocumentMother } from '../../../test/mothers/document.mother';
import { PatientMother } from '../../../test/mothers/patient.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { SIMULATION_START as NOW } from '../model/clock';
import { VISIBLE_TO_ALL } from '../model/document';
import {
  isHiddenFromPatient,
  isOpenDespiteMasking,
  isSecretConnectionCompliant,
  isVisibilityCombinationAllowed,
  isVisibleToRepresentatives,
} from './visibility.rules';
import { RULES } from './registry';

const author = ProfessionalMother.hospitalPhysician();
const patient = PatientMother.adult();

describe(`${isVisibilityCombinationAllowed.faq} ${isVisibilityCombinationAllowed.id}`, () => {
  test('R16: invisible to the patient is allowed, but not together with masked from professionals', () => {
    expect(isVisibilityCombinationAllowed({ ...VISIBLE_TO_ALL, invisibleToPatient: true })).toBe(
      true,
    );
    expect(
      isVisibilityCombinationAllowed({ ...VISIBLE_TO_ALL, maskedFromProfessionals: true }),
    ).toBe(true);
    expect(
      isVisibilityCombinationAllowed({
        ...VISIBLE_TO_ALL,
        invisibleToPatient: true,
        maskedFromProfessionals: true,
      }),
    ).toBe(false);
    expect(
      isVisibilityCombinationAllowed(
        { ...VISIBLE_TO_ALL, invisibleToPatient: true, maskedFromProfessionals: true },
        true,
      ),
    ).toBe(true);
  });
});

describe(`${isSecretConnectionCompliant.faq} ${isSecretConnectionCompliant.id}`, () => {
  test('under secret connection the professional who received it deposits, for that episode, only documents hidden from representatives', () => {
    const minor = PatientMother.minorWithSecretConnection('pro-midwife', 'ep-1');
    expect(isSecretConnectionCompliant(minor, 'pro-midwife', 'ep-1', VISIBLE_TO_ALL, NOW)).toBe(
      false,
    );
    expect(
      isSecretConnectionCompliant(
        minor,
        'pro-midwife',
        'ep-1',
        { ...VISIBLE_TO_ALL, invisibleToLegalRepresentatives: true },
        NOW,
      ),
    ).toBe(true);
    // Another professional's deposit, or another episode, is not bound by the secret.
    expect(isSecretConnectionCompliant(minor, 'pro-gp', 'ep-1', VISIBLE_TO_ALL, NOW)).toBe(true);
    expect(isSecretConnectionCompliant(minor, 'pro-midwife', 'ep-2', VISIBLE_TO_ALL, NOW)).toBe(
      true,
    );
    expect(
      isSecretConnectionCompliant(
        PatientMother.minor(),
        'pro-midwife',
        'ep-1',
        VISIBLE_TO_ALL,
        NOW,
      ),
    ).toBe(true);
  });
});

describe(`${isHiddenFromPatient.faq} ${isHiddenFromPatient.id}`, () => {
  test('R16: hidden until the announcement, released automatically after one month', () => {
    const doc = DocumentMother.hiddenFromPatient(patient, author, '2025-09-20T10:00:00.000Z');
    expect(isHiddenFromPatient(doc, NOW)).toBe(true);
    expect(isHiddenFromPatient(doc, '2025-10-20T10:00:00.000Z')).toBe(false);
  });
});

describe(`${isOpenDespiteMasking.faq} ${isOpenDespiteMasking.id}`, () => {
  const doc = DocumentMother.masked(patient, author);
  test('a masked document stays open to its author only', () => {
    expect(isOpenDespiteMasking(doc, author.id, false)).toBe(true);
    expect(isOpenDespiteMasking(doc, 'someone-else', false)).toBe(false);
  });
  test('or in emergency when the patient allowed it', () => {
    expect(isOpenDespiteMasking(doc, 'someone-else', true)).toBe(true);
  });
  test('an unmasked document is open', () => {
    expect(isOpenDespiteMasking(DocumentMother.of(patient, author, '11502-2'), 'x', false)).toBe(
      true,
    );
  });
});

describe(`${isVisibleToRepresentatives.faq} ${isVisibleToRepresentatives.id}`, () => {
  test('hidden from representatives, or pending announcement: not visible to them', () => {
    const minor = PatientMother.minor();
    expect(
      isVisibleToRepresentatives(DocumentMother.hiddenFromRepresentatives(minor, author), NOW),
    ).toBe(false);
    expect(
      isVisibleToRepresentatives(
        DocumentMother.hiddenFromPatient(minor, author, '2025-09-25T00:00:00.000Z'),
        NOW,
      ),
    ).toBe(false);
    expect(isVisibleToRepresentatives(DocumentMother.of(minor, author, '11488-4'), NOW)).toBe(true);
  });
});

describe('secret-connection rules cite the facts, not FAQ-PAT-04 (issue 15)', () => {
  const secret = RULES.filter((rule) => /connexion secrète/i.test(rule.summary));
  test.each(secret.map((rule) => [rule.id, rule] as const))(
    '%s cites dmp-facts.md §3 or §7',
    (_, rule) => {
      expect(rule.faq).not.toBe('FAQ-PAT-04');
      expect((rule.sources ?? []).some((s) => /dmp-facts\.md §[37]\b/.test(s))).toBe(true);
    },
  );
  test('there is such a rule', () => {
    expect(secret.map((rule) => rule.id)).toContain(isSecretConnectionCompliant.id);
  });
});
