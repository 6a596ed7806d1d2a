/**
 * Use cases on an existing document: logical deletion and archiving (author only), masking from
 * professionals (patient or author) and the patient / representatives visibility (author only, an
 * assumption of the simulator: no source says who may change it after deposit).
 * Sources: dmp-facts.md §3, §11.2.
 */
import { isDeleted, type DmpDocument, type VisibilityFlags } from '../model/document';
import { isDocumentAuthor, type DocumentActor } from '../rules/lifecycle.rules';
import { isVisibilityCombinationAllowed } from '../rules/visibility.rules';
import { allow, restsOn, cite, deny, type Decision } from './decision';

const NOT_FOUND = cite('FAQ-ACC-09');

/** Decide a logical deletion: only by the author, and only once. */
export function decideDeletion(actor: DocumentActor, document: DmpDocument): Decision {
  if (isDeleted(document))
    return deny('DMP.ALREADY_DELETED', 'Ce document a déjà été supprimé.', isDocumentAuthor);
  if (!isDocumentAuthor(document, actor)) {
    return deny('DMP.NOT_AUTHOR', "Seul l'auteur du document peut le supprimer.", isDocumentAuthor);
  }
  return allow(
    'DMP.DOCUMENT_CHANGE_ALLOWED',
    'Document supprimé : la suppression est logique, la trace reste dans le DMP.',
    [isDocumentAuthor],
  );
}

/** Decide archiving or unarchiving: reserved to the author (assumption of the simulator). */
export function decideArchiving(actor: DocumentActor, document: DmpDocument): Decision {
  if (isDeleted(document))
    return deny('DMP.DOCUMENT_NOT_FOUND', "Ce document n'existe plus.", NOT_FOUND);
  if (!isDocumentAuthor(document, actor)) {
    return deny(
      'DMP.NOT_AUTHOR',
      "Seul l'auteur du document peut l'archiver ou le désarchiver (hypothèse du simulateur (HS11)).",
      isDocumentAuthor,
      restsOn('HS11'),
    );
  }
  return allow('DMP.DOCUMENT_CHANGE_ALLOWED', "Statut d'archivage modifié.", [isDocumentAuthor]);
}

/** Decide a change of the visibility flags: masking by the patient or the author, the rest by the author (assumption). */
export function decideVisibilityChange(
  actor: DocumentActor,
  document: DmpDocument,
  next: VisibilityFlags,
): Decision {
  if (isDeleted(document))
    return deny('DMP.DOCUMENT_NOT_FOUND', "Ce document n'existe plus.", NOT_FOUND);
  const current = document.visibility;
  const maskingChanges = current.maskedFromProfessionals !== next.maskedFromProfessionals;
  const audienceChanges =
    current.invisibleToPatient !== next.invisibleToPatient ||
    current.invisibleToLegalRepresentatives !== next.invisibleToLegalRepresentatives;
  const author = isDocumentAuthor(document, actor);
  if (maskingChanges && actor.kind === 'professional' && !author) {
    return deny(
      'DMP.NOT_AUTHOR',
      "Seuls le patient et l'auteur du document peuvent le masquer ou le démasquer aux professionnels (hypothèse du simulateur (HS11) : les sources ne disent pas qui d'autre le pourrait).",
      isDocumentAuthor,
      restsOn('HS11'),
    );
  }
  if (audienceChanges && (actor.kind === 'patient' || !author)) {
    return deny(
      'DMP.NOT_AUTHOR',
      'Seul le professionnel auteur du document règle sa visibilité pour le patient et les représentants légaux (hypothèse du simulateur (HS11) : les sources ne disent pas qui peut la modifier).',
      isDocumentAuthor,
      restsOn('HS11'),
    );
  }
  if (!isVisibilityCombinationAllowed(next)) {
    return deny(
      'DMP.VISIBILITY_COMBINATION',
      'Un document ne peut pas être à la fois invisible au patient et masqué aux professionnels.',
      isVisibilityCombinationAllowed,
    );
  }
  return allow('DMP.DOCUMENT_CHANGE_ALLOWED', 'Visibilité du document modifiée.', [
    isDocumentAuthor,
    isVisibilityCombinationAllowed,
  ]);
}
