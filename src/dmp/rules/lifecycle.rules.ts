/**
 * Document lifecycle rule: deleting (logically), archiving and changing the patient's visibility
 * of a document are reserved to its author. Source: dmp-facts.md §11.2 (PDSM4DMP TD3.3).
 */
import { isAuthoredBy, type DmpDocument } from '../model/document';
import { defineRule } from './rule';

/** Who acts on a document. */
export type DocumentActor =
  { readonly kind: 'professional'; readonly professionalId: string } | { readonly kind: 'patient' };

/** FAQ-DEP-01: only the author of a document (professional, or patient for their own documents) deletes it, logically. */
export const isDocumentAuthor = defineRule({
  id: 'isDocumentAuthor',
  faq: 'FAQ-DEP-01',
  rules: [],
  summary: "Seul l'auteur d'un document peut le supprimer (suppression logique) ou l'archiver.",
  sources: [
    "dmp-facts.md §11.2 (PDSM4DMP TD3.3c : seul l'auteur supprime, pas de suppression physique)",
  ],
  test: (document: DmpDocument, actor: DocumentActor) =>
    actor.kind === 'patient'
      ? document.author.kind === 'patient'
      : isAuthoredBy(document, actor.professionalId),
});
