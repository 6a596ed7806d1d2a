/**
 * `ps.breakGlass`: access to the DMP in an emergency without the patient's consent, with a motive
 * (break-glass); the access stays in force for the next documents of that patient.
 */
import { z } from 'zod';
import { breakGlass } from '../../dmp/index';
import { defineAction } from './define';
import { keepAccess, openOnCore, openOverHttp } from './ps-open-dmp';
import { episodeParam, patientParam } from './params';
import { professionalTarget } from './play';

export const psBreakGlass = defineAction({
  name: 'ps.breakGlass',
  actor: 'professional',
  label: 'Accéder en mode bris de glace, avec un motif',
  params: {
    patient: patientParam,
    episode: episodeParam,
    motive: z.string().default('').describe('Motif « urgence » saisi (vide : le DMP le réclame).'),
    patientUnableToConsent: z
      .boolean()
      .default(true)
      .describe("Le patient est hors d'état de consentir."),
  },
  machines: ['breakGlass', 'proSession'],
  resolve(action, ctx) {
    const { professionalId, patientId, episodeId } = professionalTarget(action, ctx);
    const access = breakGlass(action.motive, action.patientUnableToConsent);
    return { request: { professionalId, patientId, episodeId, access }, subject: patientId };
  },
  session: keepAccess,
  core: openOnCore,
  http: openOverHttp,
});
