/**
 * What several actions share to resolve and play their requests: the defaults of a professional's
 * action (patient, care episode, access mode in force), a core decision as a verdict, the card
 * session's answer, and the documents of Mon espace santé over the core and over the API.
 */
import {
  CARD_SESSION_CITATION,
  entersSpace,
  NORMAL_ACCESS,
  type AccessRequest,
  type CardSession,
  type Decision,
  type DmpStore,
  type PatientSideViewer,
  type DmpDocument,
  type StoreResult,
} from '../../dmp/index';
import { WIRE } from '../../mocks/wire-values';
import type { DmpAnswer, Verdict, HttpClient, InsIdentifier } from '../wire/index';
import {
  documentSummaries,
  documentList,
  allowedVerdict,
  bundleOf,
  bundleVerdict,
  isRefusal,
  refusal,
  refusedVerdict,
  verdictOfDecision,
  type Json,
  documentIdOf,
  problem,
} from '../wire/index';
import type { Problem } from '../diagnostics/index';
import type { ActionContext, ActorKind } from './define';

/** The patient and care episode a professional's action targets: the scenario's defaults. */
export function professionalTarget(
  action: { readonly patient?: string | undefined; readonly episode?: string | undefined },
  ctx: ActionContext<'professional'>,
) {
  return {
    professionalId: ctx.role.professional,
    patientId: action.patient ?? ctx.world.defaultPatient,
    episodeId: action.episode ?? ctx.world.episode,
  };
}

/** The access mode in force for a patient (after a break-glass or a regulation opening). */
export const accessInForce = (
  ctx: ActionContext<'professional'>,
  patientId: string,
): AccessRequest => ctx.session?.access[patientId] ?? NORMAL_ACCESS;

/** A core decision as a verdict (refusals have no notices). */
export function verdictOf(decision: Decision | StoreResult<unknown>): Verdict {
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

/** The answer to a card login, from the core's card session (the same over both ports). */
export function cardSessionAnswer(session: CardSession): DmpAnswer {
  return session.opened
    ? {
        verdict: {
          allowed: true,
          code: 'PSC.SESSION_OPENED',
          explanation: session.explanation,
          notices: session.notices,
          ...CARD_SESSION_CITATION,
        },
      }
    : { verdict: refusedVerdict('DMP.UNKNOWN_PROFESSIONAL', session.explanation) };
}

/** The documents a patient or a representative sees in Mon espace santé, over the core. */
export function coreDocumentsView(
  store: DmpStore,
  viewer: PatientSideViewer,
  patientId: string,
): DmpAnswer {
  const view = store.patientView(viewer, patientId);
  return {
    verdict: verdictOf(view.decision),
    ...(view.decision.allowed
      ? { documents: view.documents.map((d) => d.id), summaries: documentSummaries(view.documents) }
      : {}),
  };
}

/** The documents of Mon espace santé over the API (`GET /mes/documents`). */
export async function httpDocumentsView(
  client: HttpClient,
  patientId: string,
  representativeId: string | null,
): Promise<DmpAnswer> {
  const reply = await client.asPatient(patientId, representativeId, 'GET', '/mes/documents');
  if (isRefusal(reply)) return refusal(reply);
  return {
    verdict: bundleVerdict(reply.body, allowedVerdict('DMP.PATIENT_VIEW_ALLOWED', '')),
    ...documentList(bundleOf(reply.body).matches),
  };
}

/** The FHIR search parameters of an access (consultation, document) in a given mode. */
export const accessQuery = (ins: InsIdentifier, access: AccessRequest, episodeId: string) => ({
  'patient.identifier': `${ins.system}|${ins.value}`,
  episode: episodeId === '' ? undefined : episodeId,
  ...(access.mode === 'normal' ? {} : { mode: WIRE.accessMode[access.mode] }),
  ...(access.mode === 'break-glass' ? { motive: access.motive } : {}),
});

/**
 * A change the patient makes in Mon espace santé, over the core, as the API decides it: the space
 * must let the holder in (only the activation enters a space not activated yet).
 */
export function patientChangeOnCore(
  store: DmpStore,
  patientId: string,
  change: (documents: readonly DmpDocument[]) => Decision | StoreResult<unknown>,
  options: { readonly activating?: boolean } = {},
): DmpAnswer {
  const view = store.patientView({ kind: 'patient' }, patientId);
  const enters = entersSpace(view.decision, options.activating === true);
  return { verdict: verdictOf(enters ? change(view.documents) : view.decision) };
}

/** A change the patient makes in Mon espace santé, over the API: its `decision`, or the refusal. */
export async function patientChangeOverHttp(
  client: HttpClient,
  patientId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<DmpAnswer> {
  const reply = await client.asPatient(patientId, null, method, path, body);
  if (isRefusal(reply)) return refusal(reply);
  return { verdict: verdictOfDecision(reply.body['decision'] as Json) };
}

/** The document a step names (an `as:` name of this path, or a world document), or the scenario's problem. */
export function documentOfPath(
  ref: string,
  ctx: Pick<ActionContext<ActorKind>, 'aliases' | 'world'>,
): { readonly id: string; readonly patientId: string } | { problem: Problem } {
  return (
    documentIdOf(ref, ctx) ??
    problem(
      'SCN021',
      ['do', 'document'],
      `document « ${ref} » inconnu sur ce chemin`,
      "un document nommé par `as:` n'existe qu'après son dépôt",
    )
  );
}

/** The request of a patient's action that takes no parameter: the role's patient. */
export const ownSpace = (_action: unknown, { role }: ActionContext<'patient'>) => ({
  request: { patientId: role.patient },
  subject: role.patient,
});
