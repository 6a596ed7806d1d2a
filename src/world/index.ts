/**
 * The one format of a simulated world: the Zod schema of a scenario's `world:` block (also the
 * `world` of `POST /training/reset`) and the builder that turns it into a DMP seed. Imports only
 * the core and Zod, so that the scenario engine and the simulated API share it.
 */
export { buildWorld, type World } from './build';
export {
  documentRef,
  documentTypeCode,
  isoDate,
  patientRef,
  professionalRef,
  renamedEnum,
  text,
  visibility,
  WORLD_FORMER_SPELLINGS,
} from './fields';
export { worldSchema, type WorldSpec } from './world.schema';
