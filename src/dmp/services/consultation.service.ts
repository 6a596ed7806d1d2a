/**
 * Use case « open a patient's DMP »: card, trainee status, access matrix, qualified INS, blocking,
 * then the mode: consent and opposition in normal mode, motive and emergency settings otherwise.
 */
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
  isHealthProfessional,
  isBreakGlassAllowedByPatient,
  isBreakGlassSituation,
  isRegulationAllowedByPatient,
  isRegulator,
  requiresPatientInformation,
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
import { assumptionLabel } from '../assumptions';
import { allow, restsOn, citeCell, deny, type Decision } from './decision';

/**
 * The FAQ says a blocked professional sees « accès bloqué »; it does not say whether blocking also
 * stops break-glass or the SAMU–Centre 15 regulator (dmp-facts.md §4, §13): simulator assumption.
 */
export const BLOCKING_IN_EMERGENCY_ASSUMPTION =
  "Hypothèse du simulateur (HS6) : la FAQ ne dit pas si le blocage vaut aussi en urgence (bris de glace, médecin régulateur du SAMU – Centre 15) ; le simulateur l'applique aussi.";

/** Everything needed to decide whether a professional may open a DMP. */
export interface ConsultationContext {
  readonly professional: Professional;
  readonly patient: Patient;
  readonly now: Instant;
  /** Current care episode (R32); a stay id for a stay-contract consent (R49). */
  readonly episodeId: string;
  readonly access: AccessRequest;
}

const BASE_CHECKS = [
  hasActiveDmp,
  hasConsultingCard,
  isTraineeAuthorised,
  isProfessionAllowedInSetting,
  isInsQualified,
  isBlockedFor,
];

/** Decide whether a professional may open the patient's DMP, in normal, break-glass or regulation mode. */
export function decideConsultation(ctx: ConsultationContext): Decision {
  const { professional: pro, patient } = ctx;
  if (!hasActiveDmp(patient)) {
    return deny(
      'DMP.DMP_CLOSED',
      'Le DMP de ce patient est fermé : il ne peut plus être consulté.',
      hasActiveDmp,
    );
  }
  if (!hasConsultingCard(pro.card)) {
    return deny(
      'DMP.CARD_CANNOT_CONSULT',
      'Une CPE, nominative ou non, ne permet jamais de consulter le DMP (elle sert au mieux à déposer). La consultation se fait avec une CPS, une e-CPS ou une CPF.',
      hasConsultingCard,
    );
  }
  if (!isTraineeAuthorised(pro)) {
    return deny(
      'DMP.TRAINEE_NOT_AUTHORISED',
      pro.orderRegistered
        ? 'Un interne se connecte au DMP avec son e-CPS ou sa CPF.'
        : "Un interne n'accède au DMP qu'une fois enregistré auprès de l'Ordre ; il se connecte alors avec une e-CPS ou une CPF.",
      isTraineeAuthorised,
    );
  }
  if (ctx.access.mode === 'bris-de-glace' && !isHealthProfessional(pro.profession)) {
    return deny(
      'DMP.BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY',
      `${professionLabelOf(pro)} : le bris de glace est réservé aux professionnels de santé.`,
      isHealthProfessional,
    );
  }
  if (!isProfessionAllowedInSetting(pro.profession, pro.setting)) {
    const cell = settingCell(pro.profession, pro.setting);
    const assumption = cell.assumption ? ` (${assumptionLabel('HS1')})` : '';
    return deny(
      cell.undocumented === true ? 'DMP.PROFESSION_UNDOCUMENTED' : 'DMP.PROFESSION_NOT_AUTHORISED',
      `${professionLabelOf(pro)} : ${cell.note.charAt(0).toLowerCase()}${cell.note.slice(1)}${assumption}`,
      citeCell(cell, isProfessionAllowedInSetting),
    );
  }
  if (!isInsQualified(patient)) {
    return deny(
      'DMP.INS_NOT_QUALIFIED',
      `Identité au statut ${patient.identityStatus} : le matricule INS ne peut être utilisé qu'une fois l'identité qualifiée (QUAL). Faites qualifier l'identité (identitovigilance). Que la consultation l'exige comme le dépôt est une ${assumptionLabel('HS5')}.`,
      isInsQualified,
      restsOn('HS5'),
    );
  }
  if (isBlockedFor(patient, pro)) {
    const who = patient.blocked.all
      ? '« Accès bloqué » : le patient a bloqué tous les professionnels depuis Mon espace santé.'
      : '« Accès bloqué » : le patient vous a bloqué depuis Mon espace santé.';
    return deny(
      'DMP.ACCESS_BLOCKED',
      ctx.access.mode === 'normal' ? who : `${who} ${BLOCKING_IN_EMERGENCY_ASSUMPTION}`,
      isBlockedFor,
      ...(ctx.access.mode === 'normal' ? [] : [restsOn('HS6')]),
    );
  }
  switch (ctx.access.mode) {
    case 'normal':
      return decideNormalMode(ctx);
    case 'bris-de-glace': {
      const request = ctx.access;
      if (!hasBreakGlassMotive(request)) {
        return deny(
          'DMP.BREAK_GLASS_MOTIVE_REQUIRED',
          "En bris de glace, le motif « urgence » de l'accès doit être renseigné.",
          hasBreakGlassMotive,
        );
      }
      if (!isBreakGlassSituation(request)) {
        return deny(
          'DMP.BREAK_GLASS_NOT_JUSTIFIED',
          'Le bris de glace est réservé au patient en danger qui ne peut pas consentir ; ici, recueillez son consentement.',
          isBreakGlassSituation,
        );
      }
      if (!isBreakGlassAllowedByPatient(patient)) {
        return deny(
          'DMP.EMERGENCY_ACCESS_REFUSED',
          "Le patient s'est opposé par avance à l'accès des professionnels en cas d'urgence.",
          isBreakGlassAllowedByPatient,
        );
      }
      // HS7: a traced opposition to consultation does not stop break-glass; only the emergency setting does.
      const opposed = hasOpposedToConsultation(patient, pro);
      return allow(
        'DMP.BREAK_GLASS_ALLOWED',
        'Accès en mode bris de glace autorisé, sans consentement : il est tracé avec votre motif.',
        [
          hasBreakGlassMotive,
          isBreakGlassSituation,
          isBreakGlassAllowedByPatient,
          requiresPatientInformation,
          ...(opposed ? [restsOn('HS7')] : []),
        ],
        [
          "Mode bris de glace affiché pendant toute la durée de l'accès.",
          'Le patient et son médecin traitant sont informés de cet accès ; informez aussi le patient vous-même dès que possible.',
          ...(opposed
            ? [
                `Une opposition à la consultation est tracée pour ce patient : elle n'empêche pas le bris de glace, seul un refus exprimé à l'avance dans ses réglages d'urgence l'empêche (${assumptionLabel('HS7')} : la FAQ ne traite pas ce cas).`,
              ]
            : []),
        ],
        [...BASE_CHECKS, isHealthProfessional],
      );
    }
    case 'centre-de-regulation':
      if (!isRegulator(pro)) {
        return deny(
          'DMP.NOT_A_REGULATOR',
          'Le mode « centre de régulation » est réservé au médecin régulateur du SAMU – Centre 15.',
          isRegulator,
        );
      }
      if (!isRegulationAllowedByPatient(patient)) {
        return deny(
          'DMP.EMERGENCY_ACCESS_REFUSED',
          "Le patient s'est opposé par avance à l'accès du SAMU – Centre 15 à son DMP.",
          isRegulationAllowedByPatient,
        );
      }
      return allow(
        'DMP.REGULATION_ALLOWED',
        'Accès du médecin régulateur autorisé : il est tracé et le patient en est informé.',
        [isRegulator, isRegulationAllowedByPatient, requiresPatientInformation],
        ['Accès en mode centre de régulation : le patient en sera informé.'],
        BASE_CHECKS,
      );
  }
}

function decideNormalMode(ctx: ConsultationContext): Decision {
  const { professional: pro, patient, now, episodeId } = ctx;
  if (hasOpposedToConsultation(patient, pro)) {
    return deny(
      'DMP.OPPOSITION',
      "Le patient s'est opposé à la consultation de son DMP ; cette opposition est tracée et doit être respectée.",
      hasOpposedToConsultation,
    );
  }
  if (hasValidConsent(patient, pro, episodeId, now)) {
    return allow(
      'DMP.CONSULTATION_ALLOWED',
      "Consultation autorisée : le consentement couvre l'épisode de soins en cours.",
      [
        citeCell(settingCell(pro.profession, pro.setting), isProfessionAllowedInSetting),
        hasValidConsent,
      ],
      [],
      [...BASE_CHECKS, hasOpposedToConsultation],
    );
  }
  const candidates = patient.consents.filter(
    (c) => c.episodeId === episodeId && scopeCovers(c.scope, pro),
  );
  if (candidates.some((c) => !isConsentGivenByEntitledPerson(patient, c, now))) {
    return deny(
      'DMP.CONSENT_GIVER_NOT_ENTITLED',
      isAdultAt(patient, now)
        ? 'Le patient est majeur : son consentement doit venir de lui (ou, hypothèse du simulateur (HS15), de la personne chargée de sa mesure de protection).'
        : 'Patient mineur : le consentement se recueille auprès de son représentant légal, sauf secret du mineur confié à vous pour cet épisode de soins.',
      isConsentGivenByEntitledPerson,
      ...(isAdultAt(patient, now) ? [restsOn('HS15')] : []),
    );
  }
  if (candidates.some((c) => !isProtectorInformed(patient, c))) {
    return deny(
      'DMP.PROTECTOR_NOT_INFORMED',
      "Majeur protégé : l'information doit aussi être délivrée à la personne chargée de la mesure de protection avec représentation relative à la personne.",
      isProtectorInformed,
    );
  }
  return deny(
    'DMP.CONSENT_REQUIRED',
    isAdultAt(patient, now)
      ? 'Aucun consentement ne couvre cet épisode de soins : recueillez-le (un accord oral suffit).'
      : 'Patient mineur : recueillez le consentement de son représentant légal pour cet épisode de soins.',
    hasValidConsent,
  );
}
