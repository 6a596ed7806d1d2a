/**
 * TD3.3 JSON Patch → one store operation: `/securityLabel` (TD3.3a/b) → visibility, `/status`
 * (TD3.3c) → logical deletion, `/extension/isArchived` (TD3.3d) → archiving. The core decides.
 */
import type { DmpDocument, DmpStore, DocumentActionInput, StoreResult } from '../../dmp/index';
import type { documentPatch } from '../schemas/fhir.schemas';
import { flagsOf } from './codes';
import type { z } from 'zod';

/** Apply one parsed patch operation as `actor`. */
export function applyPatch(
  store: DmpStore,
  actor: DocumentActionInput['actor'],
  documentId: string,
  operation: z.output<typeof documentPatch>[0],
): StoreResult<DmpDocument> {
  switch (operation.path) {
    case '/securityLabel':
      return store.setVisibility({
        actor,
        documentId,
        visibility: flagsOf(operation.value.map((l) => l.coding[0].code)),
      });
    case '/status':
      return store.deleteDocument({ actor, documentId });
    case '/extension/isArchived':
      return store.setArchived({ actor, documentId, archived: operation.value });
  }
}
