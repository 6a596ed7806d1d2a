/** `patient.blockAll`: the patient blocks every professional (or lifts that general blocking). */
import { z } from 'zod';
import { defineAction } from './define';
import { patientChangeOverHttp, verdictOf } from './play';

export const patientBlockAll = defineAction({
  name: 'patient.blockAll',
  actor: 'patient',
  label: 'Bloquer (ou débloquer) tous les professionnels',
  params: {
    all: z
      .boolean()
      .default(true)
      .describe('true : tout bloquer ; false : lever le blocage général.'),
  },
  machines: ['blocking'],
  resolve: (action, { role }) => ({
    request: { patientId: role.patient, all: action.all },
    subject: role.patient,
  }),
  core: (store, r) => ({ verdict: verdictOf(store.setBlockAll(r)) }),
  http: ({ client }, r) =>
    patientChangeOverHttp(client, r.patientId, 'PUT', '/mes/block-all', { all: r.all }),
});
