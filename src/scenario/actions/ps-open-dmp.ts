/**
 * `ps.openDmp`: TD3.1 consultation of the patient's DMP, normally or as the SAMU's regulation
 * centre; the access mode accepted stays in force for the next documents of that patient.
 */
import {
  NORMAL_ACCESS,
  REGULATION_ACCESS,
  type AccessRequest,
  type DmpStore,
} from '../../dmp/index';
import type { DmpAnswer, Session } from '../wire/index';
import {
  documentSummaries,
  documentList,
  allowedVerdict,
  bundleOf,
  bundleVerdict,
  isRefusal,
  refusal,
} from '../wire/index';
import { renamedEnum } from '../../world/index';
import { FORMER_SPELLINGS, OPEN_MODES } from '../format/base';
import { defineAction, type HttpPlayContext } from './define';
import { episodeParam, patientParam } from './params';
import { accessQuery, professionalTarget, verdictOf } from './play';

/** An opening of a patient's DMP in one access mode. */
export interface OpeningRequest {
  readonly professionalId: string;
  readonly patientId: string;
  readonly episodeId: string;
  readonly access: AccessRequest;
}

/** The access accepted stays in force for the patient's next documents. */
export const keepAccess = (session: Session, r: OpeningRequest): Session => ({
  ...session,
  access: { ...session.access, [r.patientId]: r.access },
});

/** An opening over the core: the consultation's decision and the documents listed. */
export function openOnCore(store: DmpStore, r: OpeningRequest): DmpAnswer {
  const result = store.consult(r);
  return {
    verdict: verdictOf(result),
    ...(result.allowed
      ? {
          documents: result.value.documents.map((d) => d.id),
          summaries: documentSummaries(result.value.documents),
        }
      : {}),
  };
}

/** An opening over the API: `POST /dmp/break-glass`, or a FHIR search in the mode asked. */
export async function openOverHttp(
  { client, ins }: HttpPlayContext,
  r: OpeningRequest,
): Promise<DmpAnswer> {
  const { access } = r;
  const patient = ins(r.patientId);
  const reply =
    access.mode === 'break-glass'
      ? await client.asPro(r.professionalId, 'POST', '/dmp/break-glass', {
          body: {
            patient,
            motive: access.motive,
            patientUnableToConsent: access.patientUnableToConsent,
          },
        })
      : await client.asPro(r.professionalId, 'GET', '/fhir/DocumentReference', {
          query: accessQuery(patient, access, r.episodeId),
        });
  if (isRefusal(reply)) return refusal(reply);
  return {
    verdict: bundleVerdict(reply.body, allowedVerdict('DMP.CONSULTATION_ALLOWED', '')),
    ...documentList(bundleOf(reply.body).matches),
  };
}

export const psOpenDmp = defineAction({
  name: 'ps.openDmp',
  actor: 'professional',
  label: 'Ouvrir le DMP du patient',
  params: {
    patient: patientParam,
    episode: episodeParam,
    mode: renamedEnum(OPEN_MODES, FORMER_SPELLINGS.mode)
      .prefault('normal')
      .describe(
        'Mode : normal, ou regulation-centre (médecin régulateur du SAMU ; ancienne graphie acceptée : centre-de-regulation).',
      ),
  },
  // A regulation access is the emergency access of the break-glass machine.
  machines: (action) =>
    action.mode === 'regulation-centre' ? ['proSession', 'breakGlass'] : ['proSession'],
  resolve(action, ctx) {
    const { professionalId, patientId, episodeId } = professionalTarget(action, ctx);
    const access = action.mode === 'regulation-centre' ? REGULATION_ACCESS : NORMAL_ACCESS;
    return { request: { professionalId, patientId, episodeId, access }, subject: patientId };
  },
  session: keepAccess,
  core: openOnCore,
  http: openOverHttp,
});
