/**
 * The professional's software, outside the DMP: the patient's identity becomes qualified (INSi
 * teleservice and ID document check, HS17). One store operation.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { psEndpoint } from '../endpoint';
import { identityQualification } from '../routes/index';
import { toHttp } from '../to-http';
import { decisionJson, withPatientId } from '../views';

/** Handlers of the professional's software. */
export function softwareHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    psEndpoint(ctx, identityQualification, ({ input: { params }, session }) =>
      withPatientId(ctx, params.id, (patient) =>
        toHttp(
          ctx.store.qualifyIdentity({
            professionalId: session.professionalId,
            patientId: patient.id,
          }),
          (updated, decision) => ({
            decision: decisionJson(decision),
            patient: { id: updated.id, identityStatus: updated.identityStatus },
          }),
        ),
      ),
    ),
  ];
}
