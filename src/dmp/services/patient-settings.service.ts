/**
 * Use cases that change what the patient allows: recording a consent (entitled giver, protector
 * informed, no standing opposition) and the emergency settings of Mon espace santé.
 */
import type { Instant } from '../model/clock';
import type { ConsentRecord } from '../model/consent';
import type { EmergencySettings, Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import { areEmergencySettingsConsistent } from '../rules/break-glass.rules';
import {
  hasOpposedToConsultation,
  isConsentGivenByEntitledPerson,
  isProtectorInformed,
} from '../rules/consent.rules';
import { isAdultAt } from '../rules/majority.rules';
import { assumptionLabel } from '../assumptions';
import { allow, restsOn, deny, type Decision } from './decision';

/** Decide whether a consent may be recorded for this patient by this professional. */
export function decideConsentRecord(
  patient: Patient,
  professional: Professional,
  record: Pick<ConsentRecord, 'givenBy' | 'protectorInformed' | 'scope' | 'minorSecret'>,
  now: Instant,
): Decision {
  if (hasOpposedToConsultation(patient, professional)) {
    return deny(
      'DMP.OPPOSITION',
      "Une opposition à la consultation est tracée : elle doit d'abord être levée à la demande du patient.",
      hasOpposedToConsultation,
    );
  }
  if (!isConsentGivenByEntitledPerson(patient, record, now)) {
    return deny(
      'DMP.CONSENT_GIVER_NOT_ENTITLED',
      isAdultAt(patient, now)
        ? 'Patient majeur : le consentement vient du patient lui-même (ou, hypothèse du simulateur (HS15), de la personne chargée de sa mesure de protection avec représentation).'
        : record.givenBy === 'patient' && record.minorSecret === true
          ? "Secret du mineur : le mineur ne consent seul qu'auprès du professionnel à qui il demande le secret, pour lui seul (pas pour toute l'équipe)."
          : 'Patient mineur : le consentement se recueille auprès du représentant légal, sauf si le mineur vous demande le secret (secret du mineur).',
      isConsentGivenByEntitledPerson,
      ...(isAdultAt(patient, now) ? [restsOn('HS15')] : []),
    );
  }
  if (!isProtectorInformed(patient, record)) {
    return deny(
      'DMP.PROTECTOR_NOT_INFORMED',
      'Majeur protégé : informez aussi la personne chargée de la mesure de protection avec représentation relative à la personne.',
      isProtectorInformed,
    );
  }
  const teamNotAnnounced = record.scope.kind === 'care-team' && !record.scope.informedOfTeamScope;
  const notices = [
    ...(teamNotAnnounced
      ? [
          `Le patient n'a pas été prévenu que ce consentement vaut pour toute l'équipe : il ne couvrira que vous (${assumptionLabel('HS9')} : la FAQ exige que le patient soit prévenu, sans dire ce que vaut l'accord sinon).`,
        ]
      : []),
    ...(record.givenBy === 'patient' && record.minorSecret === true && !isAdultAt(patient, now)
      ? [
          "Secret du mineur : pour cet épisode de soins, les documents que vous déposez devront être invisibles aux représentants légaux. Ce secret vous est confié à vous : un autre professionnel n'en hérite pas, et il ne vaut pas pour un autre épisode (hypothèses du simulateur HS8 et HS16).",
        ]
      : []),
  ];
  const minorSecret =
    record.givenBy === 'patient' && record.minorSecret === true && !isAdultAt(patient, now);
  const byProtector = record.givenBy === 'protector';
  return allow(
    'DMP.CONSENT_ACCEPTED',
    byProtector
      ? "Consentement de la personne chargée de la mesure de protection enregistré pour l'épisode de soins en cours (hypothèse du simulateur (HS15))."
      : "Consentement enregistré pour l'épisode de soins en cours.",
    [
      isConsentGivenByEntitledPerson,
      isProtectorInformed,
      ...(minorSecret ? [restsOn('HS8', 'HS16')] : []),
      ...(teamNotAnnounced ? [restsOn('HS9')] : []),
      ...(byProtector ? [restsOn('HS15')] : []),
    ],
    notices,
  );
}

/** Decide whether new emergency settings are acceptable. */
export function decideEmergencySettings(settings: EmergencySettings): Decision {
  if (!areEmergencySettingsConsistent(settings)) {
    return deny(
      'DMP.INCONSISTENT_EMERGENCY_SETTINGS',
      "Les documents masqués ne peuvent être ouverts en urgence que si l'accès du SAMU ou des autres professionnels en urgence est autorisé.",
      areEmergencySettingsConsistent,
    );
  }
  return allow('DMP.SETTINGS_ACCEPTED', "Réglages d'accès en cas d'urgence enregistrés.", [
    areEmergencySettingsConsistent,
  ]);
}
