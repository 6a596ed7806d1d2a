/**
 * `ps.deposit`: TD2 deposit of a document in the patient's DMP, with its visibility labels and the
 * workstation's clock; whether the patient was informed stays in the software, which reminds of it
 * (R40), never a refusal of the DMP.
 */
import { z } from 'zod';
import { VISIBLE_TO_ALL, withInformationReminder } from '../../dmp/index';
import type { DraftDocument, InsIdentifier } from '../wire/index';
import {
  documentSummary,
  fhirDocumentSummary,
  allowedVerdict,
  asString,
  isRefusal,
  refusal,
  textToBase64,
  draft,
} from '../wire/index';
import { documentTypeCode, isoDate, text, visibility } from '../format/base';
import { defineAction } from './define';
import { aliasParam, patientParam } from './params';
import { professionalTarget, verdictOf } from './play';

/** A deposit, every default applied. */
interface DepositRequest {
  readonly professionalId: string;
  readonly patientId: string;
  readonly draft: DraftDocument;
  readonly workstationSkewMs: number;
  /** Episode of care ('' when none): a minor's secret binds one professional and one episode. */
  readonly episodeId: string;
  /** The software's checklist box « patient informé » (R40): never sent to the DMP. */
  readonly patientInformed: boolean;
}

function depositBody(r: DepositRequest, ins: InsIdentifier, now: string) {
  const { draft } = r;
  const labels = [
    ...(draft.visibility.maskedFromProfessionals ? ['MASQUE_PS'] : []),
    ...(draft.visibility.invisibleToPatient ? ['INVISIBLE_PATIENT'] : []),
    ...(draft.visibility.invisibleToLegalRepresentatives ? ['INVISIBLE_REPRESENTANTS_LEGAUX'] : []),
  ];
  return {
    resourceType: 'DocumentReference',
    status: 'current',
    type: { coding: [{ code: draft.typeCode }] },
    subject: { identifier: ins },
    // The workstation's clock: the DMP's simulated time shifted by the scenario's skew (R18).
    date: new Date(Date.parse(now) + r.workstationSkewMs).toISOString(),
    description: draft.title,
    context: {
      period: { start: draft.serviceDate },
      ...(r.episodeId === '' ? {} : { episode: r.episodeId }),
    },
    ...(labels.length === 0
      ? {}
      : { securityLabel: labels.map((code) => ({ coding: [{ code }] })) }),
    content: [
      {
        attachment: {
          contentType: 'text/plain',
          data: textToBase64(draft.summary === '' ? draft.title : draft.summary),
        },
      },
    ],
  };
}

export const psDeposit = defineAction({
  name: 'ps.deposit',
  actor: 'professional',
  label: 'Déposer un document dans le DMP',
  params: {
    patient: patientParam,
    type: documentTypeCode(
      'Type de document déposé (code LOINC, ex. 87273-9 pour une note de vaccination).',
    ),
    title: text('Titre du document (par défaut : le libellé du type).').optional(),
    serviceDate: isoDate("Date de l'acte (par défaut : la date simulée).").optional(),
    visibility: visibility.optional(),
    clockSkewMinutes: z
      .number()
      .int()
      .min(-1440)
      .max(1440)
      .default(0)
      .describe("Décalage de l'horloge du poste, en minutes (0 : poste à l'heure)."),
    patientInformed: z
      .boolean()
      .default(true)
      .describe(
        'Case « patient informé » du logiciel : informer le patient est un devoir du professionnel, que le DMP ne vérifie pas. À false, le dépôt est accepté et le retour le rappelle.',
      ),
    as: aliasParam,
  },
  machines: ['deposit'],
  resolve(action, ctx): { request: DepositRequest; subject: string } {
    const { professionalId, patientId, episodeId } = professionalTarget(action, ctx);
    const flags = { ...VISIBLE_TO_ALL, ...action.visibility };
    return {
      request: {
        professionalId,
        patientId,
        draft: draft(ctx.world, action.type, action.title, action.serviceDate, flags),
        workstationSkewMs: action.clockSkewMinutes * 60_000,
        episodeId,
        patientInformed: action.patientInformed,
      },
      subject: patientId,
    };
  },
  core(store, r) {
    const result = store.deposit(r);
    return {
      // The software's checklist (R40): a reminder, never a refusal of the DMP.
      verdict: withInformationReminder(verdictOf(result), r),
      ...(result.allowed
        ? { documentId: result.value.id, document: documentSummary(result.value) }
        : {}),
    };
  },
  async http({ client, ins }, r) {
    const now = asString((await client.call('GET', '/training/world')).body['now']);
    const reply = await client.asPro(r.professionalId, 'POST', '/fhir/DocumentReference', {
      body: depositBody(r, ins(r.patientId), now),
    });
    if (isRefusal(reply)) return refusal(reply);
    const explanation = `Document déposé (TD2) : ${r.draft.title}.`;
    return {
      // The software's checklist (R40): a reminder, never a refusal of the DMP.
      verdict: withInformationReminder(allowedVerdict('DMP.DEPOSIT_ALLOWED', explanation), r),
      documentId: asString(reply.body['id']),
      document: fhirDocumentSummary(reply.body),
    };
  },
});
