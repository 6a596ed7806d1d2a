/**
 * Problems found by the checks before they get a position: a code, the data path they concern,
 * a French message and an optional hint. `check.ts` turns them into positioned diagnostics.
 */
import type { DiagnosticCode } from './diagnostics';
import type { ReferenceTopic } from './reference-model';

/** A path into the parsed data: keys and indexes (Zod's `issue.path`). */
export type DataPath = readonly PropertyKey[];

/** A problem at a data path. */
export interface Problem {
  readonly code: DiagnosticCode;
  readonly path: DataPath;
  readonly message: string;
  readonly hint?: string;
  /** Point at the key rather than the value (unknown keys, duplicates). */
  readonly at?: 'value' | 'key';
  /** Section of the référentiel to link (default: the code's). */
  readonly see?: ReferenceTopic;
}

/** Collects problems. */
export interface ProblemSink {
  add(
    code: DiagnosticCode,
    path: DataPath,
    message: string,
    hint?: string,
    see?: ReferenceTopic,
  ): void;
}

/** A sink backed by an array. */
export function createProblemSink(): ProblemSink & { readonly problems: Problem[] } {
  const problems: Problem[] = [];
  return {
    problems,
    add(code, path, message, hint, see) {
      problems.push({
        code,
        path,
        message,
        ...(hint === undefined ? {} : { hint }),
        ...(see === undefined ? {} : { see }),
      });
    },
  };
}
