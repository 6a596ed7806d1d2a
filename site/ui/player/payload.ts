/**
 * What a scenario page hands to the player island: the parsed scenario (plain JSON) and a revision
 * (hash of the YAML source) that saved progress is tied to. Built at build time, in Node only.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { checkFile } from '../../../src/scenario/check-file';
import { formatDiagnostic, hasErrors } from '../../../src/scenario/diagnostics/index';
import { forLearners } from '../../../src/scenario/engine/index';
import type { PlayerPayload } from './types';

/** The payload of one scenario file; throws (fails the build) on an invalid scenario. */
export async function playerPayload(file: string): Promise<PlayerPayload> {
  const { loaded, diagnostics } = await checkFile(file);
  if (hasErrors(diagnostics) || loaded.scenario === null)
    throw new Error(
      `Scénario invalide :\n${diagnostics
        .filter((d) => d.severity === 'error')
        .map(formatDiagnostic)
        .join('\n')}`,
    );
  const source = await readFile(file, 'utf8');
  const revision = createHash('sha256').update(source).digest('hex').slice(0, 12);
  return { scenario: forLearners(loaded.scenario), revision };
}
