/** `ps.login`: the professional opens a card session (simulated Pro Santé Connect). */
import { z } from 'zod';
import { openCardSession } from '../../dmp/index';
import { isRefusal, refusal } from '../wire/index';
import { CARD_TYPES } from '../format/base';
import { defineAction } from './define';
import { cardSessionAnswer } from './play';

export const psLogin = defineAction({
  name: 'ps.login',
  actor: 'professional',
  label: 'Se connecter avec sa carte (CPS, e-CPS, CPE, CPF)',
  params: {
    card: z.enum(CARD_TYPES).describe('Carte présentée : celle que détient le professionnel.'),
  },
  needsSession: false,
  machines: ['proSession'],
  resolve: (action, ctx) => ({
    request: { professionalId: ctx.role.professional, card: action.card },
    subject: ctx.world.defaultPatient,
  }),
  session: (session) => ({ ...session, loggedIn: true }),
  core(store, r) {
    const pro = store.getState().professionals.find((p) => p.id === r.professionalId);
    return cardSessionAnswer(openCardSession(pro, r.card));
  },
  async http({ client, professionals }, r) {
    const reply = await client.psLogin(r.professionalId, r.card);
    if (isRefusal(reply)) return refusal(reply);
    // The API opened the session; the core's card session (same world) says what the card allows.
    return cardSessionAnswer(openCardSession(professionals.get(r.professionalId), r.card));
  },
});
