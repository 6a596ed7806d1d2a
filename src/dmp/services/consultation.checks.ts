/**
 * The ordered checks of « open a patient's DMP », written once: `decideConsultation` runs the list
 * of the requested mode (first refusal wins) and the machines build their guards and refusal
 * transitions from the same checks (decision 042). Every mode starts with the professional's checks
 * (DMP active, card, trainee) and the patient's (profession in its setting, qualified INS,
 * « accès bloqué »); break-glass adds « health professionals only » before them and its own three
 * checks after; regulation its two; normal mode the patient's opposition, then the consent.
 * Sources: FAQ-ACC-01…03, FAQ-CNX-05, FAQ-DEP-07, FAQ-PAT-01, FAQ-PAT-03, FAQ-CON-01, FAQ-CON-02,
 * FAQ-CON-04, FAQ-CON-06, FAQ-CON-07.
 */
import { assumptionLabel } from '../assumptions';
import type { AccessRequest } from '../model/access-request';
import type { Instant } from '../model/clock';
import { scopeCovers } from '../model/consent';
import type { Patient } from '../model/patient';
import { professionLabelOf, type Professional } from '../model/professional';
import { settingCell } from '../rules/access-matrix.data';
import { isProfessionAllowedInSetting } from '../rules/access.rules';
import { isBlockedFor } from '../rules/blocking.rules';
import {
  hasBreakGlassMotive,
  isBreakGlassAllowedByPatient,
  isBreakGlassSituation,
  isHealthProfessional,
  isRegulationAllowedByPatient,
  isRegulator,
} from '../rules/break-glass.rules';
import { hasConsultingCard, isTraineeAuthorised } from '../rules/cards.rules';
import {
  hasOpposedToConsultation,
  hasValidConsent,
  isConsentGivenByEntitledPerson,
  isProtectorInformed,
} from '../rules/consent.rules';
import { hasActiveDmp, isInsQualified } from '../rules/identity.rules';
import { isAdultAt } from '../rules/majority.rules';
import { defineCheck } from './check-list';
import { citeCell, restsOn } from './decision';

/** Everything needed to decide whether a professional may open a DMP. */
export interface ConsultationContext {
  readonly professional: Professional;
  readonly patient: Patient;
  readonly now: Instant;
  /** Current care episode (R32); a stay id for a stay-contract consent (R49). */
  readonly episodeId: string;
  readonly access: AccessRequest;
}

/** What the consultation checks read (a machine's context plus the requested access is one). */
export type ConsultationCheckInput = Pick<
  ConsultationContext,
  'professional' | 'patient' | 'access'
>;

/**
 * The FAQ says a blocked professional sees « accès bloqué »; it does not say whether blocking also
 * stops break-glass or the SAMU–Centre 15 regulator (dmp-facts.md §4, §13): simulator assumption.
 */
export const BLOCKING_IN_EMERGENCY_ASSUMPTION =
  "Hypothèse du simulateur (HS6) : la FAQ ne dit pas si le blocage vaut aussi en urgence (bris de glace, médecin régulateur du SAMU – Centre 15) ; le simulateur l'applique aussi.";

/** The professional's checks, first in every mode. */
export const PROFESSIONAL_CHECKS = [
  defineCheck({
    rule: hasActiveDmp,
    holds: (i: ConsultationCheckInput) => hasActiveDmp(i.patient),
    code: 'DMP.DMP_CLOSED',
    explanation: 'Le DMP de ce patient est fermé : il ne peut plus être consulté.',
    description: 'Refusé : le DMP de ce patient est fermé.',
  }),
  defineCheck({
    rule: hasConsultingCard,
    holds: (i: ConsultationCheckInput) => hasConsultingCard(i.professional.card),
    code: 'DMP.CARD_CANNOT_CONSULT',
    explanation:
      'Une CPE, nominative ou non, ne permet jamais de consulter le DMP (elle sert au mieux à déposer). La consultation se fait avec une CPS, une e-CPS ou une CPF.',
    description: 'Refusé : une CPE ne permet jamais de consulter le DMP.',
  }),
  defineCheck({
    rule: isTraineeAuthorised,
    holds: (i: ConsultationCheckInput) => isTraineeAuthorised(i.professional),
    code: 'DMP.TRAINEE_NOT_AUTHORISED',
    explanation: ({ professional }: ConsultationCheckInput) =>
      professional.orderRegistered
        ? 'Un interne se connecte au DMP avec son e-CPS ou sa CPF.'
        : "Un interne n'accède au DMP qu'une fois enregistré auprès de l'Ordre ; il se connecte alors avec une e-CPS ou une CPF.",
    description: "Refusé : interne non inscrit à l'Ordre, ou sans e-CPS ni CPF.",
  }),
] as const;

/** Break-glass only: it is reserved to health professionals (checked before the access matrix). */
export const HEALTH_PROFESSIONAL_CHECK = defineCheck({
  rule: isHealthProfessional,
  holds: (i: ConsultationCheckInput) => isHealthProfessional(i.professional.profession),
  code: 'DMP.BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY',
  explanation: ({ professional }: ConsultationCheckInput) =>
    `${professionLabelOf(professional)} : le bris de glace est réservé aux professionnels de santé.`,
  description: 'Refusé : le bris de glace est réservé aux professionnels de santé.',
});

/** The checks on this professional and this patient, after the professional's own (blocking apart). */
export const PATIENT_CHECKS = [
  defineCheck({
    rule: isProfessionAllowedInSetting,
    holds: ({ professional: pro }: ConsultationCheckInput) =>
      isProfessionAllowedInSetting(pro.profession, pro.setting),
    code: ({ professional: pro }: ConsultationCheckInput) =>
      settingCell(pro.profession, pro.setting).undocumented === true
        ? 'DMP.PROFESSION_UNDOCUMENTED'
        : 'DMP.PROFESSION_NOT_AUTHORISED',
    explanation: ({ professional: pro }: ConsultationCheckInput) => {
      const cell = settingCell(pro.profession, pro.setting);
      const assumption = cell.assumption ? ` (${assumptionLabel('HS1')})` : '';
      return `${professionLabelOf(pro)} : ${cell.note.charAt(0).toLowerCase()}${cell.note.slice(1)}${assumption}`;
    },
    cites: ({ professional: pro }: ConsultationCheckInput) =>
      citeCell(settingCell(pro.profession, pro.setting), isProfessionAllowedInSetting),
    description:
      "Profession non habilitée dans ce mode d'exercice (ostéopathe, ergothérapeute libéral, secrétariat…).",
  }),
  defineCheck({
    rule: isInsQualified,
    holds: (i: ConsultationCheckInput) => isInsQualified(i.patient),
    code: 'DMP.INS_NOT_QUALIFIED',
    explanation: ({ patient }: ConsultationCheckInput) =>
      `Identité au statut ${patient.identityStatus} : le matricule INS ne peut être utilisé qu'une fois l'identité qualifiée (QUAL). Faites qualifier l'identité (identitovigilance). Que la consultation l'exige comme le dépôt est une ${assumptionLabel('HS5')}.`,
    alsoCites: [restsOn('HS5')],
    description: 'Identité non qualifiée : le matricule INS ne peut pas être utilisé.',
  }),
] as const;

/** « Accès bloqué », after the eligibility checks and before those of the mode. */
export const BLOCKING_CHECK = defineCheck({
  rule: isBlockedFor,
  holds: (i: ConsultationCheckInput) => isBlockedFor(i.patient, i.professional),
  passesWhen: false,
  code: 'DMP.ACCESS_BLOCKED',
  explanation: ({ patient, access }: ConsultationCheckInput) => {
    const who = patient.blocked.all
      ? '« Accès bloqué » : le patient a bloqué tous les professionnels depuis Mon espace santé.'
      : '« Accès bloqué » : le patient vous a bloqué depuis Mon espace santé.';
    return access.mode === 'normal' ? who : `${who} ${BLOCKING_IN_EMERGENCY_ASSUMPTION}`;
  },
  alsoCites: ({ access }: ConsultationCheckInput) =>
    access.mode === 'normal' ? [] : [restsOn('HS6')],
  description: '« Accès bloqué » : le patient a bloqué ce professionnel (ou tous).',
});

/** The break-glass mode's own checks, after the common ones. */
export const BREAK_GLASS_MODE_CHECKS = [
  defineCheck({
    rule: hasBreakGlassMotive,
    holds: ({ access }: ConsultationCheckInput) =>
      access.mode === 'break-glass' && hasBreakGlassMotive(access),
    code: 'DMP.BREAK_GLASS_MOTIVE_REQUIRED',
    explanation: "En bris de glace, le motif « urgence » de l'accès doit être renseigné.",
    description: 'Refusé : le motif « urgence » est obligatoire.',
    correctable: true,
    role: 'grants',
  }),
  defineCheck({
    rule: isBreakGlassSituation,
    holds: ({ access }: ConsultationCheckInput) =>
      access.mode === 'break-glass' && isBreakGlassSituation(access),
    code: 'DMP.BREAK_GLASS_NOT_JUSTIFIED',
    explanation:
      'Le bris de glace est réservé au patient en danger qui ne peut pas consentir ; ici, recueillez son consentement.',
    description:
      "Refusé : le bris de glace est réservé au patient en danger, hors d'état de consentir.",
    correctable: true,
    role: 'grants',
  }),
  defineCheck({
    rule: isBreakGlassAllowedByPatient,
    holds: (i: ConsultationCheckInput) => isBreakGlassAllowedByPatient(i.patient),
    code: 'DMP.EMERGENCY_ACCESS_REFUSED',
    explanation:
      "Le patient s'est opposé par avance à l'accès des professionnels en cas d'urgence.",
    description: "Refusé : le patient s'est opposé par avance à l'accès en urgence.",
    correctable: true,
    role: 'grants',
  }),
] as const;

/** The regulation mode's own checks, after the common ones. */
export const REGULATION_MODE_CHECKS = [
  defineCheck({
    rule: isRegulator,
    holds: (i: ConsultationCheckInput) => isRegulator(i.professional),
    code: 'DMP.NOT_A_REGULATOR',
    explanation:
      'Le mode « centre de régulation » est réservé au médecin régulateur du SAMU – Centre 15.',
    description: 'Refusé : ce mode est réservé au médecin régulateur du SAMU – Centre 15.',
    correctable: true,
    role: 'grants',
  }),
  defineCheck({
    rule: isRegulationAllowedByPatient,
    holds: (i: ConsultationCheckInput) => isRegulationAllowedByPatient(i.patient),
    code: 'DMP.EMERGENCY_ACCESS_REFUSED',
    explanation: "Le patient s'est opposé par avance à l'accès du SAMU – Centre 15 à son DMP.",
    description: "Refusé : le patient s'est opposé par avance à l'accès du SAMU – Centre 15.",
    correctable: true,
    role: 'grants',
  }),
] as const;

/** What the normal mode's consent check reads: the care episode and the date as well. */
type ConsentCheckInput = ConsultationCheckInput & Pick<ConsultationContext, 'episodeId' | 'now'>;

/**
 * Why no consent covers this episode: a consent for it, covering the professional, came from
 * someone who may not give it (`giver`) or without informing the protector (`protector`), or there
 * is none (`none`).
 */
function missingConsent({ patient, professional, episodeId, now }: ConsentCheckInput) {
  const candidates = patient.consents.filter(
    (c) => c.episodeId === episodeId && scopeCovers(c.scope, professional),
  );
  if (candidates.some((c) => !isConsentGivenByEntitledPerson(patient, c, now))) return 'giver';
  return candidates.some((c) => !isProtectorInformed(patient, c)) ? 'protector' : 'none';
}

/**
 * Normal mode: a consent covers the care episode (R32). Refused with what is wrong with the
 * consents recorded for it, if any: a giver not entitled (R33), a protector not informed (R37).
 */
export const CONSENT_CHECK = defineCheck({
  rule: hasValidConsent,
  holds: (i: ConsentCheckInput) => hasValidConsent(i.patient, i.professional, i.episodeId, i.now),
  code: (i: ConsentCheckInput) =>
    (
      ({
        giver: 'DMP.CONSENT_GIVER_NOT_ENTITLED',
        protector: 'DMP.PROTECTOR_NOT_INFORMED',
        none: 'DMP.CONSENT_REQUIRED',
      }) as const
    )[missingConsent(i)],
  explanation: (i: ConsentCheckInput) => {
    const adult = isAdultAt(i.patient, i.now);
    switch (missingConsent(i)) {
      case 'giver':
        return adult
          ? 'Le patient est majeur : son consentement doit venir de lui (ou, hypothèse du simulateur (HS15), de la personne chargée de sa mesure de protection).'
          : 'Patient mineur : le consentement se recueille auprès de son représentant légal, sauf secret du mineur confié à vous pour cet épisode de soins.';
      case 'protector':
        return "Majeur protégé : l'information doit aussi être délivrée à la personne chargée de la mesure de protection avec représentation relative à la personne.";
      case 'none':
        return adult
          ? 'Aucun consentement ne couvre cet épisode de soins : recueillez-le (un accord oral suffit).'
          : 'Patient mineur : recueillez le consentement de son représentant légal pour cet épisode de soins.';
    }
  },
  cites: (i: ConsentCheckInput) =>
    ({
      giver: isConsentGivenByEntitledPerson,
      protector: isProtectorInformed,
      none: hasValidConsent,
    })[missingConsent(i)],
  alsoCites: (i: ConsentCheckInput) =>
    missingConsent(i) === 'giver' && isAdultAt(i.patient, i.now) ? [restsOn('HS15')] : [],
  description: 'Aucun consentement valable ne couvre cet épisode de soins : il faut le recueillir.',
  role: 'grants',
});

/** Normal mode: the patient's opposition, then a consent for the care episode (R32). */
export const NORMAL_MODE_CHECKS = [
  defineCheck({
    rule: hasOpposedToConsultation,
    holds: (i: ConsultationCheckInput) => hasOpposedToConsultation(i.patient, i.professional),
    passesWhen: false,
    code: 'DMP.OPPOSITION',
    explanation:
      "Le patient s'est opposé à la consultation de son DMP ; cette opposition est tracée et doit être respectée.",
    description: 'Refusé : opposition tracée à la consultation.',
  }),
  CONSENT_CHECK,
] as const;

/** Who may open this DMP at all, in each mode: the checks before « accès bloqué ». */
export const ELIGIBILITY_CHECKS = {
  normal: [...PROFESSIONAL_CHECKS, ...PATIENT_CHECKS],
  'break-glass': [...PROFESSIONAL_CHECKS, HEALTH_PROFESSIONAL_CHECK, ...PATIENT_CHECKS],
  'regulation-centre': [...PROFESSIONAL_CHECKS, ...PATIENT_CHECKS],
} as const;

/** The ordered checks of each access mode. */
export const CONSULTATION_CHECKS = {
  normal: [...ELIGIBILITY_CHECKS.normal, BLOCKING_CHECK, ...NORMAL_MODE_CHECKS],
  'break-glass': [...ELIGIBILITY_CHECKS['break-glass'], BLOCKING_CHECK, ...BREAK_GLASS_MODE_CHECKS],
  'regulation-centre': [
    ...ELIGIBILITY_CHECKS['regulation-centre'],
    BLOCKING_CHECK,
    ...REGULATION_MODE_CHECKS,
  ],
} as const;
