/**
 * Mon espace santé, documents: what the holder or the representative sees, adding a personal
 * document (class 90), masking one, deleting one's own, and the vaccination book.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { mesEndpoint } from '../endpoint';
import { searchBundle } from '../fhir/resources';
import {
  mesDocumentCreateRoute,
  mesDocumentDelete,
  mesDocumentUpdateRoute,
  mesDocuments,
  mesVaccinations,
} from '../routes/index';
import { base64ToText } from '../auth/base64';
import { created, decisionToHttp, successResponse, toHttp } from '../to-http';
import { documentResource } from '../views';
import { withOwnDocument } from '../with-auth';

const PATIENT = { kind: 'patient' } as const;

/** Handlers of the patient's documents. */
export function mesDocumentHandlers(ctx: ApiContext): HttpHandler[] {
  const { store } = ctx;
  const resource = documentResource.bind(null, ctx);
  return [
    mesEndpoint(ctx, mesDocuments, ({ session, base }) => {
      const view = store.patientView(session.viewer, session.patientId);
      return decisionToHttp(view.decision, (decision) =>
        searchBundle(base, view.documents.map(resource), decision),
      );
    }),
    mesEndpoint(ctx, mesDocumentCreateRoute, ({ input: { body }, session }) =>
      toHttp(
        store.addPatientDocument({
          patientId: session.patientId,
          viewer: session.viewer,
          draft: {
            typeCode: body.typeCode,
            title: body.title,
            serviceDate: body.serviceDate,
            visibility: {
              maskedFromProfessionals: body.maskedFromProfessionals ?? false,
              invisibleToPatient: false,
              invisibleToLegalRepresentatives: false,
            },
            summary: base64ToText(body.contentBase64) ?? '',
          },
        }),
        resource,
        created(),
      ),
    ),
    mesEndpoint(ctx, mesDocumentUpdateRoute, ({ input: { body, params }, session }) =>
      withOwnDocument(ctx, session, params.id, (doc) =>
        toHttp(
          store.setVisibility({
            actor: PATIENT,
            documentId: doc.id,
            visibility: {
              ...doc.visibility,
              maskedFromProfessionals: body.maskedFromProfessionals,
            },
          }),
          resource,
        ),
      ),
    ),
    mesEndpoint(ctx, mesDocumentDelete, ({ input: { params }, session }) =>
      withOwnDocument(ctx, session, params.id, (doc) =>
        toHttp(store.deleteDocument({ actor: PATIENT, documentId: doc.id }), resource),
      ),
    ),
    mesEndpoint(ctx, mesVaccinations, ({ session, base }) =>
      successResponse(searchBundle(base, store.vaccinationBook(session.patientId).map(resource))),
    ),
  ];
}
