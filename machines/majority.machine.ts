/**
 * A minor's Mon espace santé profile: created at birth and attached to the legal representative's
 * account (R45); under the secret connection, the documents the professional who received the
 * minor's secret deposits for that episode are hidden from the representatives; at
 * 18 the profile detaches, the young adult gets own codes and the representative loses access
 * (R47). Time moves only through `clock.advance`. Sources: FAQ-PAT-04; dmp-facts.md §3, §7.
 */
import { assign, setup } from 'xstate';
import {
  anniversary,
  decidePatientView,
  decideProfileDeposit,
  decideRepresentativeAccess,
  holdsMinorSecret,
  isAdultAt,
  PATIENT_VIEW_CHECKS,
  SECRET_CONNECTION_CHECK,
  type AnyRule,
  type ConsentRecord,
  type Decision,
  type DmpDocument,
  type Instant,
  type Patient,
  type PatientSideViewer,
} from '../src/dmp/index';
import { checkGuardRules, checkGuards, refusalTransitions } from './checks';
import { laterOf, payload, type GuardArgsOf, type TransitionMeta } from './shared';

/** What the machine starts from: the child, the representative who logs in, the documents. */
export interface MajorityInput {
  readonly patient: Patient;
  readonly representativeId: string;
  readonly documents: readonly DmpDocument[];
}

/** Context: the clock starts at birth (the profile exists from birth, R45). */
export interface MajorityContext extends MajorityInput {
  readonly now: Instant;
  readonly lastDecision: Decision | null;
  /** Documents the representative has seen, and those the holder has seen. */
  readonly shownToRepresentative: readonly string[];
  readonly shownToPatient: readonly string[];
  /** The young adult received their own codes (R47). */
  readonly ownCodes: boolean;
}

/** Events: time, the representative or the holder opening a document, the secret connection, a deposit. */
export type MajorityEvent =
  | { readonly type: 'clock.advance'; readonly now: Instant }
  | { readonly type: 'representative.openDocument'; readonly document: DmpDocument }
  | { readonly type: 'patient.openDocument'; readonly document: DmpDocument }
  /** The young adult activates her own account with the codes received at 18. */
  | { readonly type: 'patient.activateOwnAccount' }
  | {
      readonly type: 'minor.requestSecretConnection';
      /** The professional who receives the request, for one episode of care. */
      readonly professionalId: string;
      readonly episodeId: string;
    }
  | {
      readonly type: 'ps.depositDocument';
      readonly document: DmpDocument;
      /** Episode of care of the deposit; the secret binds its author for one episode only. */
      readonly episodeId: string;
    };

type Args = GuardArgsOf<MajorityContext, MajorityEvent>;

const docOf = (event: MajorityEvent): DmpDocument => {
  if (event.type === 'representative.openDocument') return event.document;
  if (event.type === 'patient.openDocument') return event.document;
  return payload(event, 'ps.depositDocument').document;
};

/** What the core's secret-connection check reads of a deposit on this profile. */
function secretInput(context: MajorityContext, event: MajorityEvent) {
  const { document, episodeId } = payload(event, 'ps.depositDocument');
  const author = document.author.kind === 'professional' ? document.author.professionalId : '';
  return { ...context, professional: { id: author }, episodeId, draft: document };
}

const REPRESENTATIVE = (c: MajorityContext): PatientSideViewer => ({
  kind: 'representative',
  representativeId: c.representativeId,
});
const HOLDER: PatientSideViewer = { kind: 'patient' };

/** What the core's patient-view checks read: the viewer who opens the document, and the document. */
const viewInput = ({ context, event }: Args) => ({
  viewer: event.type === 'representative.openDocument' ? REPRESENTATIVE(context) : HOLDER,
  patient: context.patient,
  now: context.now,
  document: docOf(event),
});

/** The core's checks of seeing a document, for both viewers (one guard per rule). */
const VIEW_CHECKS = [...PATIENT_VIEW_CHECKS.representative, ...PATIENT_VIEW_CHECKS.patient];

const guards = {
  isAdultAt: ({ context, event }: Args) =>
    isAdultAt(context.patient, laterOf(context.now, payload(event, 'clock.advance').now)),
  // The core's patient-view checks, read on the viewer of the event.
  ...checkGuards(VIEW_CHECKS, viewInput),
  // The deposit's secret-connection check, read on the document's author and episode.
  ...checkGuards([SECRET_CONNECTION_CHECK], ({ context, event }: Args) =>
    secretInput(context, event),
  ),
};

/** The core rule behind every guard of the machine (checked by machines/meta.test.ts). */
export const GUARD_RULES: Record<keyof typeof guards, AnyRule> = {
  isAdultAt,
  ...checkGuardRules(VIEW_CHECKS),
  ...checkGuardRules([SECRET_CONNECTION_CHECK]),
};

/**
 * The core decision for a viewer; the document is listed as seen only when the decision allows
 * it (it also checks what no predicate covers: Mon espace santé activated, document of this DMP).
 */
function view(
  c: MajorityContext,
  viewer: PatientSideViewer,
  doc: DmpDocument,
  seen: readonly string[],
) {
  const decision = decidePatientView(viewer, c.patient, doc, c.now);
  return { lastDecision: decision, seen: decision.allowed ? [...seen, doc.id] : seen };
}

/** The majority machine: attached (minor) → detached (18 years old). */
export const majorityMachine = setup({
  types: {
    context: {} as MajorityContext,
    events: {} as MajorityEvent,
    input: {} as MajorityInput,
    meta: {} as TransitionMeta,
  },
  guards,
  actions: {
    setNow: assign(({ context, event }) => ({
      now: laterOf(context.now, payload(event, 'clock.advance').now),
    })),
    detach: assign(({ context }) => ({
      ownCodes: true,
      lastDecision: decideRepresentativeAccess(
        context.representativeId,
        context.patient,
        context.now,
      ),
    })),
    showToRepresentative: assign(({ context, event }) => {
      const v = view(context, REPRESENTATIVE(context), docOf(event), context.shownToRepresentative);
      return { lastDecision: v.lastDecision, shownToRepresentative: v.seen };
    }),
    showToPatient: assign(({ context, event }) => {
      const v = view(context, HOLDER, docOf(event), context.shownToPatient);
      return { lastDecision: v.lastDecision, shownToPatient: v.seen };
    }),
    refuseRepresentative: assign(({ context, event }) => ({
      lastDecision: decidePatientView(
        REPRESENTATIVE(context),
        context.patient,
        docOf(event),
        context.now,
      ),
    })),
    refusePatient: assign(({ context, event }) => ({
      lastDecision: decidePatientView(HOLDER, context.patient, docOf(event), context.now),
    })),
    // The minor consents alone and asks this professional for the secret, for this episode only.
    requestSecretConnection: assign(({ context, event }) => {
      const { professionalId, episodeId } = payload(event, 'minor.requestSecretConnection');
      if (holdsMinorSecret(context.patient, professionalId, episodeId))
        return { lastDecision: null };
      const secret: ConsentRecord = {
        id: `consent-secret-${context.patient.consents.length + 1}`,
        episodeId,
        scope: { kind: 'professional', professionalId },
        givenBy: 'patient',
        form: 'oral',
        traced: false,
        protectorInformed: false,
        recordedAt: context.now,
        recordedBy: professionalId,
        minorSecret: true,
      };
      return {
        patient: { ...context.patient, consents: [...context.patient.consents, secret] },
        lastDecision: null,
      };
    }),
    activateOwnAccount: assign(({ context }) => ({
      patient: { ...context.patient, mesActivated: true, ownAccountActivated: true },
      lastDecision: null,
    })),
    // The core's deposit decision, as far as this profile knows the deposit (decideDeposit's part).
    refuseDeposit: assign(({ context, event }) => ({
      lastDecision: decideProfileDeposit(secretInput(context, event)),
    })),
    deposit: assign(({ context, event }) => ({
      documents: [...context.documents, docOf(event)],
      lastDecision: decideProfileDeposit(secretInput(context, event)),
    })),
  },
}).createMachine({
  id: 'majority',
  description: "Profil Mon espace santé d'un mineur, de la naissance à la majorité.",
  context: ({ input }) => ({
    ...input,
    now: anniversary(input.patient.traits.birthDate, 0),
    lastDecision: null,
    shownToRepresentative: [],
    shownToPatient: [],
    ownCodes: false,
  }),
  initial: 'attached',
  states: {
    attached: {
      description: 'Patient mineur : profil rattaché au compte de son représentant légal.',
      on: {
        'clock.advance': [
          {
            guard: 'isAdultAt',
            target: 'detached',
            actions: ['setNow', 'detach'],
            meta: { faq: 'FAQ-PAT-04', rules: ['R47'] },
            description:
              '18 ans : le profil se détache, le jeune majeur reçoit ses codes, le représentant perd l’accès.',
          },
          { actions: 'setNow', description: 'Le temps passe : le patient est toujours mineur.' },
        ],
        'representative.openDocument': [
          // The core's checks for a representative, in its order (decidePatientView).
          ...refusalTransitions(PATIENT_VIEW_CHECKS.representative, {
            actions: 'refuseRepresentative',
          }),
          {
            actions: 'showToRepresentative',
            meta: { faq: 'FAQ-PAT-04', rules: ['R45'] },
            description: 'Le représentant légal voit le document depuis son compte.',
          },
        ],
        'patient.openDocument': [
          // The core's checks for the holder, in its order (decidePatientView); a minor's own
          // account is never reached (a managed profile is refused first, else there is none).
          ...refusalTransitions(PATIENT_VIEW_CHECKS.patient, {
            actions: 'refusePatient',
            cannotRefuse: ['hasActivatedOwnAccount'],
          }),
          { actions: 'showToPatient', description: 'Le titulaire voit le document.' },
        ],
        'minor.requestSecretConnection': {
          actions: 'requestSecretConnection',
          description:
            'Le mineur demande le secret au professionnel qui le reçoit : pour cet épisode de soins, les documents que ce professionnel dépose seront cachés aux représentants.',
        },
        'ps.depositDocument': [
          ...refusalTransitions([SECRET_CONNECTION_CHECK], { actions: 'refuseDeposit' }),
          { actions: 'deposit', description: 'Document versé dans le DMP du mineur.' },
        ],
      },
    },
    detached: {
      description:
        'Patient majeur : profil détaché, codes personnels ; le représentant légal n’a plus accès.',
      on: {
        'clock.advance': { actions: 'setNow', description: 'Le temps passe.' },
        'representative.openDocument': {
          actions: 'refuseRepresentative',
          description: 'Refusé : depuis la majorité, l’ancien représentant légal n’a plus accès.',
        },
        'patient.activateOwnAccount': {
          actions: 'activateOwnAccount',
          meta: { faq: 'FAQ-PAT-04', rules: ['R47'] },
          description: 'Le jeune majeur active son propre compte avec les codes reçus à 18 ans.',
        },
        'patient.openDocument': [
          // An adult's profile is no longer managed by the representative.
          ...refusalTransitions(PATIENT_VIEW_CHECKS.patient, {
            actions: 'refusePatient',
            cannotRefuse: ['isProfileManagedByRepresentative'],
          }),
          {
            actions: 'showToPatient',
            description:
              'Le jeune majeur voit ses documents, y compris ceux cachés à ses représentants.',
          },
        ],
        'ps.depositDocument': { actions: 'deposit', description: 'Document versé dans le DMP.' },
      },
    },
  },
});
