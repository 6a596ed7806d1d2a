/** `patient.block` and `patient.unblock`: the patient blocks or unblocks one professional, by RPPS. */
import { professionalRef } from '../format/base';
import { defineAction, type ActionContext } from './define';
import { patientChangeOverHttp, verdictOf } from './play';

const blockRequest = (professional: string, { role, world }: ActionContext<'patient'>) => ({
  request: { patientId: role.patient, rpps: world.professionals.get(professional)?.rpps ?? '' },
  subject: role.patient,
});

export const patientBlock = defineAction({
  name: 'patient.block',
  actor: 'patient',
  label: 'Bloquer un professionnel',
  params: { professional: professionalRef('Professionnel bloqué (par son RPPS).') },
  machines: ['blocking'],
  resolve: (action, ctx) => blockRequest(action.professional, ctx),
  core: (store, r) => ({ verdict: verdictOf(store.blockProfessional(r)) }),
  http: ({ client }, r) =>
    patientChangeOverHttp(client, r.patientId, 'POST', '/mes/blocked-professionals', {
      rpps: r.rpps,
    }),
});

export const patientUnblock = defineAction({
  name: 'patient.unblock',
  actor: 'patient',
  label: 'Débloquer un professionnel',
  params: { professional: professionalRef('Professionnel débloqué.') },
  machines: ['blocking'],
  resolve: (action, ctx) => blockRequest(action.professional, ctx),
  core: (store, r) => ({ verdict: verdictOf(store.unblockProfessional(r)) }),
  http: ({ client }, r) =>
    patientChangeOverHttp(
      client,
      r.patientId,
      'DELETE',
      `/mes/blocked-professionals/${encodeURIComponent(r.rpps)}`,
    ),
});
