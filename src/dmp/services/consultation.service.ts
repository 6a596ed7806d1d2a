/**
 * Use case « open a patient's DMP »: the checks of the requested mode (`consultation.checks.ts`:
 * card, trainee status, access matrix, qualified INS, blocking, then opposition in normal mode,
 * motive and emergency settings otherwise), then, in normal mode, the consent.
 */
import { scopeCovers } from '../model/consent';
import { settingCell } from '../rules/access-matrix.data';
import { isProfessionAllowedInSetting } from '../rules/access.rules';
import { requiresPatientInformation } from '../rules/break-glass.rules';
import {
  hasValidConsent,
  isConsentGivenByEntitledPerson,
  isProtectorInformed,
} from '../rules/consent.rules';
import { isAdultAt } from '../rules/majority.rules';
import { hasOpposedToConsultation } from '../rules/consent.rules';
import { assumptionLabel } from '../assumptions';
import { allowAfter, runChecks, type Check } from './check-list';
import { CONSULTATION_CHECKS, type ConsultationContext } from './consultation.checks';
import { restsOn, citeCell, deny, type Decision } from './decision';

export { BLOCKING_IN_EMERGENCY_ASSUMPTION } from './consultation.checks';
export type { ConsultationContext } from './consultation.checks';

/** Decide whether a professional may open the patient's DMP, in normal, break-glass or regulation mode. */
export function decideConsultation(ctx: ConsultationContext): Decision {
  const run = runChecks(CONSULTATION_CHECKS[ctx.access.mode], ctx);
  if (run.refused) return run.decision;
  switch (ctx.access.mode) {
    case 'normal':
      return decideNormalMode(ctx, run.passed);
    case 'bris-de-glace': {
      // HS7: a traced opposition to consultation does not stop break-glass; only the emergency setting does.
      const opposed = hasOpposedToConsultation(ctx.patient, ctx.professional);
      return allowAfter(
        run.passed,
        'DMP.BREAK_GLASS_ALLOWED',
        'Accès en mode bris de glace autorisé, sans consentement : il est tracé avec votre motif.',
        {
          cited: [requiresPatientInformation, ...(opposed ? [restsOn('HS7')] : [])],
          notices: [
            "Mode bris de glace affiché pendant toute la durée de l'accès.",
            'Le patient et son médecin traitant sont informés de cet accès ; informez aussi le patient vous-même dès que possible.',
            ...(opposed
              ? [
                  `Une opposition à la consultation est tracée pour ce patient : elle n'empêche pas le bris de glace, seul un refus exprimé à l'avance dans ses réglages d'urgence l'empêche (${assumptionLabel('HS7')} : la FAQ ne traite pas ce cas).`,
                ]
              : []),
          ],
        },
      );
    }
    case 'centre-de-regulation':
      return allowAfter(
        run.passed,
        'DMP.REGULATION_ALLOWED',
        'Accès du médecin régulateur autorisé : il est tracé et le patient en est informé.',
        {
          cited: [requiresPatientInformation],
          notices: ['Accès en mode centre de régulation : le patient en sera informé.'],
        },
      );
  }
}

/** Normal mode, once its checks passed: the consent decides. */
function decideNormalMode(
  ctx: ConsultationContext,
  passed: readonly Check<ConsultationContext>[],
): Decision {
  const { professional: pro, patient, now, episodeId } = ctx;
  if (hasValidConsent(patient, pro, episodeId, now)) {
    return allowAfter(
      passed,
      'DMP.CONSULTATION_ALLOWED',
      "Consultation autorisée : le consentement couvre l'épisode de soins en cours.",
      {
        cited: [
          citeCell(settingCell(pro.profession, pro.setting), isProfessionAllowedInSetting),
          hasValidConsent,
        ],
      },
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
