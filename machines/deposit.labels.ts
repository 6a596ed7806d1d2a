/** French labels of the deposit machine (see labels.ts). */
import type { DepositEvent } from './deposit.machine';
import type { MachineLabels } from './labels';

export const DEPOSIT_LABELS: MachineLabels<DepositEvent['type']> = {
  states: {
    draft: 'Document en préparation',
    deposited: 'Document déposé',
    rejected: 'Dépôt impossible',
  },
  events: {
    'ps.chooseType': 'Le professionnel choisit le type de document',
    'ps.setVisibility': 'Le professionnel règle la visibilité',
    'ps.informPatient': 'Le professionnel informe le patient',
    'ps.syncClock': "Le poste remet son horloge à l'heure",
    'workstation.drift': "L'horloge du poste se décale",
    'patient.opposeDeposit': "Le patient s'oppose au dépôt",
    'ps.submit': 'Le professionnel dépose le document',
    'ps.newDocument': 'Nouveau document',
  },
};
