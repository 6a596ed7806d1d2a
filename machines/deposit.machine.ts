/**
 * A professional deposits a document: no consent; informing the patient is the professional's duty,
 * a checklist item of the software that reminds of it but never blocks (the DMP does not check it,
 * R40, dmp-facts.md §5, §11.2); a card that
 * deposits (R3, R5, R9), a qualified INS (R14), a synchronised clock (R18), no legitimate
 * opposition (R41), a type that exists (R10, R17), legal visibility choices (R16, secret
 * connection); the document is then classified and may feed the vaccination book (R15).
 * The refusals are built from the core's `DEPOSIT_CHECKS`, in its order (decision 042).
 * Sources: FAQ-DEP-01…11, FAQ-CON-08, FAQ-CNX-05; dmp-facts.md §3, §10.
 */
import { and, assign, not, setup } from 'xstate';
import {
  decideDeposit,
  DEPOSIT_CHECKS,
  documentType,
  feedsVaccinationBook,
  isDocumentTypeCode,
  isPatientInformedOfDeposit,
  professionalName,
  VISIBLE_TO_ALL,
  withInformationReminder,
  type AnyRule,
  type Decision,
  type DmpDocument,
  type DocumentDraft,
  type Instant,
  type Opposition,
  type Patient,
  type Professional,
  type VisibilityFlags,
} from '../src/dmp/index';
import { checkGuardRules, checkGuards, refusalTransitions } from './checks';
import { payload, type GuardArgsOf, type TransitionMeta } from './shared';

/** What the machine starts from. */
export interface DepositInput {
  readonly professional: Professional;
  readonly patient: Patient;
  readonly now: Instant;
  /** Offset of the workstation clock, in ms (R18); 0 when omitted. */
  readonly workstationSkewMs?: number;
  /** The document being prepared; a consultation report visible to all when omitted. */
  readonly draft?: DocumentDraft;
  /** Episode of care of the deposit (a minor's secret binds one professional and one episode). */
  readonly episodeId?: string;
}

/** Context: the draft, the patient's information, the clock, the deposited document. */
export interface DepositContext {
  readonly professional: Professional;
  readonly patient: Patient;
  readonly now: Instant;
  readonly workstationSkewMs: number;
  readonly episodeId: string | undefined;
  /** The software's checklist box « patient informé » (a reminder, never a refusal). */
  readonly patientInformed: boolean;
  readonly draft: DocumentDraft;
  readonly lastDecision: Decision | null;
  /** The last deposited document (classified by its type), if any. */
  readonly document: DmpDocument | null;
  /** Ids of deposited vaccination notes, which feed the vaccination book (R15). */
  readonly vaccinationBook: readonly string[];
  readonly deposits: number;
}

/** Events of a deposit. */
export type DepositEvent =
  | { readonly type: 'ps.chooseType'; readonly typeCode: string }
  | { readonly type: 'ps.setVisibility'; readonly visibility: VisibilityFlags }
  | { readonly type: 'ps.informPatient' }
  | { readonly type: 'ps.syncClock' }
  | { readonly type: 'workstation.drift'; readonly skewMs: number }
  | { readonly type: 'patient.opposeDeposit'; readonly reason: string }
  | { readonly type: 'ps.submit' }
  | { readonly type: 'ps.newDocument' };

type Args = GuardArgsOf<DepositContext, DepositEvent>;

const typeOf = (c: DepositContext) => c.draft.typeCode;

const guards = {
  // One guard per check of the core's list, named after its rule (DEPOSIT_CHECKS).
  ...checkGuards(DEPOSIT_CHECKS),
  isPatientInformedOfDeposit: ({ context }: Args) => isPatientInformedOfDeposit(context),
  feedsVaccinationBook: ({ context }: Args) =>
    isDocumentTypeCode(context.draft.typeCode) && feedsVaccinationBook(context.draft.typeCode),
};

/** The core rule behind every guard of the machine (checked by machines/meta.test.ts). */
export const GUARD_RULES: Record<keyof typeof guards, AnyRule> = {
  ...checkGuardRules(DEPOSIT_CHECKS),
  isPatientInformedOfDeposit,
  feedsVaccinationBook,
};

const DEFAULT_DRAFT = (now: Instant): DocumentDraft => ({
  typeCode: '11488-4',
  title: 'Compte rendu de consultation',
  serviceDate: now.slice(0, 10),
  visibility: VISIBLE_TO_ALL,
  summary: '',
});

/** The stored document, classified by its type (the guards made sure the type exists). */
function toDocument(c: DepositContext): DmpDocument | null {
  const code = typeOf(c);
  if (!isDocumentTypeCode(code)) return null;
  const pro = c.professional;
  return {
    id: `doc-${c.patient.id}-${c.deposits + 1}`,
    patientId: c.patient.id,
    typeCode: code,
    title: c.draft.title || documentType(code).label,
    serviceDate: c.draft.serviceDate,
    depositedAt: c.now,
    author: {
      kind: 'professional',
      professionalId: pro.id,
      name: professionalName(pro),
      rpps: pro.rpps,
      profession: pro.profession,
    },
    status: 'current',
    visibility: c.draft.visibility,
    deletedAt: null,
    summary: c.draft.summary,
  };
}

const decide = ({ context }: { context: DepositContext }) => ({
  lastDecision: decideDeposit(context, context.draft),
});

/** The deposit machine: draft → deposited, or rejected for good. */
export const depositMachine = setup({
  types: {
    context: {} as DepositContext,
    events: {} as DepositEvent,
    input: {} as DepositInput,
    meta: {} as TransitionMeta,
  },
  guards,
  actions: {
    chooseType: assign(({ context, event }) => ({
      draft: { ...context.draft, typeCode: payload(event, 'ps.chooseType').typeCode },
      lastDecision: null,
    })),
    setVisibility: assign(({ context, event }) => ({
      draft: { ...context.draft, visibility: payload(event, 'ps.setVisibility').visibility },
      lastDecision: null,
    })),
    informPatient: assign({ patientInformed: true }),
    syncClock: assign({ workstationSkewMs: 0 }),
    drift: assign(({ event }) => ({
      workstationSkewMs: payload(event, 'workstation.drift').skewMs,
    })),
    opposeDeposit: assign(({ context, event }) => {
      const opposition: Opposition = {
        id: `opposition-${context.patient.id}-${context.patient.oppositions.length + 1}`,
        kind: 'deposit',
        scope: { kind: 'professional', professionalId: context.professional.id },
        reason: payload(event, 'patient.opposeDeposit').reason,
        channel: 'oral',
        tracedAt: context.now,
        tracedBy: context.professional.id,
      };
      return {
        patient: { ...context.patient, oppositions: [...context.patient.oppositions, opposition] },
      };
    }),
    refuse: assign(decide),
    deposit: assign(({ context }) => ({
      ...decide({ context }),
      document: toDocument(context),
      deposits: context.deposits + 1,
    })),
    remindInformation: assign(({ context }) => ({
      lastDecision:
        context.lastDecision === null
          ? null
          : withInformationReminder(context.lastDecision, context),
    })),
    feedVaccinationBook: assign(({ context }) => ({
      vaccinationBook: [
        ...context.vaccinationBook,
        `doc-${context.patient.id}-${context.deposits}`,
      ],
    })),
    newDocument: assign(({ context }) => ({
      draft: DEFAULT_DRAFT(context.now),
      patientInformed: false,
      lastDecision: null,
      document: null,
    })),
  },
}).createMachine({
  id: 'deposit',
  description: "Dépôt d'un document dans le DMP par un professionnel.",
  context: ({ input }) => ({
    professional: input.professional,
    patient: input.patient,
    now: input.now,
    workstationSkewMs: input.workstationSkewMs ?? 0,
    episodeId: input.episodeId,
    patientInformed: false,
    draft: input.draft ?? DEFAULT_DRAFT(input.now),
    lastDecision: null,
    document: null,
    vaccinationBook: [],
    deposits: 0,
  }),
  initial: 'draft',
  states: {
    draft: {
      description: 'Document en préparation : type, visibilité, information du patient.',
      on: {
        'ps.chooseType': { actions: 'chooseType', description: 'Choisir le type de document.' },
        'ps.setVisibility': {
          actions: 'setVisibility',
          description:
            'Choisir la visibilité (masqué aux PS, invisible au patient, aux représentants).',
        },
        'ps.informPatient': {
          actions: 'informPatient',
          meta: { faq: 'FAQ-CON-08', rules: ['R40'] },
          description:
            'Cocher « patient informé » : informer le patient est un devoir du professionnel (aucun consentement requis).',
        },
        'ps.syncClock': {
          actions: 'syncClock',
          meta: { faq: 'FAQ-DEP-11', rules: ['R18'] },
          description: "Synchroniser l'heure du poste sur Internet.",
        },
        'workstation.drift': {
          actions: 'drift',
          description: "L'horloge du poste se décale.",
        },
        'patient.opposeDeposit': {
          actions: 'opposeDeposit',
          meta: { faq: 'FAQ-CON-08', rules: ['R41'] },
          description: "Le patient s'oppose au dépôt (le motif légitime est tracé).",
        },
        'ps.submit': [
          // The core's checks, in the order it makes them: each failed check refuses.
          ...refusalTransitions(DEPOSIT_CHECKS, { actions: 'refuse', rejected: 'rejected' }),
          {
            guard: and(['feedsVaccinationBook', not('isPatientInformedOfDeposit')]),
            target: 'deposited',
            actions: ['deposit', 'feedVaccinationBook', 'remindInformation'],
            meta: { faq: 'FAQ-CON-08', rules: ['R40'] },
            description:
              'Note de vaccination versée ; case « patient informé » non cochée : le logiciel rappelle ce devoir, le DMP ne refuse pas.',
          },
          {
            guard: not('isPatientInformedOfDeposit'),
            target: 'deposited',
            actions: ['deposit', 'remindInformation'],
            meta: { faq: 'FAQ-CON-08', rules: ['R40'] },
            description:
              'Document versé ; case « patient informé » non cochée : le logiciel rappelle ce devoir, le DMP ne refuse pas.',
          },
          {
            guard: 'feedsVaccinationBook',
            target: 'deposited',
            actions: ['deposit', 'feedVaccinationBook'],
            meta: { faq: 'FAQ-DEP-08', rules: ['R15'] },
            description: 'Note de vaccination versée : elle enrichit le carnet de vaccination.',
          },
          {
            target: 'deposited',
            actions: 'deposit',
            meta: { faq: 'FAQ-DEP-01', rules: ['R7'] },
            description: 'Document versé et classé par catégorie.',
          },
        ],
      },
    },
    deposited: {
      description: 'Document versé dans le DMP et classé (catégorie, puis date).',
      on: {
        'ps.newDocument': {
          target: 'draft',
          actions: 'newDocument',
          description: 'Préparer un autre document (la case « patient informé » est décochée).',
        },
      },
    },
    rejected: {
      type: 'final',
      description: 'Dépôt impossible pour ce professionnel ou ce patient.',
    },
  },
});
