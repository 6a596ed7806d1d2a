/** French labels of the emergency access machine (see labels.ts). */
import type { BreakGlassEvent } from './break-glass.machine';
import type { MachineLabels } from './labels';

export const BREAK_GLASS_LABELS: MachineLabels<BreakGlassEvent['type']> = {
  states: {
    idle: "Pas d'accès d'urgence",
    active: 'Mode urgence affiché',
    closed: 'Accès terminé, patient informé',
  },
  events: {
    'patient.updateEmergencySettings': "Le patient règle l'accès d'urgence",
    'ps.requestBreakGlass': 'Demande de bris de glace',
    'ps.requestRegulation': 'Demande du centre de régulation (SAMU – Centre 15)',
    'ps.openDocument': 'Le professionnel ouvre un document',
    'session.end': "Fin de l'accès",
  },
};
