/**
 * Object Mother for DMP documents and drafts.
 */
import {
  professionalName,
  VISIBLE_TO_ALL,
  type DmpDocument,
  type DocumentDraft,
  type DocumentTypeCode,
  type Patient,
  type Professional,
  type VisibilityFlags,
} from '../../src/dmp/index';

let counter = 0;

function build(
  patient: Pick<Patient, 'id'>,
  author: Professional | 'patient',
  typeCode: DocumentTypeCode,
  o: Partial<DmpDocument> = {},
): DmpDocument {
  counter += 1;
  return {
    id: `doc-m-${counter}`,
    patientId: patient.id,
    typeCode,
    title: `Document ${typeCode}`,
    serviceDate: '2025-09-15',
    depositedAt: '2025-09-15T12:00:00.000Z',
    author:
      author === 'patient'
        ? { kind: 'patient' }
        : {
            kind: 'professional',
            professionalId: author.id,
            name: professionalName(author),
            rpps: author.rpps,
            profession: author.profession,
          },
    status: 'current',
    visibility: VISIBLE_TO_ALL,
    deletedAt: null,
    summary: 'Contenu fictif.',
    ...o,
  };
}

const flags = (v: Partial<VisibilityFlags>): VisibilityFlags => ({ ...VISIBLE_TO_ALL, ...v });

/** Named constructors of documents and drafts. */
export const DocumentMother = {
  of: build,
  masked: (
    patient: Pick<Patient, 'id'>,
    author: Professional,
    typeCode: DocumentTypeCode = '11502-2',
  ) => build(patient, author, typeCode, { visibility: flags({ maskedFromProfessionals: true }) }),
  hiddenFromPatient: (patient: Pick<Patient, 'id'>, author: Professional, depositedAt: string) =>
    build(patient, author, '51969-4', {
      depositedAt,
      visibility: flags({ invisibleToPatient: true }),
    }),
  hiddenFromRepresentatives: (patient: Pick<Patient, 'id'>, author: Professional) =>
    build(patient, author, '57833-6', {
      visibility: flags({ invisibleToLegalRepresentatives: true }),
    }),
  vaccination: (patient: Pick<Patient, 'id'>, author: Professional) =>
    build(patient, author, '87273-9'),
  patientDeposited: (patient: Pick<Patient, 'id'>) => build(patient, 'patient', 'DOCPAT01'),
  draft: (
    typeCode: string = '11502-2',
    visibility: Partial<VisibilityFlags> = {},
  ): DocumentDraft => ({
    typeCode,
    title: `Brouillon ${typeCode}`,
    serviceDate: '2025-09-30',
    visibility: flags(visibility),
    summary: 'Contenu fictif.',
  }),
};
