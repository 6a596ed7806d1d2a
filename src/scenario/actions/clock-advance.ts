/** `clock.advance`: the simulated clock moves forward (any role). */
import { frenchDate } from '../../dmp/index';
import { durationFields } from '../format/base';
import { allowedVerdict, asString, isRefusal, refusal, durationOf } from '../wire/index';
import { defineAction } from './define';

const advanced = (now: string) => `Horloge simulée avancée au ${frenchDate(now)}.`;

export const clockAdvance = defineAction({
  name: 'clock.advance',
  actor: 'any',
  label: "Faire avancer l'horloge simulée",
  params: durationFields,
  refine: {
    check: (d) => [d.years, d.months, d.days, d.hours, d.minutes].some((v) => (v ?? 0) > 0),
    error: 'durée nulle : indiquez au moins une valeur (ex. days: 14)',
  },
  machines: [],
  resolve: (action, { world }) => ({
    request: { by: durationOf(action) },
    subject: world.defaultPatient,
  }),
  core(store, r) {
    store.advanceClock(r.by);
    return { verdict: allowedVerdict('SIM.CLOCK_ADVANCED', advanced(store.getState().clock.now)) };
  },
  async http({ client }, r) {
    const reply = await client.call('POST', '/training/clock', { body: { advance: r.by } });
    if (isRefusal(reply)) return refusal(reply);
    return { verdict: allowedVerdict('SIM.CLOCK_ADVANCED', advanced(asString(reply.body['now']))) };
  },
});
