/**
 * The core's trait query of a `GET /fhir/Patient` search by traits: FHIR parameter names and
 * gender codes to the core's fields, absent values passed as empty so that the core decides
 * whether the search is complete (R6, `DMP.INCOMPLETE_TRAITS`).
 */
import type { TraitQuery } from '../../dmp/index';
import type { PatientSearchQuery } from '../schemas/fhir.schemas';

const SEX = { female: 'F', male: 'M' } as const;

/** The traits of a search, as typed by the professional. */
export function traitQueryOf(query: PatientSearchQuery): TraitQuery {
  return {
    familyName: query.family ?? '',
    givenName: query.given ?? '',
    birthDate: query.birthdate ?? '',
    sex: query.gender === undefined ? null : SEX[query.gender],
  };
}
