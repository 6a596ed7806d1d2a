/**
 * The « Référentiel du formateur »: every value a scenario may write, generated from the very data
 * the core and the checker use (never a hand-kept table): professions with their access by practice
 * setting, document types with who may open them, the seed, FAQ ids, rules, actions, decision codes
 * and the closed lists. Rendered by the site page and by `npm run scenarios -- ref [sujet]`.
 */
import {
  ALLOWED_CODES,
  CLASS_CODES,
  DISPLAY_CATEGORIES,
  DMP_ERROR_CODES,
  DOCUMENT_TYPES,
  documentCell,
  FAQ_ENTRIES,
  FAQ_SECTIONS,
  PRACTICE_SETTINGS,
  PROFESSION_CODES,
  professionLabel,
  RULE_IDS,
  RULE_STATEMENTS,
  settingCell,
  type DocumentTypeCode,
  type MatrixCell,
  type ProfessionCode,
} from '../../dmp/index';
import { actionsSection } from './reference-actions';
import { REFERENCE_TOPICS, type ReferenceSection, type ReferenceTopic } from '../diagnostics/index';
import {
  documentsSection,
  episodesSection,
  patientsSection,
  professionalsSection,
  teamsSection,
} from './reference-world';
import {
  AUDIENCES,
  CARD_TYPES,
  CONSENT_FORMS,
  CONSENT_GIVERS,
  CONSENT_SCOPES,
  DOCUMENT_STATUSES,
  IDENTITY_STATUSES,
  OPEN_MODES,
  RESULTS,
  THEMES,
} from '../format/base';

const verdict = (cell: MatrixCell): string =>
  `${cell.allowed ? 'oui' : 'non'}${cell.assumption ? ' (hypothèse)' : ''}`;

/** Professions that may consult in at least one setting. */
const consulting = (p: ProfessionCode) => PRACTICE_SETTINGS.some((s) => settingCell(p, s).allowed);

function professionsSection(): ReferenceSection {
  return {
    topic: 'professions',
    title: REFERENCE_TOPICS.professions,
    intro:
      "Le code à écrire dans `profession:` d'un professionnel ajouté au monde, toujours entre guillemets (profession: \"70\"), et son accès au DMP selon le mode d'exercice (matrice d'habilitation ; « hypothèse » : la source ne le dit pas, le simulateur suppose).",
    columns: ['Code', 'Profession', 'Libéral', 'Structure', 'Établissement'],
    rows: PROFESSION_CODES.map((p) => [
      p,
      professionLabel(p),
      ...PRACTICE_SETTINGS.map((s) => verdict(settingCell(p, s))),
    ]),
  };
}

function openedBy(code: DocumentTypeCode): string {
  const candidates = PROFESSION_CODES.filter(consulting);
  const open = candidates.filter((p) => documentCell(p, code).allowed);
  const closed = candidates.filter((p) => !documentCell(p, code).allowed);
  const names = (list: readonly ProfessionCode[]) =>
    list.map((p) => `${professionLabel(p)} (${p})`).join(', ');
  if (open.length === 0) return 'aucune profession';
  if (closed.length === 0) return 'toutes les professions habilitées';
  return open.length <= closed.length
    ? names(open)
    : `toutes les professions habilitées sauf : ${names(closed)}`;
}

function documentTypesSection(): ReferenceSection {
  return {
    topic: 'types-de-documents',
    title: REFERENCE_TOPICS['types-de-documents'],
    intro:
      "Le code à écrire dans `type:` (ps.deposit, patient.addDocument, world.documents), entre guillemets s'il ne contient que des chiffres et des tirets. Les types de classe 90 sont ceux que le patient ajoute lui-même.",
    columns: ['Code', 'Libellé', 'Classe', 'Catégorie', 'Qui peut l’ouvrir'],
    rows: Object.values(DOCUMENT_TYPES).map((t) => [
      t.code,
      t.label,
      `${t.classCode} (${CLASS_CODES[t.classCode]})`,
      DISPLAY_CATEGORIES[t.category],
      openedBy(t.code as DocumentTypeCode),
    ]),
  };
}

function faqSection(): ReferenceSection {
  const sectionTitle = (id: string) => FAQ_SECTIONS.find((s) => s.id === id)?.title ?? id;
  return {
    topic: 'faq',
    title: REFERENCE_TOPICS.faq,
    intro:
      'Les identifiants à citer dans `faq:` (questions enseignées) et dans chaque retour (`feedback`).',
    columns: ['Identifiant', 'Section', 'Question'],
    rows: FAQ_ENTRIES.map((e) => [e.id, sectionTitle(e.section), e.question]),
  };
}

function rulesSection(): ReferenceSection {
  return {
    topic: 'regles',
    title: REFERENCE_TOPICS.regles,
    intro:
      "Les règles de la fiche de faits, à citer dans `rules:` d'un retour ou de `expect` (la décision du DMP doit alors les citer).",
    columns: ['Règle', 'Énoncé'],
    rows: RULE_IDS.map((r) => [r, RULE_STATEMENTS[r]]),
  };
}

function codesSection(): ReferenceSection {
  return {
    topic: 'codes',
    title: REFERENCE_TOPICS.codes,
    intro:
      "Chaque décision du DMP porte un code. Un refus s'attend avec `expect: { result: refused, code: DMP.… }` ; un succès s'attend avec `result: allowed`, sans code (`run` affiche alors « autorisé »).",
    columns: ['Code', 'Issue', 'Ce que le DMP dit', 'Dans expect'],
    rows: [
      ...Object.entries(DMP_ERROR_CODES).map(([code, title]) => [
        code,
        'refus',
        title,
        `result: refused, code: ${code}`,
      ]),
      ...Object.entries(ALLOWED_CODES).map(([code, title]) => [
        code,
        'succès',
        title,
        'result: allowed',
      ]),
    ],
  };
}

function valuesSection(): ReferenceSection {
  const rows: [string, string, readonly string[]][] = [
    ['audience', 'Publics visés', Object.keys(AUDIENCES)],
    ['theme', 'Thème : section de la FAQ (et dossier du fichier)', Object.keys(THEMES)],
    ['card', 'Carte présentée (ps.login, world.professionals)', CARD_TYPES],
    ['setting', "Mode d'exercice", PRACTICE_SETTINGS],
    ['identityStatus', "Statut de l'identité (RNIV)", IDENTITY_STATUSES],
    ['givenBy', 'Qui consent (ps.recordConsent)', CONSENT_GIVERS],
    ['form', 'Forme du consentement', CONSENT_FORMS],
    ['scope', 'Portée du consentement', CONSENT_SCOPES],
    ['mode', 'Mode d’ouverture (ps.openDmp)', OPEN_MODES],
    ['status', "Statut d'un document", DOCUMENT_STATUSES],
    ['result', 'Issue attendue (expect)', RESULTS],
  ];
  return {
    topic: 'valeurs',
    title: REFERENCE_TOPICS.valeurs,
    intro: 'Les autres champs à valeurs fermées.',
    columns: ['Champ', 'Rôle', 'Valeurs'],
    rows: rows.map(([field, role, values]) => [field, role, values.join(', ')]),
  };
}

const BUILDERS: Readonly<Record<ReferenceTopic, () => ReferenceSection>> = {
  professions: professionsSection,
  'types-de-documents': documentTypesSection,
  patients: patientsSection,
  professionnels: professionalsSection,
  documents: documentsSection,
  episodes: episodesSection,
  equipes: teamsSection,
  faq: faqSection,
  regles: rulesSection,
  actions: actionsSection,
  codes: codesSection,
  valeurs: valuesSection,
};

/** Every section of the référentiel, in page order. */
export function buildReference(): ReferenceSection[] {
  return (Object.keys(REFERENCE_TOPICS) as ReferenceTopic[]).map((t) => BUILDERS[t]());
}

/** One section of the référentiel. */
export function referenceSection(topic: ReferenceTopic): ReferenceSection {
  return BUILDERS[topic]();
}

/** A section as text lines for the terminal: title, intro, then one line per row. */
export function formatReferenceSection(section: ReferenceSection): string[] {
  return [
    `## ${section.title} (${section.topic})`,
    section.intro,
    '',
    `${section.columns.join(' | ')}`,
    ...section.rows.map((row) => row.join(' | ')),
    '',
  ];
}
