/** Types shared by the scenario page (build time) and the player island (browser). */
import type { Scenario } from '../../../src/scenario/format/index';

/** The props of the player island. */
export interface PlayerPayload {
  readonly scenario: Scenario;
  /** First 12 hex digits of the SHA-256 of the YAML source: saved progress is tied to it. */
  readonly revision: string;
}
