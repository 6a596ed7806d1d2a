/**
 * Blocking rule: the patient blocks one professional (by RPPS) or all of them; a blocked
 * professional sees « accès bloqué », whatever the mode. Sources: FAQ-PAT-03; dmp-facts.md §6.
 */
import type { Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import { defineRule } from './rule';

/** FAQ-PAT-03: the patient blocked this professional, or all professionals. */
export const isBlockedFor = defineRule({
  id: 'isBlockedFor',
  faq: 'FAQ-PAT-03',
  rules: ['R44'],
  summary: 'Le patient a bloqué ce professionnel (ou tous) : « accès bloqué ».',
  test: (patient: Pick<Patient, 'blocked'>, professional: Pick<Professional, 'rpps'>) =>
    patient.blocked.all ||
    (professional.rpps !== null && patient.blocked.rpps.includes(professional.rpps)),
});
