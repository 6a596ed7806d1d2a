/**
 * Document summaries (document-summary.ts) from the simulated API's FHIR resources: a
 * DocumentReference, a searchset's matches in the API's order, a Binary's text.
 */
import type { DocumentSummary } from './document-summary';
import { asArray, asString, type Json } from './http-answers';

/**
 * The summary of a FHIR DocumentReference (src/mocks/fhir/resources.ts): a professional author
 * carries their profession (extension), the patient does not.
 */
export function fhirDocumentSummary(resource: Json): DocumentSummary {
  const first = (v: unknown): Json => asArray(v)[0] ?? {};
  const author = first(resource['author']);
  const context = (resource['context'] ?? {}) as Json;
  const subject = (resource['subject'] ?? {}) as Json;
  return {
    id: asString(resource['id']),
    patientId: asString(subject['reference']).replace(/^Patient\//, ''),
    typeCode: asString(first(((resource['type'] ?? {}) as Json)['coding'])['code']),
    title: asString(resource['description']),
    serviceDate: asString(((context['period'] ?? {}) as Json)['start']),
    author: asArray(author['extension']).length === 0 ? null : asString(author['display']),
  };
}

/** A searchset's DocumentReferences as an answer lists them: ids and summaries, in the API's order. */
export function documentList(resources: readonly Json[]): {
  readonly documents: readonly string[];
  readonly summaries: readonly DocumentSummary[];
} {
  return {
    documents: resources.map((d) => asString(d['id'])),
    summaries: resources.map(fhirDocumentSummary),
  };
}

/** UTF-8 text from base64 (a Binary's content); empty when the data is not base64. */
export function base64ToText(data: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}
