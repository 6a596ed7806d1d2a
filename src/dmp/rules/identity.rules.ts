/**
 * Identity rules: qualified INS, active DMP, traits search in service (announced feature), identity
 * found with certainty by traits.
 * Sources: FAQ-DEP-07, FAQ-INS-02, FAQ-PAT-01; dmp-facts.md §8.
 */
import type { Instant } from '../model/clock';
import { isFeatureOn, type FeatureSettings } from '../model/features';
import type { Patient } from '../model/patient';
import { defineRule } from './rule';

/** FAQ-DEP-07: a document is sent to the DMP only when the patient's INS is qualified. */
export const isInsQualified = defineRule({
  id: 'isInsQualified',
  faq: 'FAQ-DEP-07',
  rules: ['R14'],
  summary:
    "L'identité du patient est qualifiée (statut QUAL) : son matricule INS peut être utilisé.",
  sources: ['dmp-facts.md §8 (FR Core : INS partagé seulement si identité qualifiée)'],
  test: (patient: Pick<Patient, 'identityStatus'>) => patient.identityStatus === 'QUAL',
});

/** FAQ-PAT-01: the DMP exists and can be fed even when Mon espace santé was never activated. */
export const hasActiveDmp = defineRule({
  id: 'hasActiveDmp',
  faq: 'FAQ-PAT-01',
  rules: ['R42'],
  summary: "Le DMP est actif ; l'activation de Mon espace santé n'est pas nécessaire.",
  test: (patient: Pick<Patient, 'dmpStatus'>) => patient.dmpStatus === 'active',
});

/** FAQ-INS-02: a traits search shows a DMP only when exactly one identity matches. */
export const isUniqueTraitMatch = defineRule({
  id: 'isUniqueTraitMatch',
  faq: 'FAQ-INS-02',
  rules: ['R6'],
  summary:
    'La recherche par traits ne renvoie un DMP que si une seule identité correspond, avec certitude.',
  test: (matches: readonly unknown[]) => matches.length === 1,
});

/**
 * FAQ-INS-02: the traits search is only announced (September 2025, no date of service): it is off
 * at the simulated date unless the world switches it on explicitly.
 */
export const isTraitSearchAvailable = defineRule({
  id: 'isTraitSearchAvailable',
  faq: 'FAQ-INS-02',
  rules: [],
  summary:
    "La recherche par traits, annoncée en septembre 2025 sans date de mise en service, n'est disponible que si le monde simulé l'active.",
  sources: ['dmp-facts.md §8 (recherche par traits annoncée)'],
  test: (settings: FeatureSettings, now?: Instant) => isFeatureOn('traitSearch', settings, now),
});
