/**
 * Ids of the business machines, in catalogue order, written once: the catalogue (`index.ts`) is
 * keyed by them, and the scenario format reads them from here (the machines an action goes
 * through, those a scenario exercises) without loading XState.
 */
export const MACHINE_IDS = [
  'consent',
  'breakGlass',
  'blocking',
  'majority',
  'proSession',
  'deposit',
] as const;

/** A machine id. */
export type MachineId = (typeof MACHINE_IDS)[number];
