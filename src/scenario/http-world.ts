/**
 * The scenario's world as the training API loads it (`POST /training/reset`): the patients,
 * professionals and documents that differ from the default data set, as whole entities (the INS as
 * a FHIR identifier), the start date and the announced features switched on. The API never sees
 * the scenario's YAML.
 */
import {
  DEFAULT_SEED,
  SIMULATION_START,
  type DmpDocument,
  type Patient,
  type Professional,
} from '../dmp/index';
import type { World } from './world';

const byId = <T extends { readonly id: string }>(xs: readonly T[]) =>
  new Map(xs.map((x) => [x.id, x]));
/** The default data set by id: the directory of a port without a world. */
export const DEFAULTS = {
  patients: byId(DEFAULT_SEED.patients),
  professionals: byId(DEFAULT_SEED.professionals),
  documents: byId(DEFAULT_SEED.documents),
};

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The entries of `entries` that the default data set does not hold as they are. */
function changed<T>(entries: ReadonlyMap<string, T>, defaults: ReadonlyMap<string, T>): T[] {
  return [...entries].filter(([id, value]) => !same(defaults.get(id), value)).map(([, v]) => v);
}

/** A patient as the API takes it: the INS as a FHIR identifier. */
function patientJson(patient: Patient) {
  const { ins, ...rest } = patient;
  return { ...rest, ins: { system: `urn:oid:${ins.oid}`, value: ins.matricule } };
}

/** The body of `POST /training/reset` that loads `world` (`{}`: the default data set). */
export function worldBody(world: World): Record<string, unknown> {
  const patients = changed<Patient>(world.patients, DEFAULTS.patients);
  const professionals = changed<Professional>(world.professionals, DEFAULTS.professionals);
  const documents = changed<DmpDocument>(world.documents, DEFAULTS.documents);
  return {
    ...(world.start === SIMULATION_START ? {} : { start: world.start }),
    ...(Object.keys(world.features).length === 0 ? {} : { features: world.features }),
    ...(patients.length === 0 ? {} : { patients: patients.map(patientJson) }),
    ...(professionals.length === 0 ? {} : { professionals }),
    ...(documents.length === 0 ? {} : { documents }),
  };
}
