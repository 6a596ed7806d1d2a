/**
 * Store operation on the patient's identity in the professional's software: the identity becomes
 * qualified (RNIV status QUAL) once the INS is retrieved through the INSi teleservice and the
 * identity checked against a high-trust ID document (dmp-facts.md §8). This happens in the software
 * and its identity repository, not in the DMP: nothing is traced in the DMP and no patient is told.
 */
import { assumptionLabel } from '../assumptions';
import type { Patient } from '../model/patient';
import { isInsQualified } from '../rules/identity.rules';
import { allow, cite, restsOn } from '../services/decision';
import {
  accepted,
  findPatient,
  findProfessional,
  isDenied,
  refused,
  withPatient,
  type DmpState,
  type OpOutcome,
} from './state';

/** What qualifying an identity needs: who does it (in their software) and for which patient. */
export interface QualifyIdentityInput {
  readonly professionalId: string;
  readonly patientId: string;
}

const WHERE = `Fait dans votre logiciel (téléservice INSi et contrôle de la pièce d'identité), pas dans le DMP : rien n'est tracé dans le DMP. Le statut vaut ici pour tous les professionnels du monde simulé, alors que chaque structure tient en réalité son propre référentiel d'identités (${assumptionLabel('HS17')}).`;

/**
 * The identity becomes qualified (PROV, RECUP or VALI → QUAL): the INS may then be used to feed
 * and consult the DMP (R14, HS5). Qualifying a qualified identity changes nothing and says so.
 */
export function qualifyIdentity(state: DmpState, input: QualifyIdentityInput): OpOutcome<Patient> {
  const professional = findProfessional(state, input.professionalId);
  if (isDenied(professional)) return refused(state, professional);
  const patient = findPatient(state, input.patientId);
  if (isDenied(patient)) return refused(state, patient);
  // FAQ-INS-01: the INS is found in the professional's software (ask the software vendor).
  const cited = [isInsQualified, cite('FAQ-INS-01'), restsOn('HS17')];
  if (isInsQualified(patient))
    return accepted(
      state,
      allow(
        'DMP.IDENTITY_QUALIFIED',
        `L'identité de ${patient.displayName} était déjà qualifiée (QUAL) : rien ne change. ${WHERE}`,
        cited,
      ),
      patient,
    );
  const updated: Patient = { ...patient, identityStatus: 'QUAL' };
  return accepted(
    withPatient(state, updated),
    allow(
      'DMP.IDENTITY_QUALIFIED',
      `Identité de ${patient.displayName} qualifiée : statut ${patient.identityStatus} → QUAL (INS récupérée par le téléservice INSi et identité contrôlée sur une pièce à haut niveau de confiance). Son matricule INS peut désormais servir à alimenter et consulter le DMP. ${WHERE}`,
      cited,
    ),
    updated,
  );
}
