/**
 * Patient-side actions (Mon espace santé) resolved into requests: the patient or the legal
 * representative of the role acts on the role's patient; a blocked professional is named by RPPS.
 */
import { VISIBLE_TO_ALL } from '../dmp/index';
import type { StepAction } from './actions.schema';
import type { Problem } from './problems';
import { documentIdOf, draft, problem, type Aliases, type Resolved } from './request-context';
import type { World } from './world';
import type { RoleSpec } from './world.schema';

/** Resolve an action of the patient or of a legal representative. */
export function resolvePatientSide(
  action: StepAction,
  role: Extract<RoleSpec, { kind: 'patient' | 'representative' }>,
  world: World,
  aliases: Aliases = {},
): Resolved | { problem: Problem } {
  const patientId = role.patient;
  const rppsOf = (id: string) => world.professionals.get(id)?.rpps ?? '';
  switch (action.action) {
    case 'patient.block':
    case 'patient.unblock':
      return {
        request: { kind: action.action, patientId, rpps: rppsOf(action.professional) },
        subject: patientId,
      };
    case 'patient.blockAll':
      return {
        request: { kind: 'patient.blockAll', patientId, all: action.all },
        subject: patientId,
      };
    case 'patient.setEmergencySettings': {
      const { allowSamu, allowOtherProfessionals, allowMaskedDocumentsInEmergency } = action;
      return {
        request: {
          kind: 'patient.setEmergencySettings',
          patientId,
          settings: { allowSamu, allowOtherProfessionals, allowMaskedDocumentsInEmergency },
        },
        subject: patientId,
      };
    }
    case 'patient.viewHistory':
    case 'patient.viewDocuments':
      return { request: { kind: action.action, patientId }, subject: patientId };
    case 'patient.addDocument': {
      const visibility = {
        ...VISIBLE_TO_ALL,
        maskedFromProfessionals: action.maskedFromProfessionals,
      };
      return {
        request: {
          kind: 'patient.addDocument',
          patientId,
          draft: draft(world, action.type, action.title, action.serviceDate, visibility),
        },
        subject: patientId,
      };
    }
    case 'patient.maskDocument': {
      const doc = documentIdOf(action.document, { world, aliases });
      if (doc === undefined)
        return problem(
          'SCN021',
          ['do', 'document'],
          `document « ${action.document} » inconnu sur ce chemin`,
          "un document nommé par `as:` n'existe qu'après son dépôt",
        );
      return {
        request: { kind: action.action, patientId, documentId: doc.id, masked: action.masked },
        subject: patientId,
      };
    }
    case 'patient.opposeDeposit':
      return {
        request: {
          kind: action.action,
          patientId,
          reason: action.reason,
          professionalId: action.professional ?? null,
        },
        subject: patientId,
      };
    case 'patient.activateSpace':
      return { request: { kind: action.action, patientId }, subject: patientId };
    case 'representative.viewDocuments':
      if (role.kind !== 'representative') break;
      return {
        request: {
          kind: 'representative.viewDocuments',
          patientId,
          representativeId: role.representative,
        },
        subject: patientId,
      };
    default:
      break;
  }
  return problem(
    'SCN027',
    ['do', 'action'],
    `l'action ${action.action} ne se joue pas avec le rôle « ${role.id} »`,
  );
}
