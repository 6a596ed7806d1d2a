/**
 * The access matrix (matrice d'habilitation) as data: profession × practice setting → may consult
 * the DMP, and profession × document type → may open the document. Every cell cites its source;
 * where the sources are silent the cell is marked `assumption: true` with a French note, displayed
 * by the site. The official annex (arrêté du 26 octobre 2023) was not re-read: dmp-facts.md §1, §13.
 */
import type { DocumentTypeCode } from '../model/document-types.data';
import type { PracticeSetting, ProfessionCode } from '../model/professional';
import {
  assumed,
  CLOSED_BY_DEFAULT,
  everywhere,
  LISTED,
  NOT_IN_SOURCES_ROW,
  OCCUPATIONAL_THERAPIST_ROW,
  OPEN_BY_DEFAULT,
  overrides,
  paramedicalRow,
  PSY_SYNTHESIS_PHARMACIST,
  sourced,
  STRUCTURE_ONLY_ROW,
  type AccessMatrixRow,
  type MatrixCell,
} from './matrix-cells.data';

/** FAQ-ACC-07 speaks of this access in the future: planned, not in effect at the FAQ's date. */
const RPPS_PLUS_PLANNED =
  "Accès prévu, non effectif à la date de la FAQ (septembre 2025) : les professionnels à rôle du RPPS+ n'accèdent pas encore au DMP dans le simulateur.";

/** The matrix, one row per profession code. */
// Tabular data: one entry per line is easier to review than Prettier's expansion.
// prettier-ignore
export const ACCESS_MATRIX: Readonly<Record<ProfessionCode, AccessMatrixRow>> = {
  '10': {
    settings: everywhere(LISTED),
    documents: {
      default: assumed(true, "Médecins : accès à tous les types de documents sauf l'attestation de résidence (presse professionnelle, à vérifier)."),
      overrides: { 'ATTEST-RESID': assumed(false, "Exception citée par la presse professionnelle (à vérifier) : l'attestation de résidence.") },
    },
  },
  '21': {
    settings: everywhere(LISTED),
    documents: {
      default: CLOSED_BY_DEFAULT,
      overrides: {
        ...overrides(['11502-2', '77436-4', '34112-3', '57833-6', '57832-8', '57828-6', '18776-5', '18748-4', '60593-1'],
          assumed(true, 'Pharmaciens : comptes rendus de biologie, anesthésie et hospitaliers, prescriptions, protocoles de soins, imagerie (presse professionnelle, à vérifier).')),
        ...overrides(['87273-9', '11369-6'], assumed(true, "Les logiciels des pharmaciens doivent intégrer le carnet de vaccination (exigence d'homologation) : accès supposé.")),
        '68599-0': PSY_SYNTHESIS_PHARMACIST,
        // Issue 15: revisited, kept closed, and the note says why (no source either way).
        '60591-5': assumed(false, "Synthèse médicale, où se notent les allergies (FAQ-DEP-03) : elle ne figure pas dans la liste relevée par la presse professionnelle pour les pharmaciens (à vérifier), et la FAQ ne dit rien de leur accès. Faute de source, le simulateur la leur ferme."),
      },
    },
  },
  '40': {
    settings: everywhere(LISTED),
    documents: {
      default: OPEN_BY_DEFAULT,
      overrides: overrides(['80788-3', '75496-0', '83981-1', '83901-9', '68599-0', 'EXPPAT_3'],
        assumed(false, 'Exceptions citées pour les chirurgiens-dentistes (presse professionnelle et France Assos Santé, à vérifier).')),
    },
  },
  '50': { settings: everywhere(LISTED), documents: { default: OPEN_BY_DEFAULT, overrides: {} } },
  '60': paramedicalRow(),
  '69': paramedicalRow({
    '68599-0': assumed(true, 'Hypothèse : infirmier psychiatrique, accès aux documents de psychiatrie.'),
    '83901-9': assumed(true, 'Hypothèse : infirmier psychiatrique, accès au bilan psychologique.'),
  }),
  '70': paramedicalRow(),
  '80': paramedicalRow({ '15508-5': assumed(false, "Exemple donné aux usagers : pas d'accès au compte rendu d'accouchement (à vérifier).") }),
  '91': paramedicalRow(),
  '92': paramedicalRow(),
  '26': paramedicalRow(),
  '28': paramedicalRow(),
  '94': OCCUPATIONAL_THERAPIST_ROW,
  '95': STRUCTURE_ONLY_ROW,
  '96': STRUCTURE_ONLY_ROW,
  '31': NOT_IN_SOURCES_ROW,
  '32': NOT_IN_SOURCES_ROW,
  '81': NOT_IN_SOURCES_ROW,
  '82': NOT_IN_SOURCES_ROW,
  '83': NOT_IN_SOURCES_ROW,
  '84': NOT_IN_SOURCES_ROW,
  '85': NOT_IN_SOURCES_ROW,
  '86': NOT_IN_SOURCES_ROW,
  '98': NOT_IN_SOURCES_ROW,
  osteopath: {
    settings: everywhere(sourced(false, 'FAQ-ACC-03', ['R22'], "Les ostéopathes n'ont aucun accès au DMP (FAQ).")),
    documents: { default: sourced(false, 'FAQ-ACC-03', ['R22'], 'Aucun accès.'), overrides: {} },
  },
  secretary: {
    settings: everywhere(sourced(false, 'FAQ-ACC-06', ['R9', 'R26'], 'Un secrétariat peut déposer (CPE nominative) mais ne consulte aucun document (FAQ).')),
    documents: { default: sourced(false, 'FAQ-ACC-06', ['R26'], 'Aucun document récupérable par un secrétariat.'), overrides: {} },
  },
  'rpps-plus-role': {
    settings: everywhere(sourced(false, 'FAQ-ACC-07', ['R27'], RPPS_PLUS_PLANNED)),
    documents: {
      default: sourced(false, 'FAQ-ACC-07', ['R27'], 'Seuls les documents que la matrice ouvre aux professionnels à rôle sont accessibles (FAQ).'),
      overrides: overrides(['28653-4', '80788-3', '83981-1'], assumed(true, "Hypothèse, pour le jour où l'accès prévu sera effectif : documents du secteur social et médico-social.", 'FAQ-ACC-07', ['R27'])),
    },
  },
};

/** The cell deciding whether a profession may consult the DMP in a setting. */
export function settingCell(profession: ProfessionCode, setting: PracticeSetting): MatrixCell {
  return ACCESS_MATRIX[profession].settings[setting];
}

/** The cell deciding whether a profession may open a document type (override, else the row default). */
export function documentCell(profession: ProfessionCode, typeCode: DocumentTypeCode): MatrixCell {
  const row = ACCESS_MATRIX[profession].documents;
  return row.overrides[typeCode] ?? row.default;
}

/** One assumption of the matrix, located, for display on the site. */
interface MatrixAssumption {
  readonly profession: ProfessionCode;
  readonly where: PracticeSetting | DocumentTypeCode | 'documents-par-defaut';
  readonly cell: MatrixCell;
}

/** Every cell marked `assumption: true`, so the site can list them visibly. */
export function listMatrixAssumptions(): readonly MatrixAssumption[] {
  const rows = Object.entries(ACCESS_MATRIX) as [ProfessionCode, AccessMatrixRow][];
  return rows
    .flatMap(([profession, row]): MatrixAssumption[] => [
      ...(Object.entries(row.settings) as [PracticeSetting, MatrixCell][]).map(([where, cell]) => ({
        profession,
        where,
        cell,
      })),
      { profession, where: 'documents-par-defaut', cell: row.documents.default },
      ...(Object.entries(row.documents.overrides) as [DocumentTypeCode, MatrixCell][]).map(
        ([where, cell]) => ({ profession, where, cell }),
      ),
    ])
    .filter((a) => a.cell.assumption);
}
