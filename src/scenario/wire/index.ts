/**
 * The wire the actions play on: what the DMP answers (verdicts, observed patient, document
 * summaries), the HTTP client of the simulated API and the reading of its replies, the request
 * context of a run (session, aliases, drafts) and the world built from a scenario's `world:`.
 * Below `actions/` and `ports/`, which import it; it imports `diagnostics/`, the low entry of the
 * format (`format/base.ts`) and the core only.
 */
export type { DmpAnswer, DraftDocument, PatientObservation, Verdict } from './answer';
export { documentSummaries, documentSummary } from './document-summary';
export type { DocumentSummary } from './document-summary';
export {
  allowedVerdict,
  asArray,
  asString,
  bundleOf,
  bundleVerdict,
  isRefusal,
  refusal,
  refusedVerdict,
  textToBase64,
  unknownPatientAnswer,
  verdictOfDecision,
  verdictOfOutcome,
} from './http-answers';
export type { Json } from './http-answers';
export { createHttpClient } from './http-client';
export type { HttpClient, InsIdentifier } from './http-client';
export { base64ToText, documentList, fhirDocumentSummary } from './http-document-summary';
export { DEFAULTS } from './http-world';
export { documentIdOf, draft, durationOf, problem } from './request-context';
export type { Aliases, ResolveContext, Session } from './request-context';
export { buildWorld } from './world';
export type { World } from './world';
