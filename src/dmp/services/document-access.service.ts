/**
 * Use case « open one document »: the DMP must be open to the professional (decideConsultation),
 * then the access matrix for the document type, then masking (author, emergency setting).
 */
import { isAuthoredBy, isDeleted, type DmpDocument } from '../model/document';
import { documentType } from '../model/document-types.data';
import { professionLabelOf } from '../model/professional';
import { documentCell } from '../rules/access-matrix.data';
import { isDocumentTypeOpenToProfession } from '../rules/access.rules';
import { areEmergencySettingsConsistent } from '../rules/break-glass.rules';
import { isHiddenFromPatient, isOpenDespiteMasking } from '../rules/visibility.rules';
import { decideConsultation, type ConsultationContext } from './consultation.service';
import { assumptionLabel } from '../assumptions';
import { allow, cite, citeCell, deny, type Allowed, type Decision } from './decision';

/** Whether masked documents are open in this access (emergency mode and patient setting). */
export function maskedDocumentsOpen(ctx: ConsultationContext): boolean {
  const { emergency } = ctx.patient;
  return (
    ctx.access.mode !== 'normal' &&
    emergency.allowMaskedDocumentsInEmergency &&
    areEmergencySettingsConsistent(emergency)
  );
}

/** Decide whether a professional may open one document of the DMP. */
export function decideDocumentAccess(ctx: ConsultationContext, document: DmpDocument): Decision {
  const consultation = decideConsultation(ctx);
  if (!consultation.allowed) return consultation;
  return decideDocumentWithinOpenDmp(ctx, document, consultation);
}

/**
 * The per-document part of `decideDocumentAccess`, for a DMP already open to the professional:
 * `consultation` is the positive `decideConsultation(ctx)`, so listing N documents decides it once.
 */
export function decideDocumentWithinOpenDmp(
  ctx: ConsultationContext,
  document: DmpDocument,
  consultation: Allowed,
): Decision {
  const { professional: pro, now } = ctx;
  if (document.patientId !== ctx.patient.id || isDeleted(document)) {
    return deny(
      'DMP.DOCUMENT_NOT_FOUND',
      "Ce document n'existe pas (ou plus) dans ce DMP.",
      cite('FAQ-ACC-09'),
    );
  }
  const typeLabel = documentType(document.typeCode).label;
  if (!isDocumentTypeOpenToProfession(pro.profession, document.typeCode)) {
    const cell = documentCell(pro.profession, document.typeCode);
    const assumption = cell.assumption ? ` (${assumptionLabel('HS1')})` : '';
    return deny(
      'DMP.DOCUMENT_FORBIDDEN_FOR_PROFESSION',
      `${professionLabelOf(pro)} : la matrice d'habilitation ne vous ouvre pas le type « ${typeLabel} ». ${cell.note}${assumption}`,
      citeCell(cell, isDocumentTypeOpenToProfession),
    );
  }
  const emergencyOpen = maskedDocumentsOpen(ctx);
  if (!isOpenDespiteMasking(document, pro.id, emergencyOpen)) {
    return deny(
      'DMP.DOCUMENT_MASKED',
      ctx.access.mode === 'normal'
        ? "Ce document est masqué aux professionnels (par son auteur au dépôt, ou par le patient) : seul son auteur peut l'ouvrir."
        : "Ce document est masqué aux professionnels et le patient n'a pas autorisé l'accès aux documents masqués en urgence.",
      isOpenDespiteMasking,
    );
  }
  const notices: string[] = [];
  if (document.visibility.maskedFromProfessionals) {
    notices.push(
      isAuthoredBy(document, pro.id)
        ? "Document masqué aux autres professionnels : vous le voyez car vous en êtes l'auteur."
        : 'Document masqué aux professionnels : ouvert ici car le patient autorise les documents masqués en urgence.',
    );
  }
  if (isHiddenFromPatient(document, now)) {
    notices.push("Document non visible par le patient (en attente de consultation d'annonce).");
  }
  if (document.visibility.invisibleToLegalRepresentatives) {
    notices.push('Document non visible par les représentants légaux (secret du mineur).');
  }
  if (document.status === 'archived') notices.push('Document archivé.');
  if (document.status === 'deprecated')
    notices.push('Ancienne version, remplacée par un document plus récent.');
  return allow(
    'DMP.DOCUMENT_ALLOWED',
    `Vous pouvez ouvrir ce document (${typeLabel}).`,
    [consultation, isDocumentTypeOpenToProfession, isOpenDespiteMasking],
    [...consultation.notices, ...notices],
  );
}
