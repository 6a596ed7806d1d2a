/**
 * Core values → FHIR R4 JSON (simplified): Patient, DocumentReference, Binary and searchset
 * Bundles. Pure functions; `base` is the origin of the request, used for `fullUrl`.
 */
import {
  CLASS_CODES,
  documentType,
  professionLabel,
  type Decision,
  type DmpDocument,
  type Patient,
} from '../../dmp/index';
import { textToBase64 } from '../auth/base64';
import {
  CLASS_SYSTEM,
  FHIR_DOCUMENT_STATUSES,
  IDENTITY_STATUS_EXTENSION,
  IDNPS_SYSTEM,
  IS_ARCHIVED_EXTENSION,
  LOINC,
  PROFESSION_EXTENSION,
  PROFESSION_SYSTEM,
  securityLabels,
  TYPE_SYSTEM_TRE_A05,
} from './codes';
import { decisionOutcome } from './operation-outcome';

/** The FHIR status of a document: deleted → entered-in-error, replaced → superseded. */
export function fhirStatus(doc: DmpDocument): (typeof FHIR_DOCUMENT_STATUSES)[number] {
  if (doc.deletedAt !== null) return 'entered-in-error';
  return doc.status === 'deprecated' ? 'superseded' : 'current';
}

function insIdentifierOf(patient: Patient) {
  return { system: `urn:oid:${patient.ins.oid}`, value: patient.ins.matricule };
}

/** A Patient resource (TD0.2). */
export function toFhirPatient(patient: Patient) {
  return {
    resourceType: 'Patient' as const,
    id: patient.id,
    extension: [{ url: IDENTITY_STATUS_EXTENSION, valueCode: patient.identityStatus }],
    identifier: [{ use: 'official' as const, ...insIdentifierOf(patient) }],
    name: [
      {
        use: 'official' as const,
        family: patient.traits.birthName,
        given: [...patient.traits.givenNames],
      },
      { use: 'usual' as const, text: patient.displayName },
    ],
    gender: patient.traits.sex === 'F' ? ('female' as const) : ('male' as const),
    birthDate: patient.traits.birthDate,
  };
}

function authorOf(doc: DmpDocument) {
  if (doc.author.kind === 'patient') return { display: 'Le patient (document personnel)' };
  const { name, rpps, profession } = doc.author;
  return {
    extension: [
      {
        url: PROFESSION_EXTENSION,
        valueCoding: {
          system: PROFESSION_SYSTEM,
          code: profession,
          display: professionLabel(profession),
        },
      },
    ],
    ...(rpps === null ? {} : { identifier: { system: IDNPS_SYSTEM, value: `8${rpps}` } }),
    display: name,
  };
}

/** A DocumentReference; `patient` (when known) gives the subject's INS and name. */
export function toFhirDocumentReference(doc: DmpDocument, patient: Patient | undefined) {
  const type = documentType(doc.typeCode);
  return {
    resourceType: 'DocumentReference' as const,
    id: doc.id,
    extension: [{ url: IS_ARCHIVED_EXTENSION, valueBoolean: doc.status === 'archived' }],
    status: fhirStatus(doc),
    type: {
      coding: [
        {
          system: type.system === 'LOINC' ? LOINC : TYPE_SYSTEM_TRE_A05,
          code: type.code,
          display: type.label,
        },
      ],
    },
    category: [
      {
        coding: [
          { system: CLASS_SYSTEM, code: type.classCode, display: CLASS_CODES[type.classCode] },
        ],
      },
    ],
    subject: {
      reference: `Patient/${doc.patientId}`,
      ...(patient === undefined
        ? {}
        : { identifier: insIdentifierOf(patient), display: patient.displayName }),
    },
    date: doc.depositedAt,
    author: [authorOf(doc)],
    description: doc.title,
    securityLabel: securityLabels(doc.visibility),
    context: { period: { start: doc.serviceDate } },
    content: [
      {
        attachment: {
          contentType: 'text/plain' as const,
          url: `Binary/${doc.id}`,
          title: doc.title,
        },
      },
    ],
  };
}

/** A Binary with the document's content (TD3.2). */
export function toFhirBinary(doc: DmpDocument) {
  return {
    resourceType: 'Binary' as const,
    id: doc.id,
    contentType: 'text/plain' as const,
    data: textToBase64(doc.summary),
  };
}

type Resource = { readonly resourceType: string; readonly id?: string };

/**
 * A searchset Bundle: the matches, then (optionally) an OperationOutcome entry in `outcome` mode
 * that reports the decision behind the search (FHIR R4 `Bundle.entry.search.mode`). `count` (FHIR
 * `_count`) limits the entries listed; `total` still counts every match.
 */
export function searchBundle(
  base: string,
  matches: readonly Resource[],
  decision?: Decision,
  count?: number,
) {
  return {
    resourceType: 'Bundle' as const,
    type: 'searchset' as const,
    total: matches.length,
    entry: [
      ...matches.slice(0, count).map((resource) => ({
        fullUrl: `${base}/fhir/${resource.resourceType}/${resource.id ?? ''}`,
        resource,
        search: { mode: 'match' as const },
      })),
      ...(decision === undefined
        ? []
        : [{ resource: decisionOutcome(decision), search: { mode: 'outcome' as const } }]),
    ],
  };
}
