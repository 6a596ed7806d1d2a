import { describe, expect, test } from 'vitest';
import { NORMAL_ACCESS } from './model/access-request';
import { INS_OID_TEST, isValidNirKey, parseIns } from './model/ins';
import { isLuhnValid, isRppsFormat } from './model/professional';
import { holdsMinorSecret } from './rules/consent.rules';
import { isAdultAt } from './rules/majority.rules';
import { decideConsultation } from './services/consultation.service';
import {
  DEFAULT_SEED,
  SEED_EPISODES,
  SEED_PATIENT_IDS as PAT,
  SEED_PROFESSIONAL_IDS as PRO,
} from './seed';

const { patients, professionals, documents, clock } = DEFAULT_SEED;
const patient = (id: string) => patients.find((p) => p.id === id);
const pro = (id: string) => professionals.find((p) => p.id === id);

describe('seed: fictitious and valid', () => {
  test('starts at 2025-10-01T09:00:00Z', () => {
    expect(clock.now).toBe('2025-10-01T09:00:00.000Z');
  });

  test('every INS is a valid TEST INS (key checked, Corsica included)', () => {
    for (const p of patients) {
      expect(p.ins.oid).toBe(INS_OID_TEST);
      expect(isValidNirKey(p.ins.matricule), p.id).toBe(true);
      expect(parseIns(p.ins.matricule, p.ins.oid)).toEqual({ ok: true, ins: p.ins });
    }
    expect(patients.filter((p) => /2[AB]/.test(p.ins.nir))).toHaveLength(2);
    expect(new Set(patients.map((p) => p.ins.matricule)).size).toBe(patients.length);
  });

  test('every RPPS is fictitious: 11 digits, 19999 prefix, Luhn-valid, unique', () => {
    const rpps = professionals.flatMap((p) => (p.rpps === null ? [] : [p.rpps]));
    for (const r of rpps) {
      expect(isRppsFormat(r)).toBe(true);
      expect(r.startsWith('19999')).toBe(true);
      expect(isLuhnValid(r)).toBe(true);
    }
    expect(new Set(rpps).size).toBe(rpps.length);
  });

  test('sizes and referential integrity', () => {
    expect(patients.length).toBeGreaterThanOrEqual(12);
    expect(professionals.length).toBeGreaterThanOrEqual(15);
    for (const d of documents) {
      expect(patient(d.patientId), d.id).toBeDefined();
      if (d.author.kind === 'professional')
        expect(pro(d.author.professionalId), d.id).toBeDefined();
    }
    for (const p of patients)
      for (const c of p.consents) expect(pro(c.recordedBy), c.id).toBeDefined();
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
  });
});

describe('seed: every situation of the brief is present', () => {
  const now = clock.now;
  test('patients', () => {
    expect(patient(PAT.minorTwoRepresentatives)?.legalRepresentatives).toHaveLength(2);
    const turning = patient(PAT.minorTurning18);
    expect(
      turning && !isAdultAt(turning, now) && isAdultAt(turning, '2025-10-31T00:00:00.000Z'),
    ).toBe(true);
    expect(patient(PAT.protectedAdult)?.legalProtection?.representationRelatingToPerson).toBe(true);
    expect(patient(PAT.blockedOne)?.blocked.rpps).toEqual([pro(PRO.physiotherapistLiberal)?.rpps]);
    expect(patient(PAT.blockedAll)?.blocked.all).toBe(true);
    expect(patient(PAT.noEmergencyAccess)?.emergency.allowOtherProfessionals).toBe(false);
    expect(patient(PAT.mesNotActivated)?.mesActivated).toBe(false);
    expect(patient(PAT.provisionalIdentity)?.identityStatus).toBe('PROV');
    expect(patient(PAT.opposedToConsultation)?.oppositions[0]?.kind).toBe('consultation');
    const lea = patient(PAT.minorSecretConnection);
    // The secret binds the midwife who received it, for that episode, not the patient forever.
    expect(lea && holdsMinorSecret(lea, PRO.midwife, SEED_EPISODES.secretContraception)).toBe(true);
    expect(lea && holdsMinorSecret(lea, PRO.gp, SEED_EPISODES.secretContraception)).toBe(false);
    expect(patient(PAT.ehpadResident)?.consents[0]?.form).toBe('stay-contract-clause');
  });

  test('professionals', () => {
    expect(pro(PRO.pharmacistMentalHealth)).toMatchObject({
      profession: '21',
      establishmentKind: 'mental-health',
    });
    expect(pro(PRO.osteopath)?.profession).toBe('osteopath');
    expect(pro(PRO.occupationalTherapistLiberal)?.setting).toBe('liberal');
    expect(pro(PRO.occupationalTherapistStructure)?.setting).toBe('establishment'); // a SMR (ex-SSR) is a health establishment
    expect(pro(PRO.internRegistered)).toMatchObject({
      isIntern: true,
      orderRegistered: true,
      card: { type: 'CPF' },
    });
    expect(pro(PRO.internUnregistered)).toMatchObject({ isIntern: true, orderRegistered: false });
    expect(pro(PRO.secretaryNominativeCpe)?.card).toEqual({ type: 'CPE', nominative: true });
    expect(pro(PRO.staffAnonymousCpe)?.card).toEqual({ type: 'CPE', nominative: false });
    expect(pro(PRO.rppsPlusSocialWorker)?.rppsPlusRole).toBe('social-worker');
    expect(pro(PRO.paediatricianECps)?.card.type).toBe('e-CPS');
  });

  test('documents', () => {
    expect(documents.some((d) => d.visibility.maskedFromProfessionals)).toBe(true);
    expect(documents.some((d) => d.visibility.invisibleToPatient)).toBe(true);
    expect(documents.some((d) => d.visibility.invisibleToLegalRepresentatives)).toBe(true);
    expect(documents.some((d) => d.typeCode === '87273-9')).toBe(true);
    expect(documents.some((d) => d.author.kind === 'patient')).toBe(true);
    expect(new Set(documents.map((d) => d.typeCode)).size).toBeGreaterThanOrEqual(12);
  });

  test('each seeded consent opens the DMP to its collector for its episode (except where a rule says otherwise)', () => {
    const gp = pro(PRO.gp);
    const adult = patient(PAT.adult);
    expect(
      gp &&
        adult &&
        decideConsultation({
          professional: gp,
          patient: adult,
          now,
          episodeId: SEED_EPISODES.adultFollowUp,
          access: NORMAL_ACCESS,
        }).allowed,
    ).toBe(true);
    const prov = patient(PAT.provisionalIdentity);
    expect(
      gp &&
        prov &&
        decideConsultation({
          professional: gp,
          patient: prov,
          now,
          episodeId: SEED_EPISODES.generalFollowUp,
          access: NORMAL_ACCESS,
        }).code,
    ).toBe('DMP.INS_NOT_QUALIFIED');
  });
});
