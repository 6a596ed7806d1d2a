/**
 * Read-only compositions of core calls that no single store operation offers: the access status
 * of TD0.2 (the active DMP of an INS, then the core's consultation decision, without tracing), and
 * the core's decision on one document before a read by id is traced.
 */
import {
  decideConsultation,
  decideDocumentAccess,
  deny,
  cite,
  NORMAL_ACCESS,
  type AccessRequest,
  type Allowed,
  type Decision,
  type Denied,
  type DmpDocument,
  type Patient,
} from '../dmp/index';
import type { ApiContext } from './context';
import type { InsInput } from './schemas/common.schemas';

/** The DMP found for an INS, with the professional's access status. */
type AccessStatus = Allowed & { readonly patient: Patient; readonly status: Decision };

/** TD0.2: find the active DMP, then decide (dry run) whether this professional may open it now. */
export function accessStatus(
  ctx: ApiContext,
  professionalId: string,
  ins: InsInput,
  episodeId: string | undefined,
): AccessStatus | Denied {
  const found = ctx.store.findByIns(ins.matricule, ins.oid);
  if (!found.allowed) return found;
  const state = ctx.store.getState();
  const professional = state.professionals.find((p) => p.id === professionalId);
  const status =
    professional === undefined
      ? deny(
          'DMP.UNKNOWN_PROFESSIONAL',
          `Professionnel « ${professionalId} » inconnu du simulateur.`,
          cite('FAQ-ACC-01'),
        )
      : decideConsultation({
          professional,
          patient: found.patient,
          now: state.clock.now,
          episodeId: episodeId ?? '',
          access: NORMAL_ACCESS,
        });
  return { ...found, status };
}

/**
 * Read of one DocumentReference: the core's decision for this document (the search's consultation
 * decision, then the per-document checks), computed before anything is traced.
 */
export function documentAccessStatus(
  ctx: ApiContext,
  input: {
    readonly professionalId: string;
    readonly patient: Patient;
    readonly episodeId: string;
    readonly access: AccessRequest;
    readonly documentId: string;
  },
): (Allowed & { readonly document: DmpDocument }) | Denied {
  const state = ctx.store.getState();
  const professional = state.professionals.find((p) => p.id === input.professionalId);
  if (professional === undefined)
    return deny(
      'DMP.UNKNOWN_PROFESSIONAL',
      `Professionnel « ${input.professionalId} » inconnu du simulateur.`,
      cite('FAQ-ACC-01'),
    );
  const document = state.documents.find((d) => d.id === input.documentId);
  if (document === undefined)
    return deny(
      'DMP.DOCUMENT_NOT_FOUND',
      `Le document « ${input.documentId} » n'existe pas dans le simulateur.`,
      cite('FAQ-ACC-09'),
    );
  const decision = decideDocumentAccess(
    {
      professional,
      patient: input.patient,
      now: state.clock.now,
      episodeId: input.episodeId,
      access: input.access,
    },
    document,
  );
  return decision.allowed ? { ...decision, document } : decision;
}
