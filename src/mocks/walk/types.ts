/**
 * Shape of the documented walk: chapters and steps, each step one HTTP request with the status
 * (and decision code) it must produce. The same data drives the /api/ page's curl examples, the
 * /simulateur/console/ page, test/api/walk.test.ts and test/e2e/api.e2e.ts.
 */

/** The chapters of the walk. */
export type WalkChapterId = 'setup' | 'consent' | 'break-glass' | 'blocking' | 'majority';

/** One HTTP request of the walk (the path has no query string; `query` is encoded when sent). */
export interface WalkRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Name of a token saved by an earlier login step (sent as `Authorization: Bearer …`). */
  readonly auth?: string;
}

/** One step. */
export interface WalkStep {
  /** Stable kebab-case id (used by tests and as an HTML anchor). */
  readonly id: string;
  readonly chapter: WalkChapterId;
  /** Who acts, in French (« Dr Hélène Vidal, médecin généraliste »). */
  readonly actor: string;
  readonly title: string;
  /** What to observe, in French. */
  readonly explanation: string;
  readonly request: WalkRequest;
  /** Save the `access_token` of the response under this name (login steps). */
  readonly saveToken?: string;
  /** Expected HTTP status and, when relevant, the decision code in the response. */
  readonly expect: { readonly status: number; readonly code?: string };
}
