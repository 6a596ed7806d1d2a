/**
 * Use cases on the patient's side (Mon espace santé): the holder or a minor's legal representative
 * sees a document unless it awaits an announcement or is hidden from representatives; the
 * representative loses access at 18 (R45, R47). Sources: FAQ-PAT-04, FAQ-DEP-09; dmp-facts.md §3, §7.
 */
import type { Instant } from '../model/clock';
import { isDeleted, type DmpDocument } from '../model/document';
import type { Patient } from '../model/patient';
import {
  hasActivatedOwnAccount,
  isCurrentRepresentative,
  isProfileManagedByRepresentative,
} from '../rules/majority.rules';
import { isHiddenFromPatient, isVisibleToRepresentatives } from '../rules/visibility.rules';
import { assumptionLabel } from '../assumptions';
import { runChecks } from './check-list';
import { allow, cite, deny, restsOn, type Decision, type Denied } from './decision';
import {
  DOCUMENT_VIEW_CHECKS,
  PATIENT_SIDE_CHECKS,
  type PatientSideViewer,
} from './patient-view.checks';

export type { PatientSideViewer } from './patient-view.checks';

/** Decide whether a legal representative may still manage the patient's profile (lost at 18, R47). */
export function decideRepresentativeAccess(
  representativeId: string,
  patient: Patient,
  now: Instant,
): Decision {
  const viewer = { kind: 'representative', representativeId } as const;
  const run = runChecks(PATIENT_SIDE_CHECKS.representative, { viewer, patient, now });
  if (run.refused) return run.decision;
  return allow(
    'DMP.REPRESENTATIVE_ACCESS_ALLOWED',
    'Patient mineur : son profil est géré depuis le compte de son représentant légal.',
    [isCurrentRepresentative, isProfileManagedByRepresentative],
  );
}

/** Decide whether this viewer may enter the patient's Mon espace santé at all. */
export function decidePatientSideAccess(
  viewer: PatientSideViewer,
  patient: Patient,
  now: Instant,
): Decision {
  if (!patient.mesActivated) {
    return deny(
      'DMP.MES_NOT_ACTIVATED',
      "Mon espace santé n'a pas été activé : le DMP existe, mais personne ne le consulte côté patient.",
      cite('FAQ-PAT-01', 'R42'),
    );
  }
  if (viewer.kind === 'representative')
    return decideRepresentativeAccess(viewer.representativeId, patient, now);
  const run = runChecks(PATIENT_SIDE_CHECKS.patient, { viewer, patient, now });
  if (run.refused) return run.decision;
  return allow('DMP.PATIENT_VIEW_ALLOWED', 'Le titulaire accède à son espace.', [
    cite('FAQ-PAT-04', 'R45', 'R47'),
    hasActivatedOwnAccount,
  ]);
}

/**
 * The space refuses entry only because it awaits an activation: Mon espace santé never activated
 * (R42), or the young adult's own account (FAQ-PAT-04, R47). The activation route lets these in.
 */
export function awaitsActivation(decision: Decision): boolean {
  return (
    !decision.allowed &&
    (decision.code === 'DMP.MES_NOT_ACTIVATED' || decision.code === 'DMP.OWN_ACCOUNT_NOT_ACTIVATED')
  );
}

/**
 * Whether the holder's action enters the space, given the space's entry decision: any action once
 * the space lets them in, and only the activation while it awaits one (R42, R47).
 */
export function entersSpace(entry: Decision, activating: boolean): boolean {
  return entry.allowed || (activating && awaitsActivation(entry));
}

/** Decide whether the holder or a representative sees a document in Mon espace santé. */
export function decidePatientView(
  viewer: PatientSideViewer,
  patient: Patient,
  document: DmpDocument,
  now: Instant,
): Decision {
  if (document.patientId !== patient.id || isDeleted(document)) {
    return deny(
      'DMP.DOCUMENT_NOT_FOUND',
      "Ce document n'existe pas (ou plus) dans ce dossier.",
      cite('FAQ-ACC-09'),
    );
  }
  const access = decidePatientSideAccess(viewer, patient, now);
  if (!access.allowed) return access;
  const run = runChecks(DOCUMENT_VIEW_CHECKS[viewer.kind], { viewer, patient, now, document });
  if (run.refused) return run.decision;
  // HS12: the young adult sees what was hidden from the representatives while a minor.
  const hiddenFromRepresentatives =
    viewer.kind === 'patient' && document.visibility.invisibleToLegalRepresentatives;
  const notices = [
    ...(document.visibility.maskedFromProfessionals
      ? ['Document masqué aux professionnels (sauf son auteur).']
      : []),
    ...(hiddenFromRepresentatives
      ? [
          `Document invisible aux représentants légaux : vous le voyez, vous (${assumptionLabel('HS12')} : les sources ne disent pas ce que le jeune adulte voit à sa majorité).`,
        ]
      : []),
  ];
  return allow(
    'DMP.PATIENT_VIEW_ALLOWED',
    'Document visible dans Mon espace santé.',
    [
      access,
      isHiddenFromPatient,
      isVisibleToRepresentatives,
      ...(hiddenFromRepresentatives ? [restsOn('HS12')] : []),
    ],
    notices,
  );
}

/**
 * The document a holder acts on in Mon espace santé (masks, deletes): one they see in their space,
 * or the refusal to give when none of theirs has this id.
 */
export function documentInSpace(
  documents: readonly DmpDocument[],
  documentId: string,
): { readonly document: DmpDocument } | { readonly refusal: Denied } {
  const document = documents.find((d) => d.id === documentId);
  if (document !== undefined) return { document };
  return {
    refusal: deny(
      'DMP.DOCUMENT_NOT_FOUND',
      'Aucun document de votre espace ne porte cet identifiant.',
      cite('FAQ-ACC-09'),
    ),
  };
}
