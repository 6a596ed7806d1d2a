/**
 * `ps.qualifyIdentity`: in the professional's software, outside the DMP (HS17), the INS retrieved
 * by INSi and an identity document checked: the patient's identity becomes qualified (QUAL).
 */
import { patientRef } from '../format/base';
import { isRefusal, refusal, verdictOfDecision, type Json } from '../wire/index';
import { defineAction } from './define';
import { verdictOf } from './play';

export const psQualifyIdentity = defineAction({
  name: 'ps.qualifyIdentity',
  actor: 'professional',
  label: "Qualifier l'identité du patient (INS récupérée et pièce d'identité vérifiée)",
  params: {
    patient: patientRef(
      "Patient dont l'identité devient qualifiée (par défaut : le premier patient de world.patients). Cela se fait dans le logiciel du professionnel (téléservice INSi, pièce d'identité), pas dans le DMP.",
    ).optional(),
  },
  machines: [],
  resolve(action, { role, world }) {
    const patientId = action.patient ?? world.defaultPatient;
    return { request: { professionalId: role.professional, patientId }, subject: patientId };
  },
  core: (store, r) => ({ verdict: verdictOf(store.qualifyIdentity(r)) }),
  async http({ client }, r) {
    // The software's identity repository, outside the DMP (HS17): the patient's local record.
    const path = `/lps/patients/${encodeURIComponent(r.patientId)}/identity-qualification`;
    const reply = await client.asPro(r.professionalId, 'POST', path);
    if (isRefusal(reply)) return refusal(reply);
    return { verdict: verdictOfDecision(reply.body['decision'] as Json) };
  },
});
