/**
 * The simulated identity providers. Pro Santé Connect: the core's card session (`openCardSession`:
 * the professional exists and presents a card they hold); what the card allows is decided later by
 * the core. Mon espace santé: the INS designates an active DMP (core
 * `findByIns`); who may enter the space is decided by the core on every request.
 */
import { openCardSession, professionalName, type CardType } from '../../dmp/index';
import { apiError } from '../api-errors';
import type { ApiContext } from '../context';
import { insOf, type insIdentifier } from '../schemas/common.schemas';
import type { Session } from './tokens';
import { refusalResponse, successResponse } from '../to-http';
import type { z } from 'zod';

type PsLogin =
  | { readonly rpps: string; readonly card: CardType }
  | { readonly professionalId: string; readonly card: CardType };

async function tokenResponse(ctx: ApiContext, session: Session, id: string, displayName: string) {
  const issued = await ctx.tokens.issue(session, ctx.store.getState().clock.now, ctx.generation());
  return successResponse({
    access_token: issued.token,
    token_type: 'Bearer',
    expires_in: issued.expiresIn,
    expires_at: issued.expiresAt,
    subject: { kind: session.kind, id, displayName },
  });
}

/** Pro Santé Connect login. */
export async function loginPs(ctx: ApiContext, body: PsLogin): Promise<Response> {
  const professional = ctx.store
    .getState()
    .professionals.find((p) =>
      'rpps' in body ? p.rpps === body.rpps : p.id === body.professionalId,
    );
  const opened = openCardSession(professional, body.card);
  if (!opened.opened)
    return refusalResponse(
      opened.reason === 'unknown'
        ? apiError(
            'AUTH.UNKNOWN_USER',
            'Aucun professionnel du jeu de données fictif ne correspond à cet identifiant.',
          )
        : apiError('AUTH.WRONG_CARD', opened.explanation),
    );
  const { professional: pro } = opened;
  const session = { kind: 'ps', professionalId: pro.id, card: body.card } as const;
  return tokenResponse(ctx, session, pro.id, professionalName(pro));
}

/** Mon espace santé login. */
export async function loginMes(
  ctx: ApiContext,
  body: {
    readonly ins: z.output<typeof insIdentifier>;
    readonly representativeId?: string | undefined;
  },
): Promise<Response> {
  const ins = insOf(body.ins);
  const found = ctx.store.findByIns(ins.matricule, ins.oid);
  if (!found.allowed) return refusalResponse(found);
  const representativeId = body.representativeId ?? null;
  const representative = found.patient.legalRepresentatives.find((r) => r.id === representativeId);
  const session = { kind: 'mes', patientId: found.patient.id, representativeId } as const;
  const name = representative
    ? professionalName(representative)
    : (representativeId ?? found.patient.displayName);
  return tokenResponse(ctx, session, representativeId ?? found.patient.id, name);
}
