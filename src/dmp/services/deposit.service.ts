/**
 * Use cases « a professional deposits a document » and « the patient adds a document ». No
 * consent is needed to deposit (R40), but a card that deposits, a qualified INS, a synchronised
 * clock, no legitimate opposition and legal visibility choices are. Informing the patient is the
 * professional's duty, not a condition the DMP checks: `withInformationReminder` adds a reminder to
 * an accepted deposit when the software's checklist says the patient was not told.
 */
import { CLOCK_SKEW_TOLERANCE_MS, type Instant, type IsoDate } from '../model/clock';
import type { VisibilityFlags } from '../model/document';
import { documentType, isDocumentTypeCode } from '../model/document-types.data';
import { patientMailboxAddress } from '../model/ins';
import type { Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import { isBlockedFor } from '../rules/blocking.rules';
import { hasDepositingCard, isTraineeAuthorised } from '../rules/cards.rules';
import { holdsMinorSecret } from '../rules/consent.rules';
import { isAdultAt } from '../rules/majority.rules';
import {
  feedsVaccinationBook,
  hasDepositOpposition,
  isClockInSync,
  isDmpDocumentType,
  isMandatoryDepositType,
  isPatientDepositType,
  isPatientInformedOfDeposit,
  isProfessionAllowedToDeposit,
  isProfessionAllowedToDepositType,
  MEDICAL_SYNTHESIS_TYPE,
} from '../rules/deposit.rules';
import { hasActiveDmp, isInsQualified } from '../rules/identity.rules';
import {
  isHiddenFromPatient,
  isSecretConnectionCompliant,
  isVisibilityCombinationAllowed,
} from '../rules/visibility.rules';
import type { FaqId } from '../faq';
import type { RuleId } from '../rules/rule-ids';
import { assumptionLabel, type AssumptionId } from '../assumptions';
import { allow, deny, restsOn, type Decision } from './decision';
import { decidePatientSideAccess, type PatientSideViewer } from './patient-view.service';

/** A document about to be deposited. */
export interface DocumentDraft {
  /** Any string: unknown types (« allergies », « convocation ») are refused with an explanation. */
  readonly typeCode: string;
  readonly title: string;
  readonly serviceDate: IsoDate;
  readonly visibility: VisibilityFlags;
  readonly summary: string;
}

/** Everything needed to decide a professional's deposit. */
export interface DepositContext {
  readonly professional: Professional;
  readonly patient: Patient;
  readonly now: Instant;
  /** Offset of the workstation clock from real time, in ms (positive = ahead, R18). */
  readonly workstationSkewMs: number;
  /** Clock tolerance; defaults to `CLOCK_SKEW_TOLERANCE_MS`. */
  readonly toleranceMs?: number;
  /** Episode of care the deposit belongs to: a minor's secret binds one professional and one episode. */
  readonly episodeId?: string | undefined;
}

function unknownTypeExplanation(typeCode: string, patient: Patient): string {
  if (/allerg/i.test(typeCode)) {
    return "Il n'existe pas de type de document « allergies » : notez les allergies dans un document déposé, par exemple la synthèse médicale.";
  }
  return `Ce type de document n'existe pas dans le DMP. Pour un document non officiel (convocation, planning…), écrivez au patient par messagerie sécurisée : ${patientMailboxAddress(patient.ins)}.`;
}

/** Decide whether a professional may deposit this document in the patient's DMP. */
export function decideDeposit(ctx: DepositContext, draft: DocumentDraft): Decision {
  const { professional: pro, patient, now } = ctx;
  if (!hasActiveDmp(patient))
    return deny(
      'DMP.DMP_CLOSED',
      'Le DMP de ce patient est fermé : aucun dépôt possible.',
      hasActiveDmp,
    );
  if (!hasDepositingCard(pro.card)) {
    return deny(
      'DMP.CARD_CANNOT_DEPOSIT',
      "Une CPE non nominative ne permet pas d'alimenter le DMP : il faut une CPE nominative, une CPS, une e-CPS ou une CPF.",
      hasDepositingCard,
    );
  }
  if (!isTraineeAuthorised(pro)) {
    return deny(
      'DMP.TRAINEE_NOT_AUTHORISED',
      "Un interne n'accède au DMP qu'une fois enregistré auprès de l'Ordre, avec une e-CPS ou une CPF.",
      isTraineeAuthorised,
    );
  }
  if (!isProfessionAllowedToDeposit(pro.profession)) {
    return deny(
      'DMP.PROFESSION_NOT_AUTHORISED',
      `Les ostéopathes n'ont aucun accès au DMP ; le simulateur l'applique aussi au dépôt (${assumptionLabel('HS14')} : la FAQ ne parle pas du dépôt pour eux).`,
      isProfessionAllowedToDeposit,
      restsOn('HS14'),
    );
  }
  if (!isInsQualified(patient)) {
    return deny(
      'DMP.INS_NOT_QUALIFIED',
      `Identité au statut ${patient.identityStatus} : l'envoi au DMP exige une INS qualifiée, pour verser le document dans le dossier du bon patient.`,
      isInsQualified,
    );
  }
  if (!isClockInSync(ctx.workstationSkewMs, ctx.toleranceMs ?? CLOCK_SKEW_TOLERANCE_MS)) {
    const minutes = Math.round(Math.abs(ctx.workstationSkewMs) / 60000);
    return deny(
      'DMP.CLOCK_SKEW',
      `L'horloge de votre poste est décalée d'environ ${minutes} min : synchronisez l'heure de l'ordinateur sur Internet, puis renvoyez le document. (La tolérance appliquée, ${CLOCK_SKEW_TOLERANCE_MS / 60000} minutes par défaut, est une ${assumptionLabel('HS3')} : la FAQ ne la publie pas.)`,
      isClockInSync,
      restsOn('HS3'),
    );
  }
  if (hasDepositOpposition(patient, pro)) {
    return deny(
      'DMP.DEPOSIT_OPPOSITION',
      "Le patient s'est opposé au dépôt pour un motif légitime : le document ne peut pas être versé.",
      hasDepositOpposition,
    );
  }
  const typeCode = draft.typeCode;
  // The second test only narrows the type; `isDmpDocumentType` is the rule.
  if (!isDmpDocumentType(typeCode) || !isDocumentTypeCode(typeCode)) {
    return deny(
      'DMP.UNKNOWN_DOCUMENT_TYPE',
      unknownTypeExplanation(typeCode, patient),
      isDmpDocumentType,
    );
  }
  if (isPatientDepositType(typeCode)) {
    return deny(
      'DMP.DOCUMENT_TYPE_RESERVED_FOR_PATIENT',
      'Ce type (classe 90) est réservé aux documents que le patient ajoute lui-même.',
      isPatientDepositType,
    );
  }
  if (!isVisibilityCombinationAllowed(draft.visibility)) {
    return deny(
      'DMP.VISIBILITY_COMBINATION',
      'Un document ne peut pas être à la fois invisible au patient et masqué aux professionnels.',
      isVisibilityCombinationAllowed,
    );
  }
  if (!isSecretConnectionCompliant(patient, pro.id, ctx.episodeId, draft.visibility, now)) {
    return deny(
      'DMP.SECRET_CONNECTION_REQUIRES_HIDDEN_FROM_REPRESENTATIVES',
      'Connexion secrète : ce patient mineur vous a demandé le secret pour cet épisode de soins. Le document que vous déposez doit être rendu invisible aux représentants légaux.',
      isSecretConnectionCompliant,
    );
  }
  if (!isProfessionAllowedToDepositType(pro.profession, typeCode)) {
    return deny(
      'DMP.DOCUMENT_TYPE_RESERVED_TO_PHYSICIAN',
      `La synthèse médicale (VSM) est le document du médecin traitant, qui la tient à jour : un médecin la dépose. Versez plutôt votre propre compte rendu ou bilan (${assumptionLabel('HS18')} : les sources ne disent pas si le DMP contrôle le type de document selon la profession).`,
      isProfessionAllowedToDepositType,
      restsOn('HS18'),
    );
  }
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
  if (holdsMinorSecret(patient, pro.id, ctx.episodeId) && !isAdultAt(patient, now))
    notices.push(
      'Secret du mineur : ce document, déposé par le professionnel qui a reçu la demande de secret pour cet épisode de soins, reste invisible aux représentants légaux.',
    );
  const blocked = isBlockedFor(patient, pro);
  if (blocked)
    notices.push(
      `Le patient vous a bloqué l'accès à son DMP : le blocage porte sur la consultation, vous pouvez encore déposer (${assumptionLabel('HS10')} : la FAQ ne décrit le blocage que pour l'accès au dossier).`,
    );
  if (draft.visibility.invisibleToPatient) {
    notices.push(
      'Invisible au patient : sans annonce, il est invité à consulter au bout de 2 semaines, et le document devient visible 1 mois après le dépôt.',
    );
  }
  return allow(
    'DMP.DEPOSIT_ALLOWED',
    `Dépôt accepté : « ${documentType(typeCode).label} ».`,
    [
      hasDepositingCard,
      isProfessionAllowedToDeposit,
      isDmpDocumentType,
      isProfessionAllowedToDepositType,
      isVisibilityCombinationAllowed,
      // Cited for « no consent needed » (R40); the information itself is never checked here.
      isPatientInformedOfDeposit,
      ...(draft.visibility.invisibleToPatient ? [isHiddenFromPatient] : []),
      ...(blocked ? [restsOn('HS10')] : []),
    ],
    notices,
    // Conditions met on the way, which did not decide this deposit.
    [
      hasActiveDmp,
      isInsQualified,
      isClockInSync,
      hasDepositOpposition,
      isSecretConnectionCompliant,
      isHiddenFromPatient,
    ],
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
