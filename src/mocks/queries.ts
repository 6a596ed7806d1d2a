/**
 * Read-only compositions of core calls that no single store operation offers: the access status
 * of TD0.2 (the active DMP of an INS, then the core's consultation decision, without tracing).
 */
import {
  decideConsultation,
  deny,
  cite,
  NORMAL_ACCESS,
  type Allowed,
  type Decision,
  type Denied,
  type Patient,
} from '../dmp/index';
import type { ApiContext } from './context';
import type { InsInput } from './schemas/common.schemas';

/** The DMP found for an INS, with the professional's access status. */
export type AccessStatus = Allowed & { readonly patient: Patient; readonly status: Decision };

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
