/**
 * Building blocks of the access matrix: the cell and row types, cell constructors, and the cells
 * and rows shared by several professions, each with its source or its assumption note (French).
 */
import type { FaqId } from '../faq';
import type { DocumentTypeCode } from '../model/document-types.data';
import type { PracticeSetting } from '../model/professional';
import type { RuleId } from './rule-ids';

/** One cell of the matrix, with its source. */
export interface MatrixCell {
  readonly allowed: boolean;
  /** FAQ entry stating the cell, when the FAQ does. */
  readonly faq: FaqId | null;
  readonly rules: readonly RuleId[];
  /** True when no source states the cell: a documented default of the simulator. */
  readonly assumption: boolean;
  /** French note: the source, or why the default was chosen. */
  readonly note: string;
  /**
   * True when the sources neither grant nor refuse (the FAQ's list ends with « etc. »): shown as
   * « non documenté » in a neutral colour, never as a refusal; the simulator still closes access.
   */
  readonly undocumented?: true;
}

/** One profession's row: the three settings, then document types (default + overrides). */
export interface AccessMatrixRow {
  readonly settings: Readonly<Record<PracticeSetting, MatrixCell>>;
  readonly documents: {
    readonly default: MatrixCell;
    readonly overrides: Readonly<Partial<Record<DocumentTypeCode, MatrixCell>>>;
  };
}

/** A cell stated by the FAQ. */
export function sourced(
  allowed: boolean,
  faq: FaqId,
  rules: readonly RuleId[],
  note: string,
): MatrixCell {
  return { allowed, faq, rules, assumption: false, note };
}

/** A cell no source states: a documented default, shown as an assumption by the site. */
export function assumed(
  allowed: boolean,
  note: string,
  faq: FaqId | null = null,
  rules: readonly RuleId[] = [],
): MatrixCell {
  return { allowed, faq, rules, assumption: true, note };
}

/** The same cell for the three practice settings. */
export function everywhere(cell: MatrixCell): AccessMatrixRow['settings'] {
  return { liberal: cell, structure: cell, establishment: cell };
}

/** The same cell for several document types. */
export function overrides(
  codes: readonly DocumentTypeCode[],
  cell: MatrixCell,
): Partial<Record<DocumentTypeCode, MatrixCell>> {
  return Object.fromEntries(codes.map((code) => [code, cell]));
}

/** Professions cited by the FAQ among those with DMP access (R20). */
export const LISTED = sourced(
  true,
  'FAQ-ACC-01',
  ['R20'],
  'Profession citée par la FAQ parmi celles qui ont accès au DMP.',
);

/** Row defaults when the official annex was not re-read. */
export const OPEN_BY_DEFAULT = assumed(
  true,
  'Matrice officielle non relue : par défaut, les types de documents sont ouverts à cette profession, sauf exceptions listées.',
);

/** Row default « closed except listed types ». */
export const CLOSED_BY_DEFAULT = assumed(
  false,
  'Matrice officielle non relue : par défaut fermé, seuls les types listés sont ouverts.',
);

/** The most sensitive types, closed by prudence to paramedical professions. */
const SENSITIVE_TYPES: readonly DocumentTypeCode[] = ['68599-0', '83901-9', '51969-4'];

const SENSITIVE_CLOSED = assumed(
  false,
  "Hypothèse prudente : l'annexe restreint les auxiliaires médicaux ; faute de l'avoir relue, le simulateur leur ferme les documents les plus sensibles (psychiatrie, bilan psychologique, génétique).",
);

/** FAQ-ACC-08: the pharmacist never opens the psychiatric synthesis (R28, R29). */
export const PSY_SYNTHESIS_PHARMACIST = sourced(
  false,
  'FAQ-ACC-08',
  ['R28', 'R29'],
  "Le pharmacien n'a pas accès à la synthèse psychiatrique, quel que soit son lieu d'exercice (FAQ).",
);

/** Row of the seven paramedical professions with access in liberal practice too (R24). */
export function paramedicalRow(
  extra: Partial<Record<DocumentTypeCode, MatrixCell>> = {},
): AccessMatrixRow {
  return {
    settings: everywhere(
      sourced(true, 'FAQ-ACC-05', ['R24'], 'Accès en libéral comme en structure (FAQ).'),
    ),
    documents: {
      default: OPEN_BY_DEFAULT,
      overrides: { ...overrides(SENSITIVE_TYPES, SENSITIVE_CLOSED), ...extra },
    },
  };
}

/**
 * The occupational therapist in a « structure » that is not a health establishment (MSP, centre de
 * santé): FAQ-ACC-04 (R23) says « établissement de santé » only, FAQ-ACC-05 (R25) says « en
 * structure ». The two answers disagree; the simulator opens access, as an assumption.
 */
const OCCUPATIONAL_THERAPIST_STRUCTURE = assumed(
  true,
  "Hypothèse du simulateur : la FAQ se contredit. Une réponse réserve l'accès des ergothérapeutes à l'établissement de santé, une autre l'ouvre à l'exercice « en structure » ; le simulateur admet la structure (MSP, centre de santé), à vérifier dans la matrice officielle.",
  'FAQ-ACC-05',
  ['R25'],
);

/** Row of occupational therapists, dietitians and psychomotor therapists: structure only (R23, R25). */
export const STRUCTURE_ONLY_ROW: AccessMatrixRow = {
  settings: {
    liberal: sourced(
      false,
      'FAQ-ACC-05',
      ['R23', 'R25'],
      "En libéral, pas d'accès au DMP : seulement en structure ou en établissement (FAQ).",
    ),
    structure: sourced(true, 'FAQ-ACC-05', ['R25'], 'Accès en exercice en structure (FAQ).'),
    establishment: sourced(
      true,
      'FAQ-ACC-04',
      ['R23', 'R25'],
      'Accès en établissement de santé (FAQ).',
    ),
  },
  documents: { default: OPEN_BY_DEFAULT, overrides: overrides(SENSITIVE_TYPES, SENSITIVE_CLOSED) },
};

/** Occupational therapists: as STRUCTURE_ONLY_ROW, but the « structure » cell is an assumption (R23 vs R25). */
export const OCCUPATIONAL_THERAPIST_ROW: AccessMatrixRow = {
  ...STRUCTURE_ONLY_ROW,
  settings: { ...STRUCTURE_ONLY_ROW.settings, structure: OCCUPATIONAL_THERAPIST_STRUCTURE },
};

/** A cell the sources leave open: « non documenté », closed by the simulator as an assumption. */
function undocumented(
  note: string,
  faq: FaqId | null = null,
  rules: readonly RuleId[] = [],
): MatrixCell {
  return { ...assumed(false, note, faq, rules), undocumented: true };
}

/**
 * Row of professions the sources neither cite nor exclude (the FAQ's list ends with « etc. »):
 * « non documenté », closed by the simulator as an assumption (R20), never shown as a refusal.
 */
export const NOT_IN_SOURCES_ROW: AccessMatrixRow = {
  settings: everywhere(
    undocumented(
      "Non documenté : la FAQ cite des professions puis « etc. », sans nommer celle-ci ni l'exclure. Le simulateur, faute de source, ne lui ouvre pas l'accès (hypothèse, à vérifier dans la matrice officielle).",
      'FAQ-ACC-01',
      ['R20'],
    ),
  ),
  documents: {
    default: undocumented('Non documenté : aucun type de document ouvert par défaut.'),
    overrides: {},
  },
};
