/** French labels of the professional session machine (see labels.ts). */
import type { ProSessionEvent } from './pro-session.machine';
import type { MachineLabels } from './labels';

export const PRO_SESSION_LABELS: MachineLabels<ProSessionEvent['type']> = {
  states: {
    idle: 'Aucune carte insérée',
    rejected: 'Carte refusée',
    depositOnly: 'Dépôt seulement (CPE)',
    session: 'Session de consultation',
    'session.search': 'Recherche du patient',
    'session.selected': 'Patient trouvé',
    'session.refused': 'Accès refusé',
    'session.blocked': '« Accès bloqué »',
    'session.access': "Décision d'accès",
    'session.access.choice': 'Accès demandé ou à demander',
    'session.access.consent': 'Consentement à recueillir',
    'session.consulting': 'Consultation du DMP',
  },
  events: {
    'ps.insertCard': 'Le professionnel insère sa carte',
    'ps.removeCard': 'Le professionnel retire sa carte',
    'ps.searchByIns': 'Recherche par matricule INS',
    'ps.searchByTraits': 'Recherche par traits',
    'ps.openDmp': 'Le professionnel ouvre le DMP',
    'ps.requestAccess': "Le professionnel demande l'accès",
    'ps.recordConsent': 'Le professionnel recueille le consentement',
    'ps.requestBreakGlass': 'Demande de bris de glace',
    'ps.requestRegulation': 'Demande du centre de régulation (SAMU – Centre 15)',
    'ps.openDocument': 'Le professionnel ouvre un document',
    'ps.closePatient': 'Le professionnel ferme le dossier',
  },
};
