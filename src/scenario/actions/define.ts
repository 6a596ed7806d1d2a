/**
 * `defineAction`: everything about one learner action, in one file — its name, who performs it,
 * its French label, the schema of its parameters in a scenario's `do:` block, how a step's action
 * resolves into a request (the scenario's defaults applied), how the core port and the HTTP port
 * play that request, what it changes in the role's session and which machines it goes through.
 * The registry (`index.ts`) derives the vocabulary, the schema, both ports' dispatch and the
 * catalogue's machines from the definitions; nothing else lists the actions.
 */
import { z } from 'zod';
import type { DmpStore } from '../../dmp/index';
import type { DmpAnswer, HttpClient, InsIdentifier, ResolveContext, Session } from '../wire/index';
import type { Problem } from '../diagnostics/index';
import type { MachineId, RoleSpec } from '../format/base';
import type { Patient, Professional } from '../../dmp/index';

/** Who performs an action: a professional, the patient, a legal representative, or anybody (the clock). */
export type ActorKind = 'professional' | 'patient' | 'representative' | 'any';

/** The role an action of this actor is played with. */
type RoleOf<A extends ActorKind> = A extends 'any'
  ? RoleSpec | undefined
  : Extract<RoleSpec, { kind: A }>;

/** What resolving an action of actor `A` knows: the world, the path so far, the acting role. */
export type ActionContext<A extends ActorKind> = Omit<ResolveContext, 'role'> & {
  readonly role: RoleOf<A>;
};

/** A request ready for the port (without its `kind`, the action's name), and the patient it concerns. */
export type Resolution<P> =
  { readonly request: P; readonly subject: string } | { problem: Problem };

/** What the HTTP port gives an action to play it over the simulated API. */
export interface HttpPlayContext {
  readonly client: HttpClient;
  readonly professionals: ReadonlyMap<string, Professional>;
  readonly patients: ReadonlyMap<string, Patient>;
  /**
   * The INS of a patient of the scenario's world. The port has already answered « patient
   * inconnu » to a request naming a patient outside it, so this one is always known.
   */
  readonly ins: (patientId: string) => InsIdentifier;
}

/** The zod object of an action's `do:` block. */
type ActionObject<N extends string, S extends z.ZodRawShape> = z.ZodObject<
  { action: z.ZodLiteral<N> } & S,
  z.core.$strict
>;

/** An action as the registry holds it. */
export interface ActionDefinition<
  N extends string,
  A extends ActorKind,
  S extends z.ZodRawShape,
  P,
> {
  readonly name: N;
  readonly actor: A;
  readonly label: string;
  /** The `do:` block's schema (`action` plus the parameters). */
  readonly schema: ActionObject<N, S>;
  /** Whether a professional must have opened a card session first (`ps.login` opens it). */
  readonly needsSession: boolean;
  /** Whether the action only reads the DMP (no change, no trace): a free look (decision 052). */
  readonly look: boolean;
  /** The machines this action goes through (catalogue, coverage). */
  readonly machines: (action: z.output<ActionObject<N, S>>) => readonly MachineId[];
  readonly resolve: (action: z.output<ActionObject<N, S>>, ctx: ActionContext<A>) => Resolution<P>;
  /** The role's session after the DMP accepted the request (unchanged when absent). */
  readonly session?: (session: Session, request: P) => Session;
  /** Play the request over the core store (synchronous, like the store). */
  readonly core: (store: DmpStore, request: P) => DmpAnswer;
  /** Play the request over the simulated API. */
  readonly http: (ctx: HttpPlayContext, request: P) => Promise<DmpAnswer>;
}

/** The description of an action, as its file writes it. */
interface ActionSpec<N extends string, A extends ActorKind, S extends z.ZodRawShape, P> {
  readonly name: N;
  readonly actor: A;
  readonly label: string;
  /** Parameters of the `do:` block, each with its French help text. */
  readonly params: S;
  /** A check on the whole block, with the French message of its failure. */
  readonly refine?: {
    readonly check: (action: z.output<ActionObject<N, S>>) => boolean;
    readonly error: string;
  };
  /** Default: true for a professional's action. */
  readonly needsSession?: boolean;
  /**
   * The action only reads the DMP: it changes nothing in the store and traces nothing (default
   * false). Off the step's goal, the player lets the learner look freely (decision 052).
   */
  readonly look?: boolean;
  readonly machines:
    readonly MachineId[] | ((action: z.output<ActionObject<N, S>>) => readonly MachineId[]);
  readonly resolve: (action: z.output<ActionObject<N, S>>, ctx: ActionContext<A>) => Resolution<P>;
  readonly session?: (session: Session, request: P) => Session;
  readonly core: (store: DmpStore, request: P) => DmpAnswer;
  readonly http: (ctx: HttpPlayContext, request: P) => Promise<DmpAnswer>;
}

/** Declare one learner action (see the module's comment). */
export function defineAction<
  const N extends string,
  const A extends ActorKind,
  S extends z.ZodRawShape,
  P,
>(spec: ActionSpec<N, A, S, P>): ActionDefinition<N, A, S, P> {
  const object = z
    .object({ action: z.literal(spec.name).describe(spec.label), ...spec.params })
    .strict()
    .describe(spec.label) as unknown as ActionObject<N, S>;
  const schema =
    spec.refine === undefined
      ? object
      : object.refine(spec.refine.check, { error: spec.refine.error });
  const { machines } = spec;
  return {
    name: spec.name,
    actor: spec.actor,
    label: spec.label,
    schema,
    needsSession: spec.needsSession ?? spec.actor === 'professional',
    look: spec.look ?? false,
    machines: typeof machines === 'function' ? machines : () => machines,
    resolve: spec.resolve,
    ...(spec.session === undefined ? {} : { session: spec.session }),
    core: spec.core,
    http: spec.http,
  };
}
