/**
 * Access-matrix rules: may this profession consult in this setting, may it open this document type.
 * Both read `ACCESS_MATRIX`, never the kind of establishment (R28). Sources: FAQ-ACC-01…08.
 */
import type { DocumentTypeCode } from '../model/document-types.data';
import type { PracticeSetting, ProfessionCode } from '../model/professional';
import { documentCell, settingCell } from './access-matrix.data';
import { defineRule } from './rule';

/** FAQ-ACC-01: only professions of the matrix consult, some only in a structure (ergo, psychomot, diet), never osteopaths or secretaries. */
export const isProfessionAllowedInSetting = defineRule({
  id: 'isProfessionAllowedInSetting',
  faq: 'FAQ-ACC-01',
  rules: ['R20', 'R22', 'R23', 'R24', 'R25', 'R26', 'R28'],
  summary:
    "La profession figure dans la matrice d'habilitation pour ce mode d'exercice (libéral, structure, établissement).",
  // R28 (the kind of establishment never matters) is stated under FAQ-ACC-08.
  sources: ['FAQ-ACC-03', 'FAQ-ACC-04', 'FAQ-ACC-05', 'FAQ-ACC-06', 'FAQ-ACC-08'],
  test: (profession: ProfessionCode, setting: PracticeSetting) =>
    settingCell(profession, setting).allowed,
});

/** FAQ-ACC-08: document rights depend on the profession only (a pharmacist never opens a psychiatric synthesis). */
export const isDocumentTypeOpenToProfession = defineRule({
  id: 'isDocumentTypeOpenToProfession',
  faq: 'FAQ-ACC-08',
  rules: ['R27', 'R28', 'R29'],
  summary:
    "La matrice ouvre ce type de document à cette profession, quel que soit l'établissement.",
  sources: ['FAQ-ACC-07'],
  test: (profession: ProfessionCode, typeCode: DocumentTypeCode) =>
    documentCell(profession, typeCode).allowed,
});
