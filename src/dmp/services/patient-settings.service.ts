/**
 * Use cases that change what the patient allows: recording a consent (the checks of
 * `consent-record.checks.ts`: no standing opposition, entitled giver, protector informed) and the
 * emergency settings of Mon espace santé.
 */
import type { Instant } from '../model/clock';
import type { EmergencySettings, Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import { areEmergencySettingsConsistent } from '../rules/break-glass.rules';
import { assumptionLabel } from '../assumptions';
import { allowAfter, runChecks } from './check-list';
import {
  asksMinorSecret,
  CONSENT_RECORD_CHECKS,
  type ConsentDraftRecord,
} from './consent-record.checks';
import { allow, restsOn, deny, type Decision } from './decision';

/** Decide whether a consent may be recorded for this patient by this professional. */
export function decideConsentRecord(
  patient: Patient,
  professional: Professional,
  record: ConsentDraftRecord,
  now: Instant,
): Decision {
  const input = { patient, professional, record, now };
  const run = runChecks(CONSENT_RECORD_CHECKS, input);
  if (run.refused) return run.decision;
  const teamNotAnnounced = record.scope.kind === 'care-team' && !record.scope.informedOfTeamScope;
  const minorSecret = asksMinorSecret(input);
  const notices = [
    ...(teamNotAnnounced
      ? [
          `Le patient n'a pas été prévenu que ce consentement vaut pour toute l'équipe : il ne couvrira que vous (${assumptionLabel('HS9')} : la FAQ exige que le patient soit prévenu, sans dire ce que vaut l'accord sinon).`,
        ]
      : []),
    ...(minorSecret
      ? [
          "Secret du mineur : pour cet épisode de soins, les documents que vous déposez devront être invisibles aux représentants légaux. Ce secret vous est confié à vous : un autre professionnel n'en hérite pas, et il ne vaut pas pour un autre épisode (hypothèses du simulateur HS8 et HS16).",
        ]
      : []),
  ];
  const byProtector = record.givenBy === 'protector';
  return allowAfter(
    run.passed,
    'DMP.CONSENT_ACCEPTED',
    byProtector
      ? "Consentement de la personne chargée de la mesure de protection enregistré pour l'épisode de soins en cours (hypothèse du simulateur (HS15))."
      : "Consentement enregistré pour l'épisode de soins en cours.",
    {
      cited: [
        ...(minorSecret ? [restsOn('HS8', 'HS16')] : []),
        ...(teamNotAnnounced ? [restsOn('HS9')] : []),
        ...(byProtector ? [restsOn('HS15')] : []),
      ],
      notices,
    },
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
