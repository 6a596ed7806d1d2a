/**
 * Fictitious documents of the seed, across categories: masked from professionals, hidden from the
 * patient pending an announcement, hidden from legal representatives, a vaccination note, a
 * patient-deposited document, deprecated and archived versions. Contents are invented.
 */
import type { DmpDocument, DocumentAuthor, VisibilityFlags } from '../model/document';
import { VISIBLE_TO_ALL } from '../model/document';
import type { DocumentTypeCode } from '../model/document-types.data';
import { professionalName } from '../model/professional';
import { SEED_PATIENT_IDS as PAT } from './patients.seed';
import { SEED_PROFESSIONALS, SEED_PROFESSIONAL_IDS as PRO } from './professionals.seed';

/** Stable ids of the seeded documents with a teaching role. */
export const SEED_DOCUMENT_IDS = {
  adultMaskedPsychiatric: 'doc-adult-psychiatric-masked',
  adultPendingAnnouncement: 'doc-adult-genetics-pending-announcement',
  adultVaccination: 'doc-adult-vaccination',
  adultPatientDeposited: 'doc-adult-patient-biology',
  adultSynthesis: 'doc-adult-vsm',
  adultBiology: 'doc-adult-biology',
  turning18HiddenFromRepresentatives: 'doc-turning-18-hidden-from-representatives',
  secretHiddenFromRepresentatives: 'doc-secret-prescription',
  maskedInEmergency: 'doc-masked-emergency-psychiatric',
  ehpadSupportPlan: 'doc-ehpad-support-plan',
} as const;

function author(professionalId: string): DocumentAuthor {
  const p = SEED_PROFESSIONALS.find((x) => x.id === professionalId);
  if (p === undefined) return { kind: 'patient' }; // unreachable with the ids below; checked by seed tests
  return {
    kind: 'professional',
    professionalId: p.id,
    name: professionalName(p),
    rpps: p.rpps,
    profession: p.profession,
  };
}

interface DocSpec {
  readonly id: string;
  readonly patientId: string;
  readonly typeCode: DocumentTypeCode;
  readonly title: string;
  readonly serviceDate: string;
  readonly by: string | 'patient';
  readonly visibility?: Partial<VisibilityFlags>;
  readonly status?: DmpDocument['status'];
  readonly depositedAt?: string;
  readonly summary?: string;
}

const doc = (s: DocSpec): DmpDocument => ({
  id: s.id,
  patientId: s.patientId,
  typeCode: s.typeCode,
  title: s.title,
  serviceDate: s.serviceDate,
  depositedAt: s.depositedAt ?? `${s.serviceDate}T16:00:00.000Z`,
  author: s.by === 'patient' ? { kind: 'patient' } : author(s.by),
  status: s.status ?? 'current',
  visibility: { ...VISIBLE_TO_ALL, ...s.visibility },
  deletedAt: null,
  summary: s.summary ?? 'Contenu fictif à visée pédagogique.',
});

const D = SEED_DOCUMENT_IDS;

/** The seeded documents. */
// Tabular data: one entry per line is easier to review than Prettier's expansion.
// prettier-ignore
export const SEED_DOCUMENTS: readonly DmpDocument[] = [
  doc({ id: D.adultSynthesis, patientId: PAT.adult, typeCode: '60591-5', title: 'Volet de synthèse médicale 2025', serviceDate: '2025-06-15', by: PRO.gp, summary: 'Allergie à la pénicilline (urticaire). Hypothyroïdie traitée.' }),
  doc({ id: D.adultBiology, patientId: PAT.adult, typeCode: '11502-2', title: 'Bilan sanguin', serviceDate: '2025-09-05', by: PRO.hospitalPhysician }),
  doc({ id: 'doc-adult-imaging', patientId: PAT.adult, typeCode: '18748-4', title: 'Échographie abdominale', serviceDate: '2025-09-10', by: PRO.hospitalPhysician }),
  doc({ id: 'doc-adult-hospital-report', patientId: PAT.adult, typeCode: '34112-3', title: 'Compte rendu de séjour — médecine interne', serviceDate: '2025-09-12', by: PRO.hospitalPhysician }),
  doc({ id: 'doc-adult-prescription', patientId: PAT.adult, typeCode: '57833-6', title: 'Ordonnance', serviceDate: '2025-09-20', by: PRO.gp }),
  doc({ id: D.adultVaccination, patientId: PAT.adult, typeCode: '87273-9', title: 'Vaccination antigrippale', serviceDate: '2025-09-25', by: PRO.nurseLiberal }),
  doc({ id: D.adultMaskedPsychiatric, patientId: PAT.adult, typeCode: '68599-0', title: 'Synthèse psychiatrique', serviceDate: '2025-03-02', by: PRO.hospitalPhysician, visibility: { maskedFromProfessionals: true } }),
  doc({ id: D.adultPendingAnnouncement, patientId: PAT.adult, typeCode: '51969-4', title: 'Résultat de génétique moléculaire', serviceDate: '2025-09-19', by: PRO.hospitalPhysician, depositedAt: '2025-09-20T10:00:00.000Z', visibility: { invisibleToPatient: true } }),
  doc({ id: D.adultPatientDeposited, patientId: PAT.adult, typeCode: 'DOCPAT05', title: "Analyses faites à l'étranger", serviceDate: '2025-08-01', by: 'patient' }),
  doc({ id: 'doc-adult-consultation-old', patientId: PAT.adult, typeCode: '11488-4', title: 'Consultation (version remplacée)', serviceDate: '2024-11-05', by: PRO.gp, status: 'deprecated' }),
  doc({ id: 'doc-adult-consultation-archived', patientId: PAT.adult, typeCode: '11488-4', title: 'Consultation 2023', serviceDate: '2023-02-14', by: PRO.gp, status: 'archived' }),
  doc({ id: 'doc-minor-vaccination', patientId: PAT.minorTwoRepresentatives, typeCode: '87273-9', title: 'Vaccin ROR — rappel', serviceDate: '2025-05-10', by: PRO.paediatricianECps }),
  doc({ id: 'doc-minor-consultation', patientId: PAT.minorTwoRepresentatives, typeCode: '11488-4', title: 'Consultation pédiatrique', serviceDate: '2025-09-01', by: PRO.paediatricianECps }),
  doc({ id: D.turning18HiddenFromRepresentatives, patientId: PAT.minorTurning18, typeCode: '57833-6', title: 'Prescription (secret du mineur)', serviceDate: '2025-07-01', by: PRO.midwife, visibility: { invisibleToLegalRepresentatives: true } }),
  doc({ id: 'doc-turning-18-biology', patientId: PAT.minorTurning18, typeCode: '11502-2', title: 'Bilan sanguin', serviceDate: '2025-08-20', by: PRO.gp }),
  doc({ id: 'doc-protected-hospital-report', patientId: PAT.protectedAdult, typeCode: '34112-3', title: 'Compte rendu de séjour', serviceDate: '2025-08-30', by: PRO.hospitalPhysician }),
  doc({ id: 'doc-protected-operative-report', patientId: PAT.protectedAdult, typeCode: '34874-8', title: 'Compte rendu opératoire — prothèse de hanche', serviceDate: '2025-08-28', by: PRO.hospitalPhysician }),
  doc({ id: 'doc-blocked-one-consultation', patientId: PAT.blockedOne, typeCode: '11488-4', title: 'Consultation', serviceDate: '2025-09-02', by: PRO.gp }),
  doc({ id: 'doc-blocked-one-certificate', patientId: PAT.blockedOne, typeCode: '89601-9', title: 'Certificat médical de non contre-indication', serviceDate: '2025-09-02', by: PRO.gp }),
  doc({ id: 'doc-blocked-all-biology', patientId: PAT.blockedAll, typeCode: '11502-2', title: 'Bilan sanguin', serviceDate: '2025-09-03', by: PRO.gp }),
  doc({ id: 'doc-no-emergency-hospital-report', patientId: PAT.noEmergencyAccess, typeCode: '34112-3', title: 'Compte rendu de séjour — cardiologie', serviceDate: '2025-06-11', by: PRO.hospitalPhysician }),
  doc({ id: 'doc-no-emergency-advance-directives', patientId: PAT.noEmergencyAccess, typeCode: 'EXPPAT_3', title: 'Mes directives anticipées', serviceDate: '2024-05-02', by: 'patient' }),
  doc({ id: 'doc-mes-biology', patientId: PAT.mesNotActivated, typeCode: '11502-2', title: 'Bilan sanguin', serviceDate: '2025-09-18', by: PRO.gp }),
  doc({ id: 'doc-opposed-synthesis', patientId: PAT.opposedToConsultation, typeCode: '60591-5', title: 'Volet de synthèse médicale', serviceDate: '2025-01-10', by: PRO.gp }),
  doc({ id: D.secretHiddenFromRepresentatives, patientId: PAT.minorSecretConnection, typeCode: '57833-6', title: 'Prescription (connexion secrète)', serviceDate: '2025-09-22', by: PRO.midwife, visibility: { invisibleToLegalRepresentatives: true } }),
  doc({ id: 'doc-secret-consultation', patientId: PAT.minorSecretConnection, typeCode: '11488-4', title: 'Consultation (connexion secrète)', serviceDate: '2025-09-22', by: PRO.midwife, visibility: { invisibleToLegalRepresentatives: true } }),
  doc({ id: 'doc-secret-vaccination', patientId: PAT.minorSecretConnection, typeCode: '87273-9', title: 'Vaccin HPV', serviceDate: '2024-10-03', by: PRO.paediatricianECps }),
  doc({ id: D.ehpadSupportPlan, patientId: PAT.ehpadResident, typeCode: '80788-3', title: "Projet personnalisé d'accompagnement", serviceDate: '2025-04-01', by: PRO.rppsPlusSocialWorker }),
  doc({ id: 'doc-ehpad-hospital-report', patientId: PAT.ehpadResident, typeCode: '34112-3', title: 'Compte rendu de séjour — gériatrie', serviceDate: '2025-07-15', by: PRO.hospitalPhysician }),
  doc({ id: 'doc-ehpad-vaccination', patientId: PAT.ehpadResident, typeCode: '87273-9', title: 'Vaccination antigrippale', serviceDate: '2024-10-20', by: PRO.ehpadPhysician }),
  doc({ id: D.maskedInEmergency, patientId: PAT.maskedInEmergency, typeCode: '68599-0', title: 'Synthèse psychiatrique', serviceDate: '2024-12-01', by: PRO.hospitalPhysician, visibility: { maskedFromProfessionals: true } }),
  doc({ id: 'doc-masked-emergency-synthesis', patientId: PAT.maskedInEmergency, typeCode: '60591-5', title: 'Volet de synthèse médicale', serviceDate: '2025-02-01', by: PRO.gp }),
  doc({ id: 'doc-masked-emergency-dispensation', patientId: PAT.maskedInEmergency, typeCode: '60593-1', title: 'Dispensation en officine', serviceDate: '2025-09-12', by: PRO.pharmacistMentalHealth }),
];
