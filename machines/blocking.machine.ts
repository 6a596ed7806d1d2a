/**
 * Blocking from Mon espace santé: the patient blocks one professional (by RPPS) or all of them; a
 * blocked professional sees « accès bloqué », even with a consent (R44); unblocking restores the
 * general rules. Sources: FAQ-PAT-03; dmp-facts.md §6 (PDSM4DMP TD0.2).
 */
import { assign, setup } from 'xstate';
import {
  CONSENT_CHECK,
  CONSULTATION_CHECKS,
  decideConsultation,
  ELIGIBILITY_CHECKS,
  NORMAL_ACCESS,
  type AnyRule,
  type ConsentRecord,
  type Decision,
  type Instant,
  type Patient,
  type Professional,
} from '../src/dmp/index';
import { chainRefusals, checkGuardRules, checkGuards, checkMeta } from './checks';
import type { GuardArgsOf, TransitionMeta } from './shared';

/** What the machine starts from: the patient, the professional who asks, the care episode. */
export interface BlockingInput {
  readonly patient: Patient;
  readonly professional: Professional;
  readonly episodeId: string;
  readonly now: Instant;
}

/** Context: the input (the patient's block list changes) and the last access decision. */
export interface BlockingContext extends BlockingInput {
  readonly lastDecision: Decision | null;
}

/** Events: the patient's settings in Mon espace santé, and the professional's request. */
export type BlockingEvent =
  | { readonly type: 'patient.blockProfessional' }
  | { readonly type: 'patient.unblockProfessional' }
  | { readonly type: 'patient.blockAll' }
  | { readonly type: 'patient.unblockAll' }
  | { readonly type: 'patient.giveConsent' }
  | { readonly type: 'ps.requestAccess' };

type Args = GuardArgsOf<BlockingContext, BlockingEvent>;

/** The core's checks of a normal access, the consent included. */
const CHECKS = CONSULTATION_CHECKS.normal;

const guards = checkGuards(CHECKS, ({ context }: Args) => ({ ...context, access: NORMAL_ACCESS }));

/** The core rule behind every guard of the machine (checked by machines/meta.test.ts). */
export const GUARD_RULES: Record<keyof typeof guards, AnyRule> = checkGuardRules(CHECKS);

const withBlocked = (c: BlockingContext, blocked: Patient['blocked']) => ({
  patient: { ...c.patient, blocked },
  lastDecision: null,
});

const rppsOf = (c: BlockingContext): readonly string[] =>
  c.professional.rpps === null ? [] : [c.professional.rpps];

function patientConsent(c: BlockingContext): ConsentRecord {
  return {
    id: `consent-${c.patient.id}-${c.patient.consents.length + 1}`,
    episodeId: c.episodeId,
    scope: { kind: 'professional', professionalId: c.professional.id },
    givenBy: 'patient',
    form: 'oral',
    traced: true,
    protectorInformed: false,
    recordedAt: c.now,
    recordedBy: c.professional.id,
  };
}

/** The blocking machine: the professional asks, and is « bloqué », refused or allowed. */
export const blockingMachine = setup({
  types: {
    context: {} as BlockingContext,
    events: {} as BlockingEvent,
    input: {} as BlockingInput,
    meta: {} as TransitionMeta,
  },
  guards,
  actions: {
    blockProfessional: assign(({ context }) =>
      withBlocked(context, {
        ...context.patient.blocked,
        rpps: [...new Set([...context.patient.blocked.rpps, ...rppsOf(context)])],
      }),
    ),
    unblockProfessional: assign(({ context }) =>
      withBlocked(context, {
        ...context.patient.blocked,
        rpps: context.patient.blocked.rpps.filter((r) => !rppsOf(context).includes(r)),
      }),
    ),
    blockAll: assign(({ context }) =>
      withBlocked(context, { ...context.patient.blocked, all: true }),
    ),
    unblockAll: assign(({ context }) =>
      withBlocked(context, { ...context.patient.blocked, all: false }),
    ),
    giveConsent: assign(({ context }) => ({
      patient: {
        ...context.patient,
        consents: [...context.patient.consents, patientConsent(context)],
      },
      lastDecision: null,
    })),
    decide: assign(({ context }) => ({
      lastDecision: decideConsultation({ ...context, access: NORMAL_ACCESS }),
    })),
  },
}).createMachine({
  id: 'blocking',
  description: "Blocage d'un professionnel (ou de tous) depuis Mon espace santé.",
  context: ({ input }) => ({ ...input, lastDecision: null }),
  initial: 'idle',
  on: {
    'patient.blockProfessional': {
      target: '.idle',
      actions: 'blockProfessional',
      description: 'Le patient bloque ce professionnel (par son RPPS).',
    },
    'patient.unblockProfessional': {
      target: '.idle',
      actions: 'unblockProfessional',
      description: 'Le patient débloque ce professionnel.',
    },
    'patient.blockAll': {
      target: '.idle',
      actions: 'blockAll',
      description: 'Le patient bloque tous les professionnels.',
    },
    'patient.unblockAll': {
      target: '.idle',
      actions: 'unblockAll',
      description: 'Le patient lève le blocage de tous les professionnels.',
    },
    'patient.giveConsent': {
      target: '.idle',
      actions: 'giveConsent',
      description: "Le patient donne oralement son accord pour l'épisode en cours.",
    },
  },
  states: {
    idle: {
      description: "Le professionnel n'a pas encore demandé l'accès (ou les réglages ont changé).",
      on: {
        'ps.requestAccess': [
          // The core's order: who may open a DMP at all, « accès bloqué », opposition, consent.
          ...chainRefusals(CONSULTATION_CHECKS.normal, {
            combined: {
              checks: ELIGIBILITY_CHECKS.normal,
              intro: 'Refusé avant même le blocage',
              about: 'isProfessionAllowedInSetting',
            },
            actions: 'decide',
            rejected: 'refused',
            targets: { isBlockedFor: 'blocked' },
          }),
          {
            target: 'granted',
            actions: 'decide',
            meta: checkMeta(CONSENT_CHECK),
            description: 'Non bloqué et consentement valable : consultation autorisée.',
          },
        ],
      },
    },
    blocked: {
      description:
        '« Accès bloqué » : le professionnel ne peut pas consulter, même avec un consentement.',
    },
    refused: { description: 'Accès refusé pour un autre motif que le blocage.' },
    granted: { description: 'Consultation autorisée : le professionnel n’est pas bloqué.' },
  },
});
