/**
 * The shape of the « Référentiel du formateur »: sections (one per topic, with a stable anchor that
 * diagnostics link to), each a table of plain-text cells. The same tables are rendered by the site
 * page /formateurs/referentiel/ and printed by `npm run scenarios -- ref [sujet]`.
 */

/** Topics of the référentiel, in page order: the key is both the anchor and the CLI topic. */
export const REFERENCE_TOPICS = {
  professions: 'Professions',
  'types-de-documents': 'Types de documents',
  patients: 'Patients du jeu de données',
  professionnels: 'Professionnels du jeu de données',
  documents: 'Documents du jeu de données',
  episodes: 'Épisodes de soins',
  equipes: 'Équipes de soins',
  faq: 'Questions de la FAQ',
  regles: 'Règles R1 à R50',
  actions: 'Actions',
  codes: 'Codes de décision du DMP',
  valeurs: 'Listes fermées',
} as const;

/** A topic (anchor) of the référentiel. */
export type ReferenceTopic = keyof typeof REFERENCE_TOPICS;

/** Where the référentiel lives on the site. */
const REFERENCE_PATH = '/formateurs/referentiel/';

/** Whether a string is a topic of the référentiel. */
export function isReferenceTopic(value: string): value is ReferenceTopic {
  return Object.hasOwn(REFERENCE_TOPICS, value);
}

/** The site address of one section, e.g. `/formateurs/referentiel/#professions`. */
export function referenceHref(topic: ReferenceTopic): string {
  return `${REFERENCE_PATH}#${topic}`;
}

/** French pointer to a section, for hints: the site page and the CLI command. */
export function referencePointer(topic: ReferenceTopic): string {
  return `référentiel ${referenceHref(topic)} (ou npm run scenarios -- ref ${topic})`;
}

/** One section: a table whose first column is the value a scenario writes. */
export interface ReferenceSection {
  readonly topic: ReferenceTopic;
  readonly title: string;
  /** One or two sentences: what the values are for, where the scenario writes them. */
  readonly intro: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}
