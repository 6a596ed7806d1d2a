import { beforeEach, describe, expect, test } from 'vitest';
import { DocumentMother } from '../../test/mothers/document.mother';
import { NORMAL_ACCESS, REGULATION_ACCESS } from './model/access-request';
import {
  DEFAULT_SEED,
  SEED_DOCUMENT_IDS as DOC,
  SEED_EPISODES as EP,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
} from './seed';
import { createDmpStore, type DmpStore } from './store';

let store: DmpStore;
beforeEach(() => {
  store = createDmpStore(DEFAULT_SEED);
});

const gpConsultsAdult = {
  professionalId: PRO.gp,
  patientId: PAT.adult,
  episodeId: EP.adultFollowUp,
  access: NORMAL_ACCESS,
};

describe('store: consultation', () => {
  test('R43: a consultation is traced by name, and lists only the documents the professional may open (R30 order)', () => {
    const result = store.consult(gpConsultsAdult);
    expect(result.allowed).toBe(true);
    const ids = result.allowed ? result.value.documents.map((d) => d.id) : [];
    expect(ids).not.toContain(DOC.adultMaskedPsychiatric);
    expect(ids[0]).toBe(DOC.adultSynthesis);
    const [line] = store.history(PAT.adult);
    expect(line?.text).toContain('Hélène VIDAL (médecin) a consulté votre dossier');
  });

  test('opening a document is traced with its id', () => {
    const result = store.openDocument({ ...gpConsultsAdult, documentId: DOC.adultBiology });
    expect(result.allowed).toBe(true);
    expect(store.getState().history.at(-1)).toMatchObject({
      action: 'document-consultation',
      documentId: DOC.adultBiology,
      mode: 'normal',
    });
  });

  test('R34: a nurse of the MSP consults under the team consent collected by the GP', () => {
    expect(store.consult({ ...gpConsultsAdult, professionalId: PRO.nurseLiberal }).allowed).toBe(
      true,
    );
  });

  test('R38, R39: break-glass records the motive and notifies the patient', () => {
    const result = store.breakGlass({
      professionalId: PRO.hospitalPhysician,
      patientId: PAT.blockedOne,
      episodeId: 'ep-urgence',
      motive: 'Coma, urgences',
    });
    expect(result.code).toBe('DMP.BREAK_GLASS_ALLOWED');
    expect(store.getState().history.at(-1)).toMatchObject({
      mode: 'break-glass',
      motive: 'Coma, urgences',
    });
    expect(store.notifications(PAT.blockedOne).map((n) => n.kind)).toEqual(['emergency-access']);
  });

  test('the regulator consults a patient who allowed SAMU access, not one who refused it', () => {
    expect(
      store.consult({
        professionalId: PRO.regulator,
        patientId: PAT.adult,
        episodeId: 'appel-15',
        access: REGULATION_ACCESS,
      }).allowed,
    ).toBe(true);
    expect(
      store.consult({
        professionalId: PRO.regulator,
        patientId: PAT.noEmergencyAccess,
        episodeId: 'appel-15',
        access: REGULATION_ACCESS,
      }).code,
    ).toBe('DMP.EMERGENCY_ACCESS_REFUSED');
  });

  test('masked documents open in emergency when the patient allowed it', () => {
    const result = store.breakGlass({
      professionalId: PRO.hospitalPhysician,
      patientId: PAT.maskedInEmergency,
      episodeId: 'ep-urgence',
      motive: 'Détresse respiratoire',
    });
    expect(result.allowed && result.value.documents.map((d) => d.id)).toContain(
      DOC.maskedInEmergency,
    );
  });

  test('unknown ids are refused with domain codes', () => {
    expect(store.consult({ ...gpConsultsAdult, patientId: 'nobody' }).code).toBe(
      'DMP.UNKNOWN_PATIENT',
    );
    expect(store.consult({ ...gpConsultsAdult, professionalId: 'nobody' }).code).toBe(
      'DMP.UNKNOWN_PROFESSIONAL',
    );
    expect(store.openDocument({ ...gpConsultsAdult, documentId: 'nothing' }).code).toBe(
      'DMP.DOCUMENT_NOT_FOUND',
    );
  });
});

describe('store: rejected calls change nothing', () => {
  const rejected: readonly [string, (s: DmpStore) => { allowed: boolean }][] = [
    [
      'blocked professional',
      (s) =>
        s.consult({
          ...gpConsultsAdult,
          professionalId: PRO.physiotherapistLiberal,
          patientId: PAT.blockedOne,
          episodeId: EP.generalFollowUp,
        }),
    ],
    [
      'blocked all',
      (s) =>
        s.consult({ ...gpConsultsAdult, patientId: PAT.blockedAll, episodeId: EP.generalFollowUp }),
    ],
    ['opposition', (s) => s.consult({ ...gpConsultsAdult, patientId: PAT.opposedToConsultation })],
    [
      'secretary consults',
      (s) => s.consult({ ...gpConsultsAdult, professionalId: PRO.secretaryNominativeCpe }),
    ],
    ['osteopath', (s) => s.consult({ ...gpConsultsAdult, professionalId: PRO.osteopath })],
    [
      'masked document',
      (s) => s.openDocument({ ...gpConsultsAdult, documentId: DOC.adultMaskedPsychiatric }),
    ],
    [
      'PROV identity deposit',
      (s) =>
        s.deposit({
          professionalId: PRO.gp,
          patientId: PAT.provisionalIdentity,
          draft: DocumentMother.draft(),
          workstationSkewMs: 0,
        }),
    ],
    [
      'clock skew deposit',
      (s) =>
        s.deposit({
          professionalId: PRO.gp,
          patientId: PAT.adult,
          draft: DocumentMother.draft(),
          workstationSkewMs: 3_600_000,
        }),
    ],
    [
      'non-author deletion',
      (s) =>
        s.deleteDocument({
          actor: { kind: 'professional', professionalId: PRO.nurseLiberal },
          documentId: DOC.adultBiology,
        }),
    ],
    [
      'inconsistent settings',
      (s) =>
        s.setEmergencySettings({
          patientId: PAT.noEmergencyAccess,
          settings: {
            allowSamu: false,
            allowOtherProfessionals: false,
            allowMaskedDocumentsInEmergency: true,
          },
        }),
    ],
    [
      'consent from a minor',
      (s) =>
        s.recordConsent({
          patientId: PAT.minorTwoRepresentatives,
          professionalId: PRO.gp,
          episodeId: 'x',
          givenBy: 'patient',
          form: 'oral',
          traced: false,
          protectorInformed: false,
        }),
    ],
    [
      'deposit opposition without reason',
      (s) =>
        s.recordOpposition({
          patientId: PAT.adult,
          professionalId: PRO.gp,
          kind: 'deposit',
          scope: { kind: 'all' },
          reason: '',
          channel: 'oral',
        }),
    ],
    ['invalid RPPS block', (s) => s.blockProfessional({ patientId: PAT.adult, rpps: '123' })],
  ];

  test.each(rejected)('%s', (_name, call) => {
    const before = store.getState();
    const result = call(store);
    expect(result.allowed).toBe(false);
    expect(store.getState()).toBe(before);
  });
});

describe('store: deposits and documents', () => {
  test('R18: deposit fails with a skewed clock, then succeeds once synchronised', () => {
    const input = {
      professionalId: PRO.gp,
      patientId: PAT.adult,
      draft: DocumentMother.draft('11502-2'),
    };
    expect(store.deposit({ ...input, workstationSkewMs: 15 * 60_000 }).code).toBe('DMP.CLOCK_SKEW');
    const ok = store.deposit({ ...input, workstationSkewMs: 0 });
    expect(ok.allowed).toBe(true);
    expect(store.getState().documents.some((d) => ok.allowed && d.id === ok.value.id)).toBe(true);
  });

  test('R9: the secretary deposits with her nominative CPE', () => {
    expect(
      store.deposit({
        professionalId: PRO.secretaryNominativeCpe,
        patientId: PAT.adult,
        draft: DocumentMother.draft(),
        workstationSkewMs: 0,
      }).allowed,
    ).toBe(true);
    expect(
      store.deposit({
        professionalId: PRO.staffAnonymousCpe,
        patientId: PAT.adult,
        draft: DocumentMother.draft(),
        workstationSkewMs: 0,
      }).code,
    ).toBe('DMP.CARD_CANNOT_DEPOSIT');
  });

  test('R15: a deposited vaccination note joins the vaccination book', () => {
    const before = store.vaccinationBook(PAT.adult).length;
    store.deposit({
      professionalId: PRO.nurseLiberal,
      patientId: PAT.adult,
      draft: DocumentMother.draft('87273-9'),
      workstationSkewMs: 0,
    });
    expect(store.vaccinationBook(PAT.adult)).toHaveLength(before + 1);
  });

  test('R13: the patient adds a document, which stays distinguishable (author patient, class 90)', () => {
    const result = store.addPatientDocument({
      patientId: PAT.adult,
      viewer: { kind: 'patient' },
      draft: DocumentMother.draft('DOCPAT01'),
    });
    expect(result.allowed && result.value.author).toEqual({ kind: 'patient' });
  });

  test('deletion is logical and reserved to the author', () => {
    const result = store.deleteDocument({
      actor: { kind: 'professional', professionalId: PRO.hospitalPhysician },
      documentId: DOC.adultBiology,
    });
    expect(result.allowed).toBe(true);
    const doc = store.getState().documents.find((d) => d.id === DOC.adultBiology);
    expect(doc?.deletedAt).toBe(store.getState().clock.now);
    expect(store.openDocument({ ...gpConsultsAdult, documentId: DOC.adultBiology }).code).toBe(
      'DMP.DOCUMENT_NOT_FOUND',
    );
  });

  test('archive, then the patient masks and unmasks a document', () => {
    expect(
      store.setArchived({
        actor: { kind: 'professional', professionalId: PRO.gp },
        documentId: DOC.adultSynthesis,
        archived: true,
      }).allowed,
    ).toBe(true);
    const masked = store.setVisibility({
      actor: { kind: 'patient' },
      documentId: DOC.adultSynthesis,
      visibility: {
        maskedFromProfessionals: true,
        invisibleToPatient: false,
        invisibleToLegalRepresentatives: false,
      },
    });
    expect(masked.allowed).toBe(true);
    expect(
      store.openDocument({
        ...gpConsultsAdult,
        professionalId: PRO.nurseLiberal,
        documentId: DOC.adultSynthesis,
      }).code,
    ).toBe('DMP.DOCUMENT_MASKED');
    expect(store.history(PAT.adult)[0]?.text).toContain('Vous avez masqué');
  });
});

describe('store: patient settings', () => {
  test('R44: block one professional, then unblock', () => {
    const physio = {
      ...gpConsultsAdult,
      professionalId: PRO.physiotherapistLiberal,
      patientId: PAT.blockedOne,
      episodeId: EP.generalFollowUp,
    };
    expect(store.consult(physio).code).toBe('DMP.ACCESS_BLOCKED');
    store.unblockProfessional({ patientId: PAT.blockedOne, rpps: '19999000086' });
    expect(store.consult(physio).allowed).toBe(true);
    store.blockProfessional({ patientId: PAT.blockedOne, rpps: '19999000086' });
    expect(store.consult(physio).code).toBe('DMP.ACCESS_BLOCKED');
  });

  test('R44: block all, then lift the general block', () => {
    store.setBlockAll({ patientId: PAT.adult, all: true });
    expect(store.consult(gpConsultsAdult).code).toBe('DMP.ACCESS_BLOCKED');
    store.setBlockAll({ patientId: PAT.adult, all: false });
    expect(store.consult(gpConsultsAdult).allowed).toBe(true);
  });

  test('R32: a new episode needs a new consent, then consultation is possible', () => {
    const newEpisode = { ...gpConsultsAdult, episodeId: 'ep-new' };
    expect(store.consult(newEpisode).code).toBe('DMP.CONSENT_REQUIRED');
    expect(
      store.recordConsent({
        patientId: PAT.adult,
        professionalId: PRO.gp,
        episodeId: 'ep-new',
        givenBy: 'patient',
        form: 'oral',
        traced: false,
        protectorInformed: false,
      }).allowed,
    ).toBe(true);
    expect(store.consult(newEpisode).allowed).toBe(true);
  });

  test("consent and opposition traced in the professional's software are not DMP traces: no history line (issue 15)", () => {
    const before = store.history(PAT.adult).length;
    store.recordConsent({
      patientId: PAT.adult,
      professionalId: PRO.gp,
      episodeId: 'ep-new',
      givenBy: 'patient',
      form: 'oral',
      traced: true,
      protectorInformed: false,
    });
    store.recordOpposition({
      patientId: PAT.adult,
      professionalId: PRO.gp,
      kind: 'consultation',
      scope: { kind: 'all' },
      reason: 'Refus oral',
      channel: 'oral',
    });
    expect(store.history(PAT.adult)).toHaveLength(before);
    // Expressed by the patient in Mon espace santé, the opposition is a line of the history.
    store.recordOpposition({
      patientId: PAT.adult,
      professionalId: null,
      kind: 'consultation',
      scope: { kind: 'all' },
      reason: 'Refus',
      channel: 'mon-espace-sante',
    });
    expect(store.history(PAT.adult)).toHaveLength(before + 1);
  });

  test('R49: the EHPAD team consults under the stay contract until an opposition is traced', () => {
    const input = {
      professionalId: PRO.ehpadPhysician,
      patientId: PAT.ehpadResident,
      episodeId: EP.ehpadStay,
      access: NORMAL_ACCESS,
    };
    expect(store.consult(input).allowed).toBe(true);
    const recorded = store.recordOpposition({
      patientId: PAT.ehpadResident,
      professionalId: PRO.ehpadPhysician,
      kind: 'consultation',
      scope: { kind: 'care-team', teamId: 'ehpad-les-glycines' },
      reason: 'Courrier à la direction',
      channel: 'letter',
    });
    expect(recorded.allowed).toBe(true);
    expect(store.consult(input).code).toBe('DMP.OPPOSITION');
    const opposition = recorded.allowed ? recorded.value.oppositions.at(-1) : undefined;
    expect(opposition).toMatchObject({
      tracedBy: PRO.ehpadPhysician,
      tracedAt: store.getState().clock.now,
    });
    store.withdrawOpposition({ patientId: PAT.ehpadResident, oppositionId: opposition?.id ?? '' });
    expect(store.consult(input).allowed).toBe(true);
  });

  test('emergency settings change break-glass outcome', () => {
    const bg = {
      professionalId: PRO.hospitalPhysician,
      patientId: PAT.noEmergencyAccess,
      episodeId: 'ep-u',
      motive: 'Urgence vitale',
    };
    expect(store.breakGlass(bg).code).toBe('DMP.EMERGENCY_ACCESS_REFUSED');
    store.setEmergencySettings({
      patientId: PAT.noEmergencyAccess,
      settings: {
        allowSamu: true,
        allowOtherProfessionals: true,
        allowMaskedDocumentsInEmergency: false,
      },
    });
    expect(store.breakGlass(bg).allowed).toBe(true);
  });
});

describe('store: clock and majority', () => {
  test('R47: the parent of the minor turning 18 loses access after the birthday; R16 announcement timers', () => {
    const rep = { kind: 'representative', representativeId: 'rep-petit-nadia' } as const;
    expect(store.patientView(rep, PAT.minorTurning18).decision.allowed).toBe(true);
    expect(store.patientView(rep, PAT.minorTurning18).documents.map((d) => d.id)).not.toContain(
      DOC.turning18HiddenFromRepresentatives,
    );
    store.advanceClock({ days: 14 });
    expect(store.getState().clock.now).toBe('2025-10-15T09:00:00.000Z');
    expect(store.patientView(rep, PAT.minorTurning18).decision.code).toBe(
      'DMP.REPRESENTATIVE_ACCESS_ENDED',
    );
    expect(store.patientView({ kind: 'patient' }, PAT.minorTurning18).decision.code).toBe(
      'DMP.OWN_ACCOUNT_NOT_ACTIVATED',
    );
    const activation = store.activateSpace({ patientId: PAT.minorTurning18 });
    expect(activation.allowed && activation.value.ownAccountActivated).toBe(true);
    expect(
      store.patientView({ kind: 'patient' }, PAT.minorTurning18).documents.map((d) => d.id),
    ).toContain(DOC.turning18HiddenFromRepresentatives);
  });

  test('R16: the genetic result is hidden, the patient is invited at 2 weeks, and it is released at 1 month', () => {
    const visible = () =>
      store.patientView({ kind: 'patient' }, PAT.adult).documents.map((d) => d.id);
    expect(visible()).not.toContain(DOC.adultPendingAnnouncement);
    expect(store.notifications(PAT.adult)).toHaveLength(0);
    store.setClock('2025-10-04T10:00:00Z');
    expect(store.notifications(PAT.adult).map((n) => n.kind)).toEqual(['announcement-invitation']);
    store.setClock('2025-10-20T10:00:00Z');
    expect(visible()).toContain(DOC.adultPendingAnnouncement);
  });

  test('reset returns to the seed', () => {
    store.advanceClock({ years: 1 });
    store.consult(gpConsultsAdult);
    store.reset();
    expect(store.getState().clock.now).toBe('2025-10-01T09:00:00.000Z');
    expect(store.getState().history).toHaveLength(0);
  });

  test('reset to another seed starts from it once; a plain reset goes back to the first seed', () => {
    const other = { ...DEFAULT_SEED, patients: DEFAULT_SEED.patients.slice(0, 2) };
    store.reset(other);
    expect(store.getState().patients).toHaveLength(2);
    expect(store.getSeed()).toBe(DEFAULT_SEED);
    store.reset();
    expect(store.getState().patients).toHaveLength(DEFAULT_SEED.patients.length);
  });

  test('the traits search is only announced: off in the default seed', () => {
    expect(
      store.searchByTraits({
        familyName: 'Moreau',
        givenName: 'Claire',
        birthDate: '1978-04-12',
        sex: 'F',
      }).code,
    ).toBe('DMP.FEATURE_NOT_AVAILABLE');
  });

  test('R6: search by traits finds a unique identity, not the homonyms', () => {
    store.reset({ ...DEFAULT_SEED, features: { traitSearch: true } });
    expect(
      store.searchByTraits({
        familyName: 'Moreau',
        givenName: 'Claire',
        birthDate: '1978-04-12',
        sex: 'F',
      }).code,
    ).toBe('DMP.IDENTITY_FOUND');
    expect(
      store.searchByTraits({
        familyName: 'Martin',
        givenName: 'Jean',
        birthDate: '1980-01-01',
        sex: 'M',
      }).code,
    ).toBe('DMP.IDENTITY_UNCERTAIN');
  });
});
