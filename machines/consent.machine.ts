/**
 * Consent to consult a DMP, for one care episode (R32): own consent, team consent in an MSP (R34),
 * stay-contract clause (R49), minor (R33) and protected adult (R37), traced opposition (R35).
 * Sources: FAQ-CON-01…06, FAQ-PAT-06; dmp-facts.md §5.
 */
import { assign, setup } from 'xstate';
import {
  CONSENT_BASES,
  CONSENT_CHECK,
  CONSENT_GIVER_CHECKS,
  consentBasisOf,
  decideConsentRecord,
  grantedConsent,
  hasValidConsent,
  isCoveredByStayContract,
  isCoveredByTeamConsent,
  NORMAL_ACCESS,
  NORMAL_MODE_CHECKS,
  runChecks,
  scopeCovers,
  type AnyRule,
  type ConsentBasis,
  type ConsentRecord,
  type Decision,
  type Instant,
  type Opposition,
  type Patient,
  type Professional,
} from '../src/dmp/index';
import { checkGuardRules, checkGuards, checkMeta, refusalTransitions, ruleMeta } from './checks';
import { collectorScope, laterOf, payload, type GuardArgsOf, type TransitionMeta } from './shared';

/** What the machine starts from: one patient, one professional, the current care episode. */
export interface ConsentInput {
  readonly patient: Patient;
  readonly professional: Professional;
  readonly episodeId: string;
  readonly now: Instant;
}

export type { ConsentBasis } from '../src/dmp/index';

/** Context: the input, the basis of a valid consent, and the last decision (« Pourquoi ? »). */
export interface ConsentContext extends ConsentInput {
  readonly basis: ConsentBasis | null;
  readonly lastDecision: Decision | null;
}

/** A consent as collected by the professional (the machine adds id, episode, date, recorder). */
export type ConsentDraft = Pick<
  ConsentRecord,
  'givenBy' | 'form' | 'scope' | 'traced' | 'protectorInformed' | 'minorSecret'
>;

/** Events of the consent machine. */
export type ConsentEvent =
  | { readonly type: 'ps.checkConsent' }
  | { readonly type: 'ps.recordConsent'; readonly consent: ConsentDraft }
  | {
      readonly type: 'patient.oppose';
      readonly reason: string;
      readonly channel: Opposition['channel'];
    }
  | { readonly type: 'patient.liftOpposition' }
  | { readonly type: 'ps.startEpisode'; readonly episodeId: string }
  | { readonly type: 'clock.advance'; readonly now: Instant };

type Args = GuardArgsOf<ConsentContext, ConsentEvent>;

const episodeConsents = (c: ConsentContext) =>
  c.patient.consents.filter((r) => r.episodeId === c.episodeId);

function toRecord(c: ConsentContext, draft: ConsentDraft): ConsentRecord {
  const n = c.patient.consents.length + 1;
  return {
    ...draft,
    // A consent for one professional is for the collector (collecting for a colleague is not simulated).
    scope: collectorScope(draft.scope, c.professional.id),
    id: `consent-${c.patient.id}-${n}`,
    episodeId: c.episodeId,
    recordedAt: c.now,
    recordedBy: c.professional.id,
  };
}

/**
 * The grant transitions, one per basis in the core's order (`CONSENT_BASES`), after the refusals:
 * R34 and R49 are decided inside hasValidConsent, the basis says which one granted it.
 */
const GRANTS = CONSENT_BASES.map(({ rule, description }) => ({
  ...(rule === null ? {} : { guard: rule.id }),
  target: 'granted' as const,
  actions: 'grant' as const,
  meta: rule === null ? checkMeta(CONSENT_CHECK) : ruleMeta(rule),
  description,
}));

/** What the core's normal-mode checks read: the context, for a normal access. */
const checkInput = (c: ConsentContext) => ({ ...c, access: NORMAL_ACCESS });

/**
 * The core's decision on the normal mode's last checks (the opposition, then the consent), as
 * `decideConsultation` makes it; null when both pass (the machine then says on which basis).
 */
function refusalOf(c: ConsentContext): Decision | null {
  const run = runChecks(NORMAL_MODE_CHECKS, checkInput(c));
  return run.refused ? run.decision : null;
}

const guards = {
  // The opposition, then the consent, read as `decideConsultation` reads them.
  ...checkGuards(NORMAL_MODE_CHECKS, ({ context }: Args) => checkInput(context)),
  hasValidConsentAt: ({ context, event }: Args) =>
    hasValidConsent(
      context.patient,
      context.professional,
      context.episodeId,
      laterOf(context.now, payload(event, 'clock.advance').now),
    ),
  isCoveredByStayContract: ({ context }: Args) =>
    episodeConsents(context).some((r) => isCoveredByStayContract(r, context.professional)),
  isCoveredByTeamConsent: ({ context }: Args) =>
    episodeConsents(context).some((r) => isCoveredByTeamConsent(r, context.professional)),
  // The consent collected, read as the core's consent-record checks read it.
  ...checkGuards(CONSENT_GIVER_CHECKS, ({ context, event }: Args) => ({
    ...context,
    record: payload(event, 'ps.recordConsent').consent,
  })),
};

/** The core rule behind every guard of the machine (checked by machines/meta.test.ts). */
export const GUARD_RULES: Record<keyof typeof guards, AnyRule> = {
  ...checkGuardRules(NORMAL_MODE_CHECKS),
  hasValidConsentAt: hasValidConsent,
  isCoveredByStayContract,
  isCoveredByTeamConsent,
  ...checkGuardRules(CONSENT_GIVER_CHECKS),
};

const draftOf = ({ event }: { event: { consent: ConsentDraft } }) => ({ consent: event.consent });

/** The consent machine: unknown → granted / required / opposed, per care episode. */
export const consentMachine = setup({
  types: {
    context: {} as ConsentContext,
    events: {} as ConsentEvent,
    input: {} as ConsentInput,
    meta: {} as TransitionMeta,
  },
  guards,
  actions: {
    // The core says on which basis, and its positive decision.
    grant: assign(({ context }) => {
      const basis = consentBasisOf(episodeConsents(context), context.professional);
      return { basis, lastDecision: grantedConsent(basis) };
    }),
    refuse: assign(({ context }) => ({ basis: null, lastDecision: refusalOf(context) })),
    refuseConsent: assign(({ context, event }) => ({
      lastDecision: decideConsentRecord(
        context.patient,
        context.professional,
        payload(event, 'ps.recordConsent').consent,
        context.now,
      ),
    })),
    recordConsent: assign(({ context }, p: { consent: ConsentDraft }) => {
      const record = toRecord(context, p.consent);
      return {
        patient: { ...context.patient, consents: [...context.patient.consents, record] },
        basis: consentBasisOf([record], context.professional),
        lastDecision: decideConsentRecord(
          context.patient,
          context.professional,
          p.consent,
          context.now,
        ),
      };
    }),
    traceOpposition: assign(
      ({ context }, p: { reason: string; channel: Opposition['channel'] }) => {
        const opposition: Opposition = {
          id: `opposition-${context.patient.id}-${context.patient.oppositions.length + 1}`,
          kind: 'consultation',
          scope: { kind: 'professional', professionalId: context.professional.id },
          reason: p.reason,
          channel: p.channel,
          tracedAt: context.now,
          tracedBy: context.professional.id,
        };
        const patient = {
          ...context.patient,
          oppositions: [...context.patient.oppositions, opposition],
        };
        return { patient, basis: null, lastDecision: refusalOf({ ...context, patient }) };
      },
    ),
    liftOpposition: assign(({ context }) => ({
      patient: {
        ...context.patient,
        oppositions: context.patient.oppositions.filter(
          (o) => o.kind !== 'consultation' || !scopeCovers(o.scope, context.professional),
        ),
      },
      lastDecision: null,
    })),
    startEpisode: assign((_, p: { episodeId: string }) => ({
      episodeId: p.episodeId,
      basis: null,
      lastDecision: null,
    })),
    setNow: assign(({ context }, p: { now: Instant }) => ({ now: laterOf(context.now, p.now) })),
  },
}).createMachine({
  id: 'consent',
  description: 'Consentement à la consultation du DMP, recueilli pour un épisode de soins.',
  context: ({ input }) => ({ ...input, basis: null, lastDecision: null }),
  initial: 'unknown',
  on: {
    'ps.startEpisode': {
      target: '.unknown',
      actions: { type: 'startEpisode', params: ({ event }) => ({ episodeId: event.episodeId }) },
      description: 'Nouvel épisode de soins : le consentement est à vérifier de nouveau (R32).',
    },
    'clock.advance': {
      actions: { type: 'setNow', params: ({ event }) => ({ now: event.now }) },
      description: 'Le temps passe (l’horloge ne recule jamais).',
    },
  },
  states: {
    unknown: {
      description: "Consentement pas encore vérifié pour l'épisode en cours.",
      on: {
        'ps.checkConsent': [
          // The core's order: the opposition, then the consent, to collect if missing.
          ...refusalTransitions(NORMAL_MODE_CHECKS, {
            actions: 'refuse',
            targets: { hasOpposedToConsultation: 'opposed', hasValidConsent: 'required' },
          }),
          // A valid consent: on which basis, in the core's order.
          ...GRANTS,
        ],
      },
    },
    required: {
      description:
        'Consentement à recueillir (auprès du patient, ou de son représentant légal s’il est mineur).',
      on: {
        'ps.recordConsent': [
          ...refusalTransitions(CONSENT_GIVER_CHECKS, { actions: 'refuseConsent' }),
          {
            target: 'granted',
            actions: { type: 'recordConsent', params: draftOf },
            meta: { faq: 'FAQ-CON-01', rules: ['R32', 'R36'] },
            description: "Consentement enregistré pour l'épisode (oral suffit, tracé recommandé).",
          },
        ],
        // Time alone never makes a consent valid: the giver must have been entitled when it was
        // given (a minor's own consent, without the secret, does not become valid at 18).
        'clock.advance': {
          actions: { type: 'setNow', params: ({ event }) => ({ now: event.now }) },
          description:
            "Le temps passe : toujours aucun consentement valable. Un accord donné par quelqu'un qui n'en avait pas le droit ne le devient pas (pas même à 18 ans).",
        },
        'patient.oppose': {
          target: 'opposed',
          actions: {
            type: 'traceOpposition',
            params: ({ event }) => ({ reason: event.reason, channel: event.channel }),
          },
          description: "Le patient s'oppose : l'opposition est obligatoirement tracée (R35, R49).",
        },
      },
    },
    granted: {
      description: "Consentement valable pour l'épisode de soins en cours.",
      on: {
        'patient.oppose': {
          target: 'opposed',
          actions: {
            type: 'traceOpposition',
            params: ({ event }) => ({ reason: event.reason, channel: event.channel }),
          },
          description: "Le patient retire son accord : l'opposition est tracée.",
        },
        'clock.advance': [
          {
            guard: 'hasValidConsentAt',
            actions: { type: 'setNow', params: ({ event }) => ({ now: event.now }) },
            meta: checkMeta(CONSENT_CHECK),
            description: 'Le consentement vaut toujours à la nouvelle date.',
          },
          {
            target: 'required',
            actions: [{ type: 'setNow', params: ({ event }) => ({ now: event.now }) }, 'refuse'],
            meta: checkMeta(CONSENT_CHECK),
            description:
              'Le consentement ne vaut plus (ex. majorité : le représentant ne consent plus pour le patient).',
          },
        ],
      },
    },
    opposed: {
      description: 'Opposition à la consultation, tracée dans le logiciel : aucune consultation.',
      on: {
        'patient.liftOpposition': {
          target: 'unknown',
          actions: 'liftOpposition',
          description:
            'Le patient lève son opposition : le consentement est à vérifier de nouveau.',
        },
      },
    },
  },
});
