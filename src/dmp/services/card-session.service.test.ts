import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../seed';
import { cardsHeldBy, type Professional } from '../model/professional';
import { hasConsultingCard, hasDepositingCard, isTraineeAuthorised } from '../rules/cards.rules';
import {
  CARD_SESSION_CITATION,
  cardConsultationRefusal,
  openCardSession,
} from './card-session.service';
import { CARD_CHECKS } from './card-session.checks';

const pros = DEFAULT_SEED.professionals;
const find = (what: string, test: (p: Professional) => boolean): Professional => {
  const found = pros.find(test);
  if (found === undefined) throw new Error(`Le jeu de données n'a plus de ${what}.`);
  return found;
};

describe('openCardSession (Pro Santé Connect, simulated)', () => {
  it('refuses an unknown professional, whatever the card', () => {
    const session = openCardSession(undefined, 'CPS');
    expect(session).toMatchObject({ opened: false, reason: 'unknown' });
  });

  it('refuses a card the professional does not hold, and says which ones they hold', () => {
    const gp = find('médecin avec CPS', (p) => p.card.type === 'CPS');
    const session = openCardSession(gp, 'CPE');
    expect(session).toMatchObject({ opened: false, reason: 'wrong-card' });
    if (!session.opened)
      for (const held of cardsHeldBy(gp)) expect(session.explanation).toContain(held);
  });

  it('opens a session for every card each professional of the data set holds, naming them', () => {
    for (const pro of pros)
      for (const card of cardsHeldBy(pro)) {
        const session = openCardSession(pro, card);
        expect(session.opened, `${pro.id} ${card}`).toBe(true);
        if (session.opened) expect(session.explanation).toContain(pro.familyName.toUpperCase());
      }
  });

  it('says at once what the card will not allow', () => {
    for (const pro of pros) {
      const [card] = cardsHeldBy(pro);
      if (card === undefined) continue;
      const session = openCardSession(pro, card);
      if (!session.opened) throw new Error(pro.id);
      expect(
        session.notices.some((n) => n.includes('consulter')),
        pro.id,
      ).toBe(!hasConsultingCard(pro.card));
      expect(
        session.notices.some((n) => n.includes('alimenter')),
        pro.id,
      ).toBe(!hasDepositingCard(pro.card));
    }
  });

  it('cites the card rules', () => {
    expect(CARD_SESSION_CITATION.rules.length).toBeGreaterThan(0);
    expect(CARD_SESSION_CITATION.faq.length).toBeGreaterThan(0);
  });
});

describe('cardConsultationRefusal (the card step of the session)', () => {
  it('refuses exactly the cards and trainees the card rules refuse, with the right code', () => {
    for (const pro of pros) {
      const refusal = cardConsultationRefusal(pro, pro.card);
      if (!hasConsultingCard(pro.card))
        expect(refusal?.code, pro.id).toBe('DMP.CARD_CANNOT_CONSULT');
      else if (!isTraineeAuthorised(pro))
        expect(refusal?.code, pro.id).toBe('DMP.TRAINEE_NOT_AUTHORISED');
      else expect(refusal, pro.id).toBeNull();
    }
    expect(pros.some((p) => cardConsultationRefusal(p, p.card) !== null)).toBe(true);
  });
});

describe('CARD_CHECKS (the card step, in order)', () => {
  it('tells the two CPE apart by its order: the one that deposits is refused for consulting only', () => {
    for (const nominative of [true, false]) {
      const card = { type: 'CPE', nominative } as const;
      const refusal = cardConsultationRefusal(pros[0] ?? find('professionnel', () => true), card);
      const decided = hasDepositingCard(card) ? hasConsultingCard.id : hasDepositingCard.id;
      expect(refusal?.checks?.decided, String(nominative)).toEqual([decided]);
      expect(refusal?.explanation).toContain(nominative ? 'CPE nominative' : 'CPE non nominative');
    }
  });

  it('lists the card rules the session machine guards on', () => {
    expect(CARD_CHECKS.map((c) => c.rule)).toEqual(
      expect.arrayContaining([hasConsultingCard, hasDepositingCard, isTraineeAuthorised]),
    );
  });
});
