/** `patient.viewDocuments`: the patient sees their documents in Mon espace santé. */
import { defineAction } from './define';
import { coreDocumentsView, httpDocumentsView, ownSpace } from './play';

export const patientViewDocuments = defineAction({
  name: 'patient.viewDocuments',
  actor: 'patient',
  label: 'Voir ses documents dans Mon espace santé',
  params: {},
  look: true,
  machines: [],
  resolve: ownSpace,
  core: (store, r) => coreDocumentsView(store, { kind: 'patient' }, r.patientId),
  http: ({ client }, r) => httpDocumentsView(client, r.patientId, null),
});
