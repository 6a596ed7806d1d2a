/**
 * On which basis a consent covers the professional, once the normal mode's consent check has passed
 * (`CONSENT_CHECK`): a stay-contract clause (R49), a consent collected for the care team (R34), or
 * the professional's own (R32). The bases are read in order, first match wins; each says once its
 * positive decision and its diagram sentence, which the consent machine takes from here.
 * `decideConsultation` keeps its own explanation, which does not name the basis.
 * Sources: FAQ-CON-01, FAQ-CON-03, FAQ-PAT-06.
 */
import type { ConsentRecord } from '../model/consent';
import type { Professional } from '../model/professional';
import {
  hasValidConsent,
  isCoveredByStayContract,
  isCoveredByTeamConsent,
} from '../rules/consent.rules';
import type { AnyRule } from '../rules/rule';
import { allow, type Allowed } from './decision';

/** Who a consent may cover: the professional and their care teams. */
type ProfessionalRef = Pick<Professional, 'id' | 'careTeamIds'>;

/** Why the consent is valid: own, collected for the care team, or a stay-contract clause. */
export type ConsentBasis = 'own' | 'team' | 'stay-contract';

/** One basis: the rule that recognises it on a consent record (none for the own consent). */
interface BasisDefinition {
  readonly basis: ConsentBasis;
  readonly rule: (AnyRule & ((record: ConsentRecord, pro: ProfessionalRef) => boolean)) | null;
  /** The French explanation of the positive decision. */
  readonly explanation: string;
  /** A short French sentence for the diagram's transition. */
  readonly description: string;
}

/** The bases, in the order they are recognised; the own consent comes last, without a rule. */
export const CONSENT_BASES = [
  {
    basis: 'stay-contract',
    rule: isCoveredByStayContract,
    explanation:
      "La clause du contrat de séjour vaut consentement pour l'équipe de l'établissement, tant qu'aucune opposition n'est tracée.",
    description: 'La clause du contrat de séjour vaut consentement.',
  },
  {
    basis: 'team',
    rule: isCoveredByTeamConsent,
    explanation:
      "Le consentement recueilli au nom de l'équipe de soins (patient prévenu de cette portée) vous couvre : pas de nouveau recueil.",
    description: "Couvert par le consentement recueilli au nom de l'équipe de soins (MSP).",
  },
  {
    basis: 'own',
    rule: null,
    explanation: "Un consentement couvre l'épisode de soins en cours : un accord oral suffit.",
    description: "Un consentement couvre l'épisode en cours (un accord oral suffit).",
  },
] as const satisfies readonly BasisDefinition[];

/** The basis of the consents recorded for the episode: the first basis one of them is on. */
export function consentBasisOf(
  records: readonly ConsentRecord[],
  professional: ProfessionalRef,
): ConsentBasis {
  const found = CONSENT_BASES.find(
    ({ rule }) => rule === null || records.some((record) => rule(record, professional)),
  );
  return found?.basis ?? 'own';
}

/** The positive decision of a consent on this basis: the consent rule, then the basis's own. */
export function grantedConsent(basis: ConsentBasis): Allowed {
  const definition = CONSENT_BASES.find((b) => b.basis === basis) ?? CONSENT_BASES[2];
  return allow('DMP.CONSENT_ACCEPTED', definition.explanation, [
    hasValidConsent,
    ...(definition.rule === null ? [] : [definition.rule]),
  ]);
}
