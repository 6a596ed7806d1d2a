/**
 * Catalogue of document types used by the simulator: a representative subset of JDV_J07 (LOINC
 * typeCodes, plus a few TRE_A05 codes), each mapped to its XDS classCode and to the display
 * category shown to users. Codes and labels: dmp-facts.md §2.1–§2.2 [sûr]. The typeCode → classCode
 * mapping is our own reasoned choice (JDV_J66 was not re-read): see README « Hypothèses ».
 */

/** XDS classCodes of the DMP (JDV_J57). */
export const CLASS_CODES = {
  '10': 'Compte rendu',
  '11': 'Synthèse',
  '31': 'Imagerie médicale',
  '42': 'Prescription',
  '43': 'Dispensation',
  '44': 'Plan de soins, protocole de soins',
  '45': 'Traitement administré',
  '52': 'Certificat, déclaration',
  '60': 'Données de remboursement',
  '90': 'Autres documents déposés par le patient',
  '95': 'Document de gestion',
} as const;

/** An XDS classCode. */
export type ClassCode = keyof typeof CLASS_CODES;

/** Display categories, in display order (R30: by category, then by date). */
export const DISPLAY_CATEGORIES = {
  synthese: 'Synthèses',
  'comptes-rendus': 'Comptes rendus',
  biologie: 'Biologie',
  imagerie: 'Imagerie',
  'ordonnances-soins': 'Ordonnances et soins',
  vaccination: 'Vaccination',
  certificats: 'Certificats',
  'medico-social': 'Documents médico-sociaux',
  'directives-anticipees': 'Directives anticipées',
  administratif: 'Documents administratifs',
  'documents-patient': 'Mes documents (déposés par le patient)',
} as const;

/** A display category. */
export type DisplayCategory = keyof typeof DISPLAY_CATEGORIES;

/** One document type of the catalogue. */
interface DocumentTypeInfo {
  readonly code: string;
  readonly system: 'LOINC' | 'TRE_A05';
  readonly label: string;
  readonly classCode: ClassCode;
  readonly category: DisplayCategory;
}

const t = (
  code: string,
  label: string,
  classCode: ClassCode,
  category: DisplayCategory,
  system: 'LOINC' | 'TRE_A05' = 'LOINC',
): DocumentTypeInfo => ({ code, system, label, classCode, category });

/** The catalogue, keyed by code. */
// Tabular data: one entry per line is easier to review than Prettier's expansion.
// prettier-ignore
export const DOCUMENT_TYPES = {
  '60591-5': t('60591-5', 'Synthèse médicale (VSM)', '11', 'synthese'),
  '68599-0': t('68599-0', 'Synthèse psychiatrique', '11', 'synthese'),
  '34133-9': t('34133-9', "Synthèse d'épisode de soins", '11', 'synthese'),
  '11488-4': t('11488-4', 'CR de consultation', '10', 'comptes-rendus'),
  '34112-3': t('34112-3', 'CR hospitalier (séjour)', '10', 'comptes-rendus'),
  '15507-7': t('15507-7', 'CR de passage aux urgences', '10', 'comptes-rendus'),
  '15508-5': t('15508-5', "CR d'accouchement", '10', 'comptes-rendus'),
  '34874-8': t('34874-8', 'CR opératoire', '10', 'comptes-rendus'),
  '77436-4': t('77436-4', "CR d'anesthésie", '10', 'comptes-rendus'),
  '11490-0': t('11490-0', "Lettre de liaison à la sortie d'un établissement de soins", '10', 'comptes-rendus'),
  '83901-9': t('83901-9', 'Bilan psychologique', '10', 'comptes-rendus'),
  '11502-2': t('11502-2', "CR d'examens biologiques", '10', 'biologie'),
  '51969-4': t('51969-4', 'CR de génétique moléculaire', '10', 'biologie'),
  '60568-3': t('60568-3', "CR d'anatomie et de cytologie pathologiques", '10', 'biologie'),
  '18748-4': t('18748-4', "CR d'imagerie médicale", '10', 'imagerie'),
  '57833-6': t('57833-6', 'Prescription de produits de santé', '42', 'ordonnances-soins'),
  '57832-8': t('57832-8', 'Prescription de soins', '42', 'ordonnances-soins'),
  '57828-6': t('57828-6', 'Prescription (autre)', '42', 'ordonnances-soins'),
  '75496-0': t('75496-0', "Demande d'acte de télémédecine", '42', 'ordonnances-soins'),
  '60593-1': t('60593-1', 'Dispensation médicamenteuse', '43', 'ordonnances-soins'),
  '18776-5': t('18776-5', 'Plan personnalisé de soins', '44', 'ordonnances-soins'),
  '87273-9': t('87273-9', 'Note de vaccination', '45', 'vaccination'),
  '11369-6': t('11369-6', 'Historique des vaccinations', '11', 'vaccination'),
  '89601-9': t('89601-9', 'Certificat médical', '52', 'certificats'),
  '28653-4': t('28653-4', 'Document du secteur social ou médico-social', '10', 'medico-social'),
  '80788-3': t('80788-3', "Projet personnalisé d'accompagnement", '44', 'medico-social'),
  '83981-1': t('83981-1', "Lettre de liaison à la sortie d'une structure sociale ou médico-sociale", '10', 'medico-social'),
  EXPPAT_3: t('EXPPAT_3', 'Directives anticipées', '90', 'directives-anticipees', 'TRE_A05'),
  'ATTEST-RESID': t('ATTEST-RESID', 'Attestation de résidence', '95', 'administratif', 'TRE_A05'),
  DOCPAT01: t('DOCPAT01', 'Synthèse (déposée par le patient)', '90', 'documents-patient', 'TRE_A05'),
  DOCPAT05: t('DOCPAT05', 'Biologie (déposée par le patient)', '90', 'documents-patient', 'TRE_A05'),
  DOCPAT09: t('DOCPAT09', 'Document administratif (déposé par le patient)', '90', 'documents-patient', 'TRE_A05'),
} as const satisfies Record<string, DocumentTypeInfo>;

/** A document typeCode known to the simulator. */
export type DocumentTypeCode = keyof typeof DOCUMENT_TYPES;

/** Every known typeCode, in catalogue order. */
export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as readonly DocumentTypeCode[];

/** Whether a string is a known typeCode. */
export function isDocumentTypeCode(code: string): code is DocumentTypeCode {
  return Object.hasOwn(DOCUMENT_TYPES, code);
}

/** The catalogue entry of a typeCode. */
export function documentType(code: DocumentTypeCode): DocumentTypeInfo {
  return DOCUMENT_TYPES[code];
}

/** Whether a typeCode belongs to class 90, documents deposited by the patient (R13). */
export function isPatientClassType(code: DocumentTypeCode): boolean {
  return DOCUMENT_TYPES[code].classCode === '90';
}
