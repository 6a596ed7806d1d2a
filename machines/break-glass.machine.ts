/**
 * Emergency access: break-glass by any professional (patient in danger and unable to consent,
 * « urgence » motive, R38) or SAMU–Centre 15 regulation, each subject to the patient's prior
 * emergency settings; the mode stays displayed until the session ends, then the patient and the
 * GP are informed (R39). Sources: FAQ-CON-07; dmp-facts.md §4 (CSP L.1111-17, R.1111-48).
 */
import { assign, not, setup } from 'xstate';
import {
  areEmergencySettingsConsistent,
  CONSULTATION_CHECKS,
  decideConsultation,
  decideDocumentAccess,
  decideEmergencySettings,
  ELIGIBILITY_CHECKS,
  isDocumentTypeOpenToProfession,
  isOpenDespiteMasking,
  maskedDocumentsOpen,
  NORMAL_ACCESS,
  REGULATION_MODE_CHECKS,
  type AccessRequest,
  type AnyRule,
  type DmpDocument,
  type Decision,
  type EmergencySettings,
  type Instant,
  type Patient,
  type Professional,
} from '../src/dmp/index';
import { chainRefusals, checkGuardRules, checkGuards } from './checks';
import { payload, requestOf, type GuardArgsOf, type TransitionMeta } from './shared';

/** What the machine starts from. */
export interface BreakGlassInput {
  readonly patient: Patient;
  readonly professional: Professional;
  readonly episodeId: string;
  readonly now: Instant;
}

/** Who is informed after an emergency access (CSP R.1111-48). */
export type InformedParty = 'patient' | 'treating-doctor';

/** Context: the current access request, its decision, notices, documents opened, who was informed. */
export interface BreakGlassContext extends BreakGlassInput {
  readonly access: AccessRequest;
  readonly lastDecision: Decision | null;
  readonly notices: readonly string[];
  readonly openedDocuments: readonly string[];
  readonly informed: readonly InformedParty[];
}

/** Events of the emergency access. */
export type BreakGlassEvent =
  | { readonly type: 'patient.updateEmergencySettings'; readonly settings: EmergencySettings }
  | {
      readonly type: 'ps.requestBreakGlass';
      readonly motive: string;
      readonly patientUnableToConsent: boolean;
    }
  | { readonly type: 'ps.requestRegulation' }
  | { readonly type: 'ps.openDocument'; readonly document: DmpDocument }
  | { readonly type: 'session.end' };

type Args = GuardArgsOf<BreakGlassContext, BreakGlassEvent>;

const documentOf = (event: BreakGlassEvent) => payload(event, 'ps.openDocument').document;

/**
 * The core's consultation checks this machine makes, read on the access the event requests: those
 * of break-glass, and the regulation mode's own (its other checks are break-glass's).
 */
const CHECKS = [...CONSULTATION_CHECKS['break-glass'], ...REGULATION_MODE_CHECKS] as const;

const guards = {
  ...checkGuards(CHECKS, ({ context, event }: Args) => ({ ...context, access: requestOf(event) })),
  areEmergencySettingsConsistent: ({ event }: Args) =>
    areEmergencySettingsConsistent(payload(event, 'patient.updateEmergencySettings').settings),
  isDocumentTypeOpenToProfession: ({ context, event }: Args) =>
    isDocumentTypeOpenToProfession(context.professional.profession, documentOf(event).typeCode),
  isOpenDespiteMasking: ({ context, event }: Args) =>
    isOpenDespiteMasking(documentOf(event), context.professional.id, maskedDocumentsOpen(context)),
};

/** The core rule behind every guard of the machine (checked by machines/meta.test.ts). */
export const GUARD_RULES: Record<keyof typeof guards, AnyRule> = {
  ...checkGuardRules(CHECKS),
  areEmergencySettingsConsistent,
  isDocumentTypeOpenToProfession,
  isOpenDespiteMasking,
};

/** The break-glass machine: idle → active (until the session ends) → closed. */
export const breakGlassMachine = setup({
  types: {
    context: {} as BreakGlassContext,
    events: {} as BreakGlassEvent,
    input: {} as BreakGlassInput,
    meta: {} as TransitionMeta,
  },
  guards,
  actions: {
    refuse: assign(({ context, event }) => ({
      lastDecision: decideConsultation({ ...context, access: requestOf(event) }),
    })),
    activate: assign(({ context, event }) => {
      const access = requestOf(event);
      const decision = decideConsultation({ ...context, access });
      return {
        access,
        lastDecision: decision,
        notices: decision.allowed ? decision.notices : [],
      };
    }),
    applySettings: assign(({ context, event }) => {
      const { settings } = payload(event, 'patient.updateEmergencySettings');
      return {
        patient: { ...context.patient, emergency: settings },
        lastDecision: decideEmergencySettings(settings),
      };
    }),
    refuseSettings: assign(({ event }) => ({
      lastDecision: decideEmergencySettings(
        payload(event, 'patient.updateEmergencySettings').settings,
      ),
    })),
    judgeDocument: assign(({ context, event }) => ({
      lastDecision: decideDocumentAccess(context, documentOf(event)),
    })),
    openDocument: assign(({ context, event }) => ({
      lastDecision: decideDocumentAccess(context, documentOf(event)),
      openedDocuments: [...context.openedDocuments, documentOf(event).id],
    })),
    informPatient: assign({ informed: ['patient', 'treating-doctor'] as const }),
  },
}).createMachine({
  id: 'breakGlass',
  description: 'Accès en urgence : bris de glace ou centre de régulation (SAMU – Centre 15).',
  context: ({ input }) => ({
    ...input,
    access: NORMAL_ACCESS,
    lastDecision: null,
    notices: [],
    openedDocuments: [],
    informed: [],
  }),
  initial: 'idle',
  states: {
    idle: {
      description: "Pas d'accès d'urgence en cours.",
      on: {
        'patient.updateEmergencySettings': [
          {
            guard: 'areEmergencySettingsConsistent',
            actions: 'applySettings',
            meta: { faq: 'FAQ-CON-07', rules: [] },
            description:
              "Le patient règle l'accès d'urgence : SAMU, autres professionnels, documents masqués.",
          },
          {
            actions: 'refuseSettings',
            description:
              "Refusé : les documents masqués ne s'ouvrent en urgence que si un accès d'urgence est permis.",
          },
        ],
        'ps.requestBreakGlass': [
          ...chainRefusals(CONSULTATION_CHECKS['break-glass'], {
            combined: {
              checks: ELIGIBILITY_CHECKS['break-glass'],
              intro: 'Refusé, même en urgence',
              about: 'isProfessionAllowedInSetting',
            },
            actions: 'refuse',
            descriptions: {
              isBlockedFor:
                '« Accès bloqué » : un professionnel bloqué ne peut pas briser la glace (hypothèse du simulateur (HS6)).',
            },
          }),
          {
            target: 'active',
            actions: 'activate',
            meta: { faq: 'FAQ-CON-07', rules: ['R38', 'R39'] },
            description: 'Accès en bris de glace, sans consentement, tracé avec son motif.',
          },
        ],
        'ps.requestRegulation': [
          ...chainRefusals(CONSULTATION_CHECKS['regulation-centre'], {
            combined: {
              checks: ELIGIBILITY_CHECKS['regulation-centre'],
              intro: 'Refusé, même pour le centre de régulation',
              about: 'isProfessionAllowedInSetting',
            },
            actions: 'refuse',
            descriptions: {
              isBlockedFor:
                '« Accès bloqué », y compris pour le centre de régulation (hypothèse du simulateur (HS6) : la FAQ ne traite pas ce cas).',
            },
          }),
          {
            target: 'active',
            actions: 'activate',
            meta: { faq: 'FAQ-CON-07', rules: ['R38', 'R39'] },
            description: 'Accès du médecin régulateur, tracé ; le patient en sera informé.',
          },
        ],
      },
    },
    active: {
      description:
        "Mode urgence affiché pendant toute la durée de l'accès (bris de glace ou régulation).",
      on: {
        'ps.openDocument': [
          {
            guard: not('isDocumentTypeOpenToProfession'),
            actions: 'judgeDocument',
            meta: { faq: 'FAQ-ACC-08', rules: ['R27', 'R28', 'R29'] },
            description:
              "Même en urgence, la matrice d'habilitation s'applique au type de document.",
          },
          {
            guard: not('isOpenDespiteMasking'),
            actions: 'judgeDocument',
            meta: { faq: 'FAQ-DEP-09', rules: [] },
            description:
              'Document masqué : fermé, sauf si le patient a permis les documents masqués en urgence.',
          },
          {
            actions: 'openDocument',
            meta: { faq: 'FAQ-CON-07', rules: ['R38'] },
            description: 'Document ouvert en mode urgence.',
          },
        ],
        'session.end': {
          target: 'closed',
          actions: 'informPatient',
          meta: { faq: 'FAQ-CON-07', rules: ['R39'] },
          description: "Fin de l'accès : le patient et son médecin traitant en sont informés.",
        },
      },
    },
    closed: {
      type: 'final',
      description: "Accès d'urgence terminé ; le patient et son médecin traitant sont informés.",
    },
  },
});
