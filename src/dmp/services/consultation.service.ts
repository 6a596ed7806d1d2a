/**
 * Use case « open a patient's DMP »: the checks of the requested mode (`consultation.checks.ts`:
 * card, trainee status, access matrix, qualified INS, blocking, then opposition and consent in
 * normal mode, motive and emergency settings otherwise), then the positive decision of the mode.
 */
import { settingCell } from '../rules/access-matrix.data';
import { isProfessionAllowedInSetting } from '../rules/access.rules';
import { requiresPatientInformation } from '../rules/break-glass.rules';
import { hasOpposedToConsultation } from '../rules/consent.rules';
import { assumptionLabel } from '../assumptions';
import { allowAfter, runChecks } from './check-list';
import { CONSULTATION_CHECKS, type ConsultationContext } from './consultation.checks';
import { restsOn, citeCell, type Decision } from './decision';

export { BLOCKING_IN_EMERGENCY_ASSUMPTION } from './consultation.checks';
export type { ConsultationContext } from './consultation.checks';

/** Decide whether a professional may open the patient's DMP, in normal, break-glass or regulation mode. */
export function decideConsultation(ctx: ConsultationContext): Decision {
  const run = runChecks(CONSULTATION_CHECKS[ctx.access.mode], ctx);
  if (run.refused) return run.decision;
  switch (ctx.access.mode) {
    case 'normal':
      // The consent granted it, with the professional's own cell of the access matrix.
      return allowAfter(
        run.passed,
        'DMP.CONSULTATION_ALLOWED',
        "Consultation autorisée : le consentement couvre l'épisode de soins en cours.",
        {
          citedFirst: [
            citeCell(
              settingCell(ctx.professional.profession, ctx.professional.setting),
              isProfessionAllowedInSetting,
            ),
          ],
        },
      );
    case 'break-glass': {
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
    case 'regulation-centre':
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
