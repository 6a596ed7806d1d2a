/**
 * Card rules: which card consults, which card deposits, and when a trainee's card is accepted.
 * Sources: FAQ-CNX-04, FAQ-CNX-05, FAQ-DEP-02, FAQ-ACC-02; dmp-facts.md §9.
 */
import type { Card, Professional } from '../model/professional';
import { defineRule } from './rule';

/** FAQ-CNX-05: a CPS, e-CPS or CPF consults the DMP; a CPE never does, nominative or not. */
export const hasConsultingCard = defineRule({
  id: 'hasConsultingCard',
  faq: 'FAQ-CNX-05',
  rules: ['R1', 'R4'],
  summary:
    'La carte permet de consulter : CPS (celle déjà détenue suffit), e-CPS ou CPF ; jamais une CPE.',
  // FAQ-DEP-02 (secretariat) also says a CPE never consults (R4).
  sources: ['FAQ-CNX-04', 'FAQ-DEP-02'],
  test: (card: Card) => card.type !== 'CPE',
});

/** FAQ-CNX-05: a CPS, e-CPS, CPF or nominative CPE deposits; a non-nominative CPE does not. */
export const hasDepositingCard = defineRule({
  id: 'hasDepositingCard',
  faq: 'FAQ-CNX-05',
  rules: ['R3', 'R5', 'R9'],
  summary: "La carte permet d'alimenter le DMP : toute carte sauf une CPE non nominative.",
  // FAQ-ACC-06 (secretariats) recalls that a secretary deposits with a nominative CPE (R9).
  sources: ['FAQ-DEP-02', 'FAQ-ACC-06'],
  test: (card: Card) => card.type !== 'CPE' || card.nominative,
});

/** FAQ-ACC-02: an intern (or any CPF holder) needs Order registration, and an intern uses e-CPS or CPF. */
export const isTraineeAuthorised = defineRule({
  id: 'isTraineeAuthorised',
  faq: 'FAQ-ACC-02',
  rules: ['R21'],
  summary: "Un interne n'accède au DMP qu'une fois inscrit à l'Ordre, avec une e-CPS ou une CPF.",
  test: (professional: Pick<Professional, 'isIntern' | 'orderRegistered' | 'card'>) => {
    const { isIntern, orderRegistered, card } = professional;
    if (isIntern) return orderRegistered && (card.type === 'e-CPS' || card.type === 'CPF');
    return card.type !== 'CPF' || orderRegistered;
  },
});
