/**
 * How the world builder reports what it cannot build: a diagnostic code (the scenario checker's),
 * the data path of the entry, a French message and, when the caller knows how to make one, a hint.
 * Scenarios turn problems into positioned diagnostics; the training API into a 400.
 */

/** Path of a value in the scenario's data (`['world', 'patients', 0, 'from']`). */
export type DataPath = readonly PropertyKey[];

/** Codes the world builder reports (the scenario diagnostics of scenarios/README.md). */
export type WorldProblemCode =
  'SCN006' | 'SCN007' | 'SCN011' | 'SCN017' | 'SCN018' | 'SCN021' | 'SCN034';

/** Sections of the trainer's référentiel a world problem points to. */
export type WorldTopic = 'patients' | 'professionnels' | 'documents' | 'professions';

/** Collects the world's problems; nothing throws. */
export interface WorldSink {
  add(
    code: WorldProblemCode,
    path: DataPath,
    message: string,
    hint?: string,
    see?: WorldTopic,
  ): void;
}

/** Hint makers of the caller (the scenario checker's « vouliez-vous dire »), all optional. */
export interface WorldHints {
  /** A hint for an unknown value among `candidates`. */
  readonly didYouMean?: (
    value: string,
    candidates: readonly string[],
    what: string,
    topic?: WorldTopic,
  ) => string;
  /** A hint for an unknown profession code. */
  readonly profession?: (value: string) => string;
}
