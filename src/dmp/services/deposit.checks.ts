/**
 * The ordered checks of a professional's deposit, written once: `decideDeposit` runs them (first
 * refusal wins) and `machines/deposit.machine.ts` builds its guards and refusal transitions from
 * them. No consent is needed to deposit (R40), but a card that deposits, a qualified INS, a
 * synchronised clock, no legitimate opposition, a type that exists and legal visibility choices are.
 * Sources: FAQ-DEP-01…11, FAQ-CON-08, FAQ-CNX-05, FAQ-PAT-01.
 */
import { assumptionLabel } from '../assumptions';
import type { Instant, IsoDate } from '../model/clock';
import { CLOCK_SKEW_TOLERANCE_MS } from '../model/clock';
import type { VisibilityFlags } from '../model/document';
import { isDocumentTypeCode } from '../model/document-types.data';
import { patientMailboxAddress } from '../model/ins';
import type { Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import { hasDepositingCard, isTraineeAuthorised } from '../rules/cards.rules';
import {
  hasDepositOpposition,
  isClockInSync,
  isDmpDocumentType,
  isPatientDepositType,
  isProfessionAllowedToDeposit,
  isProfessionAllowedToDepositType,
} from '../rules/deposit.rules';
import { hasActiveDmp, isInsQualified } from '../rules/identity.rules';
import {
  isSecretConnectionCompliant,
  isVisibilityCombinationAllowed,
} from '../rules/visibility.rules';
import { defineCheck } from './check-list';
import { restsOn } from './decision';

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

/** What the deposit checks read: the context and the draft (the deposit machine's context is one). */
export type DepositCheckInput = DepositContext & { readonly draft: DocumentDraft };

function unknownTypeExplanation({ draft, patient }: DepositCheckInput): string {
  if (/allerg/i.test(draft.typeCode)) {
    return "Il n'existe pas de type de document « allergies » : notez les allergies dans un document déposé, par exemple la synthèse médicale.";
  }
  return `Ce type de document n'existe pas dans le DMP. Pour un document non officiel (convocation, planning…), écrivez au patient par messagerie sécurisée : ${patientMailboxAddress(patient.ins)}.`;
}

/** What the secret-connection check reads: who deposits, for which episode, with which visibility. */
type SecretConnectionInput = Pick<DepositCheckInput, 'patient' | 'episodeId' | 'now'> & {
  readonly professional: Pick<Professional, 'id'>;
  readonly draft: Pick<DocumentDraft, 'visibility'>;
};

/**
 * A minor asked this professional for the secret for this episode (FAQ-CON-02): the document must
 * be hidden from the legal representatives. Also read by the majority machine, which deposits on a
 * minor's profile without the rest of a deposit's context.
 */
export const SECRET_CONNECTION_CHECK = defineCheck({
  rule: isSecretConnectionCompliant,
  holds: (i: SecretConnectionInput) =>
    isSecretConnectionCompliant(
      i.patient,
      i.professional.id,
      i.episodeId,
      i.draft.visibility,
      i.now,
    ),
  code: 'DMP.SECRET_CONNECTION_REQUIRES_HIDDEN_FROM_REPRESENTATIVES',
  explanation:
    'Connexion secrète : ce patient mineur vous a demandé le secret pour cet épisode de soins. Le document que vous déposez doit être rendu invisible aux représentants légaux.',
  description: 'Connexion secrète : le document doit être invisible aux représentants légaux.',
  correctable: true,
});

/** The checks of a professional's deposit, in the order the DMP makes them. */
export const DEPOSIT_CHECKS = [
  defineCheck({
    rule: hasActiveDmp,
    holds: (i: DepositCheckInput) => hasActiveDmp(i.patient),
    code: 'DMP.DMP_CLOSED',
    explanation: 'Le DMP de ce patient est fermé : aucun dépôt possible.',
    description: 'Refusé : DMP fermé (l’activation de Mon espace santé, elle, n’est pas requise).',
  }),
  defineCheck({
    rule: hasDepositingCard,
    holds: (i: DepositCheckInput) => hasDepositingCard(i.professional.card),
    code: 'DMP.CARD_CANNOT_DEPOSIT',
    explanation:
      "Une CPE non nominative ne permet pas d'alimenter le DMP : il faut une CPE nominative, une CPS, une e-CPS ou une CPF.",
    description: "Refusé : une CPE non nominative ne permet pas d'alimenter le DMP.",
    role: 'grants',
  }),
  defineCheck({
    rule: isTraineeAuthorised,
    holds: (i: DepositCheckInput) => isTraineeAuthorised(i.professional),
    code: 'DMP.TRAINEE_NOT_AUTHORISED',
    explanation:
      "Un interne n'accède au DMP qu'une fois enregistré auprès de l'Ordre, avec une e-CPS ou une CPF.",
    description: "Refusé : interne non inscrit à l'Ordre, ou carte inadaptée.",
    role: 'silent',
  }),
  defineCheck({
    rule: isProfessionAllowedToDeposit,
    holds: (i: DepositCheckInput) => isProfessionAllowedToDeposit(i.professional.profession),
    code: 'DMP.PROFESSION_NOT_AUTHORISED',
    explanation: `Les ostéopathes n'ont aucun accès au DMP ; le simulateur l'applique aussi au dépôt (${assumptionLabel('HS14')} : la FAQ ne parle pas du dépôt pour eux).`,
    description: "Refusé : l'ostéopathe n'a aucun accès au DMP (HS14 pour le dépôt).",
    alsoCites: [restsOn('HS14')],
    role: 'grants',
  }),
  defineCheck({
    rule: isInsQualified,
    holds: (i: DepositCheckInput) => isInsQualified(i.patient),
    code: 'DMP.INS_NOT_QUALIFIED',
    explanation: ({ patient }: DepositCheckInput) =>
      `Identité au statut ${patient.identityStatus} : l'envoi au DMP exige une INS qualifiée, pour verser le document dans le dossier du bon patient.`,
    description: "Refusé : sans INS qualifiée, pas d'envoi au DMP.",
  }),
  defineCheck({
    rule: isClockInSync,
    holds: (i: DepositCheckInput) =>
      isClockInSync(i.workstationSkewMs, i.toleranceMs ?? CLOCK_SKEW_TOLERANCE_MS),
    code: 'DMP.CLOCK_SKEW',
    explanation: ({ workstationSkewMs }: DepositCheckInput) =>
      `L'horloge de votre poste est décalée d'environ ${Math.round(Math.abs(workstationSkewMs) / 60000)} min : synchronisez l'heure de l'ordinateur sur Internet, puis renvoyez le document. (La tolérance appliquée, ${CLOCK_SKEW_TOLERANCE_MS / 60000} minutes par défaut, est une ${assumptionLabel('HS3')} : la FAQ ne la publie pas.)`,
    description: "Échec : l'horloge du poste est décalée ; synchronisez-la puis renvoyez.",
    alsoCites: [restsOn('HS3')],
    correctable: true,
  }),
  defineCheck({
    rule: hasDepositOpposition,
    holds: (i: DepositCheckInput) => hasDepositOpposition(i.patient, i.professional),
    passesWhen: false,
    code: 'DMP.DEPOSIT_OPPOSITION',
    explanation:
      "Le patient s'est opposé au dépôt pour un motif légitime : le document ne peut pas être versé.",
    description: "Refusé : le patient s'est opposé au dépôt pour un motif légitime.",
  }),
  defineCheck({
    rule: isDmpDocumentType,
    holds: (i: DepositCheckInput) => isDmpDocumentType(i.draft.typeCode),
    code: 'DMP.UNKNOWN_DOCUMENT_TYPE',
    explanation: unknownTypeExplanation,
    description:
      "Ce type n'existe pas (ni « allergies » ni convocation) : changez de type ou utilisez la messagerie.",
    correctable: true,
    role: 'grants',
  }),
  defineCheck({
    rule: isPatientDepositType,
    // The first test only narrows the type, which the check before made sure exists.
    holds: ({ draft }: DepositCheckInput) =>
      isDocumentTypeCode(draft.typeCode) && isPatientDepositType(draft.typeCode),
    passesWhen: false,
    code: 'DMP.DOCUMENT_TYPE_RESERVED_FOR_PATIENT',
    explanation: 'Ce type (classe 90) est réservé aux documents que le patient ajoute lui-même.',
    description: 'Type réservé aux documents que le patient ajoute lui-même.',
    correctable: true,
    role: 'silent',
  }),
  defineCheck({
    rule: isVisibilityCombinationAllowed,
    holds: (i: DepositCheckInput) => isVisibilityCombinationAllowed(i.draft.visibility),
    code: 'DMP.VISIBILITY_COMBINATION',
    explanation:
      'Un document ne peut pas être à la fois invisible au patient et masqué aux professionnels.',
    description: 'Interdit : invisible au patient et masqué aux professionnels à la fois.',
    correctable: true,
    role: 'grants',
  }),
  SECRET_CONNECTION_CHECK,
  defineCheck({
    rule: isProfessionAllowedToDepositType,
    holds: (i: DepositCheckInput) =>
      isProfessionAllowedToDepositType(i.professional.profession, i.draft.typeCode),
    code: 'DMP.DOCUMENT_TYPE_RESERVED_TO_PHYSICIAN',
    explanation: `La synthèse médicale (VSM) est le document du médecin traitant, qui la tient à jour : un médecin la dépose. Versez plutôt votre propre compte rendu ou bilan (${assumptionLabel('HS18')} : les sources ne disent pas si le DMP contrôle le type de document selon la profession).`,
    alsoCites: [restsOn('HS18')],
    description:
      'Refusé : la synthèse médicale (VSM), document du médecin traitant, se dépose par un médecin (hypothèse HS18).',
    correctable: true,
    role: 'grants',
  }),
] as const;
