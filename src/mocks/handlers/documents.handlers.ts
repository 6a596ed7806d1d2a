/**
 * PDSM4DMP document transactions: TD2 deposit, TD3.1 search, TD3.2 retrieve (Binary) and TD3.3
 * attribute changes. Each handler resolves the INS, calls one store operation, maps with toHttp.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { psEndpoint } from '../endpoint';
import { depositInputOf } from '../fhir/deposit';
import { applyPatch } from '../fhir/patch';
import { searchBundle, toFhirBinary, toFhirDocumentReference } from '../fhir/resources';
import { filterDocuments } from '../fhir/search-filters';
import { binaryRead, documentCreate, documentPatchRoute, documentSearch } from '../routes/index';
import { insOf } from '../schemas/common.schemas';
import { created, toHttp } from '../to-http';
import { accessOf, documentResource, withPatientIns } from '../views';

/** Handlers of TD2, TD3.1, TD3.2 and TD3.3. */
export function documentHandlers(ctx: ApiContext): HttpHandler[] {
  const { store } = ctx;
  return [
    psEndpoint(ctx, documentCreate, ({ input: { body }, session }) =>
      withPatientIns(ctx, insOf(body.subject.identifier), (patient) =>
        toHttp(
          store.deposit(
            depositInputOf(body, session.professionalId, patient.id, store.getState().clock.now),
          ),
          (doc) => toFhirDocumentReference(doc, patient),
          (doc) => created(`/fhir/DocumentReference/${doc.id}`),
        ),
      ),
    ),
    psEndpoint(ctx, documentSearch, ({ input: { query }, session, base }) =>
      withPatientIns(ctx, query['patient.identifier'], (patient) =>
        toHttp(
          store.consult({
            professionalId: session.professionalId,
            patientId: patient.id,
            episodeId: query.episode ?? '',
            access: accessOf(query.mode, query.motive),
          }),
          (view, decision) =>
            searchBundle(
              base,
              filterDocuments(view.documents, query).map((d) =>
                toFhirDocumentReference(d, patient),
              ),
              decision,
            ),
        ),
      ),
    ),
    psEndpoint(ctx, binaryRead, ({ input: { query, params }, session }) =>
      withPatientIns(ctx, query['patient.identifier'], (patient) =>
        toHttp(
          store.openDocument({
            professionalId: session.professionalId,
            patientId: patient.id,
            episodeId: query.episode ?? '',
            access: accessOf(query.mode, query.motive),
            documentId: params.id,
          }),
          toFhirBinary,
        ),
      ),
    ),
    psEndpoint(ctx, documentPatchRoute, ({ input: { body, params }, session }) =>
      toHttp(
        applyPatch(
          store,
          { kind: 'professional', professionalId: session.professionalId },
          params.id,
          body[0],
        ),
        (doc) => documentResource(ctx, doc),
      ),
    ),
  ];
}
