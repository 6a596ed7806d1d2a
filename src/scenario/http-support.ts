/**
 * What the simulated API cannot express, reported in French (« non pris en charge par l'API »)
 * rather than faked: inline world entries (the training endpoints only reload the default data set
 * and move the clock) and actions without a route (search by traits).
 */
import { DEFAULT_SEED } from '../dmp/index';
import type { Scenario } from './schema';
import type { World } from './world';

/** Error of a scenario or action the API cannot express. */
export class HttpPortUnsupportedError extends Error {
  override readonly name = 'HttpPortUnsupportedError';
}

const byId = <T extends { readonly id: string }>(xs: readonly T[]) =>
  new Map(xs.map((x) => [x.id, x]));
/** The default data set by id: the directory of a port without a world. */
export const DEFAULTS = {
  patients: byId(DEFAULT_SEED.patients),
  professionals: byId(DEFAULT_SEED.professionals),
  documents: byId(DEFAULT_SEED.documents),
};

/**
 * Why a world cannot be set up through the API (inline entries: the training endpoints only
 * reload the default data set and move the clock), or null when it can.
 */
export function httpUnsupportedReason(world: World): string | null {
  const inline: string[] = [];
  const sections = [
    ['patients', 'patient', world.patients, DEFAULTS.patients],
    ['professionals', 'professionnel', world.professionals, DEFAULTS.professionals],
    ['documents', 'document', world.documents, DEFAULTS.documents],
  ] as const;
  for (const [, label, entries, defaults] of sections)
    for (const [id, value] of entries as ReadonlyMap<string, unknown>)
      if ((defaults as ReadonlyMap<string, unknown>).get(id) !== value)
        inline.push(`${label} « ${id} »`);
  if (inline.length === 0) return null;
  return (
    `Monde du scénario non pris en charge par l'API : ${inline.join(', ')} défini(s) dans le ` +
    'scénario, alors que /training/reset ne recharge que le jeu de données fictif par défaut.'
  );
}

/** Actions of the scenario format that no API route expresses. */
const UNSUPPORTED_ACTIONS: Readonly<Record<string, string>> = {
  'ps.searchByTraits':
    "l'API simulée ne propose que la recherche par INS (TD0.2), pas la recherche par traits",
};

/** The French message of an action no API route expresses. */
export function unsupportedAction(action: string): string {
  return `Action ${action} non prise en charge par l'API : ${UNSUPPORTED_ACTIONS[action] ?? ''}.`;
}

/**
 * Why a scenario cannot be played over the API (its world, or an action of one of its steps), or
 * null when it can.
 */
export function httpUnsupportedScenario(scenario: Scenario, world: World): string | null {
  const reasons = [httpUnsupportedReason(world)];
  const actions = new Set(
    scenario.steps.flatMap((step) => ('do' in step ? [step.do.action as string] : [])),
  );
  for (const action of actions)
    if (Object.hasOwn(UNSUPPORTED_ACTIONS, action)) reasons.push(unsupportedAction(action));
  const found = reasons.filter((r): r is string => r !== null);
  return found.length === 0 ? null : found.join(' ');
}
