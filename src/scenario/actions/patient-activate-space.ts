/** `patient.activateSpace`: the patient activates Mon espace santé (the only way into a space not activated yet). */
import { defineAction } from './define';
import { ownSpace, patientChangeOnCore, patientChangeOverHttp } from './play';

export const patientActivateSpace = defineAction({
  name: 'patient.activateSpace',
  actor: 'patient',
  label: 'Activer Mon espace santé',
  params: {},
  machines: [],
  resolve: ownSpace,
  core: (store, r) =>
    patientChangeOnCore(store, r.patientId, () => store.activateSpace({ patientId: r.patientId }), {
      activating: true,
    }),
  http: ({ client }, r) => patientChangeOverHttp(client, r.patientId, 'POST', '/mes/activation'),
});
