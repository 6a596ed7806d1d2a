/**
 * Code systems and extension URLs of the FHIR shapes. LOINC is real; the other systems stand in for
 * the NOS terminologies (JDV_J57 classCode, TRE_A05, TRE_A07 visibility) whose canonical URLs were
 * not re-read, so they live under the simulator's reserved `.example` namespace (docs/api/README.md).
 */
import type { VisibilityFlags } from '../../dmp/index';
import { SIMULATOR_FHIR_BASE } from '../config';

/** FHIR DocumentReference statuses (the core's `current`, `deprecated` → `superseded`). */
export const FHIR_DOCUMENT_STATUSES = ['current', 'superseded', 'entered-in-error'] as const;

/** LOINC, for most document types. */
export const LOINC = 'http://loinc.org';
/** Stand-in for TRE_A05 (patient document types). */
export const TYPE_SYSTEM_TRE_A05 = `${SIMULATOR_FHIR_BASE}/CodeSystem/TRE_A05-type-document`;
/** Stand-in for the DMP classCodes (JDV_J57). */
export const CLASS_SYSTEM = `${SIMULATOR_FHIR_BASE}/CodeSystem/JDV_J57-classe-document`;
/** Stand-in for the DMP visibility codes (TRE_A07 values used by the DMP). */
const VISIBILITY_SYSTEM = `${SIMULATOR_FHIR_BASE}/CodeSystem/visibilite-document`;
/** RPPS identifiers as IDNPS ('8' + RPPS), as in the French FHIR profiles. */
export const IDNPS_SYSTEM = 'urn:oid:1.2.250.1.71.4.2.1';
/** Archived flag of a DocumentReference (PDSM4DMP has an isArchived extension; URL simplified). */
export const IS_ARCHIVED_EXTENSION = `${SIMULATOR_FHIR_BASE}/StructureDefinition/isArchived`;
/** Profession of a document's author, next to its name (`author.display` is the name only). */
export const PROFESSION_EXTENSION = `${SIMULATOR_FHIR_BASE}/StructureDefinition/profession`;
/** Stand-in for TRE_G15 (professions; the simulator adds osteopath, secretary, rpps-plus-role). */
export const PROFESSION_SYSTEM = `${SIMULATOR_FHIR_BASE}/CodeSystem/TRE_G15-profession`;
/** Identity status (PROV, RECUP, VALI, QUAL) of a Patient. */
export const IDENTITY_STATUS_EXTENSION = `${SIMULATOR_FHIR_BASE}/StructureDefinition/statut-identite`;

/** The three visibility codes. */
export const VISIBILITY_CODES = [
  'MASQUE_PS',
  'INVISIBLE_PATIENT',
  'INVISIBLE_REPRESENTANTS_LEGAUX',
] as const;

/** A visibility code. */
type VisibilityCode = (typeof VISIBILITY_CODES)[number];

const LABELS: Record<VisibilityCode, string> = {
  MASQUE_PS: 'Masqué aux professionnels',
  INVISIBLE_PATIENT: 'Invisible au patient',
  INVISIBLE_REPRESENTANTS_LEGAUX: 'Invisible aux représentants légaux',
};

/** Visibility flags from a list of codes (absent code = flag off). */
export function flagsOf(codes: readonly VisibilityCode[]): VisibilityFlags {
  return {
    maskedFromProfessionals: codes.includes('MASQUE_PS'),
    invisibleToPatient: codes.includes('INVISIBLE_PATIENT'),
    invisibleToLegalRepresentatives: codes.includes('INVISIBLE_REPRESENTANTS_LEGAUX'),
  };
}

/** FHIR `securityLabel` of visibility flags. */
export function securityLabels(flags: VisibilityFlags): {
  coding: [{ system: string; code: VisibilityCode; display: string }];
}[] {
  const codes: VisibilityCode[] = [];
  if (flags.maskedFromProfessionals) codes.push('MASQUE_PS');
  if (flags.invisibleToPatient) codes.push('INVISIBLE_PATIENT');
  if (flags.invisibleToLegalRepresentatives) codes.push('INVISIBLE_REPRESENTANTS_LEGAUX');
  return codes.map((code) => ({
    coding: [{ system: VISIBILITY_SYSTEM, code, display: LABELS[code] }],
  }));
}
