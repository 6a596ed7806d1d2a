/** `patient.setEmergencySettings`: who may reach the DMP in an emergency (SAMU, break-glass). */
import { z } from 'zod';
import { defineAction } from './define';
import { patientChangeOverHttp, verdictOf } from './play';

export const patientSetEmergencySettings = defineAction({
  name: 'patient.setEmergencySettings',
  actor: 'patient',
  label: "Régler l'accès en cas d'urgence",
  params: {
    allowSamu: z.boolean().describe('Autoriser le SAMU – Centre 15.'),
    allowOtherProfessionals: z
      .boolean()
      .describe('Autoriser les autres professionnels en bris de glace.'),
    allowMaskedDocumentsInEmergency: z
      .boolean()
      .describe('Rendre les documents masqués visibles en urgence.'),
  },
  machines: ['breakGlass'],
  resolve(action, { role }) {
    const { allowSamu, allowOtherProfessionals, allowMaskedDocumentsInEmergency } = action;
    return {
      request: {
        patientId: role.patient,
        settings: { allowSamu, allowOtherProfessionals, allowMaskedDocumentsInEmergency },
      },
      subject: role.patient,
    };
  },
  core: (store, r) => ({ verdict: verdictOf(store.setEmergencySettings(r)) }),
  http: ({ client }, r) =>
    patientChangeOverHttp(client, r.patientId, 'PUT', '/mes/emergency-settings', r.settings),
});
