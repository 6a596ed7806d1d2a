/**
 * A route of the simulated API, declared once: method, path, authentication, the Zod schemas that
 * validate its query, path and body, and the errors it may answer. Handlers validate with these
 * schemas and `openapi.ts` documents them, so the two cannot drift; the texts and response schemas
 * of the documentation live beside, in `*.docs.ts` (`ROUTE_DOCS`).
 */
import type { z } from 'zod';

/** HTTP methods used by the API. */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route: anyone, a professional (Pro Santé Connect) or the patient's side. */
type AuthKind = 'none' | 'ps' | 'mes';

/** Groups of the documentation. */
type RouteTag =
  | 'Authentification'
  | 'PDSM4DMP (FHIR)'
  | "Autorisation d'accès"
  | 'Mon espace santé'
  | 'Logiciel du professionnel'
  | 'Formation';

/** One documented response. */
interface ResponseSpec {
  readonly description: string;
  readonly schema: z.ZodType;
}

/**
 * How the documentation describes a route (OpenAPI only, kept apart so that the handlers running in
 * the browser do not carry it): its summary, description and documented responses.
 */
export interface RouteDoc {
  readonly summary: string;
  readonly description: string;
  /** Successful responses (errors are OperationOutcome, listed in the route's `errors`). */
  readonly responses: Readonly<Partial<Record<200 | 201, ResponseSpec>>>;
}

/** A route; `Q`, `B`, `P` are the schemas of query, body and path parameters. */
export interface Route<
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  P extends z.ZodType | undefined = z.ZodType | undefined,
> {
  /** Stable id, also the OpenAPI `operationId`. */
  readonly id: string;
  readonly method: Method;
  /** MSW-style path (`/fhir/Binary/:id`). */
  readonly path: string;
  readonly auth: AuthKind;
  readonly tag: RouteTag;
  /** PDSM4DMP transaction shaped by this route, when there is one. */
  readonly transaction?: string;
  readonly query?: Q;
  readonly body?: B;
  readonly params?: P;
  /** Media type of the body (default `application/json`). */
  readonly bodyMediaType?: string;
  /** Error statuses the core can produce on this route (400/401 are added from auth and inputs). */
  readonly errors: readonly (403 | 404 | 409 | 413 | 422)[];
}

/** Any route. */
export type AnyRoute = Route;

/** Output type of an optional schema. */
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** The validated inputs of a route. */
export type Input<R extends AnyRoute> =
  R extends Route<infer Q, infer B, infer P>
    ? { readonly query: Out<Q>; readonly body: Out<B>; readonly params: Out<P> }
    : never;

/** Declare a route (identity, for inference). */
export function defineRoute<
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(route: Route<Q, B, P>): Route<Q, B, P> {
  return route;
}
