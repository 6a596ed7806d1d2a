/**
 * Emergency rules: break-glass (health professionals only, « urgence » motive, patient unable to consent)
 * and SAMU–Centre 15 regulation, each subject to the patient's prior emergency settings.
 * Sources: FAQ-CON-07; dmp-facts.md §4 (CSP L.1111-17, R.1111-48, Mon espace santé settings).
 */
import type { AccessMode } from '../model/history';
import type { EmergencySettings, Patient } from '../model/patient';
import { G15_PROFESSIONS, type Professional, type ProfessionCode } from '../model/professional';
import { defineRule } from './rule';

/**
 * FAQ-CON-07 and CSP L.1111-17 I: break-glass is open to health professionals only (TRE_G15
 * professions), never to a professional « à rôle » of RPPS+, a secretary or an osteopath.
 */
export const isHealthProfessional = defineRule({
  id: 'isHealthProfessional',
  faq: 'FAQ-CON-07',
  rules: ['R38'],
  summary:
    'Le bris de glace est réservé aux professionnels de santé (professions de santé enregistrées), pas aux professionnels à rôle du RPPS+.',
  sources: ['dmp-facts.md §4 (CSP L.1111-17 I)'],
  test: (profession: ProfessionCode) => Object.hasOwn(G15_PROFESSIONS, profession),
});

/** FAQ-CON-07: break-glass requires a typed « urgence » motive. */
export const hasBreakGlassMotive = defineRule({
  id: 'hasBreakGlassMotive',
  faq: 'FAQ-CON-07',
  rules: ['R38'],
  summary: "Le motif « urgence » de l'accès en bris de glace est renseigné.",
  test: (request: { readonly motive: string }) => request.motive.trim().length > 0,
});

/** FAQ-CON-07: break-glass is for a patient in danger who cannot express consent. */
export const isBreakGlassSituation = defineRule({
  id: 'isBreakGlassSituation',
  faq: 'FAQ-CON-07',
  rules: ['R38'],
  summary:
    "Le patient est en danger et hors d'état d'exprimer son consentement (coma, intubation, confusion).",
  test: (request: { readonly patientUnableToConsent: boolean }) => request.patientUnableToConsent,
});

/** FAQ-CON-07: the patient did not oppose break-glass access by other professionals beforehand. */
export const isBreakGlassAllowedByPatient = defineRule({
  id: 'isBreakGlassAllowedByPatient',
  faq: 'FAQ-CON-07',
  rules: [],
  summary:
    "Le patient ne s'est pas opposé par avance à l'accès en urgence des professionnels (réglage « bris de glace »).",
  sources: ['dmp-facts.md §4 (CSP L.1111-17 I, réglages Mon espace santé)'],
  test: (patient: Pick<Patient, 'emergency'>) => patient.emergency.allowOtherProfessionals,
});

/** FAQ-CON-07: the patient did not oppose access by the SAMU–Centre 15 regulator beforehand. */
export const isRegulationAllowedByPatient = defineRule({
  id: 'isRegulationAllowedByPatient',
  faq: 'FAQ-CON-07',
  rules: [],
  summary:
    "Le patient ne s'est pas opposé par avance à l'accès du médecin régulateur (SAMU – Centre 15).",
  sources: ['dmp-facts.md §4 (CSP L.1111-17 I)'],
  test: (patient: Pick<Patient, 'emergency'>) => patient.emergency.allowSamu,
});

/** FAQ-CON-07: only a regulating physician of a SAMU–Centre 15 uses the regulation mode. */
export const isRegulator = defineRule({
  id: 'isRegulator',
  faq: 'FAQ-CON-07',
  rules: [],
  summary:
    "Le professionnel est médecin régulateur d'un centre de réception et de régulation des appels.",
  sources: ['dmp-facts.md §4'],
  test: (professional: Pick<Professional, 'isRegulator' | 'profession'>) =>
    professional.isRegulator && professional.profession === '10',
});

/** FAQ-CON-07: after an emergency access the patient is informed (notification in Mon espace santé). */
export const requiresPatientInformation = defineRule({
  id: 'requiresPatientInformation',
  faq: 'FAQ-CON-07',
  rules: ['R39'],
  summary: 'Après un accès en urgence (bris de glace ou régulation), le patient est informé.',
  sources: ['dmp-facts.md §4 (CSP R.1111-48)'],
  test: (mode: AccessMode) => mode !== 'normal',
});

/** FAQ-CON-07: « masked documents in emergency » can be allowed only if one emergency access is allowed. */
export const areEmergencySettingsConsistent = defineRule({
  id: 'areEmergencySettingsConsistent',
  faq: 'FAQ-CON-07',
  rules: [],
  summary:
    "Le réglage « documents masqués consultables en urgence » suppose qu'au moins un accès d'urgence soit autorisé.",
  sources: ['dmp-facts.md §4 (application Mon espace santé)'],
  test: (settings: EmergencySettings) =>
    !settings.allowMaskedDocumentsInEmergency ||
    settings.allowSamu ||
    settings.allowOtherProfessionals,
});
