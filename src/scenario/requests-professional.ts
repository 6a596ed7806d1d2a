/**
 * Professional actions resolved into requests: the patient and the care episode default to the
 * world's, and the access mode in force (after a break-glass or a regulation access) applies to the
 * next documents opened for that patient.
 */
import {
  breakGlass,
  INS_OID_TEST,
  NORMAL_ACCESS,
  REGULATION_ACCESS,
  VISIBLE_TO_ALL,
  type AccessRequest,
} from '../dmp/index';
import type { StepAction } from './actions.schema';
import type { DmpRequest } from './port';
import type { Problem } from './problems';
import {
  documentIdOf,
  draft,
  problem,
  type Resolved,
  type ResolveContext,
} from './request-context';

/** Resolve an action of a logged-in professional (`ps.login` excepted). */
export function resolveProfessional(
  action: StepAction,
  professionalId: string,
  ctx: ResolveContext,
): Resolved | { problem: Problem } {
  const { world } = ctx;
  const patientId = ('patient' in action ? action.patient : undefined) ?? world.defaultPatient;
  const episodeId = ('episode' in action ? action.episode : undefined) ?? world.episode;
  const accessFor = (id: string): AccessRequest => ctx.session?.access[id] ?? NORMAL_ACCESS;
  switch (action.action) {
    case 'ps.searchByIns': {
      const matricule = action.ins ?? world.patients.get(patientId)?.ins.matricule ?? '';
      return {
        request: {
          kind: 'ps.searchByIns',
          professionalId,
          matricule,
          oid: action.oid ?? INS_OID_TEST,
        },
        subject: patientId,
      };
    }
    case 'ps.searchByTraits': {
      const { familyName, givenName, birthDate, sex } = action;
      return {
        request: {
          kind: 'ps.searchByTraits',
          professionalId,
          query: { familyName, givenName, birthDate, sex },
        },
        subject: patientId,
      };
    }
    case 'ps.recordConsent': {
      const pro = world.professionals.get(professionalId);
      const teamId = action.team ?? pro?.careTeamIds[0];
      if (action.scope === 'care-team' && teamId === undefined) {
        return problem(
          'SCN034',
          ['do', 'team'],
          `le professionnel « ${professionalId} » n'appartient à aucune équipe de soins`,
          'précisez `team:`',
        );
      }
      const team =
        action.scope === 'care-team' && teamId !== undefined
          ? { teamId, informedOfTeamScope: action.informedOfTeamScope }
          : null;
      const { givenBy, form, traced, protectorInformed, minorSecret } = action;
      return {
        request: {
          kind: 'ps.recordConsent',
          professionalId,
          patientId,
          episodeId,
          givenBy,
          form,
          team,
          traced,
          protectorInformed,
          minorSecret: minorSecret ?? false,
        },
        subject: patientId,
      };
    }
    case 'ps.openDmp': {
      const access = action.mode === 'centre-de-regulation' ? REGULATION_ACCESS : NORMAL_ACCESS;
      return {
        request: { kind: 'ps.openDmp', professionalId, patientId, episodeId, access },
        subject: patientId,
      };
    }
    case 'ps.breakGlass': {
      const access = breakGlass(action.motive, action.patientUnableToConsent);
      return {
        request: { kind: 'ps.openDmp', professionalId, patientId, episodeId, access },
        subject: patientId,
      };
    }
    case 'ps.openDocument': {
      const doc = documentIdOf(action.document, ctx);
      if (doc === undefined)
        return problem(
          'SCN021',
          ['do', 'document'],
          `document « ${action.document} » inconnu sur ce chemin`,
          "un document nommé par `as:` n'existe qu'après son dépôt",
        );
      const target = action.patient ?? doc.patientId;
      return {
        request: {
          kind: 'ps.openDocument',
          professionalId,
          patientId: target,
          episodeId,
          access: accessFor(target),
          documentId: doc.id,
        },
        subject: target,
      };
    }
    case 'ps.deposit': {
      const visibility = { ...VISIBLE_TO_ALL, ...action.visibility };
      const request: DmpRequest = {
        kind: 'ps.deposit',
        professionalId,
        patientId,
        draft: draft(world, action.type, action.title, action.serviceDate, visibility),
        workstationSkewMs: action.clockSkewMinutes * 60_000,
        episodeId,
        patientInformed: action.patientInformed,
      };
      return { request, subject: patientId };
    }
    case 'ps.qualifyIdentity':
      return {
        request: { kind: 'ps.qualifyIdentity', professionalId, patientId },
        subject: patientId,
      };
    default:
      return problem(
        'SCN027',
        ['do', 'action'],
        `l'action ${action.action} ne se joue pas avec un rôle de professionnel`,
      );
  }
}
