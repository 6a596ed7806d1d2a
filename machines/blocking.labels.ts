/** French labels of the blocking machine (see labels.ts). */
import type { BlockingEvent } from './blocking.machine';
import type { MachineLabels } from './labels';

export const BLOCKING_LABELS: MachineLabels<BlockingEvent['type']> = {
  states: {
    idle: "Pas encore de demande d'accès",
    blocked: '« Accès bloqué »',
    refused: 'Accès refusé',
    granted: 'Consultation autorisée',
  },
  events: {
    'patient.blockProfessional': 'Le patient bloque ce professionnel',
    'patient.unblockProfessional': 'Le patient débloque ce professionnel',
    'patient.blockAll': 'Le patient bloque tous les professionnels',
    'patient.unblockAll': 'Le patient débloque tous les professionnels',
    'patient.giveConsent': 'Le patient consent',
    'ps.requestAccess': "Le professionnel demande l'accès",
  },
};
