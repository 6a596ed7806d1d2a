/**
 * The ordered checks of « record a consent », written once: `decideConsentRecord` runs them (first
 * refusal wins) and the professional's session builds its guards and refusal transitions from the
 * giver's checks. No standing opposition (R35), then the entitled giver (R33, R46) and, for a
 * protected adult, the protector informed (R37). Sources: FAQ-CON-02, FAQ-CON-04, FAQ-CON-06.
 */
import { assumptionLabel } from '../assumptions';
import type { Instant } from '../model/clock';
import type { ConsentRecord } from '../model/consent';
import type { Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import {
  hasOpposedToConsultation,
  isConsentGivenByEntitledPerson,
  isProtectorInformed,
} from '../rules/consent.rules';
import { isAdultAt } from '../rules/majority.rules';
import { defineCheck } from './check-list';
import { restsOn } from './decision';

/** A consent about to be recorded, as the professional collects it. */
export type ConsentDraftRecord = Pick<
  ConsentRecord,
  'givenBy' | 'protectorInformed' | 'scope' | 'minorSecret'
>;

/** What the consent-record checks read. */
export interface ConsentRecordCheckInput {
  readonly patient: Patient;
  readonly professional: Professional;
  readonly record: ConsentDraftRecord;
  readonly now: Instant;
}

/** The minor's secret asked by the minor himself (the minor alone, for this professional). */
export const asksMinorSecret = ({ patient, record, now }: ConsentRecordCheckInput): boolean =>
  record.givenBy === 'patient' && record.minorSecret === true && !isAdultAt(patient, now);

/** Who gives the consent: the entitled person, and the protector informed. */
export const CONSENT_GIVER_CHECKS = [
  defineCheck({
    rule: isConsentGivenByEntitledPerson,
    holds: (i: ConsentRecordCheckInput) =>
      isConsentGivenByEntitledPerson(i.patient, i.record, i.now),
    code: 'DMP.CONSENT_GIVER_NOT_ENTITLED',
    explanation: ({ patient, record, now }: ConsentRecordCheckInput) =>
      isAdultAt(patient, now)
        ? `Patient majeur : le consentement vient du patient lui-même (ou, ${assumptionLabel('HS15')}, de la personne chargée de sa mesure de protection avec représentation).`
        : record.givenBy === 'patient' && record.minorSecret === true
          ? "Secret du mineur : le mineur ne consent seul qu'auprès du professionnel à qui il demande le secret, pour lui seul (pas pour toute l'équipe)."
          : 'Patient mineur : le consentement se recueille auprès du représentant légal, sauf si le mineur vous demande le secret (secret du mineur).',
    alsoCites: ({ patient, now }: ConsentRecordCheckInput) =>
      isAdultAt(patient, now) ? [restsOn('HS15')] : [],
    description:
      'Refusé : pour un mineur, le consentement se recueille auprès du représentant légal (seul, sous connexion secrète).',
    correctable: true,
    role: 'grants',
  }),
  defineCheck({
    rule: isProtectorInformed,
    holds: (i: ConsentRecordCheckInput) => isProtectorInformed(i.patient, i.record),
    code: 'DMP.PROTECTOR_NOT_INFORMED',
    explanation:
      'Majeur protégé : informez aussi la personne chargée de la mesure de protection avec représentation relative à la personne.',
    description:
      'Refusé : majeur protégé, la personne chargée de la mesure doit aussi être informée.',
    correctable: true,
    role: 'grants',
  }),
] as const;

/** The checks of « record a consent », in their order. */
export const CONSENT_RECORD_CHECKS = [
  defineCheck({
    rule: hasOpposedToConsultation,
    holds: (i: ConsentRecordCheckInput) => hasOpposedToConsultation(i.patient, i.professional),
    passesWhen: false,
    code: 'DMP.OPPOSITION',
    explanation:
      "Une opposition à la consultation est tracée : elle doit d'abord être levée à la demande du patient.",
    description: "Refusé : une opposition tracée doit d'abord être levée à la demande du patient.",
    role: 'silent',
  }),
  ...CONSENT_GIVER_CHECKS,
] as const;
