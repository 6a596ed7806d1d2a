/**
 * TD0.2 — `GET /fhir/Patient`: by INS (`identifier=…`), the active DMP and the professional's access
 * status for the episode (a dry run of the core's consultation decision, not traced); by traits
 * (`family`, `given`, `birthdate`, `gender`), the core's search (R6). Both answer a searchset: an
 * identity not found, or uncertain, is a Bundle without Patient (by traits, with the core's
 * decision as outcome entry); only incomplete traits are an error. `GET /fhir/Patient/{id}` reads
 * the Patient a `subject.reference` or a `fullUrl` points to.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { psEndpoint } from '../endpoint';
import { searchBundle, toFhirPatient } from '../fhir/resources';
import { traitQueryOf } from '../fhir/trait-query';
import { accessStatus } from '../queries';
import { patientRead, patientSearch } from '../routes/index';
import { refusalResponse, searchToHttp, successResponse } from '../to-http';
import { explainMissingEpisode, withPatientId, withPatientIns } from '../views';

/** Refusals of a search by traits that mean « no certain identity », reported in the Bundle. */
const NOT_FOUND_BY_TRAITS = new Set(['DMP.NO_MATCH', 'DMP.IDENTITY_UNCERTAIN']);

/** Handlers of TD0.2 and of the Patient read. */
export function patientHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    psEndpoint(ctx, patientSearch, ({ input: { query }, session, base }) => {
      const count = query._count;
      if (query.identifier === undefined) {
        const found = ctx.store.searchByTraits(traitQueryOf(query));
        if (found.allowed)
          return successResponse(searchBundle(base, [toFhirPatient(found.patient)], found, count));
        return NOT_FOUND_BY_TRAITS.has(found.code)
          ? successResponse(searchBundle(base, [], found))
          : refusalResponse(found);
      }
      return searchToHttp(
        accessStatus(ctx, session.professionalId, query.identifier, query.episode),
        ({ patient, status }) =>
          searchBundle(
            base,
            [toFhirPatient(patient)],
            explainMissingEpisode(status, query.episode),
            count,
          ),
        () => searchBundle(base, []),
      );
    }),
    psEndpoint(ctx, patientRead, ({ input: { params } }) =>
      withPatientId(ctx, params.id, (patient) =>
        withPatientIns(ctx, patient.ins, (active) => successResponse(toFhirPatient(active))),
      ),
    ),
  ];
}
