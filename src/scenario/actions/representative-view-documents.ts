/**
 * `representative.viewDocuments`: a minor's legal representative sees the child's documents, except
 * those the minor hid from them; at the child's majority the access ends.
 */
import { defineAction } from './define';
import { coreDocumentsView, httpDocumentsView } from './play';

export const representativeViewDocuments = defineAction({
  name: 'representative.viewDocuments',
  actor: 'representative',
  label: "Voir les documents de l'enfant (représentant légal)",
  params: {},
  look: true,
  machines: ['majority'],
  resolve: (_action, { role }) => ({
    request: { patientId: role.patient, representativeId: role.representative },
    subject: role.patient,
  }),
  core: (store, r) =>
    coreDocumentsView(
      store,
      { kind: 'representative', representativeId: r.representativeId },
      r.patientId,
    ),
  http: ({ client }, r) => httpDocumentsView(client, r.patientId, r.representativeId),
});
