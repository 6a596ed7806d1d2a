/**
 * Turns a route and a thin resolver into an MSW handler: simulated latency, authentication for
 * the route's audience, request validation, then the resolver. A safety net turns an unexpected
 * exception into a French OperationOutcome (tests and the fuzz run assert it never happens).
 */
import { http, type HttpHandler } from 'msw';
import { delay } from 'msw/utils/delay';
import { apiError } from './api-errors';
import type { PsSession } from './auth/tokens';
import type { ApiContext } from './context';
import { parseInput } from './parse';
import type { AnyRoute, Input } from './routes/route';
import { refusalResponse } from './to-http';
import { withPatientAuth, withPsAuth, type PatientSession } from './with-auth';

/** What a resolver receives. */
interface EndpointArgs<R extends AnyRoute> {
  readonly input: Input<R>;
  readonly request: Request;
  /** Origin of the request, for absolute `fullUrl`s. */
  readonly base: string;
}

type Reply = Response | Promise<Response>;
type Run = (request: Request, params: Record<string, unknown>) => Promise<Response>;

function handler(ctx: ApiContext, route: AnyRoute, run: Run): HttpHandler {
  return http[route.method](`*${route.path}`, async ({ request, params }) => {
    try {
      if (ctx.latency !== 0) await delay(ctx.latency);
      return await run(request, params);
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.name})` : '';
      return refusalResponse(
        apiError(
          'API.INTERNAL',
          `Erreur inattendue du simulateur${detail} : signalez-la au formateur.`,
        ),
      );
    }
  });
}

async function withInput<R extends AnyRoute>(
  route: R,
  request: Request,
  params: Record<string, unknown>,
  next: (args: EndpointArgs<R>) => Reply,
): Promise<Response> {
  const input = await parseInput(route, request, params);
  if (input instanceof Response) return input;
  return next({ input, request, base: new URL(request.url).origin });
}

/** A route anyone may call (logins, training control). */
export function publicEndpoint<R extends AnyRoute>(
  ctx: ApiContext,
  route: R,
  resolve: (args: EndpointArgs<R>) => Reply,
): HttpHandler {
  return handler(ctx, route, (request, params) => withInput(route, request, params, resolve));
}

/** A route for professionals (Pro Santé Connect token). */
export function psEndpoint<R extends AnyRoute>(
  ctx: ApiContext,
  route: R,
  resolve: (args: EndpointArgs<R> & { readonly session: PsSession }) => Reply,
): HttpHandler {
  return handler(ctx, route, (request, params) =>
    withPsAuth(ctx, request, (session) =>
      withInput(route, request, params, (args) => resolve({ ...args, session })),
    ),
  );
}

/** A route for the patient's side (Mon espace santé token, entry decided by the core). */
export function mesEndpoint<R extends AnyRoute>(
  ctx: ApiContext,
  route: R,
  resolve: (args: EndpointArgs<R> & { readonly session: PatientSession }) => Reply,
): HttpHandler {
  return handler(ctx, route, (request, params) =>
    withPatientAuth(ctx, request, (session) =>
      withInput(route, request, params, (args) => resolve({ ...args, session })),
    ),
  );
}

/** The activation of Mon espace santé: the patient's side, entered although not activated yet. */
export function mesActivationEndpoint<R extends AnyRoute>(
  ctx: ApiContext,
  route: R,
  resolve: (args: EndpointArgs<R> & { readonly session: PatientSession }) => Reply,
): HttpHandler {
  return handler(ctx, route, (request, params) =>
    withPatientAuth(
      ctx,
      request,
      (session) => withInput(route, request, params, (args) => resolve({ ...args, session })),
      true,
    ),
  );
}
