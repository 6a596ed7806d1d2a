/** What every simulated space receives from the player. */
import type { StepAction } from '../../../src/scenario/actions/index';
import type { RoleSpec } from '../../../src/scenario/format/base';
import type { World } from '../../../src/scenario/wire/index';
import type { SessionView } from '../../ui/player/session';

export interface SpaceProps {
  readonly view: SessionView;
  readonly world: World;
  readonly role: RoleSpec;
  readonly busy: boolean;
  /** Découverte: forms start from the step's reference action. Otherwise nothing is chosen for the learner. */
  readonly prefill: boolean;
  readonly act: (attempt: StepAction) => void;
}
