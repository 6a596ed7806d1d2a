/**
 * The default data set by id, the directory of the HTTP port when it plays without a scenario's
 * world. With one, the port sends the world as the scenario wrote it (`{ world: world.spec }`): the
 * API builds it with the same world format (`src/world`).
 */
import { DEFAULT_SEED } from '../../dmp/index';

const byId = <T extends { readonly id: string }>(xs: readonly T[]) =>
  new Map(xs.map((x) => [x.id, x]));

/** The default data set by id: the directory of a port without a world. */
export const DEFAULTS = {
  patients: byId(DEFAULT_SEED.patients),
  professionals: byId(DEFAULT_SEED.professionals),
  documents: byId(DEFAULT_SEED.documents),
};
