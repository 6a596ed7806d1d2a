/**
 * Mon espace santé, settings and traces: profile, activity history, notifications, blocking one
 * or every professional, emergency settings, oppositions expressed by the patient.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { mesActivationEndpoint, mesEndpoint } from '../endpoint';
import {
  mesActivation,
  mesBlock,
  mesBlockAll,
  mesEmergency,
  mesHistory,
  mesNotifications,
  mesOppositionCreateRoute,
  mesOppositionDelete,
  mesProfile,
  mesUnblock,
} from '../routes/index';
import { created, successResponse, toHttp } from '../to-http';
import {
  accessSettingsJson,
  historyJson,
  oppositionsJson,
  profileJson,
  withPatientId,
} from '../views';

/** Handlers of the patient's settings and traces. */
export function mesSettingsHandlers(ctx: ApiContext): HttpHandler[] {
  const { store } = ctx;
  return [
    mesEndpoint(ctx, mesProfile, ({ session }) =>
      withPatientId(ctx, session.patientId, (patient) =>
        successResponse(profileJson(ctx, session, patient)),
      ),
    ),
    mesEndpoint(ctx, mesHistory, ({ session }) =>
      successResponse(historyJson(session.patientId, store.history(session.patientId))),
    ),
    mesEndpoint(ctx, mesNotifications, ({ session }) =>
      successResponse({ notifications: store.notifications(session.patientId) }),
    ),
    mesEndpoint(ctx, mesBlock, ({ input: { body }, session }) =>
      toHttp(
        store.blockProfessional({ patientId: session.patientId, rpps: body.rpps }),
        accessSettingsJson,
      ),
    ),
    mesEndpoint(ctx, mesUnblock, ({ input: { params }, session }) =>
      toHttp(
        store.unblockProfessional({ patientId: session.patientId, rpps: params.rpps }),
        accessSettingsJson,
      ),
    ),
    mesEndpoint(ctx, mesBlockAll, ({ input: { body }, session }) =>
      toHttp(
        store.setBlockAll({ patientId: session.patientId, all: body.all }),
        accessSettingsJson,
      ),
    ),
    mesEndpoint(ctx, mesEmergency, ({ input: { body }, session }) =>
      toHttp(
        store.setEmergencySettings({ patientId: session.patientId, settings: body }),
        accessSettingsJson,
      ),
    ),
    mesActivationEndpoint(ctx, mesActivation, ({ session }) =>
      toHttp(store.activateSpace({ patientId: session.patientId }), accessSettingsJson),
    ),
    mesEndpoint(ctx, mesOppositionCreateRoute, ({ input: { body }, session }) =>
      toHttp(
        store.recordOpposition({
          patientId: session.patientId,
          professionalId: null,
          kind: body.kind,
          scope: body.scope,
          reason: body.reason,
          channel: 'mon-espace-sante',
        }),
        oppositionsJson,
        created(),
      ),
    ),
    mesEndpoint(ctx, mesOppositionDelete, ({ input: { params }, session }) =>
      toHttp(
        store.withdrawOpposition({ patientId: session.patientId, oppositionId: params.id }),
        oppositionsJson,
      ),
    ),
  ];
}
