/**
 * `patient.deleteDocument`: the patient deletes a document of their space. The deletion is logical
 * and reserved to the author (PDSM4DMP TD3.3c): a personal document the patient added goes, a
 * professional's document stays (the patient may mask it instead).
 */
import { documentInSpace } from '../../dmp/index';
import { documentRef } from '../format/base';
import { allowedVerdict, isRefusal, refusal } from '../wire/index';
import { defineAction } from './define';
import { documentOfPath, patientChangeOnCore } from './play';

export const patientDeleteDocument = defineAction({
  name: 'patient.deleteDocument',
  actor: 'patient',
  label: 'Supprimer un document de son espace',
  params: {
    document: documentRef('Document supprimé : identifiant, ou nom donné par `as:`.'),
  },
  machines: [],
  resolve(action, ctx) {
    const doc = documentOfPath(action.document, ctx);
    if ('problem' in doc) return doc;
    return {
      request: { patientId: ctx.role.patient, documentId: doc.id },
      subject: ctx.role.patient,
    };
  },
  core: (store, r) =>
    patientChangeOnCore(store, r.patientId, (documents) => {
      const found = documentInSpace(documents, r.documentId);
      if ('refusal' in found) return found.refusal;
      return store.deleteDocument({ actor: { kind: 'patient' }, documentId: found.document.id });
    }),
  async http({ client }, r) {
    const path = `/mes/documents/${encodeURIComponent(r.documentId)}`;
    const reply = await client.asPatient(r.patientId, null, 'DELETE', path);
    if (isRefusal(reply)) return refusal(reply);
    return { verdict: allowedVerdict('DMP.DOCUMENT_CHANGE_ALLOWED', 'Document supprimé.') };
  },
});
