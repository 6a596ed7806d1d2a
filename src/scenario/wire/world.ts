/**
 * A scenario's world, built by the shared world format (`src/world`) with the checker's hints
 * (« vouliez-vous dire », the référentiel's sections) for its diagnostics.
 */
import { buildWorld as buildFromFormat, type World, type WorldSpec } from '../../world/index';
import type { ProblemSink } from '../diagnostics/index';
import { didYouMean, professionHint } from '../diagnostics/index';

export type { World } from '../../world/index';

const HINTS = { didYouMean, profession: professionHint };

/** Build the world of a scenario; problems go to `sink` with their data path. */
export function buildWorld(spec: WorldSpec, sink: ProblemSink): World {
  return buildFromFormat(spec, sink, { hints: HINTS });
}
