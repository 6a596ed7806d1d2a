/** French labels of the minor-to-adult machine (see labels.ts). */
import type { MajorityEvent } from './majority.machine';
import type { MachineLabels } from './labels';

export const MAJORITY_LABELS: MachineLabels<MajorityEvent['type']> = {
  states: {
    attached: 'Mineur : profil rattaché au représentant',
    detached: 'Majeur : profil détaché',
  },
  events: {
    'clock.advance': 'Le temps passe',
    'representative.openDocument': 'Le représentant légal ouvre un document',
    'patient.openDocument': 'Le patient ouvre un document',
    'patient.activateOwnAccount': 'Le jeune majeur active son propre compte',
    'minor.requestSecretConnection': 'Le mineur demande une connexion secrète',
    'ps.depositDocument': 'Un professionnel dépose un document',
  },
};
