/**
 * PDSM4DMP document transactions: TD2 deposit, TD3.1 search, the read of one DocumentReference,
 * TD3.2 retrieve (Binary) and TD3.3 attribute changes. Each handler resolves the patient (INS,
 * `Patient/<id>`, or the document's own), calls one store operation, maps with toHttp.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { psEndpoint } from '../endpoint';
import { depositInputOf } from '../fhir/deposit';
import { applyPatch } from '../fhir/patch';
import { searchBundle, toFhirBinary, toFhirDocumentReference } from '../fhir/resources';
import { filterDocuments } from '../fhir/search-filters';
import { documentAccessStatus } from '../queries';
import {
  binaryRead,
  documentCreate,
  documentPatchRoute,
  documentRead,
  documentSearch,
} from '../routes/index';
import { insOf } from '../schemas/common.schemas';
import { created, refusalResponse, toHttp } from '../to-http';
import {
  accessOf,
  documentResource,
  explainMissingEpisode,
  withPatientIns,
  withReadPatient,
} from '../views';

/** Handlers of TD2, TD3.1, the DocumentReference read, TD3.2 and TD3.3. */
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
      withReadPatient(ctx, query, undefined, (patient) =>
        toHttp(
          explainMissingEpisode(
            store.consult({
              professionalId: session.professionalId,
              patientId: patient.id,
              episodeId: query.episode ?? '',
              access: accessOf(query),
            }),
            query.episode,
          ),
          (view, decision) =>
            searchBundle(
              base,
              filterDocuments(view.documents, query).map((d) =>
                toFhirDocumentReference(d, patient),
              ),
              decision,
              query._count,
            ),
        ),
      ),
    ),
    psEndpoint(ctx, documentRead, ({ input: { query, params }, session }) =>
      withReadPatient(ctx, query, params.id, (patient) => {
        const input = {
          professionalId: session.professionalId,
          patientId: patient.id,
          episodeId: query.episode ?? '',
          access: accessOf(query),
        };
        // Decide on this document first: a refusal must leave no trace (nothing changes).
        const status = explainMissingEpisode(
          documentAccessStatus(ctx, { ...input, patient, documentId: params.id }),
          query.episode,
        );
        if (!status.allowed) return refusalResponse(status);
        return toHttp(store.consult(input), () =>
          toFhirDocumentReference(status.document, patient),
        );
      }),
    ),
    psEndpoint(ctx, binaryRead, ({ input: { query, params }, session }) =>
      withReadPatient(ctx, query, params.id, (patient) =>
        toHttp(
          explainMissingEpisode(
            store.openDocument({
              professionalId: session.professionalId,
              patientId: patient.id,
              episodeId: query.episode ?? '',
              access: accessOf(query),
              documentId: params.id,
            }),
            query.episode,
          ),
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
