/**
 * Higher-order resolvers for the cross-cutting checks (mswjs recipe « withAuth »): the bearer token
 * of a professional or of the patient's side, the patient-side entry decision (holder, current
 * representative, majority: decided by the core) and the scope of a patient's own document.
 */
import type { DmpDocument, PatientSideViewer } from '../dmp/index';
import { documentInSpace, entersSpace } from '../dmp/index';
import { apiError, type ApiError } from './api-errors';
import type { MesSession, PsSession, Session } from './auth/tokens';
import type { ApiContext } from './context';
import { refusalResponse } from './to-http';

/** A patient-side session with the viewer the core expects. */
export interface PatientSession extends MesSession {
  readonly viewer: PatientSideViewer;
}

/** The session of a request's bearer token, or why it is refused. */
async function authenticate(ctx: ApiContext, request: Request): Promise<Session | ApiError> {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') {
    return apiError(
      'AUTH.TOKEN_MISSING',
      "Jeton d'accès manquant : connectez-vous puis envoyez l'en-tête Authorization: Bearer <jeton>.",
    );
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (match?.[1] === undefined) {
    return apiError('AUTH.TOKEN_INVALID', 'En-tête Authorization attendu : Bearer <jeton>.');
  }
  return ctx.tokens.verify(match[1], ctx.store.getState().clock.now, ctx.generation());
}

function isRefusal(value: Session | ApiError): value is ApiError {
  return 'allowed' in value;
}

/** Run `next` with the professional's session, or answer 401/403. */
export async function withPsAuth(
  ctx: ApiContext,
  request: Request,
  next: (session: PsSession) => Response | Promise<Response>,
): Promise<Response> {
  const session = await authenticate(ctx, request);
  if (isRefusal(session)) return refusalResponse(session);
  if (session.kind !== 'ps') {
    return refusalResponse(
      apiError(
        'AUTH.WRONG_AUDIENCE',
        'Ce jeton vient de Mon espace santé : cette route est réservée aux professionnels (Pro Santé Connect).',
      ),
    );
  }
  return next(session);
}

/** Run `next` with the patient-side session once the core lets this viewer in, or answer 401/403. */
export async function withPatientAuth(
  ctx: ApiContext,
  request: Request,
  next: (session: PatientSession) => Response | Promise<Response>,
  /** The activation route: a space not activated yet may be entered to activate it. */
  activation = false,
): Promise<Response> {
  const session = await authenticate(ctx, request);
  if (isRefusal(session)) return refusalResponse(session);
  if (session.kind !== 'mes') {
    return refusalResponse(
      apiError(
        'AUTH.WRONG_AUDIENCE',
        'Ce jeton vient de Pro Santé Connect : cette route est réservée au patient et à ses représentants (Mon espace santé).',
      ),
    );
  }
  const viewer: PatientSideViewer =
    session.representativeId === null
      ? { kind: 'patient' }
      : { kind: 'representative', representativeId: session.representativeId };
  const entry = ctx.store.patientView(viewer, session.patientId).decision;
  if (!entry.allowed && !entersSpace(entry, activation)) return refusalResponse(entry);
  return next({ ...session, viewer });
}

/** Run `next` with one of the documents this viewer sees in their space, or answer 404. */
export function withOwnDocument(
  ctx: ApiContext,
  session: PatientSession,
  documentId: string,
  next: (document: DmpDocument) => Response,
): Response {
  const { documents } = ctx.store.patientView(session.viewer, session.patientId);
  const found = documentInSpace(documents, documentId);
  return 'refusal' in found ? refusalResponse(found.refusal) : next(found.document);
}
