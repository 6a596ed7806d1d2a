/**
 * View model of the « Qui voit quoi ? » page, computed at build time from the core's access matrix:
 * one table per practice setting (profession × document type), a summary of DMP access per setting,
 * and the numbered list of assumptions (`listMatrixAssumptions()`) the cells refer to.
 */
import {
  assumptionLabel,
  DISPLAY_CATEGORIES,
  DOCUMENT_TYPES,
  documentCell,
  faqEntry,
  faqPath,
  listMatrixAssumptions,
  PRACTICE_SETTINGS,
  professionLabel,
  PROFESSION_CODES,
  settingCell,
  type DisplayCategory,
  type DocumentTypeCode,
  type FaqId,
  type MatrixCell,
  type PracticeSetting,
  type ProfessionCode,
} from '../../src/dmp/index';

/** A cell as displayed: verdict, source, and the number of its assumption (null when sourced). */
export interface CellView {
  readonly allowed: boolean;
  readonly assumption: number | null;
  readonly faq: FaqId | null;
  readonly note: string;
  /** The sources neither grant nor refuse: « non documenté », neutral colour. */
  readonly undocumented: boolean;
}

/** A link to an FAQ entry cited by a row. */
interface SourceLink {
  readonly id: FaqId;
  readonly href: string;
  readonly question: string;
}

/** A column group: one display category and its document types. */
interface ColumnGroup {
  readonly label: string;
  readonly columns: readonly { readonly code: DocumentTypeCode; readonly label: string }[];
}

/** One profession in one setting: DMP access, then (when open) one cell per document type. */
interface RowView {
  readonly profession: ProfessionCode;
  readonly label: string;
  readonly access: CellView;
  /** Null when the profession has no DMP access in this setting. */
  readonly documents: readonly CellView[] | null;
  readonly sources: readonly SourceLink[];
}

/** The table of one practice setting. */
interface SettingTable {
  readonly setting: PracticeSetting;
  /** The setting in the page's anchors and `data-setting` (French, published). */
  readonly slug: string;
  readonly label: string;
  readonly rows: readonly RowView[];
}

/** One assumption note, numbered, with the places of the matrix it applies to. */
interface AssumptionView {
  readonly number: number;
  readonly note: string;
  readonly source: SourceLink | null;
  /** « Pharmacien : CR d'anesthésie, CR hospitalier (séjour) », one entry per profession. */
  readonly places: readonly string[];
}

/** French labels of the settings, as in « Accès au DMP en libéral ». */
const SETTING_LABELS: Readonly<Record<PracticeSetting, string>> = {
  liberal: 'en libéral',
  structure: 'en structure',
  establishment: 'en établissement de santé',
};

/**
 * The setting's name in the page's addresses (`#documents-etablissement`) and `data-setting`:
 * published links, kept as they were when the core's identifiers became English (decision 050).
 */
const SETTING_SLUGS: Readonly<Record<PracticeSetting, string>> = {
  liberal: 'liberal',
  structure: 'structure',
  establishment: 'etablissement',
};

const link = (id: FaqId): SourceLink => ({
  id,
  href: faqPath(id),
  question: faqEntry(id).question,
});

/** Document types grouped by display category, in catalogue order. */
export const COLUMN_GROUPS: readonly ColumnGroup[] = (
  Object.entries(DISPLAY_CATEGORIES) as [DisplayCategory, string][]
)
  .map(([category, label]) => ({
    label,
    columns: Object.values(DOCUMENT_TYPES)
      .filter((t) => t.category === category)
      .map((t) => ({ code: t.code as DocumentTypeCode, label: t.label })),
  }))
  .filter((g) => g.columns.length > 0);

/**
 * What the column groups rest on: the document type → display category mapping is the simulator's
 * choice (HS2), shown above the tables since no decision cites it.
 */
export const CATEGORY_GROUPING_NOTE = `Les types de documents sont regroupés par catégorie d'affichage selon une correspondance choisie par le simulateur (${assumptionLabel('HS2')}) : le jeu de valeurs officiel des types (JDV_J66) n'a pas été relu.`;

/** How a cell reads: its CSS verdict and the word assistive technologies read. */
export interface CellWording {
  readonly verdict: 'yes' | 'no' | 'undocumented';
  readonly word: 'Oui' | 'Non' | 'Non documenté';
}

/**
 * The verdict and word of a cell. A cell the sources neither grant nor refuse (G15 professions the
 * FAQ's list leaves under « etc. ») reads « Non documenté » in a neutral colour, never a red « Non ».
 */
export function cellWording(cell: Pick<CellView, 'allowed' | 'undocumented'>): CellWording {
  if (cell.undocumented) return { verdict: 'undocumented', word: 'Non documenté' };
  return cell.allowed ? { verdict: 'yes', word: 'Oui' } : { verdict: 'no', word: 'Non' };
}

/** The one cell spanning the document columns of a profession with no DMP access in a setting. */
export function noAccessText(access: Pick<CellView, 'undocumented'>, settingLabel: string): string {
  return access.undocumented
    ? `Non documenté ${settingLabel} : fermé par le simulateur, faute de source.`
    : `Pas d'accès au DMP ${settingLabel}.`;
}

const COLUMNS = COLUMN_GROUPS.flatMap((g) => g.columns);

function whereLabel(where: string): string {
  if ((PRACTICE_SETTINGS as readonly string[]).includes(where))
    return `accès ${SETTING_LABELS[where as PracticeSetting]}`;
  if (where === 'documents-par-defaut') return 'types de documents non listés';
  return DOCUMENT_TYPES[where as DocumentTypeCode].label;
}

/** Every distinct assumption note of the matrix, numbered H1, H2… in matrix order. */
export function assumptionViews(): readonly AssumptionView[] {
  const byNote = new Map<string, { cell: MatrixCell; places: Map<ProfessionCode, string[]> }>();
  for (const a of listMatrixAssumptions()) {
    const entry = byNote.get(a.cell.note) ?? {
      cell: a.cell,
      places: new Map<ProfessionCode, string[]>(),
    };
    byNote.set(a.cell.note, entry);
    entry.places.set(a.profession, [
      ...(entry.places.get(a.profession) ?? []),
      whereLabel(a.where),
    ]);
  }
  return [...byNote.values()].map(({ cell, places }, i) => ({
    number: i + 1,
    note: cell.note,
    source: cell.faq ? link(cell.faq) : null,
    places: [...places].map(([p, where]) => `${professionLabel(p)} : ${where.join(', ')}`),
  }));
}

/** Build the matrix view: one table per setting, rows in core order, assumptions numbered. */
export function buildMatrixView(): {
  tables: readonly SettingTable[];
  assumptions: readonly AssumptionView[];
} {
  const assumptions = assumptionViews();
  const numberOf = new Map(assumptions.map((a) => [a.note, a.number]));
  const view = (cell: MatrixCell): CellView => ({
    allowed: cell.allowed,
    assumption: cell.assumption ? (numberOf.get(cell.note) ?? null) : null,
    faq: cell.faq,
    note: cell.note,
    undocumented: cell.undocumented === true,
  });
  const tables = PRACTICE_SETTINGS.map((setting) => ({
    setting,
    slug: SETTING_SLUGS[setting],
    label: SETTING_LABELS[setting],
    rows: PROFESSION_CODES.map((profession): RowView => {
      const access = view(settingCell(profession, setting));
      const documents = access.allowed
        ? COLUMNS.map((c) => view(documentCell(profession, c.code)))
        : null;
      const cited = [access, ...(documents ?? [])].flatMap((c) => (c.faq ? [c.faq] : []));
      return {
        profession,
        label: professionLabel(profession),
        access,
        documents,
        sources: [...new Set(cited)].map(link),
      };
    }),
  }));
  return { tables, assumptions };
}
