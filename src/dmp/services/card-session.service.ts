/**
 * Opening a professional's session with a card (Pro Santé Connect, simulated): the professional must
 * exist and present a card they hold (`cardLoginRefusal`: a CPS holder may use the e-CPS too, an
 * osteopath holds none). What the card then allows is decided by the core at each action; the
 * session says it upfront as notices, from the same card rules. Each adapter names the outcome its
 * own way (the API: `AUTH.UNKNOWN_USER`, `AUTH.WRONG_CARD`; the scenario port: a verdict).
 */
import {
  cardLoginRefusal,
  professionalName,
  type Card,
  type Professional,
} from '../model/professional';
import { hasConsultingCard, hasDepositingCard, isTraineeAuthorised } from '../rules/cards.rules';
import type { FaqId } from '../faq';
import { runChecks } from './check-list';
import { CARD_CHECKS, type CardCheckInput } from './card-session.checks';
import type { Decision } from './decision';
import type { RuleId } from '../rules/rule-ids';

/** The card rules a session cites: what the card allows, said at login. */
const CARD_RULES = [hasConsultingCard, hasDepositingCard, isTraineeAuthorised];

/** What a card session rests on. */
export const CARD_SESSION_CITATION: {
  readonly rules: readonly RuleId[];
  readonly faq: readonly FaqId[];
} = {
  rules: [...new Set(CARD_RULES.flatMap((r) => r.rules))],
  faq: [...new Set(CARD_RULES.map((r) => r.faq))],
};

/** The outcome of presenting a card. */
export type CardSession =
  | {
      readonly opened: true;
      readonly professional: Professional;
      /** « Karim BENALI est connecté(e) avec sa CPS. » */
      readonly explanation: string;
      /** What the card will not allow, said at once. */
      readonly notices: readonly string[];
    }
  | {
      readonly opened: false;
      /** `unknown`: no such professional; `wrong-card`: not a card they hold. */
      readonly reason: 'unknown' | 'wrong-card';
      readonly explanation: string;
    };

/** A professional (undefined: not found) presents a card. */
export function openCardSession(
  professional: Professional | undefined,
  card: Card['type'],
): CardSession {
  if (professional === undefined)
    return {
      opened: false,
      reason: 'unknown',
      explanation: `Carte ${card} présentée, mais aucun professionnel connu : la connexion est refusée.`,
    };
  const refusal = cardLoginRefusal(professional, card);
  if (refusal !== null) return { opened: false, reason: 'wrong-card', explanation: refusal };
  return {
    opened: true,
    professional,
    explanation: `${professionalName(professional)} est connecté(e) avec sa ${card}.`,
    notices: [
      ...(hasConsultingCard(professional.card)
        ? []
        : ['Cette carte ne permet pas de consulter le DMP.']),
      ...(hasDepositingCard(professional.card)
        ? []
        : ["Cette carte ne permet pas d'alimenter le DMP."]),
      ...(isTraineeAuthorised(professional)
        ? []
        : ["Interne non inscrit à l'Ordre ou carte inadaptée : le DMP refusera l'accès."]),
    ],
  };
}

/**
 * Why a card cannot be used to consult the DMP, at the moment it is inserted (the session machine's
 * card step): the first of `CARD_CHECKS` that refuses; null when it can. The consultation itself
 * decides again with its own checks.
 */
export function cardConsultationRefusal(
  professional: CardCheckInput['professional'],
  card: Card,
): Decision | null {
  const run = runChecks(CARD_CHECKS, { professional, card });
  return run.refused ? run.decision : null;
}
