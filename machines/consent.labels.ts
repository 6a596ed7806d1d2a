/** French labels of the consent machine (see labels.ts). */
import type { ConsentEvent } from './consent.machine';
import type { MachineLabels } from './labels';

export const CONSENT_LABELS: MachineLabels<ConsentEvent['type']> = {
  states: {
    unknown: 'Consentement non vérifié',
    required: 'Consentement à recueillir',
    granted: 'Consentement valable',
    opposed: 'Opposition du patient',
  },
  events: {
    'ps.checkConsent': 'Le professionnel vérifie le consentement',
    'ps.recordConsent': 'Le professionnel recueille le consentement',
    'patient.oppose': "Le patient s'oppose",
    'patient.liftOpposition': 'Le patient lève son opposition',
    'ps.startEpisode': 'Nouvel épisode de soins',
    'clock.advance': 'Le temps passe',
  },
};
