/**
 * The ordered checks of inserting a card to consult the DMP, written once: `cardConsultationRefusal`
 * runs them (first refusal wins) and the session machine builds its card step from them (guards,
 * refusal transitions, sources). A non-nominative CPE neither consults nor deposits; a nominative
 * one deposits but never consults; an intern needs Order registration and an e-CPS or a CPF. The
 * consultation itself decides again with its own checks (`PROFESSIONAL_CHECKS`).
 * Sources: FAQ-CNX-04, FAQ-CNX-05, FAQ-ACC-02; dmp-facts.md §9.
 */
import type { Card, Professional } from '../model/professional';
import { hasConsultingCard, hasDepositingCard, isTraineeAuthorised } from '../rules/cards.rules';
import { defineCheck } from './check-list';

/** What the card checks read: the card inserted, and who inserts it. */
export interface CardCheckInput {
  readonly professional: Pick<Professional, 'isIntern' | 'orderRegistered'>;
  readonly card: Card;
}

/**
 * The card checks, in order. Checking the deposit first tells the two CPE apart: a card that
 * deposits but does not consult is a nominative CPE. Both CPE refusals cite both card rules.
 */
export const CARD_CHECKS = [
  defineCheck({
    rule: hasDepositingCard,
    holds: (i: CardCheckInput) => hasDepositingCard(i.card),
    code: 'DMP.CARD_CANNOT_CONSULT',
    explanation: 'CPE non nominative : elle ne permet ni de consulter ni de déposer dans le DMP.',
    // A card that does not deposit never consults either (R4, R5).
    cites: () => hasConsultingCard,
    alsoCites: [hasDepositingCard],
    description: 'CPE non nominative : ni consultation ni dépôt.',
    role: 'silent',
  }),
  defineCheck({
    rule: hasConsultingCard,
    holds: (i: CardCheckInput) => hasConsultingCard(i.card),
    code: 'DMP.CARD_CANNOT_CONSULT',
    explanation:
      'CPE nominative : elle permet de déposer des documents, jamais de consulter le DMP.',
    alsoCites: [hasDepositingCard],
    description: 'CPE nominative : dépôt possible, consultation jamais.',
    role: 'grants',
  }),
  defineCheck({
    rule: isTraineeAuthorised,
    holds: (i: CardCheckInput) => isTraineeAuthorised({ ...i.professional, card: i.card }),
    code: 'DMP.TRAINEE_NOT_AUTHORISED',
    explanation:
      "Un interne n'accède au DMP qu'une fois inscrit à l'Ordre, avec une e-CPS ou une CPF.",
    description: "Interne non inscrit à l'Ordre, ou interne sans e-CPS ni CPF : refusé.",
  }),
] as const;
