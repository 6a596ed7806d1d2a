/** `patient.viewHistory`: the patient reads the activity history of their DMP (R43). */
import { decidePatientSideAccess } from '../../dmp/index';
import { asArray, asString, isRefusal, refusal } from '../wire/index';
import { defineAction } from './define';
import { httpDocumentsView, ownSpace, verdictOf } from './play';

export const patientViewHistory = defineAction({
  name: 'patient.viewHistory',
  actor: 'patient',
  label: "Lire l'historique d'activité",
  params: {},
  look: true,
  machines: [],
  resolve: ownSpace,
  core(store, r) {
    const state = store.getState();
    const patient = state.patients.find((p) => p.id === r.patientId);
    if (patient === undefined)
      return { verdict: verdictOf(store.patientView({ kind: 'patient' }, r.patientId).decision) };
    const decision = decidePatientSideAccess({ kind: 'patient' }, patient, state.clock.now);
    return {
      verdict: verdictOf(decision),
      ...(decision.allowed ? { lines: store.history(r.patientId).map((l) => l.text) } : {}),
    };
  },
  async http({ client }, r) {
    // The history has no decision of its own: the access to the space is that of the documents.
    const access = await httpDocumentsView(client, r.patientId, null);
    if (!access.verdict.allowed) return { verdict: access.verdict };
    const reply = await client.asPatient(r.patientId, null, 'GET', '/mes/history');
    if (isRefusal(reply)) return refusal(reply);
    const lines = asArray(reply.body['entries']).map((e) => asString(e['text']));
    return { verdict: access.verdict, lines };
  },
});
