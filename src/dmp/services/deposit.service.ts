/**
 * Use cases « a professional deposits a document » and « the patient adds a document ». No
 * consent is needed to deposit (R40), but a card that deposits, a qualified INS, a synchronised
 * clock, no legitimate opposition and legal visibility choices are. Informing the patient is the
 * professional's duty, not a condition the DMP checks: `withInformationReminder` adds a reminder to
 * an accepted deposit when the software's checklist says the patient was not told.
 */
import type { Instant } from '../model/clock';
import {
  documentType,
  isDocumentTypeCode,
  type DocumentTypeCode,
} from '../model/document-types.data';
import type { Patient } from '../model/patient';
import { holdsMinorSecret } from '../rules/consent.rules';
import { isAdultAt } from '../rules/majority.rules';
import {
  feedsVaccinationBook,
  isDmpDocumentType,
  isMandatoryDepositType,
  isPatientDepositType,
  isPatientInformedOfDeposit,
  MEDICAL_SYNTHESIS_TYPE,
} from '../rules/deposit.rules';
import { hasActiveDmp } from '../rules/identity.rules';
import { isHiddenFromPatient } from '../rules/visibility.rules';
import type { FaqId } from '../faq';
import type { RuleId } from '../rules/rule-ids';
import { allowAfter, runChecks, type Check } from './check-list';
import { allow, deny, restsOn, type Allowed, type Decision } from './decision';
import { assumptionLabel, type AssumptionId } from '../assumptions';
import { isBlockedFor } from '../rules/blocking.rules';
import {
  DEPOSIT_CHECKS,
  SECRET_CONNECTION_CHECK,
  type DepositContext,
  type DocumentDraft,
} from './deposit.checks';
import type { Professional } from '../model/professional';
import { decidePatientSideAccess, type PatientSideViewer } from './patient-view.service';

export type { DepositContext, DocumentDraft } from './deposit.checks';

/** Decide whether a professional may deposit this document in the patient's DMP. */
export function decideDeposit(ctx: DepositContext, draft: DocumentDraft): Decision {
  const run = runChecks(DEPOSIT_CHECKS, { ...ctx, draft });
  if (run.refused) return run.decision;
  return acceptedDeposit(
    run.passed,
    { ...ctx, draft },
    isBlockedFor(ctx.patient, ctx.professional),
  );
}

/** What a deposit on a minor's profile reads: who deposits the document, for which episode. */
export type ProfileDepositInput = Pick<DepositContext, 'patient' | 'now' | 'episodeId'> & {
  readonly professional: Pick<Professional, 'id'>;
  readonly draft: Pick<DocumentDraft, 'typeCode' | 'visibility'>;
};

/**
 * The part of `decideDeposit` that a deposit known only by its document, author and episode can
 * decide (the majority machine: no card, clock or profession): the secret-connection check of
 * `DEPOSIT_CHECKS`, then the same positive decision (whether the author is blocked is not known, so
 * not said).
 */
export function decideProfileDeposit(input: ProfileDepositInput): Decision {
  const run = runChecks([SECRET_CONNECTION_CHECK], input);
  if (run.refused) return run.decision;
  return acceptedDeposit(run.passed, input, false);
}

/**
 * The positive decision of a deposit whose checks passed: the document type, then what the deposit
 * implies (obligations, Mon espace santé not activated, the minor's secret, a blocked author, a
 * document invisible to the patient).
 */
function acceptedDeposit<I>(
  passed: readonly Check<I>[],
  { professional: pro, patient, now, episodeId, draft }: ProfileDepositInput,
  blocked: boolean,
): Allowed {
  // The check `isDmpDocumentType` passed (or the document is stored): the type exists.
  const typeCode = draft.typeCode as DocumentTypeCode;
  const notices: string[] = [];
  if (typeCode === MEDICAL_SYNTHESIS_TYPE)
    notices.push(
      'Synthèse médicale (VSM) : son dépôt et sa mise à jour annuelle sont une obligation du médecin traitant.',
    );
  else if (isMandatoryDepositType(typeCode, now))
    notices.push('Document à verser obligatoirement (arrêté du 26 avril 2022).');
  if (feedsVaccinationBook(typeCode))
    notices.push('La note de vaccination enrichit le carnet de vaccination du patient.');
  if (!patient.mesActivated)
    notices.push(
      "Le patient n'a pas activé Mon espace santé : le document est tout de même versé dans son DMP.",
    );
  if (holdsMinorSecret(patient, pro.id, episodeId) && !isAdultAt(patient, now))
    notices.push(
      'Secret du mineur : ce document, déposé par le professionnel qui a reçu la demande de secret pour cet épisode de soins, reste invisible aux représentants légaux.',
    );
  if (blocked)
    notices.push(
      `Le patient vous a bloqué l'accès à son DMP : le blocage porte sur la consultation, vous pouvez encore déposer (${assumptionLabel('HS10')} : la FAQ ne décrit le blocage que pour l'accès au dossier).`,
    );
  if (draft.visibility.invisibleToPatient) {
    notices.push(
      'Invisible au patient : sans annonce, il est invité à consulter au bout de 2 semaines, et le document devient visible 1 mois après le dépôt.',
    );
  }
  return allowAfter(
    passed,
    'DMP.DEPOSIT_ALLOWED',
    `Dépôt accepté : « ${documentType(typeCode).label} ».`,
    {
      cited: [
        // Cited for « no consent needed » (R40); the information itself is never checked here.
        isPatientInformedOfDeposit,
        ...(draft.visibility.invisibleToPatient ? [isHiddenFromPatient] : []),
        ...(blocked ? [restsOn('HS10')] : []),
      ],
      notices,
      passed: [isHiddenFromPatient],
    },
  );
}

/** The reminder of the professional's duty to inform the patient of a deposit (R40, FAQ-CON-08). */
export const DEPOSIT_INFORMATION_REMINDER = `Rappel : informez le patient de ce dépôt. C'est votre devoir (aucun consentement n'est requis) ; le DMP ne le vérifie pas et n'a pas refusé le document pour autant (${assumptionLabel('HS13')} : la FAQ fait de l'information un devoir, sans dire que le DMP la contrôle).`;

/**
 * An accepted deposit with the reminder added when the software's checklist says the patient was
 * not informed (R40): the DMP's decision itself never depends on it.
 */
export function withInformationReminder<T extends ReminderTarget>(
  decision: T,
  checklist: { readonly patientInformed: boolean },
): T {
  if (!decision.allowed || isPatientInformedOfDeposit(checklist)) return decision;
  return {
    ...decision,
    rules: [...new Set([...decision.rules, ...isPatientInformedOfDeposit.rules])],
    faq: [...new Set([...decision.faq, isPatientInformedOfDeposit.faq])],
    notices: [...(decision.notices ?? []), DEPOSIT_INFORMATION_REMINDER],
    assumptions: [...new Set([...(decision.assumptions ?? []), 'HS13' as const])],
  };
}

/** What the reminder can be added to: a decision, or a verdict shaped like one. */
interface ReminderTarget {
  readonly allowed: boolean;
  readonly rules: readonly RuleId[];
  readonly faq: readonly FaqId[];
  readonly notices?: readonly string[];
  readonly assumptions?: readonly AssumptionId[];
}

/** Decide whether the patient (or a minor's current representative) may add a document of class 90. */
export function decidePatientDeposit(
  viewer: PatientSideViewer,
  patient: Patient,
  draft: DocumentDraft,
  now: Instant,
): Decision {
  if (!hasActiveDmp(patient))
    return deny('DMP.DMP_CLOSED', 'Le DMP de ce patient est fermé.', hasActiveDmp);
  const access = decidePatientSideAccess(viewer, patient, now);
  if (!access.allowed) return access;
  if (
    !isDmpDocumentType(draft.typeCode) ||
    !isDocumentTypeCode(draft.typeCode) ||
    !isPatientDepositType(draft.typeCode)
  ) {
    return deny(
      'DMP.PATIENT_DOCUMENT_TYPE_REQUIRED',
      'Le patient ajoute ses documents dans la rubrique Documents, avec un type « document déposé par le patient » (classe 90).',
      isPatientDepositType,
    );
  }
  return allow(
    'DMP.DEPOSIT_ALLOWED',
    'Document ajouté à la rubrique Documents de Mon espace santé.',
    [access, isPatientDepositType],
  );
}
