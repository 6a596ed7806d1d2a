/**
 * `DmpPort` over the in-memory core store (`createDmpStore`): every request calls one store
 * operation and returns its typed decision as the verdict; the login, the core's card session
 * (`openCardSession`), as the simulated Pro Santé Connect decides it.
 */
import {
  awaitsActivation,
  CARD_SESSION_CITATION,
  cite,
  decidePatientSideAccess,
  deny,
  openCardSession,
  withInformationReminder,
  type Decision,
  type DmpStore,
  type PatientSideViewer,
  type StoreResult,
  frenchDate,
} from '../dmp/index';
import { documentSummaries, documentSummary } from './document-summary';
import type { DmpAnswer, DmpPort, DmpRequest, Verdict } from './port';

/** A core decision as a verdict (refusals have no notices). */
function verdictOf(decision: Decision | StoreResult<unknown>): Verdict {
  const { allowed, code, explanation, rules, faq } = decision;
  return {
    allowed,
    code,
    explanation,
    rules,
    faq,
    notices: decision.allowed ? decision.notices : [],
  };
}

function login(store: DmpStore, request: Extract<DmpRequest, { kind: 'ps.login' }>): DmpAnswer {
  const pro = store.getState().professionals.find((p) => p.id === request.professionalId);
  const session = openCardSession(pro, request.card);
  return {
    verdict: session.opened
      ? {
          allowed: true,
          code: 'PSC.SESSION_OPENED',
          explanation: session.explanation,
          notices: session.notices,
          ...CARD_SESSION_CITATION,
        }
      : {
          allowed: false,
          code: 'DMP.UNKNOWN_PROFESSIONAL',
          explanation: session.explanation,
          notices: [],
          ...CARD_SESSION_CITATION,
        },
  };
}

function documentsView(store: DmpStore, viewer: PatientSideViewer, patientId: string): DmpAnswer {
  const view = store.patientView(viewer, patientId);
  return {
    verdict: verdictOf(view.decision),
    ...(view.decision.allowed
      ? { documents: view.documents.map((d) => d.id), summaries: documentSummaries(view.documents) }
      : {}),
  };
}

/**
 * The patient's own changes in Mon espace santé, as the API decides them: the space must let the
 * holder in (only the activation enters a space not activated yet), and a document is masked only
 * if the holder sees it in their space.
 */
function patientSetting(
  store: DmpStore,
  r: Extract<
    DmpRequest,
    { kind: 'patient.maskDocument' | 'patient.opposeDeposit' | 'patient.activateSpace' }
  >,
): Decision | StoreResult<unknown> {
  const view = store.patientView({ kind: 'patient' }, r.patientId);
  const activating = r.kind === 'patient.activateSpace';
  if (!view.decision.allowed && !(activating && awaitsActivation(view.decision)))
    return view.decision;
  switch (r.kind) {
    case 'patient.activateSpace':
      return store.activateSpace({ patientId: r.patientId });
    case 'patient.opposeDeposit':
      return store.recordOpposition({
        patientId: r.patientId,
        professionalId: null,
        kind: 'deposit',
        scope:
          r.professionalId === null
            ? { kind: 'all' }
            : { kind: 'professional', professionalId: r.professionalId },
        reason: r.reason,
        channel: 'mon-espace-sante',
      });
    case 'patient.maskDocument': {
      const doc = view.documents.find((d) => d.id === r.documentId);
      if (doc === undefined)
        return deny(
          'DMP.DOCUMENT_NOT_FOUND',
          'Aucun document de votre espace ne porte cet identifiant.',
          cite('FAQ-ACC-09'),
        );
      return store.setVisibility({
        actor: { kind: 'patient' },
        documentId: doc.id,
        visibility: { ...doc.visibility, maskedFromProfessionals: r.masked },
      });
    }
  }
}

function perform(store: DmpStore, r: DmpRequest): DmpAnswer {
  switch (r.kind) {
    case 'ps.login':
      return login(store, r);
    case 'ps.searchByIns': {
      const found = store.findByIns(r.matricule, r.oid);
      return {
        verdict: verdictOf(found),
        ...(found.allowed ? { patientId: found.patient.id } : {}),
      };
    }
    case 'ps.searchByTraits': {
      const found = store.searchByTraits(r.query);
      return {
        verdict: verdictOf(found),
        ...(found.allowed ? { patientId: found.patient.id } : {}),
      };
    }
    case 'ps.recordConsent': {
      const { patientId, professionalId, episodeId, givenBy, form, traced, protectorInformed } = r;
      const input = {
        patientId,
        professionalId,
        episodeId,
        givenBy,
        form,
        traced,
        protectorInformed,
        minorSecret: r.minorSecret,
      };
      const scope = r.team === null ? {} : { scope: { kind: 'care-team' as const, ...r.team } };
      return { verdict: verdictOf(store.recordConsent({ ...input, ...scope })) };
    }
    case 'ps.openDmp': {
      const result = store.consult(r);
      return {
        verdict: verdictOf(result),
        ...(result.allowed
          ? {
              documents: result.value.documents.map((d) => d.id),
              summaries: documentSummaries(result.value.documents),
            }
          : {}),
      };
    }
    case 'ps.openDocument': {
      const result = store.openDocument(r);
      return {
        verdict: verdictOf(result),
        ...(result.allowed ? { content: result.value.summary } : {}),
      };
    }
    case 'ps.deposit': {
      const result = store.deposit(r);
      return {
        // The software's checklist (R40): a reminder, never a refusal of the DMP.
        verdict: withInformationReminder(verdictOf(result), r),
        ...(result.allowed
          ? { documentId: result.value.id, document: documentSummary(result.value) }
          : {}),
      };
    }
    case 'ps.qualifyIdentity':
      return { verdict: verdictOf(store.qualifyIdentity(r)) };
    case 'patient.block':
      return { verdict: verdictOf(store.blockProfessional(r)) };
    case 'patient.unblock':
      return { verdict: verdictOf(store.unblockProfessional(r)) };
    case 'patient.blockAll':
      return { verdict: verdictOf(store.setBlockAll(r)) };
    case 'patient.setEmergencySettings':
      return { verdict: verdictOf(store.setEmergencySettings(r)) };
    case 'patient.viewHistory': {
      const state = store.getState();
      const patient = state.patients.find((p) => p.id === r.patientId);
      if (patient === undefined)
        return { verdict: verdictOf(store.patientView({ kind: 'patient' }, r.patientId).decision) };
      const decision = decidePatientSideAccess({ kind: 'patient' }, patient, state.clock.now);
      return {
        verdict: verdictOf(decision),
        ...(decision.allowed ? { lines: store.history(r.patientId).map((l) => l.text) } : {}),
      };
    }
    case 'patient.viewDocuments':
      return documentsView(store, { kind: 'patient' }, r.patientId);
    case 'representative.viewDocuments':
      return documentsView(
        store,
        { kind: 'representative', representativeId: r.representativeId },
        r.patientId,
      );
    case 'patient.addDocument': {
      const result = store.addPatientDocument({
        patientId: r.patientId,
        viewer: { kind: 'patient' },
        draft: r.draft,
      });
      return {
        verdict: verdictOf(result),
        ...(result.allowed
          ? { documentId: result.value.id, document: documentSummary(result.value) }
          : {}),
      };
    }
    case 'patient.maskDocument':
    case 'patient.opposeDeposit':
    case 'patient.activateSpace':
      return { verdict: verdictOf(patientSetting(store, r)) };
    case 'clock.advance': {
      store.advanceClock(r.by);
      const now = store.getState().clock.now;
      const explanation = `Horloge simulée avancée au ${frenchDate(now)}.`;
      return {
        verdict: {
          allowed: true,
          code: 'SIM.CLOCK_ADVANCED',
          explanation,
          rules: [],
          faq: [],
          notices: [],
        },
      };
    }
  }
}

/** A synchronous `DmpPort` over a core store (which already holds the scenario's world as its seed). */
export function createCoreDmpPort(store: DmpStore): DmpPort {
  return {
    reset: () => store.reset(),
    now: () => store.getState().clock.now,
    perform: (request) => perform(store, request),
    observe: (patientId) => ({
      historyCount: store.history(patientId).length,
      notificationCount: store.notifications(patientId).length,
      vaccinationBook: store.vaccinationBook(patientId).map((d) => d.id),
    }),
  };
}
