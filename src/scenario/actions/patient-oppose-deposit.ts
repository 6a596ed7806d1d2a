/** `patient.opposeDeposit`: the patient opposes deposits, for a legitimate reason (all or one professional). */
import { z } from 'zod';
import { professionalRef } from '../format/base';
import { defineAction } from './define';
import { patientChangeOnCore, patientChangeOverHttp } from './play';

const scopeOf = (professionalId: string | null) =>
  professionalId === null
    ? ({ kind: 'all' } as const)
    : ({ kind: 'professional', professionalId } as const);

export const patientOpposeDeposit = defineAction({
  name: 'patient.opposeDeposit',
  actor: 'patient',
  label: "S'opposer au dépôt de documents, pour un motif légitime",
  params: {
    reason: z
      .string()
      .default('')
      .describe('Motif légitime saisi par le patient (vide : le DMP le réclame).'),
    professional: professionalRef(
      'Professionnel visé (par défaut : tous les professionnels).',
    ).optional(),
  },
  machines: ['deposit'],
  resolve: (action, { role }) => ({
    request: {
      patientId: role.patient,
      reason: action.reason,
      /** The professional the opposition targets, or null for every professional. */
      professionalId: action.professional ?? null,
    },
    subject: role.patient,
  }),
  core: (store, r) =>
    patientChangeOnCore(store, r.patientId, () =>
      store.recordOpposition({
        patientId: r.patientId,
        professionalId: null,
        kind: 'deposit',
        scope: scopeOf(r.professionalId),
        reason: r.reason,
        channel: 'mon-espace-sante',
      }),
    ),
  http: ({ client }, r) =>
    patientChangeOverHttp(client, r.patientId, 'POST', '/mes/oppositions', {
      kind: 'deposit',
      scope: scopeOf(r.professionalId),
      reason: r.reason,
    }),
});
