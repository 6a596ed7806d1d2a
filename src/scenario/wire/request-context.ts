/**
 * What resolving a learner action needs: the role's session (logged in, access mode in force per
 * patient), the documents named by `as:` on this path, the defaults of the world, and small helpers
 * (drafts, durations, document references, scenario problems).
 */
import {
  documentType,
  isDocumentTypeCode,
  VISIBLE_TO_ALL,
  type AccessRequest,
  type Duration,
} from '../../dmp/index';
import type { DraftDocument } from './answer';
import type { Problem } from '../diagnostics/index';
import type { World } from './world';
import type { RoleSpec } from '../format/base';

/** What a professional role has done so far on this path. */
export interface Session {
  readonly loggedIn: boolean;
  /** Access mode in force per patient, after a successful opening. */
  readonly access: Readonly<Record<string, AccessRequest>>;
}

/** Documents deposited on this path, by their `as:` name. */
export type Aliases = Readonly<Record<string, { readonly id: string; readonly patientId: string }>>;

/** Everything needed to resolve an action. */
export interface ResolveContext {
  readonly world: World;
  readonly role: RoleSpec | undefined;
  readonly roleId: string;
  readonly session: Session | undefined;
  readonly aliases: Aliases;
}

/** A scenario problem at a path of the step. */
export const problem = (
  code: Problem['code'],
  path: readonly string[],
  message: string,
  hint?: string,
): { problem: Problem } => ({
  problem: hint === undefined ? { code, path, message } : { code, path, message, hint },
});

/** A draft document with the defaults of the scenario. */
export function draft(
  world: World,
  type: string,
  title: string | undefined,
  serviceDate: string | undefined,
  visibility = VISIBLE_TO_ALL,
): DraftDocument {
  const label = isDocumentTypeCode(type) ? documentType(type).label : type;
  return {
    typeCode: type,
    title: title ?? label,
    serviceDate: serviceDate ?? world.start.slice(0, 10),
    visibility,
    summary: 'Document fictif déposé pendant le scénario.',
  };
}

/** A duration with only its given parts (the core's `Duration` has no undefined values). */
export function durationOf(d: Partial<Record<keyof Duration, number | undefined>>): Duration {
  const parts = (['years', 'months', 'days', 'hours', 'minutes'] as const).flatMap((k) => {
    const value = d[k];
    return value === undefined ? [] : [[k, value] as const];
  });
  return Object.fromEntries(parts);
}

/** The document id behind a reference: an alias of this path, or a world document. */
export function documentIdOf(
  ref: string,
  ctx: Pick<ResolveContext, 'aliases' | 'world'>,
): { id: string; patientId: string } | undefined {
  const alias = ctx.aliases[ref];
  if (alias !== undefined) return alias;
  const doc = ctx.world.documents.get(ref);
  return doc === undefined ? undefined : { id: doc.id, patientId: doc.patientId };
}
