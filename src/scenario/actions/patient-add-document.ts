/** `patient.addDocument`: the patient adds a personal document (class 90 types, R13). */
import { z } from 'zod';
import { VISIBLE_TO_ALL } from '../../dmp/index';
import {
  documentSummary,
  fhirDocumentSummary,
  allowedVerdict,
  asString,
  isRefusal,
  refusal,
  textToBase64,
  draft,
} from '../wire/index';
import { documentTypeCode, isoDate, text } from '../format/base';
import { defineAction } from './define';
import { aliasParam } from './params';
import { verdictOf } from './play';

export const patientAddDocument = defineAction({
  name: 'patient.addDocument',
  actor: 'patient',
  label: 'Ajouter un document personnel',
  params: {
    type: documentTypeCode('Type « document du patient » (classe 90, ex. DOCPAT05).'),
    title: text('Titre du document.').optional(),
    serviceDate: isoDate('Date du document.').optional(),
    maskedFromProfessionals: z.boolean().default(false).describe('Masqué aux professionnels.'),
    as: aliasParam,
  },
  machines: [],
  resolve(action, { role, world }) {
    const flags = { ...VISIBLE_TO_ALL, maskedFromProfessionals: action.maskedFromProfessionals };
    return {
      request: {
        patientId: role.patient,
        draft: draft(world, action.type, action.title, action.serviceDate, flags),
      },
      subject: role.patient,
    };
  },
  core(store, r) {
    const result = store.addPatientDocument({
      patientId: r.patientId,
      viewer: { kind: 'patient' },
      draft: r.draft,
    });
    return {
      verdict: verdictOf(result),
      ...(result.allowed
        ? { documentId: result.value.id, document: documentSummary(result.value) }
        : {}),
    };
  },
  async http({ client }, r) {
    const { draft: doc } = r;
    const reply = await client.asPatient(r.patientId, null, 'POST', '/mes/documents', {
      typeCode: doc.typeCode,
      title: doc.title,
      serviceDate: doc.serviceDate,
      contentBase64: textToBase64(doc.summary === '' ? doc.title : doc.summary),
      maskedFromProfessionals: doc.visibility.maskedFromProfessionals,
    });
    if (isRefusal(reply)) return refusal(reply);
    return {
      verdict: allowedVerdict('DMP.DEPOSIT_ALLOWED', `Document ajouté : ${doc.title}.`),
      documentId: asString(reply.body['id']),
      document: fhirDocumentSummary(reply.body),
    };
  },
});
