/**
 * TD0.2 — `GET /fhir/Patient`: by INS (`identifier=…`), the active DMP and the professional's access
 * status for the episode (a dry run of the core's consultation decision, not traced); by traits
 * (`family`, `given`, `birthdate`, `gender`), the core's search (R6): the one certain identity, or
 * its refusal (incomplete traits, no match, uncertain identity) as an OperationOutcome.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { psEndpoint } from '../endpoint';
import { searchBundle, toFhirPatient } from '../fhir/resources';
import { traitQueryOf } from '../fhir/trait-query';
import { accessStatus } from '../queries';
import { patientSearch } from '../routes/index';
import { decisionToHttp, searchToHttp } from '../to-http';

/** Handler of TD0.2. */
export function patientHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    psEndpoint(ctx, patientSearch, ({ input: { query }, session, base }) =>
      query.identifier === undefined
        ? decisionToHttp(ctx.store.searchByTraits(traitQueryOf(query)), (found) =>
            searchBundle(base, [toFhirPatient(found.patient)], found),
          )
        : searchToHttp(
            accessStatus(ctx, session.professionalId, query.identifier, query.episode),
            ({ patient, status }) => searchBundle(base, [toFhirPatient(patient)], status),
            () => searchBundle(base, []),
          ),
    ),
  ];
}
