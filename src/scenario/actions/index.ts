/**
 * The registry of learner actions: one definition per file (`defineAction`), listed here once, in
 * guide order. Everything else about actions derives from it: their names, actors and labels, the
 * schema of a step's `do:` block, the resolution of an action into a request (which keeps the
 * action's name as its `kind`), both ports' dispatch, the role's session after an answer and the
 * machines an action goes through. Adding an action is one new file, one line below, and its screen.
 */
import { z } from 'zod';
import type { DmpStore } from '../../dmp/index';
import type { DmpAnswer } from '../wire/index';
import { unknownPatientAnswer, problem, type ResolveContext, type Session } from '../wire/index';
import type { MachineId } from '../format/base';
import { clockAdvance } from './clock-advance';
import type { ActionContext, ActorKind, HttpPlayContext } from './define';

export type { HttpPlayContext } from './define';
import { patientActivateSpace } from './patient-activate-space';
import { patientAddDocument } from './patient-add-document';
import { patientBlock, patientUnblock } from './patient-block';
import { patientBlockAll } from './patient-block-all';
import { patientDeleteDocument } from './patient-delete-document';
import { patientSetEmergencySettings } from './patient-emergency-settings';
import { patientMaskDocument } from './patient-mask-document';
import { patientOpposeDeposit } from './patient-oppose-deposit';
import { patientViewDocuments } from './patient-view-documents';
import { patientViewHistory } from './patient-view-history';
import { psBreakGlass } from './ps-break-glass';
import { psDeposit } from './ps-deposit';
import { psLogin } from './ps-login';
import { psOpenDmp } from './ps-open-dmp';
import { psOpenDocument } from './ps-open-document';
import { psQualifyIdentity } from './ps-qualify-identity';
import { psRecordConsent } from './ps-record-consent';
import { psSearchByIns } from './ps-search-by-ins';
import { psSearchByTraits } from './ps-search-by-traits';
import { representativeViewDocuments } from './representative-view-documents';

/** Every learner action, in guide order. */
const DEFINITIONS = [
  psLogin,
  psSearchByIns,
  psSearchByTraits,
  psRecordConsent,
  psOpenDmp,
  psBreakGlass,
  psOpenDocument,
  psDeposit,
  psQualifyIdentity,
  patientBlock,
  patientUnblock,
  patientBlockAll,
  patientSetEmergencySettings,
  patientViewHistory,
  patientViewDocuments,
  patientAddDocument,
  patientMaskDocument,
  patientDeleteDocument,
  patientOpposeDeposit,
  patientActivateSpace,
  representativeViewDocuments,
  clockAdvance,
] as const;

type Definition = (typeof DEFINITIONS)[number];

/** An action name. */
export type ActionName = Definition['name'];

/** All action names, in guide order. */
export const ACTION_NAMES: readonly ActionName[] = DEFINITIONS.map((d) => d.name);

/** Every action with the actor it needs and what it does in the simulated screens. */
export const ACTIONS = Object.fromEntries(
  DEFINITIONS.map((d) => [d.name, { actor: d.actor, label: d.label }]),
) as { readonly [N in ActionName]: { readonly actor: ActorKind; readonly label: string } };

type SchemasOf<T extends readonly unknown[]> = {
  -readonly [I in keyof T]: T[I] extends { readonly schema: infer S } ? S : never;
};
type Schemas = SchemasOf<typeof DEFINITIONS>;

/** The `do:` block: the action the learner must perform. */
export const actionSchema = z
  .discriminatedUnion('action', DEFINITIONS.map((d) => d.schema) as unknown as Schemas)
  .describe("Action que l'apprenant doit faire dans les écrans simulés.");

/** A parsed action. */
export type StepAction = z.output<typeof actionSchema>;
/** A parsed action of one kind. */
export type ActionOf<N extends ActionName> = Extract<StepAction, { action: N }>;

/** The request of one definition, named by its action. */
type RequestOf<D> = D extends {
  readonly name: infer N;
  readonly core: (store: DmpStore, request: infer P) => DmpAnswer;
}
  ? { readonly kind: N } & P
  : never;

/** One action, with every id resolved: its name as `kind`, and what the ports need to play it. */
export type DmpRequest = RequestOf<Definition>;

/** A request ready for the port, and the patient whose traces it may change. */
export interface Resolved {
  readonly request: DmpRequest;
  readonly subject: string;
}

/** The loose view of a definition the dispatch works with (each file is checked on its own). */
interface AnyDefinition {
  readonly name: ActionName;
  readonly actor: ActorKind;
  readonly schema: z.ZodType;
  readonly needsSession: boolean;
  readonly look: boolean;
  readonly machines: (action: StepAction) => readonly MachineId[];
  readonly resolve: (
    action: StepAction,
    ctx: ActionContext<ActorKind>,
  ) =>
    | { readonly request: object; readonly subject: string }
    | { problem: import('../diagnostics/index').Problem };
  readonly session?: (session: Session, request: object) => Session;
  readonly core: (store: DmpStore, request: object) => DmpAnswer;
  readonly http: (ctx: HttpPlayContext, request: object) => Promise<DmpAnswer>;
}

const BY_NAME: ReadonlyMap<string, AnyDefinition> = new Map(
  DEFINITIONS.map((d) => [d.name, d as unknown as AnyDefinition]),
);

function definitionOf(name: string): AnyDefinition {
  const definition = BY_NAME.get(name);
  if (definition === undefined) throw new Error(`Action inconnue du registre : ${name}`);
  return definition;
}

/** The parameters an action takes (besides `action`), e.g. for the goal's `with` list. */
export function actionParameters(name: ActionName): readonly string[] {
  const schema = definitionOf(name).schema as z.ZodObject;
  return Object.keys(schema.shape).filter((key) => key !== 'action');
}

/**
 * Whether an action only reads the DMP (its file says `look: true`): off the step's goal, the
 * player shows its answer without counting it as an attempt (decision 052).
 */
export const isLook = (action: Pick<StepAction, 'action'>): boolean =>
  definitionOf(action.action).look;

/** The machines a learner action goes through (catalogue, coverage). */
export const machinesOfAction = (action: StepAction): readonly MachineId[] =>
  definitionOf(action.action).machines(action);

/**
 * From a learner action (`do:`) to a request: the role must be the action's actor, a professional
 * must have logged in first, and the action's definition applies the scenario's defaults. A
 * problem of the scenario itself (role, login, alias) is returned, never thrown.
 */
export function resolveRequest(
  action: StepAction,
  ctx: ResolveContext,
): Resolved | { problem: import('../diagnostics/index').Problem } {
  const definition = definitionOf(action.action);
  const { role, roleId } = ctx;
  if (definition.actor !== 'any' && role?.kind !== definition.actor) {
    const given = role?.kind ?? 'inconnu';
    return problem(
      'SCN027',
      ['do', 'action'],
      `l'action ${action.action} demande un rôle « ${definition.actor} », or le rôle « ${roleId} » est « ${given} »`,
      'ajoutez `role:` sur cette étape',
    );
  }
  if (definition.needsSession && ctx.session?.loggedIn !== true) {
    return problem(
      'SCN028',
      ['do', 'action'],
      `le rôle « ${roleId} » fait ${action.action} sans s'être connecté`,
      'ajoutez avant une étape `do: { action: ps.login, card: … }` pour ce rôle',
    );
  }
  const resolved = definition.resolve(action, ctx);
  if ('problem' in resolved) return resolved;
  return {
    request: { kind: definition.name, ...resolved.request } as DmpRequest,
    subject: resolved.subject,
  };
}

/** The role's session after the DMP accepted a request (a login, an opening in some mode). */
export function sessionAfter(
  session: Session | undefined,
  request: DmpRequest,
): Session | undefined {
  const { kind, ...payload } = request;
  const next = definitionOf(kind).session;
  return next === undefined ? session : next(session ?? { loggedIn: false, access: {} }, payload);
}

/** Play a request over the core store. */
export function performOnCore(store: DmpStore, request: DmpRequest): DmpAnswer {
  const { kind, ...payload } = request;
  return definitionOf(kind).core(store, payload);
}

/**
 * Play a request over the simulated API. A request naming a patient outside the scenario's world
 * (so without a known INS) is answered at once, « patient inconnu ».
 */
export function performOverHttp(ctx: HttpPlayContext, request: DmpRequest): Promise<DmpAnswer> {
  const { kind, ...payload } = request;
  if ('patientId' in payload && !ctx.patients.has(payload.patientId))
    return Promise.resolve(unknownPatientAnswer(payload.patientId));
  return definitionOf(kind).http(ctx, payload);
}
