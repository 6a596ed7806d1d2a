/**
 * French choices of the « Ai-je accès ? » form, read from the core's vocabularies (professions,
 * document types), and the display of a decision (title, rule ids, FAQ links).
 */
import {
  ALLOWED_CODES,
  DISPLAY_CATEGORIES,
  DOCUMENT_TYPES,
  errorTitle,
  G15_PROFESSIONS,
  NON_G15_PROFESSIONS,
  type Decision,
  type DisplayCategory,
  type DocumentTypeCode,
  type G15Code,
  type PracticeSetting,
  type RuleId,
} from './dmp-client';
import type { CardChoice, ProfessionChoice } from './access-checker-form';
import type { FaqLinks } from './faq-links';

/** One `<option>`. */
export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

/** One `<optgroup>`. */
export interface ChoiceGroup<V extends string> {
  readonly label: string;
  readonly choices: readonly Choice<V>[];
}

// Deterministic (no Intl) so that the server render and the hydrated island agree.
const sortKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const byLabel = <V extends string>(a: Choice<V>, b: Choice<V>) =>
  sortKey(a.label) < sortKey(b.label) ? -1 : 1;

/** Professions: the TRE_G15 ones, then the others the FAQ mentions (interns included). */
export const PROFESSION_GROUPS: readonly ChoiceGroup<ProfessionChoice>[] = [
  {
    label: 'Professions de santé (nomenclature TRE_G15)',
    choices: (Object.entries(G15_PROFESSIONS) as [G15Code, string][])
      .map(([value, label]) => ({ value, label }))
      .sort(byLabel),
  },
  {
    label: 'Autres situations',
    choices: [
      { value: 'intern-registered', label: "Interne en médecine inscrit à l'Ordre" },
      { value: 'intern-unregistered', label: "Interne en médecine pas encore inscrit à l'Ordre" },
      { value: 'osteopath', label: NON_G15_PROFESSIONS.osteopath },
      { value: 'secretary', label: 'Secrétariat médical' },
      {
        value: 'rpps-plus-role',
        label: 'Professionnel à rôle enregistré au RPPS+ (ex. assistant social)',
      },
    ],
  },
];

/** Practice settings. */
export const SETTING_CHOICES: readonly Choice<PracticeSetting>[] = [
  { value: 'liberal', label: 'En libéral (cabinet)' },
  { value: 'structure', label: 'En structure (MSP, centre de santé, médico-social)' },
  { value: 'establishment', label: 'En établissement de santé' },
];

/** Cards. */
export const CARD_CHOICES: readonly Choice<CardChoice>[] = [
  { value: 'CPS', label: 'CPS (carte de professionnel de santé)' },
  { value: 'e-CPS', label: 'e-CPS (application sur smartphone)' },
  { value: 'CPE-nominative', label: "CPE nominative (carte de personnel d'établissement)" },
  { value: 'CPE-anonymous', label: 'CPE non nominative' },
  { value: 'CPF', label: 'CPF (carte de professionnel en formation)' },
];

/** Document types, grouped by display category, in catalogue order. */
export const DOCUMENT_TYPE_GROUPS: readonly ChoiceGroup<DocumentTypeCode>[] = (
  Object.entries(DISPLAY_CATEGORIES) as [DisplayCategory, string][]
).map(([category, label]) => ({
  label,
  choices: (
    Object.values(DOCUMENT_TYPES) as { code: DocumentTypeCode; label: string; category: string }[]
  )
    .filter((t) => t.category === category)
    .map((t) => ({ value: t.code, label: t.label })),
}));

/** French title of a decision's code (« Accès bloqué », « Dépôt accepté »…). */
export function decisionTitle(decision: Decision): string {
  return decision.allowed ? ALLOWED_CODES[decision.code] : errorTitle(decision.code);
}

/** A link to an FAQ entry. */
interface FaqLink {
  readonly id: string;
  readonly href: string;
  readonly question: string;
}

/**
 * What a decision rests on: its rule ids and links to its FAQ entries.
 * @param links the FAQ links built on the server (`faqLinks()`)
 */
export function citationsOf(
  decision: Decision,
  links: FaqLinks,
): { rules: readonly RuleId[]; faq: readonly FaqLink[] } {
  return {
    rules: decision.rules,
    faq: decision.faq.flatMap((id) => {
      const link = links[id];
      return link ? [{ id, ...link }] : [];
    }),
  };
}
