/**
 * `patient.maskDocument`: the patient masks a document from every professional but its author (or
 * unmasks it); only a document they see in their space.
 */
import { z } from 'zod';
import { documentInSpace } from '../../dmp/index';
import { documentRef } from '../format/base';
import { allowedVerdict, isRefusal, refusal } from '../wire/index';
import { defineAction } from './define';
import { documentOfPath, patientChangeOnCore } from './play';

export const patientMaskDocument = defineAction({
  name: 'patient.maskDocument',
  actor: 'patient',
  label: 'Masquer (ou démasquer) un document aux professionnels',
  params: {
    document: documentRef('Document masqué : identifiant, ou nom donné par `as:`.'),
    masked: z
      .boolean()
      .default(true)
      .describe('true : masqué aux professionnels (sauf son auteur) ; false : démasqué.'),
  },
  machines: [],
  resolve(action, ctx) {
    const doc = documentOfPath(action.document, ctx);
    if ('problem' in doc) return doc;
    return {
      request: { patientId: ctx.role.patient, documentId: doc.id, masked: action.masked },
      subject: ctx.role.patient,
    };
  },
  core: (store, r) =>
    patientChangeOnCore(store, r.patientId, (documents) => {
      const found = documentInSpace(documents, r.documentId);
      if ('refusal' in found) return found.refusal;
      const { document } = found;
      return store.setVisibility({
        actor: { kind: 'patient' },
        documentId: document.id,
        visibility: { ...document.visibility, maskedFromProfessionals: r.masked },
      });
    }),
  async http({ client }, r) {
    const path = `/mes/documents/${encodeURIComponent(r.documentId)}`;
    const reply = await client.asPatient(r.patientId, null, 'PATCH', path, {
      maskedFromProfessionals: r.masked,
    });
    if (isRefusal(reply)) return refusal(reply);
    return {
      verdict: allowedVerdict('DMP.DOCUMENT_CHANGE_ALLOWED', 'Visibilité du document modifiée.'),
    };
  },
});
