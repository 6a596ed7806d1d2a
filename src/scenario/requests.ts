/**
 * From a learner action (`do:`) to a `DmpRequest`: the role says who acts, the scenario's defaults
 * fill in the patient and the care episode, the session gives the access mode in force (a break-glass
 * access lasts for the next documents), aliases name the documents deposited on this path.
 * A problem of the scenario itself (role, login, alias) is returned, never thrown.
 */
import type { StepAction } from './actions.schema';
import type { Problem } from './problems';
import { durationOf, problem, type Resolved, type ResolveContext } from './request-context';
import { resolvePatientSide } from './requests-patient';
import { resolveProfessional } from './requests-professional';
import { ACTIONS } from './vocabulary';

export { documentIdOf, durationOf } from './request-context';
export type { Aliases, Resolved, Session } from './request-context';

/** Resolve an action into a request, or a scenario problem. */
export function resolveRequest(
  action: StepAction,
  ctx: ResolveContext,
): Resolved | { problem: Problem } {
  const { world, role } = ctx;
  const needed = ACTIONS[action.action].actor;
  if (needed !== 'any' && role?.kind !== needed) {
    return problem(
      'SCN027',
      ['do', 'action'],
      `l'action ${action.action} demande un rôle « ${needed} », or le rôle « ${ctx.roleId} » est « ${role?.kind ?? 'inconnu'} »`,
      'ajoutez `role:` sur cette étape',
    );
  }
  if (action.action === 'clock.advance') {
    return {
      request: { kind: 'clock.advance', by: durationOf(action) },
      subject: world.defaultPatient,
    };
  }
  if (role?.kind === 'patient' || role?.kind === 'representative')
    return resolvePatientSide(action, role, world, ctx.aliases);
  if (role?.kind !== 'professional')
    return problem('SCN022', ['role'], `rôle « ${ctx.roleId} » inconnu`);
  const professionalId = role.professional;
  if (action.action === 'ps.login')
    return {
      request: { kind: 'ps.login', professionalId, card: action.card },
      subject: world.defaultPatient,
    };
  if (ctx.session?.loggedIn !== true) {
    return problem(
      'SCN028',
      ['do', 'action'],
      `le rôle « ${ctx.roleId} » fait ${action.action} sans s'être connecté`,
      'ajoutez avant une étape `do: { action: ps.login, card: … }` pour ce rôle',
    );
  }
  return resolveProfessional(action, professionalId, ctx);
}
