/**
 * TD2 request → core deposit input: the DocumentReference gives the draft (type, title, date of the
 * act, visibility labels, decoded content) and the workstation time (`date`), whose gap with the
 * simulated clock is the skew the core checks (R18). Whether the patient was informed is not sent:
 * it is the professional's duty, which the DMP does not check (R40).
 */
import { instantMs, type DepositInput, type Instant } from '../../dmp/index';
import { base64ToText } from '../auth/base64';
import type { documentReferenceCreate } from '../schemas/fhir.schemas';
import { flagsOf } from './codes';
import type { z } from 'zod';

/** The core's deposit input for a validated TD2 body. */
export function depositInputOf(
  body: z.output<typeof documentReferenceCreate>,
  professionalId: string,
  patientId: string,
  now: Instant,
): DepositInput {
  return {
    professionalId,
    patientId,
    draft: {
      typeCode: body.type.coding[0].code,
      title: body.description,
      serviceDate: body.context.period.start,
      visibility: flagsOf((body.securityLabel ?? []).map((l) => l.coding[0].code)),
      summary: base64ToText(body.content[0].attachment.data) ?? '',
    },
    workstationSkewMs: body.date === undefined ? 0 : Date.parse(body.date) - instantMs(now),
    episodeId: body.context.episode,
  };
}
