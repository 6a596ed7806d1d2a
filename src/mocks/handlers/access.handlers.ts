/**
 * Access authorisation on the professional's side: record a consent, trace an opposition, open the
 * DMP in break-glass mode with a motive. One store operation each.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { psEndpoint } from '../endpoint';
import { searchBundle, toFhirDocumentReference } from '../fhir/resources';
import { breakGlassRoute, consentCreateRoute, oppositionCreateRoute } from '../routes/index';
import { insOf } from '../schemas/common.schemas';
import { created, toHttp } from '../to-http';
import { decisionJson, oppositionsJson, withPatientIns } from '../views';

/** Handlers of consent, opposition and break-glass. */
export function accessHandlers(ctx: ApiContext): HttpHandler[] {
  const { store } = ctx;
  return [
    psEndpoint(ctx, consentCreateRoute, ({ input: { body }, session }) =>
      withPatientIns(ctx, insOf(body.patient), (patient) =>
        toHttp(
          store.recordConsent({
            patientId: patient.id,
            professionalId: session.professionalId,
            episodeId: body.episode,
            scope:
              body.scope === undefined || body.scope.kind === 'self'
                ? { kind: 'professional', professionalId: session.professionalId }
                : body.scope,
            givenBy: body.givenBy,
            form: body.form,
            traced: body.traced,
            protectorInformed: body.protectorInformed,
            minorSecret: body.minorSecret,
          }),
          (updated, decision) => ({
            decision: decisionJson(decision),
            consent: updated.consents.at(-1),
          }),
          created(),
        ),
      ),
    ),
    psEndpoint(ctx, oppositionCreateRoute, ({ input: { body }, session }) =>
      withPatientIns(ctx, insOf(body.patient), (patient) =>
        toHttp(
          store.recordOpposition({
            patientId: patient.id,
            professionalId: session.professionalId,
            kind: body.kind,
            scope: body.scope,
            reason: body.reason,
            channel: body.channel,
          }),
          oppositionsJson,
          created(),
        ),
      ),
    ),
    psEndpoint(ctx, breakGlassRoute, ({ input: { body }, session, base }) =>
      withPatientIns(ctx, insOf(body.patient), (patient) =>
        toHttp(
          store.breakGlass({
            professionalId: session.professionalId,
            patientId: patient.id,
            episodeId: '',
            motive: body.motive,
            patientUnableToConsent: body.patientUnableToConsent ?? true,
          }),
          (view, decision) =>
            searchBundle(
              base,
              view.documents.map((d) => toFhirDocumentReference(d, patient)),
              decision,
            ),
        ),
      ),
    ),
  ];
}
