/**
 * TD0.2 — `GET /fhir/Patient?identifier=…`: the active DMP of an INS and the professional's access
 * status for the episode (a dry run of the core's consultation decision, not traced).
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { psEndpoint } from '../endpoint';
import { searchBundle, toFhirPatient } from '../fhir/resources';
import { accessStatus } from '../queries';
import { patientSearch } from '../routes/index';
import { searchToHttp } from '../to-http';

/** Handler of TD0.2. */
export function patientHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    psEndpoint(ctx, patientSearch, ({ input, session, base }) =>
      searchToHttp(
        accessStatus(ctx, session.professionalId, input.query.identifier, input.query.episode),
        ({ patient, status }) => searchBundle(base, [toFhirPatient(patient)], status),
        () => searchBundle(base, []),
      ),
    ),
  ];
}
