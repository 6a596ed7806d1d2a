/**
 * Object Mother for consent records and oppositions.
 */
import type { ConsentRecord, Opposition, Professional } from '../../src/dmp/index';

let counter = 0;

/** Named constructors of consents and oppositions. */
export const ConsentMother = {
  /** An oral consent of the patient, for one professional and one episode. */
  for: (
    professional: Pick<Professional, 'id'>,
    episodeId: string,
    o: Partial<ConsentRecord> = {},
  ): ConsentRecord => {
    counter += 1;
    return {
      id: `consent-${counter}`,
      episodeId,
      scope: { kind: 'professional', professionalId: professional.id },
      givenBy: 'patient',
      form: 'oral',
      traced: false,
      protectorInformed: false,
      recordedAt: '2025-09-30T08:00:00.000Z',
      recordedBy: professional.id,
      ...o,
    };
  },
  /** A consent collected on behalf of a care team (patient told of the scope). */
  forTeam: (
    recorder: Pick<Professional, 'id'>,
    teamId: string,
    episodeId: string,
    o: Partial<ConsentRecord> = {},
  ): ConsentRecord =>
    ConsentMother.for(recorder, episodeId, {
      scope: { kind: 'care-team', teamId, informedOfTeamScope: true },
      ...o,
    }),
  /** A traced opposition to consultation, covering everybody by default. */
  consultationOpposition: (o: Partial<Opposition> = {}): Opposition => {
    counter += 1;
    return {
      id: `opposition-${counter}`,
      kind: 'consultation',
      scope: { kind: 'all' },
      reason: 'Refus du patient',
      channel: 'oral',
      tracedAt: '2025-09-30T08:00:00.000Z',
      tracedBy: null,
      ...o,
    };
  },
  /** A deposit opposition for a legitimate reason. */
  depositOpposition: (o: Partial<Opposition> = {}): Opposition =>
    ConsentMother.consultationOpposition({
      kind: 'deposit',
      reason: 'Motif légitime invoqué par le patient',
      ...o,
    }),
};
