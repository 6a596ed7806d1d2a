/** `ps.openDocument`: TD3.2 opening of one document, in the access mode in force for its patient. */
import { documentRef, patientRef } from '../format/base';
import { allowedVerdict, asString, isRefusal, refusal, base64ToText } from '../wire/index';
import { defineAction } from './define';
import { episodeParam } from './params';
import { accessInForce, accessQuery, documentOfPath, verdictOf } from './play';

export const psOpenDocument = defineAction({
  name: 'ps.openDocument',
  actor: 'professional',
  label: 'Ouvrir un document du DMP',
  params: {
    document: documentRef('Document ouvert : identifiant, ou nom donné par `as:`.'),
    patient: patientRef('Patient (par défaut : celui du document).').optional(),
    episode: episodeParam,
  },
  machines: ['proSession'],
  resolve(action, ctx) {
    const doc = documentOfPath(action.document, ctx);
    if ('problem' in doc) return doc;
    const patientId = action.patient ?? doc.patientId;
    return {
      request: {
        professionalId: ctx.role.professional,
        patientId,
        episodeId: action.episode ?? ctx.world.episode,
        access: accessInForce(ctx, patientId),
        documentId: doc.id,
      },
      subject: patientId,
    };
  },
  core(store, r) {
    const result = store.openDocument(r);
    return {
      verdict: verdictOf(result),
      ...(result.allowed ? { content: result.value.summary } : {}),
    };
  },
  async http({ client, ins }, r) {
    const path = `/fhir/Binary/${encodeURIComponent(r.documentId)}`;
    const reply = await client.asPro(r.professionalId, 'GET', path, {
      query: accessQuery(ins(r.patientId), r.access, r.episodeId),
    });
    if (isRefusal(reply)) return refusal(reply);
    const explanation = `Document « ${r.documentId} » ouvert (TD3.2).`;
    return {
      verdict: allowedVerdict('DMP.DOCUMENT_ALLOWED', explanation),
      content: base64ToText(asString(reply.body['data'])),
    };
  },
});
