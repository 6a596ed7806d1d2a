/**
 * A professional's session on the DMP: card check (CPS, e-CPS, CPF consult; a nominative CPE only
 * deposits, R1, R3, R4, R9), patient search (by INS, or by traits only when the identity is
 * certain, R6; the traits search is only announced, off unless the input switches it on), access decision (profession, INS, « accès bloqué », consent, break-glass,
 * regulation) and consultation of documents (matrix, masking). Sources: FAQ-CNX-04/05,
 * FAQ-INS-01/02, FAQ-ACC-01…08, FAQ-CON-01…07, FAQ-PAT-03.
 */
import { and, assign, not, setup } from 'xstate';
import {
  cardConsultationRefusal,
  BREAK_GLASS_MODE_CHECKS,
  CARD_CHECKS,
  CONSENT_CHECK,
  CONSENT_GIVER_CHECKS,
  CONSULTATION_CHECKS,
  decideConsentRecord,
  decideConsultation,
  decideDocumentAccess,
  hasActiveDmp,
  isDocumentTypeOpenToProfession,
  isInsQualified,
  isOpenDespiteMasking,
  isTraitSearchAvailable,
  isUniqueTraitMatch,
  maskedDocumentsOpen,
  NORMAL_ACCESS,
  NORMAL_MODE_CHECKS,
  PROFESSIONAL_CHECKS,
  REGULATION_MODE_CHECKS,
  requiresPatientInformation,
  type AccessRequest,
  type AnyRule,
  type Card,
  type Decision,
  type DmpDocument,
  type FeatureSettings,
  type Instant,
  type Patient,
  type Professional,
  type TraitQuery,
} from '../src/dmp/index';
import {
  checkGuardRules,
  checkGuards,
  checksBetween,
  checkMeta,
  grantMeta,
  refusalTransitions,
} from './checks';
import { payload, requestOf, type GuardArgsOf, type TransitionMeta } from './shared';
import {
  consentRecord,
  insCandidates,
  searchIns,
  searchTraits,
  traitMatches,
  type SessionConsentDraft,
} from './pro-session.helpers';

/** What the session starts from: the professional, the patients of the DMP, the care episode. */
export interface ProSessionInput {
  readonly professional: Professional;
  readonly patients: readonly Patient[];
  readonly episodeId: string;
  readonly now: Instant;
  /** Announced features switched on (the traits search is off unless switched on). */
  readonly features?: FeatureSettings;
}

/** Context of the session. */
export interface ProSessionContext {
  readonly professional: Professional;
  /** Patients the search looks into (consents recorded in the session are kept here too). */
  readonly directory: readonly Patient[];
  readonly episodeId: string;
  readonly now: Instant;
  readonly features: FeatureSettings;
  /** The patient found by the search, once selected. */
  readonly patient: Patient | null;
  /** The access mode requested (normal until an emergency mode is granted). */
  readonly access: AccessRequest;
  readonly lastDecision: Decision | null;
  readonly openedDocuments: readonly string[];
  /** Information sent to patients after an emergency access (R39). */
  readonly notifications: readonly string[];
}

/** Events of the session. */
export type ProSessionEvent =
  | { readonly type: 'ps.insertCard'; readonly card: Card }
  | { readonly type: 'ps.removeCard' }
  | { readonly type: 'ps.searchByIns'; readonly matricule: string }
  | { readonly type: 'ps.searchByTraits'; readonly query: TraitQuery }
  | { readonly type: 'ps.openDmp' }
  | { readonly type: 'ps.requestAccess' }
  | { readonly type: 'ps.recordConsent'; readonly consent: SessionConsentDraft }
  | {
      readonly type: 'ps.requestBreakGlass';
      readonly motive: string;
      readonly patientUnableToConsent: boolean;
    }
  | { readonly type: 'ps.requestRegulation' }
  | { readonly type: 'ps.openDocument'; readonly document: DmpDocument }
  | { readonly type: 'ps.closePatient' };

type Args = GuardArgsOf<ProSessionContext, ProSessionEvent>;

/** The selected patient; a guard reading it before the search is a programming error. */
function selected(context: ProSessionContext): Patient {
  if (context.patient === null) throw new Error('Aucun patient sélectionné.');
  return context.patient;
}

const cardOf = (e: ProSessionEvent) => payload(e, 'ps.insertCard').card;
const queryOf = (e: ProSessionEvent) => payload(e, 'ps.searchByTraits').query;
const draftOf = (e: ProSessionEvent) => payload(e, 'ps.recordConsent').consent;
const docOf = (e: ProSessionEvent) => payload(e, 'ps.openDocument').document;
const view = (c: ProSessionContext) => ({ ...c, patient: selected(c) });

/**
 * The core's consultation checks made once a patient is selected (the card's were made at
 * `ps.insertCard`), read on the access the event requests. After the access matrix, « health
 * professionals only » (break-glass) always passes, so it has no transition here.
 */
/**
 * The normal mode's checks decided when the DMP is opened, in the core's order: those after the
 * card's (made at `ps.insertCard`) and before the mode's own (made once the access is requested).
 */
const OPENING_CHECKS = checksBetween(
  CONSULTATION_CHECKS.normal,
  PROFESSIONAL_CHECKS,
  NORMAL_MODE_CHECKS,
);

const CHECKS = [
  ...OPENING_CHECKS,
  ...NORMAL_MODE_CHECKS,
  ...BREAK_GLASS_MODE_CHECKS,
  ...REGULATION_MODE_CHECKS,
] as const;

const guards = {
  ...checkGuards(CHECKS, ({ context, event }: Args) => ({
    ...view(context),
    access: requestOf(event),
  })),
  // The consent collected, read as the core's consent-record checks read it.
  ...checkGuards(CONSENT_GIVER_CHECKS, ({ context, event }: Args) => ({
    ...view(context),
    record: draftOf(event),
  })),
  // The card inserted, read as the core's card checks read it.
  ...checkGuards(CARD_CHECKS, ({ context, event }: Args) => ({
    professional: context.professional,
    card: cardOf(event),
  })),
  hasActiveDmp: ({ context, event }: Args) =>
    insCandidates(context.directory, payload(event, 'ps.searchByIns').matricule).some((p) =>
      hasActiveDmp(p),
    ),
  isTraitSearchAvailable: ({ context }: Args) =>
    isTraitSearchAvailable(context.features, context.now),
  isUniqueTraitMatch: ({ context, event }: Args) =>
    isUniqueTraitMatch(traitMatches(context.directory, queryOf(event))),
  isFoundIdentityQualified: ({ context, event }: Args) =>
    traitMatches(context.directory, queryOf(event)).every((p) => isInsQualified(p)),
  isDocumentTypeOpenToProfession: ({ context, event }: Args) =>
    isDocumentTypeOpenToProfession(context.professional.profession, docOf(event).typeCode),
  isOpenDespiteMasking: ({ context, event }: Args) =>
    isOpenDespiteMasking(docOf(event), context.professional.id, maskedDocumentsOpen(view(context))),
  requiresPatientInformation: ({ context }: Args) =>
    requiresPatientInformation(context.access.mode),
};

/** The core rule behind every guard of the machine (checked by machines/meta.test.ts). */
export const GUARD_RULES: Record<keyof typeof guards, AnyRule> = {
  ...checkGuardRules(CHECKS),
  ...checkGuardRules(CONSENT_GIVER_CHECKS),
  ...checkGuardRules(CARD_CHECKS),
  hasActiveDmp,
  isTraitSearchAvailable,
  isUniqueTraitMatch,
  isFoundIdentityQualified: isInsQualified,
  isDocumentTypeOpenToProfession,
  isOpenDespiteMasking,
  requiresPatientInformation,
};

const decision = (c: ProSessionContext, access: AccessRequest) =>
  decideConsultation({ ...view(c), access });

const MODE_LABEL = {
  'break-glass': 'en bris de glace',
  'regulation-centre': 'du SAMU – Centre 15',
  normal: '',
};

const closed = { patient: null, access: NORMAL_ACCESS, openedDocuments: [] } as const;

/** The professional session machine. */
export const proSessionMachine = setup({
  types: {
    context: {} as ProSessionContext,
    events: {} as ProSessionEvent,
    input: {} as ProSessionInput,
    meta: {} as TransitionMeta,
  },
  guards,
  actions: {
    insertCard: assign(({ context, event }) => ({
      professional: { ...context.professional, card: cardOf(event) },
      lastDecision: cardConsultationRefusal(context.professional, cardOf(event)),
    })),
    reset: assign({ ...closed, lastDecision: null }),
    searchByIns: assign(({ context, event }) =>
      searchIns(context.directory, payload(event, 'ps.searchByIns').matricule),
    ),
    searchByTraits: assign(({ context, event }) =>
      searchTraits(context.directory, queryOf(event), {
        features: context.features,
        now: context.now,
      }),
    ),
    refuse: assign(({ context, event }) => ({ lastDecision: decision(context, requestOf(event)) })),
    enter: assign({ lastDecision: null }),
    grant: assign(({ context, event }) => ({
      access: requestOf(event),
      lastDecision: decision(context, requestOf(event)),
    })),
    refuseConsent: assign(({ context, event }) => ({
      lastDecision: decideConsentRecord(
        selected(context),
        context.professional,
        draftOf(event),
        context.now,
      ),
    })),
    recordConsent: assign(({ context, event }) => {
      const record = consentRecord(view(context), draftOf(event));
      const patient = { ...selected(context), consents: [...selected(context).consents, record] };
      const next = { ...context, patient };
      return {
        patient,
        directory: context.directory.map((p) => (p.id === patient.id ? patient : p)),
        lastDecision: decision(next, NORMAL_ACCESS),
      };
    }),
    judgeDocument: assign(({ context, event }) => ({
      lastDecision: decideDocumentAccess(view(context), docOf(event)),
    })),
    openDocument: assign(({ context, event }) => ({
      lastDecision: decideDocumentAccess(view(context), docOf(event)),
      openedDocuments: [...context.openedDocuments, docOf(event).id],
    })),
    notifyPatient: assign(({ context }) => ({
      notifications: [
        ...context.notifications,
        `${selected(context).displayName} et son médecin traitant sont informés de l'accès ${MODE_LABEL[context.access.mode]}.`,
      ],
    })),
    closePatient: assign({ ...closed, lastDecision: null }),
  },
}).createMachine({
  id: 'proSession',
  description: 'Session d’un professionnel : carte, recherche du patient, accès, consultation.',
  context: ({ input }) => ({
    professional: input.professional,
    directory: input.patients,
    episodeId: input.episodeId,
    now: input.now,
    features: input.features ?? {},
    ...closed,
    lastDecision: null,
    notifications: [],
  }),
  initial: 'idle',
  states: {
    idle: {
      description: 'Aucune carte insérée.',
      on: {
        'ps.insertCard': [
          // The core's card checks, in its order: a nominative CPE may still deposit.
          ...refusalTransitions<typeof CARD_CHECKS, 'insertCard', 'rejected' | 'depositOnly'>(
            CARD_CHECKS,
            {
              actions: 'insertCard',
              rejected: 'rejected',
              targets: { hasConsultingCard: 'depositOnly' },
            },
          ),
          {
            target: 'session',
            actions: 'insertCard',
            meta: grantMeta(CARD_CHECKS),
            description:
              'CPS (celle déjà détenue suffit), e-CPS ou CPF : la carte permet de consulter.',
          },
        ],
      },
    },
    rejected: {
      description: 'Carte refusée pour consulter le DMP.',
      on: {
        'ps.removeCard': { target: 'idle', actions: 'reset', description: 'Retirer la carte.' },
      },
    },
    depositOnly: {
      description: 'CPE nominative : le poste peut déposer des documents, pas consulter.',
      on: {
        'ps.removeCard': { target: 'idle', actions: 'reset', description: 'Retirer la carte.' },
      },
    },
    session: {
      description: 'Carte acceptée : session de consultation ouverte.',
      initial: 'search',
      on: {
        'ps.removeCard': [
          {
            guard: 'requiresPatientInformation',
            target: '#proSession.idle',
            actions: ['notifyPatient', 'reset'],
            meta: { faq: 'FAQ-CON-07', rules: ['R39'] },
            description:
              "Fin d'un accès en urgence : le patient et son médecin traitant sont informés.",
          },
          { target: '#proSession.idle', actions: 'reset', description: 'Fin de session.' },
        ],
      },
      states: {
        search: {
          description: 'Recherche du patient : par matricule INS, ou par traits.',
          on: {
            'ps.searchByIns': [
              {
                guard: 'hasActiveDmp',
                target: 'selected',
                actions: 'searchByIns',
                meta: { faq: 'FAQ-PAT-01', rules: ['R42'] },
                description: 'DMP actif trouvé pour ce matricule INS.',
              },
              { actions: 'searchByIns', description: 'Matricule invalide ou aucun DMP actif.' },
            ],
            'ps.searchByTraits': [
              {
                guard: not('isTraitSearchAvailable'),
                actions: 'searchByTraits',
                meta: { faq: 'FAQ-INS-02', rules: [] },
                description:
                  'Recherche par traits annoncée en septembre 2025, pas encore en service à la date simulée : utiliser le matricule INS.',
              },
              {
                guard: and(['isUniqueTraitMatch', 'isFoundIdentityQualified']),
                target: 'selected',
                actions: 'searchByTraits',
                meta: { faq: 'FAQ-INS-02', rules: ['R6'] },
                description: 'Une seule identité qualifiée correspond : le DMP est affiché.',
              },
              {
                actions: 'searchByTraits',
                description:
                  "Identité incertaine (aucune, plusieurs, non qualifiée) : aucun DMP n'est affiché.",
              },
            ],
          },
        },
        selected: {
          description: 'Patient trouvé : ouvrir son DMP.',
          on: {
            'ps.openDmp': [
              // The core's checks on this patient, in its order; « accès bloqué » has its state.
              ...refusalTransitions<typeof OPENING_CHECKS, 'refuse', 'refused' | 'blocked'>(
                OPENING_CHECKS,
                {
                  actions: 'refuse',
                  rejected: 'refused',
                  targets: { isBlockedFor: 'blocked' },
                },
              ),
              { target: 'access', actions: 'enter', description: "Choisir le mode d'accès." },
            ],
            'ps.closePatient': {
              target: 'search',
              actions: 'closePatient',
              description: 'Fermer.',
            },
          },
        },
        refused: {
          description: 'Accès refusé (profession ou identité).',
          on: {
            'ps.closePatient': {
              target: 'search',
              actions: 'closePatient',
              description: 'Fermer.',
            },
          },
        },
        blocked: {
          description: '« Accès bloqué » : même avec un consentement, pas de consultation.',
          on: {
            'ps.closePatient': {
              target: 'search',
              actions: 'closePatient',
              description: 'Fermer.',
            },
          },
        },
        access: {
          description: "Décision d'accès : consentement, bris de glace ou centre de régulation.",
          initial: 'choice',
          on: {
            'ps.requestBreakGlass': [
              ...refusalTransitions(BREAK_GLASS_MODE_CHECKS, { actions: 'refuse' }),
              {
                target: '#proSession.session.consulting',
                actions: 'grant',
                meta: { faq: 'FAQ-CON-07', rules: ['R38'] },
                description: 'Bris de glace : accès sans consentement, tracé avec son motif.',
              },
            ],
            'ps.requestRegulation': [
              ...refusalTransitions(REGULATION_MODE_CHECKS, { actions: 'refuse' }),
              {
                target: '#proSession.session.consulting',
                actions: 'grant',
                meta: { faq: 'FAQ-CON-07', rules: ['R38'] },
                description: 'Accès du médecin régulateur, tracé.',
              },
            ],
            'ps.closePatient': {
              target: 'search',
              actions: 'closePatient',
              description: 'Fermer.',
            },
          },
          states: {
            choice: {
              description: 'Accès normal demandé ou à demander.',
              on: {
                'ps.requestAccess': [
                  // The core's order: the opposition, then the consent, to collect if missing.
                  ...refusalTransitions(NORMAL_MODE_CHECKS, {
                    actions: 'refuse',
                    targets: { hasValidConsent: 'consent' },
                  }),
                  {
                    target: '#proSession.session.consulting',
                    actions: 'grant',
                    // R34 (team) and R49 (stay contract) are decided inside hasValidConsent: their
                    // own transitions, with their rules, are in the consent machine.
                    meta: checkMeta(CONSENT_CHECK),
                    description:
                      "Consentement valable pour l'épisode (le sien, celui de l'équipe ou le contrat de séjour).",
                  },
                ],
              },
            },
            consent: {
              description: 'Consentement à recueillir (représentant légal pour un mineur).',
              on: {
                'ps.recordConsent': [
                  ...refusalTransitions(CONSENT_GIVER_CHECKS, { actions: 'refuseConsent' }),
                  {
                    target: '#proSession.session.consulting',
                    actions: 'recordConsent',
                    meta: { faq: 'FAQ-CON-05', rules: ['R36'] },
                    description: 'Consentement recueilli (oral suffit) : consultation autorisée.',
                  },
                ],
              },
            },
          },
        },
        consulting: {
          description: "Consultation du DMP ; en urgence, le mode reste affiché jusqu'à la fin.",
          on: {
            'ps.openDocument': [
              {
                guard: not('isDocumentTypeOpenToProfession'),
                actions: 'judgeDocument',
                meta: { faq: 'FAQ-ACC-08', rules: ['R27', 'R28', 'R29'] },
                description:
                  "Type de document fermé à cette profession par la matrice d'habilitation.",
              },
              {
                guard: not('isOpenDespiteMasking'),
                actions: 'judgeDocument',
                meta: { faq: 'FAQ-DEP-09', rules: [] },
                description:
                  'Document masqué aux professionnels (sauf auteur, ou urgence si permis).',
              },
              { actions: 'openDocument', description: 'Document ouvert.' },
            ],
            'ps.closePatient': [
              {
                guard: 'requiresPatientInformation',
                target: 'search',
                actions: ['notifyPatient', 'closePatient'],
                meta: { faq: 'FAQ-CON-07', rules: ['R39'] },
                description:
                  "Fin de l'accès en urgence : le patient et son médecin traitant sont informés.",
              },
              { target: 'search', actions: 'closePatient', description: 'Fermer le dossier.' },
            ],
          },
        },
      },
    },
  },
});
